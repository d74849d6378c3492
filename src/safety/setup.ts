/**
 * From the action's settings to a working screening: whether it can run at all for this event, how it
 * authenticates, the client, and the cache file. The screening functions themselves take these as
 * parameters, so tests and the CLI can pass their own.
 */
import path from 'node:path';
import type { Logger } from '../runtime/types.ts';
import type { Config } from '../config/types.ts';
import type { EventFacts } from '../github/event.ts';
import { SafetyCache } from './cache.ts';
import {
  createContentSafetyClient,
  type ContentSafetyAuth,
  type ContentSafetyClient,
  type TokenSource,
} from './client.ts';
import { screenDatasetWith, type DatasetFile, type DatasetScreening } from './dataset.ts';
import { SafetyError } from './types.ts';

export type SafetySettings = Config['contentSafety'];

export type ScreeningDecision =
  { run: false; reason: string } | { run: true; auth: 'key' | 'azure-credential' };

/**
 * Whether screening runs. Not configured: no. A key: yes. No key: the Azure credential, except on a pull
 * request from a fork, which gets neither secrets nor an OIDC token, so screening is skipped with a note
 * rather than failing every example.
 */
export function screeningDecision(
  settings: SafetySettings,
  event?: Pick<EventFacts, 'pullRequest'>,
): ScreeningDecision {
  if (!settings.endpoint) return { run: false, reason: "'content-safety-endpoint' is not set" };
  if (settings.key) return { run: true, auth: 'key' };
  if (event?.pullRequest?.fromFork) {
    return {
      run: false,
      reason:
        'pull requests from forks get no secrets and no Azure sign-in; the data is screened again when it is merged',
    };
  }
  return { run: true, auth: 'azure-credential' };
}

export interface SafetyClientDependencies {
  /** The action's Azure credential (`createCredential`); needed when no key is set. */
  credential?: TokenSource;
  log?: Pick<Logger, 'debug' | 'secret'>;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Overrides for tests: retries, backoff, timeouts. */
  tuning?: Partial<
    Pick<
      Parameters<typeof createContentSafetyClient>[0],
      'maxRetries' | 'maxThrottleRetries' | 'timeoutMs' | 'backoff' | 'maxRetryAfterMs' | 'requestsPerMinute'
    >
  >;
}

/** A client for the configured resource, with the key when set, else the Azure credential. */
export function contentSafetyClient(
  settings: SafetySettings,
  deps: SafetyClientDependencies = {},
): ContentSafetyClient {
  if (!settings.endpoint)
    throw new SafetyError("Content Safety is not configured: set 'content-safety-endpoint'.");
  let auth: ContentSafetyAuth;
  if (settings.key) auth = { key: settings.key };
  else if (deps.credential) auth = { credential: deps.credential };
  else {
    throw new SafetyError(
      "'content-safety-endpoint' is set but there is no 'content-safety-key' and no Azure credential: set the key, or tenant-id and client-id for GitHub OIDC.",
    );
  }
  return createContentSafetyClient({
    endpoint: settings.endpoint,
    auth,
    concurrency: settings.concurrency,
    log: deps.log,
    signal: deps.signal,
    fetch: deps.fetch,
    ...deps.tuning,
  });
}

export interface ScreenDatasetOptions extends SafetyClientDependencies {
  files: readonly DatasetFile[];
  /** Repository root: relative paths (files and the cache) resolve against it. */
  root: string;
  config: SafetySettings;
  /** Cache file; `config.cache` when absent. */
  cachePath?: string;
  log?: Pick<Logger, 'info' | 'warning' | 'debug' | 'secret'>;
  /** A client to use instead of building one from `config` (tests, or sharing one with the evaluation). */
  client?: ContentSafetyClient;
}

/** Screens the files, answering from the cache file and saving what was learned back to it. */
export async function screenDataset(options: ScreenDatasetOptions): Promise<DatasetScreening> {
  const client = options.client ?? contentSafetyClient(options.config, options);
  const cacheFile = path.resolve(options.root, options.cachePath ?? options.config.cache);
  const cache = await SafetyCache.open(cacheFile);
  options.log?.info(
    `content safety: screening ${options.files.map((f) => f.path).join(', ')} at ${client.endpoint} (threshold ${options.config.threshold}; ${cache.size} cached results in ${path.relative(options.root, cacheFile) || cacheFile}).`,
  );
  let result: DatasetScreening;
  try {
    result = await screenDatasetWith({
      files: options.files,
      root: options.root,
      client,
      cache,
      threshold: options.config.threshold,
      log: options.log,
      signal: options.signal,
      window: Math.max(64, options.config.concurrency * 4),
    });
  } finally {
    // What was learned is kept even when the run fails or is cancelled.
    await cache.save();
  }
  const problem = cache.stats().problem;
  if (problem) options.log?.warning(`content safety cache: ${problem}.`);
  return {
    ...result,
    cache: { ...cache.stats(), file: path.relative(options.root, cacheFile) || cacheFile },
  };
}
