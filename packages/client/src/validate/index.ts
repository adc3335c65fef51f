/**
 * `@mjkit/client/validate`: opt-in validation against the contract's zod schemas. The only client
 * entry that loads zod, so browsers that do not opt in never download it (issue 14 point 3).
 * @example
 * import { validateResponse } from '@mjkit/client/validate';
 * const mj = createMjClient({ baseUrl, validate: validateResponse }); // a broken answer throws MjValidationError
 */
export { parseNotification, safeParseNotification } from './notifications';
export { formatIssues, validateResponse } from './validate-response';
