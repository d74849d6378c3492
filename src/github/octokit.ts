import { spawn } from 'node:child_process';
import type { getOctokit } from '@actions/github';
import type { Logger } from '../runtime/types.ts';
import type { EventFacts } from './event.ts';
import type { CommentOutcome, GitHubPort } from './port.ts';
import { fitComment, ourComments, withMarker } from './sticky.ts';

type Octokit = ReturnType<typeof getOctokit>;

interface HttpError {
  status?: number;
  message?: string;
}

/**
 * GitHub's "Get repository content": files up to 1 MB in the JSON media type, 1-100 MB only with the raw or
 * object media types, over 100 MB not at all (REST description `repos/get-content`, api version 2022-11-28).
 */
const RAW_MEDIA_TYPE = 'application/vnd.github.raw+json';

/** The contents API's answer for a blob over its limit: 403 with an error coded `too_large`. */
function tooLarge(status: number | undefined, data: unknown): boolean {
  if (status !== 403 && status !== 422) return false;
  const body = data as { message?: unknown; errors?: { code?: unknown }[] } | undefined;
  if (Array.isArray(body?.errors) && body.errors.some((x) => x?.code === 'too_large')) return true;
  return typeof body?.message === 'string' && /too large/i.test(body.message);
}

const FORBIDDEN_HINT =
  'The token cannot comment on this pull request. On pull requests from forks GITHUB_TOKEN is read-only by design; ' +
  'the job summary has the whole report. On same-repository pull requests, give the job `permissions: pull-requests: write`.';

export function createGitHubPort(options: {
  token?: string;
  event: EventFacts;
  root: string;
  log: Logger;
  /** Retries after a rate limit before giving up (tests lower it). */
  rateLimitRetries?: number;
}): GitHubPort {
  const { token, event, root, log } = options;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  let octokit: Octokit | undefined;
  // Octokit loads on first use: a run that never talks to GitHub (the CLI, local runs) starts faster.
  const client = async (): Promise<Octokit> => {
    if (!token) throw Object.assign(new Error('no github-token'), { status: 401 });
    if (octokit) return octokit;
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling'),
    ]);
    octokit = getOctokit(
      token,
      {
        baseUrl: event.apiUrl,
        throttle: {
          onRateLimit: (
            retryAfter: number,
            opts: { method: string; url: string },
            _o: unknown,
            retryCount: number,
          ) => {
            log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s.`);
            return retryCount < rateLimitRetries;
          },
          onSecondaryRateLimit: (
            retryAfter: number,
            opts: { method: string; url: string },
            _o: unknown,
            retryCount: number,
          ) => {
            log.warning(
              `GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s.`,
            );
            return retryCount < rateLimitRetries;
          },
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      },
      retry,
      throttling,
    );
    return octokit;
  };
  const { owner, repo } = event;
  let selfLogin: string | undefined | null = null;

  /** A personal token's own login, so its comments count as ours; GITHUB_TOKEN has none (403). */
  async function authenticatedLogin(): Promise<string | undefined> {
    if (selfLogin !== null) return selfLogin;
    try {
      const gh = await client();
      selfLogin = (await gh.rest.users.getAuthenticated()).data.login;
    } catch {
      selfLogin = undefined;
    }
    return selfLogin;
  }

  return {
    async upsertStickyComment(issueNumber, tag, body): Promise<CommentOutcome> {
      if (!token)
        return { action: 'skipped', message: 'No github-token: the report is in the job summary only.' };
      const text = fitComment(withMarker(tag, body), event.runUrl);
      try {
        const gh = await client();
        const existing = [];
        for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issueNumber,
          per_page: 100,
        })) {
          existing.push(...page.data);
        }
        let ours = ourComments(existing, tag);
        if (ours.length === 0 && existing.some((c) => c.body?.includes(`foundry-finetune:sticky:${tag}`))) {
          ours = ourComments(existing, tag, await authenticatedLogin());
        }
        const [first, ...extra] = ours;
        if (first) {
          const { data } = await gh.rest.issues.updateComment({
            owner,
            repo,
            comment_id: first.id,
            body: text,
          });
          // Two runs racing can each create a comment; keep the oldest, so the PR has one.
          for (const dup of extra) {
            await gh.rest.issues
              .deleteComment({ owner, repo, comment_id: dup.id })
              .catch((e: HttpError) =>
                log.debug(`could not delete duplicate comment ${dup.id}: ${e.message}`),
              );
          }
          return { action: 'updated', url: data.html_url, id: data.id };
        }
        const { data } = await gh.rest.issues.createComment({
          owner,
          repo,
          issue_number: issueNumber,
          body: text,
        });
        return { action: 'created', url: data.html_url, id: data.id };
      } catch (e) {
        const err = e as HttpError;
        if (err.status === 403 || err.status === 401 || err.status === 404) {
          return {
            action: 'forbidden',
            message: `${FORBIDDEN_HINT} (GitHub answered ${err.status}: ${err.message ?? ''})`,
          };
        }
        throw e;
      }
    },

    async pullRequestForCommit(sha) {
      if (!token) return undefined;
      try {
        const gh = await client();
        const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
        });
        const merged = data.find((pr) => pr.merged_at) ?? data[0];
        return merged?.number;
      } catch (e) {
        log.debug(`no pull request found for ${sha}: ${(e as HttpError).message}`);
        return undefined;
      }
    },

    async readFileAtRef(path, ref) {
      const local = await gitBlob(root, ref, path);
      if (local !== 'missing-object') return local;
      if (!token) return undefined;
      const gh = await client();
      try {
        // Through Octokit, so the read gets the retry and rate-limit handling of every other call. The raw
        // media type streams the bytes and serves files up to 100 MB (JSON content stops at 1 MB).
        const response = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner,
          repo,
          path,
          ref,
          headers: { accept: RAW_MEDIA_TYPE },
          request: { parseSuccessResponseBody: false },
        });
        return response.data as unknown as AsyncIterable<Uint8Array>;
      } catch (e) {
        const err = e as HttpError & { response?: { data?: unknown } };
        if (err.status === 404) return undefined;
        if (tooLarge(err.status, err.response?.data)) {
          throw new Error(
            `${path} at ${ref.slice(0, 12)} is larger than GitHub's contents API serves (100 MB with the raw media type), so it was not compared with the base. To compare it, check out the base commit too (actions/checkout with \`fetch-depth: 0\`): the file is then read from git.`,
            { cause: e },
          );
        }
        throw new Error(
          `GitHub answered ${err.status ?? 'no status'} reading ${path} at ${ref}: ${err.message ?? ''}`,
          { cause: e },
        );
      }
    },
  };
}

/**
 * The file from the local clone when the commit is there (a full checkout). 'missing-object' when the
 * commit was not fetched (actions/checkout fetches one commit by default), so the API is asked instead.
 */
async function gitBlob(
  root: string,
  ref: string,
  path: string,
): Promise<AsyncIterable<Uint8Array> | undefined | 'missing-object'> {
  const run = (args: string[]): Promise<number> =>
    new Promise((resolve) => {
      const child = spawn('git', args, { cwd: root, stdio: 'ignore' });
      child.on('error', () => resolve(-1));
      child.on('close', (code) => resolve(code ?? -1));
    });
  if ((await run(['cat-file', '-e', `${ref}^{commit}`])) !== 0) return 'missing-object';
  if ((await run(['cat-file', '-e', `${ref}:${path}`])) !== 0) return undefined;
  const child = spawn('git', ['cat-file', 'blob', `${ref}:${path}`], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return child.stdout;
}
