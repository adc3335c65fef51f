import type { z } from 'zod';

/** A response that does not match the schema its profile declares: a bug in the mock. */
export class ResponseValidationError extends Error {
  readonly code = 'response_validation_failed';
  constructor(
    readonly route: string,
    readonly status: number,
    readonly issues: string,
  ) {
    super(`response of ${route} (HTTP ${status}) does not match the active profile's schema: ${issues}`);
    this.name = 'ResponseValidationError';
  }
}

/**
 * Checks a JSON body against the schema declared for `status` (issue #11: against the active
 * profile's emitted schemas, at run time, since profiles switch). No schema for the status: passes.
 * The body is not replaced: the check never changes what is sent.
 */
export function validateResponse(
  schemas: Partial<Record<number, z.ZodType>> | undefined,
  route: string,
  status: number,
  body: unknown,
): void {
  const schema = schemas?.[status];
  if (!schema) return;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ResponseValidationError(route, status, issues);
  }
}
