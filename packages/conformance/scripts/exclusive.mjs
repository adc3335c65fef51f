/**
 * Exclusive use of a mock (`--exclusive`): the suite switches its clock to manual and resets it so waits
 * take no real time, then puts the clock back as it found it (mode and speed). Never used on a shared mock.
 */

/**
 * @param {(path: string, body?: unknown) => Promise<Response>} control$ POSTs to the control API
 * @param {{ mode: string, speed: number }} clock the clock as preflight read it
 * @returns {Promise<() => Promise<void>>} restores the clock
 */
export async function takeOver(control$, clock) {
  const expectOk = async (what, res) => {
    if (!res.ok) throw new Error(`--exclusive: ${what} answered HTTP ${res.status}: ${await res.text()}`);
  };
  await expectOk('POST /__mock/clock', await control$('/__mock/clock', { mode: 'manual' }));
  await expectOk('POST /__mock/reset', await control$('/__mock/reset', {}));
  return async () => {
    await expectOk(
      'restoring the clock',
      await control$('/__mock/clock', { mode: clock.mode, speed: clock.speed }),
    );
  };
}

/** A control-API caller for a base URL and key. */
export function controlCaller(directUrl, key) {
  return (path, body) =>
    fetch(`${directUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}
