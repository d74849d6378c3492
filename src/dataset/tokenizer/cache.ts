/**
 * A memo with a hard entry cap: when full it starts over. Counts are cheap to recompute, and a cleared
 * memo refills with the text that repeats, so the simple policy keeps memory flat without an LRU's cost.
 */
export class BoundedCache<V> {
  private map = new Map<string, V>();
  private readonly maxEntries: number;

  constructor(maxEntries: number) {
    this.maxEntries = maxEntries;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.maxEntries) this.map = new Map();
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}
