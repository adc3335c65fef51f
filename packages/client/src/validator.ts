import type { GatewayRouteName } from '@mjkit/contract/core';

/** What a validator says about one response. */
export type ValidationOutcome = { ok: true } | { ok: false; issues: string };

/**
 * Checks a response body against the contract. The client calls it for every answer when passed as
 * `createMjClient({ validate })`; a failure becomes `MjValidationError`. The contract-backed one is
 * `validateResponse` from `@mjkit/client/validate` (it loads zod; the main entry never does).
 */
export type ResponseValidator = (route: GatewayRouteName, status: number, body: unknown) => ValidationOutcome;
