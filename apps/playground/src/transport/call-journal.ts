/** One HTTP exchange the playground made, exactly as sent and received (for the raw view). */
export interface CallRecord {
  id: number;
  /** Wall-clock ms when the request started. */
  at: number;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  /** Request body text; cut at {@link BODY_LIMIT} characters (`requestTruncated`). */
  requestBody: string | undefined;
  requestTruncated: boolean;
  /** `undefined` while pending or when no answer came. */
  status: number | undefined;
  responseHeaders: Record<string, string>;
  /** Response text; binary bodies are summarised as `<N bytes of image/png>`. */
  responseBody: string | undefined;
  responseTruncated: boolean;
  ms: number | undefined;
  /** Network error text, when the request got no answer. */
  error: string | undefined;
}

/** Longest body kept per call (characters): base64 images would otherwise fill memory. */
export const BODY_LIMIT = 256 * 1024;

/** A bounded, observable list of {@link CallRecord}s, newest last. */
export interface CallJournal {
  list(): readonly CallRecord[];
  /** Adds a record (dropping the oldest beyond the limit) and returns it. */
  add(record: Omit<CallRecord, 'id'>): CallRecord;
  /** Replaces a record by id (the answer arrived). */
  update(id: number, patch: Partial<CallRecord>): void;
  clear(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates a call journal that keeps at most `limit` records (default 300), of which at most `getLimit`
 * (default 100) are GETs: polling (task fetches, journals) never pushes the submits out, and memory
 * stays bounded however long the page runs.
 * @example const journal = createCallJournal(100); journal.subscribe(() => render(journal.list()))
 */
export function createCallJournal(limit = 300, getLimit = 100): CallJournal {
  let records: CallRecord[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    list: () => records,
    add(record) {
      const full = { ...record, id: nextId++ };
      records = [...records, full];
      const gets = records.filter((r) => r.method === 'GET');
      if (gets.length > getLimit) {
        const drop = new Set(gets.slice(0, gets.length - getLimit));
        records = records.filter((r) => !drop.has(r));
      }
      records = records.slice(-limit);
      emit();
      return full;
    },
    update(id, patch) {
      records = records.map((r) => (r.id === id ? { ...r, ...patch } : r));
      emit();
    },
    clear() {
      records = [];
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Cuts a text at {@link BODY_LIMIT}. */
export function clip(text: string): { text: string; truncated: boolean } {
  return text.length > BODY_LIMIT
    ? { text: text.slice(0, BODY_LIMIT), truncated: true }
    : { text, truncated: false };
}
