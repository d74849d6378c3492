/** Seeded pseudo-random numbers, so bootstrap intervals and retry jitter come out the same on a rerun. */

/** 32-bit FNV-1a of a string: turns (seed, label) pairs into independent stream seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and good enough for resampling (period 2^32). Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one named purpose under a seed: `seededRandom(42, 'bootstrap:f1')`. */
export function seededRandom(seed: number, label: string): () => number {
  return mulberry32(hash32(`${seed}:${label}`));
}
