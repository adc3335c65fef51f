import { NotificationWireSchema } from '@mjkit/contract';
import { MjNotificationError } from '../errors';
import { type MjTask, normalizeTask } from '../task';
import { formatIssues } from './validate-response';

/**
 * Validates a notifyHook payload (the task JSON, spec §5) and returns it typed. Accepts a parsed object
 * or the raw JSON text; throws {@link MjNotificationError} saying what is wrong otherwise.
 * @example app.post('/hook', express.json(), (req, res) => { const task = parseNotification(req.body); … })
 */
export function parseNotification(body: unknown): MjTask {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      throw new MjNotificationError('not JSON');
    }
  }
  const parsed = NotificationWireSchema.safeParse(value);
  if (!parsed.success) throw new MjNotificationError(formatIssues(parsed.error.issues));
  return normalizeTask(parsed.data);
}

/** Like {@link parseNotification}, without throwing. */
export function safeParseNotification(
  body: unknown,
): { ok: true; task: MjTask } | { ok: false; error: MjNotificationError } {
  try {
    return { ok: true, task: parseNotification(body) };
  } catch (error) {
    return { ok: false, error: error as MjNotificationError };
  }
}
