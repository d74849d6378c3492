/**
 * Screening results kept across runs, keyed by the SHA-256 of what was analyzed and how (api-version,
 * output type), so an unchanged example is never sent twice. The file holds hashes and severities only,
 * never text, so it is safe to keep in `actions/cache`. Entries unused for `maxAgeDays` are dropped when
 * it is saved, so the file follows the data instead of growing forever.
 *
 * Format: `{"version": 1, "entries": {"<sha256 hex>": [Hate, SelfHarm, Sexual, Violence, lastUsedDay]}}`,
 * `lastUsedDay` being days since 1970-01-01 (UTC).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SAFETY_API_VERSION, HARM_CATEGORIES, OUTPUT_TYPE, type Severities } from './types.ts';

const FORMAT_VERSION = 1;
const DAY_MS = 86_400_000;

type Entry = [number, number, number, number, number];

/** The cache key of a text: what was analyzed, with the api-version and output type it was analyzed by. */
export function textHash(text: string): string {
  return createHash('sha256')
    .update(`${CONTENT_SAFETY_API_VERSION}\n${OUTPUT_TYPE}\n`)
    .update(text)
    .digest('hex');
}

export interface SafetyCacheStats {
  /** Entries read from the file. */
  loaded: number;
  hits: number;
  added: number;
  /** Why the file could not be read or written, when it could not (screening goes on without it). */
  problem?: string;
}

export class SafetyCache {
  private readonly entries = new Map<string, Entry>();
  private readonly stats0: SafetyCacheStats = { loaded: 0, hits: 0, added: 0 };
  private dirty = false;

  private constructor(
    /** Absolute path of the file; undefined for a cache that lives in memory only. */
    readonly file: string | undefined,
    private readonly today: number,
    private readonly maxAgeDays: number,
  ) {}

  /** Reads `file` when it exists; an unreadable or foreign file is reported and replaced on save. */
  static async open(
    file: string | undefined,
    options: { now?: number; maxAgeDays?: number } = {},
  ): Promise<SafetyCache> {
    const today = Math.floor((options.now ?? Date.now()) / DAY_MS);
    const cache = new SafetyCache(file, today, options.maxAgeDays ?? 90);
    if (file) await cache.load(file);
    return cache;
  }

  private async load(file: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        this.stats0.problem = `could not read ${file}: ${(e as Error).message}`;
      return;
    }
    let body: { version?: unknown; entries?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      this.stats0.problem = `${file} is not JSON; it will be rewritten`;
      return;
    }
    if (body.version !== FORMAT_VERSION || typeof body.entries !== 'object' || body.entries === null) {
      this.stats0.problem = `${file} is not a content-safety cache of version ${FORMAT_VERSION}; it will be rewritten`;
      return;
    }
    for (const [hash, value] of Object.entries(body.entries as Record<string, unknown>)) {
      if (!/^[0-9a-f]{64}$/.test(hash) || !isEntry(value)) continue;
      this.entries.set(hash, value);
    }
    this.stats0.loaded = this.entries.size;
  }

  get size(): number {
    return this.entries.size;
  }

  stats(): SafetyCacheStats {
    return { ...this.stats0 };
  }

  get(hash: string): Severities | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    this.stats0.hits++;
    if (e[4] !== this.today) {
      e[4] = this.today;
      this.dirty = true;
    }
    return { Hate: e[0], SelfHarm: e[1], Sexual: e[2], Violence: e[3] };
  }

  set(hash: string, severities: Severities): void {
    if (!this.entries.has(hash)) this.stats0.added++;
    this.entries.set(hash, [...HARM_CATEGORIES.map((c) => severities[c]), this.today] as Entry);
    this.dirty = true;
  }

  /**
   * Writes the file (through a temporary file and a rename, so a run killed mid-write leaves the old one).
   * Failing to write is reported in `stats().problem`, not thrown: the screening itself succeeded.
   */
  async save(): Promise<void> {
    const cutoff = this.today - this.maxAgeDays;
    for (const [hash, e] of this.entries) {
      if (e[4] < cutoff) {
        this.entries.delete(hash);
        this.dirty = true;
      }
    }
    if (!this.file || !this.dirty) return;
    const body = JSON.stringify({ version: FORMAT_VERSION, entries: Object.fromEntries(this.entries) });
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temp, body);
      await rename(temp, this.file);
      this.dirty = false;
    } catch (e) {
      this.stats0.problem = `could not write ${this.file}: ${(e as Error).message}`;
    }
  }
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 5 &&
    value.every((v, i) => Number.isInteger(v) && (i === 4 || ((v as number) >= 0 && (v as number) <= 7)))
  );
}
