import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MjNotificationError } from '../errors';
import { parseNotification } from '../validate/notifications';
import type { MjTask } from '../task';

/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions {
  /** Largest body accepted (default 1 MiB): a larger one gets 413. */
  maxBytes?: number;
}

const reply = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/**
 * A `node:http` request handler (also usable as express middleware) that receives notifyHook POSTs:
 * each valid task goes to `onNotification` and gets 200 `{"ok":true}`; garbage gets 400 with what is
 * wrong, other methods 405, oversize bodies 413. A body already parsed by express is used as is.
 * @example http.createServer(createNotificationHandler((task) => console.log(task.status, task.progress))).listen(3000)
 */
export function createNotificationHandler(
  onNotification: (task: MjTask) => void | Promise<void>,
  options: NotificationHandlerOptions = {},
): (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => void {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return (req, res) => {
    if (req.method !== 'POST')
      return reply(res, 405, { error: 'method_not_allowed', message: 'notifyHook sends POST' });
    const handle = async (body: unknown) => {
      let task: MjTask;
      try {
        task = parseNotification(body);
      } catch (error) {
        return reply(res, 400, {
          error: 'invalid_notification',
          message: (error as MjNotificationError).issues ?? String(error),
        });
      }
      try {
        await onNotification(task);
        reply(res, 200, { ok: true });
      } catch (error) {
        reply(res, 500, { error: 'handler_failed', message: (error as Error)?.message ?? String(error) });
      }
    };
    if (req.body !== undefined) return void handle(req.body);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reply(res, 413, { error: 'payload_too_large', message: `body over ${maxBytes} bytes` });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size <= maxBytes) void handle(Buffer.concat(chunks).toString('utf8'));
    });
  };
}
