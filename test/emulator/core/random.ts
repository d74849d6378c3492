import { createHash, randomBytes } from 'node:crypto';

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash so seeded choices survive restarts. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) fixed by its inputs: same seed and key, same draw, in any order. */
export function seededUnit(seed: string | number, key: string): number {
  return hash32(`${seed}\u0000${key}`) / 0x1_0000_0000;
}

/** mulberry32: a small PRNG for sequences (fault randomization) that must replay identically. */
export function sequence(seed: string | number): () => number {
  let a = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** A GUID derived from a name, so ids (workspaceId, principal ids) are stable across runs. */
export function stableGuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function randomGuid(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A random secret in the alphabet Azure uses for keys (base64-ish, 44+ chars). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
