/**
 * `@mjkit/client/control`: a typed client of the mjkit mock's control API (`/__mock/*`): clock,
 * config, forced outcomes, seeded tasks and journals. zod-free at run time; pass `fetch` to drive an
 * in-process mock.
 */
export { createMockControl, type MockControl, type MockControlOptions } from './create-mock-control';
export { MockControlError } from './mock-control-error';
