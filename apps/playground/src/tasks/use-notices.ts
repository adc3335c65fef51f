import { useCallback, useState } from 'react';
import type { Notice } from './submit-outcome';

/** A notice with an id, as the notice area lists it. */
export interface ShownNotice extends Notice {
  id: number;
}

/** Most notices kept on screen; older ones leave first. */
export const NOTICE_LIMIT = 20;

let nextId = 1;

/** The notice list: newest first, bounded, each dismissable. */
export function useNotices() {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const push = useCallback(
    (notice: Notice) => setNotices((list) => [{ ...notice, id: nextId++ }, ...list].slice(0, NOTICE_LIMIT)),
    [],
  );
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return { notices, push, dismiss };
}
