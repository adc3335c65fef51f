/**
 * A tiny typed event emitter (msw-style lifecycle events): the engine emits, notify, journals and the
 * playground subscribe. Listeners run synchronously in registration order; one throwing does not stop
 * the others.
 */
export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, event: Events[K]): void;
}

/** Creates an emitter; `onError` receives what a listener threw. */
export function createEmitter<Events extends Record<string, unknown>>(
  onError: (error: unknown) => void = () => {},
): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(event: never) => void>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener as (event: never) => void);
      listeners.set(type, set);
      return () => set.delete(listener as (event: never) => void);
    },
    emit(type, event) {
      for (const listener of listeners.get(type) ?? []) {
        try {
          (listener as (event: Events[typeof type]) => void)(event);
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}
