/** The mock's control API answered with an error status (bad body, wrong key, control API off…). */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';
  readonly code = 'control_error';
  constructor(
    /** Control route name, e.g. `advance`. */
    readonly route: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    const detail =
      typeof (body as { description?: unknown })?.description === 'string'
        ? (body as { description: string }).description
        : typeof body === 'string'
          ? body
          : JSON.stringify(body);
    super(`mock control ${route} answered HTTP ${status}: ${detail}`);
  }
}
