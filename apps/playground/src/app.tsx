import { useEffect, useState } from 'react';

/** Where the mock server runs; `?server=` overrides it. */
const serverUrl = new URLSearchParams(location.search).get('server') ?? 'http://127.0.0.1:8080';

/** Placeholder playground: shows whether the mock server answers. The full UI is a later issue. */
export function App() {
  const [state, setState] = useState<string>('checking…');
  useEffect(() => {
    fetch(`${serverUrl}/__mock/state`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((s: { clock?: { mode?: string } }) =>
        setState(`mock server is up (clock: ${s.clock?.mode ?? '?'})`),
      )
      .catch((e: Error) => setState(`mock server not reachable: ${e.message}`));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui', margin: '2rem' }}>
      <h1>mjkit playground</h1>
      <p>
        Server: <code>{serverUrl}</code> — <span data-testid="server-state">{state}</span>
      </p>
      <p>
        OpenAPI docs: <a href={`${serverUrl}/docs`}>{serverUrl}/docs</a>
      </p>
    </main>
  );
}
