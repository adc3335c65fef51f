import { gatewayContract } from '@mjkit/contract';
import type { GatewayRouteName } from '@mjkit/contract/core';
import type { ValidationOutcome } from '../validator';

interface Checkable {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

const isCheckable = (schema: unknown): schema is Checkable =>
  typeof (schema as Checkable | null)?.safeParse === 'function';

/** zod issues as one line: `status: Invalid option…; buttons.0.customId: expected string`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Checks a response against the contract's wire-tier schema for its route and status (the tolerant
 * reader: unknown fields, numeric ids, `""` statuses pass). Statuses the contract does not declare and
 * binary bodies are not checked. Pass it to `createMjClient({ validate: validateResponse })`.
 * @example const mj = createMjClient({ baseUrl, validate: validateResponse });
 */
export function validateResponse(route: GatewayRouteName, status: number, body: unknown): ValidationOutcome {
  const responses = gatewayContract[route].responses as Record<number, unknown>;
  const schema = responses[status];
  if (!isCheckable(schema)) return { ok: true };
  const result = schema.safeParse(body);
  return result.success ? { ok: true } : { ok: false, issues: formatIssues(result.error.issues) };
}
