/**
 * Seeded randomness (DESIGN.md §3): the same seed and requests give the same ids, progress steps and
 * images. mulberry32: tiny, fast, good enough for a simulation.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** A UUID-shaped hex string, like Midjourney's message hashes. */
  uuid(): string;
  /** `n` decimal digits as a string. */
  digits(n: number): string;
  /** The generator's state (for snapshots). */
  state(): number;
  /** Restores a state from {@link Random.state}. */
  setState(state: number): void;
}

const HEX = '0123456789abcdef';

/** Creates a seeded generator. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  // Plain loops (no arrays, no join): ids are drawn on every submit (issue #16). Same draws, same order.
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += HEX[int(0, 15)];
    return s;
  };
  return {
    next,
    int,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${HEX[8 + int(0, 3)]}${hex(3)}-${hex(12)}`,
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += int(0, 9);
      return s;
    },
    state: () => state,
    setState: (value) => {
      state = value >>> 0;
    },
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive seeds from prompts and bytes. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over bytes. */
export function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
