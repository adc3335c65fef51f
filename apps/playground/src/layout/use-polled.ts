import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Calls `load` now and every `intervalMs` while `load` is defined, keeping the last value and error;
 * one call at a time. `reload()` reads at once.
 */
export function usePolled<T>(load: (() => Promise<T>) | undefined, intervalMs: number) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const busy = useRef(false);
  const reload = useCallback(async () => {
    if (!load || busy.current) return;
    busy.current = true;
    try {
      setValue(await load());
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      busy.current = false;
    }
  }, [load]);
  useEffect(() => {
    setValue(undefined);
    if (!load) return;
    void reload();
    const timer = setInterval(() => void reload(), intervalMs);
    return () => clearInterval(timer);
  }, [load, reload, intervalMs]);
  return { value, error, reload };
}
