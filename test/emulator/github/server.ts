import { createHash } from 'node:crypto';
import { bearer, header, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { matches, type LogFilter } from '../core/request-log.ts';
import type { Redactor } from '../core/redact.ts';
import { Router } from '../core/router.ts';
import {
  ACTIONS_BOT,
  GitHubState,
  type GitHubTokenConfig,
  type PullRequestSeed,
  type StoredComment,
  userNamed,
} from './state.ts';

const DOCS = 'https://docs.github.com/rest';
const COMMENT_LIMIT = 65_536;

export interface RateLimitScript extends LogFilter {
  /** `primary`: 403 with x-ratelimit-remaining 0; `secondary`: 403/429 with retry-after. */
  kind: 'primary' | 'secondary';
  times?: number;
  status?: 403 | 429;
  /** Secondary: seconds in `retry-after` (default 1). */
  retryAfter?: number;
  /** Primary: seconds until `x-ratelimit-reset` (default 1). */
  resetInSeconds?: number;
}

export interface GitHubSettings {
  defaultBranch: string;
  tokens: Record<string, GitHubTokenConfig>;
  /**
   * Largest file "Get repository content" serves: `json` bytes in the JSON media type (1 MB), `raw` bytes
   * with the raw or object media type (100 MB). Tests lower them instead of storing 100 MB.
   */
  contentLimits: { json: number; raw: number };
}

export const CONTENT_LIMITS = { json: 1024 * 1024, raw: 100 * 1024 * 1024 };

interface Caller {
  token?: string;
  config?: GitHubTokenConfig;
}

/** Enough of api.github.com for Octokit's comment, pull and contents calls, with GitHub's tokens and limits. */
export class GitHubApi {
  readonly state = new GitHubState();
  private scripts: (RateLimitScript & { remaining: number })[] = [];
  private readonly used = new Map<string, number>();
  private readonly windowReset = Math.floor(Date.now() / 1000) + 3600;
  apiUrl = '';

  constructor(
    readonly settings: GitHubSettings,
    redactor: Redactor,
  ) {
    for (const token of Object.keys(settings.tokens)) redactor.addSecret(token);
  }

  /** Adds a token (e.g. a second PAT) at run time. */
  addToken(token: string, config: GitHubTokenConfig): void {
    this.settings.tokens[token] = config;
  }

  /** Scripts primary or secondary rate-limit answers for the next matching requests. */
  rateLimit(script: RateLimitScript): void {
    this.scripts.push({ ...script, remaining: script.times ?? 1 });
  }

  setFile(repo: string, path: string, content: Buffer | string, ref = this.settings.defaultBranch): void {
    this.state.setFile(repo, ref, path, content);
  }

  setPullsForCommit(repo: string, sha: string, pulls: PullRequestSeed[]): void {
    this.state.setPullsForCommit(repo, sha, pulls);
  }

  /** Seeds a comment by a person (or another bot) to prove clients leave other people's comments alone. */
  addComment(
    repo: string,
    issue: number,
    body: string,
    login = 'octocat',
    type: 'User' | 'Bot' = 'User',
  ): number {
    const user =
      type === 'Bot' ? { ...userNamed(login, 9000), type: 'Bot' as const } : userNamed(login, 583231);
    return this.state.addComment(repo, issue, body, user, false).id;
  }

  comments(repo: string, issue: number): { id: number; body: string; user: string }[] {
    return this.state.commentsOn(repo, issue).map((c) => ({ id: c.id, body: c.body, user: c.user.login }));
  }

  handler(): Handler {
    const router = new Router(() => ghError(404, 'Not Found', `${DOCS}`));
    const repo = '/repos/:owner/:repo';
    router.get(`${repo}/issues/:number/comments`, (req) => this.listComments(req));
    router.post(`${repo}/issues/:number/comments`, (req) => this.createComment(req));
    router.get(`${repo}/issues/comments/:id`, (req) => this.getComment(req));
    router.patch(`${repo}/issues/comments/:id`, (req) => this.updateComment(req));
    router.delete(`${repo}/issues/comments/:id`, (req) => this.deleteComment(req));
    router.get(`${repo}/commits/:sha/pulls`, (req) => this.pullsForCommit(req));
    router.get(`${repo}/contents/*path`, (req) => this.contents(req));
    router.get('/user', (req) => this.user(req));
    router.get('/rate_limit', (req) => this.rateLimitStatus(req));

    return (req) => {
      const caller = this.caller(req);
      if ('status' in caller) return caller;
      const scripted = this.scripted(req, caller);
      if (scripted) return scripted;
      if (req.path !== '/rate_limit')
        this.used.set(caller.token ?? '', (this.used.get(caller.token ?? '') ?? 0) + 1);
      if (['POST', 'PATCH', 'PUT', 'DELETE'].includes(req.method)) {
        if (!caller.config)
          return this.withLimits(
            ghError(
              401,
              'Requires authentication',
              `${DOCS}/overview/resources-in-the-rest-api#authentication`,
            ),
            caller,
          );
        if (!caller.config.write)
          return this.withLimits(ghError(403, 'Resource not accessible by integration', docFor(req)), caller);
      }
      const response = router.handle(Object.assign(req, { caller }));
      return Promise.resolve(response).then((r) => this.withLimits(r, caller));
    };
  }

  private caller(req: EmuRequest): Caller | EmuResponse {
    const token = bearer(req);
    if (token === undefined) return {};
    const config = this.settings.tokens[token];
    if (!config) return ghError(401, 'Bad credentials', DOCS);
    return { token, config };
  }

  private limitOf(caller: Caller): number {
    return (
      caller.config?.rateLimit ?? (caller.config ? (caller.config.kind === 'actions' ? 1000 : 5000) : 60)
    );
  }

  private withLimits(response: EmuResponse, caller: Caller): EmuResponse {
    const limit = this.limitOf(caller);
    const used = this.used.get(caller.token ?? '') ?? 0;
    return {
      ...response,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - used)),
        'x-ratelimit-reset': String(this.windowReset),
        'x-ratelimit-used': String(used),
        'x-ratelimit-resource': 'core',
        'x-github-request-id': crypto.randomUUID().toUpperCase(),
        ...response.headers,
      },
    };
  }

  private scripted(req: EmuRequest, caller: Caller): EmuResponse | undefined {
    const script = this.scripts.find(
      (s) =>
        s.remaining > 0 &&
        matches({ service: 'github', method: req.method, path: req.path }, { ...s, service: undefined }),
    );
    if (!script) return undefined;
    script.remaining--;
    const limit = this.limitOf(caller);
    if (script.kind === 'primary') {
      const reset = Math.floor(Date.now() / 1000) + (script.resetInSeconds ?? 1);
      return json(
        script.status ?? 403,
        {
          message: `API rate limit exceeded for ${caller.config?.kind === 'pat' ? `user ID 583231` : 'installation ID 1'}.`,
          documentation_url: `${DOCS}/overview/resources-in-the-rest-api#rate-limiting`,
          status: String(script.status ?? 403),
        },
        {
          'x-ratelimit-limit': String(limit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-used': String(limit),
          'x-ratelimit-resource': 'core',
        },
      );
    }
    return this.withLimits(
      json(
        script.status ?? 403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(script.status ?? 403),
        },
        { 'retry-after': String(script.retryAfter ?? 1) },
      ),
      caller,
    );
  }

  private commentJson(comment: StoredComment): Record<string, unknown> {
    const [owner, name] = comment.repo.split('/');
    return {
      id: comment.id,
      node_id: Buffer.from(`IC_${comment.id}`).toString('base64'),
      url: `${this.apiUrl}/repos/${owner}/${name}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${name}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.apiUrl}/repos/${owner}/${name}/issues/${comment.issue}`,
      body: comment.body,
      user: comment.user,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.viaActions ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: comment.viaActions
        ? { id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions' }
        : null,
      reactions: {
        url: `${this.apiUrl}/repos/${owner}/${name}/issues/comments/${comment.id}/reactions`,
        total_count: 0,
      },
    };
  }

  private listComments(req: EmuRequest): EmuResponse {
    const repo = `${req.params.owner}/${req.params.repo}`;
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const all = this.state.commentsOn(repo, Number(req.params.number));
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number): string => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${this.apiUrl}${req.path}?${q.toString()}>`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`);
    if (page < lastPage) rels.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);
    if (page > 1) rels.push(`${link(1)}; rel="first"`);
    return json(
      200,
      slice.map((c) => this.commentJson(c)),
      rels.length ? { link: rels.join(', ') } : undefined,
    );
  }

  private createComment(req: EmuRequest & { caller?: Caller }): EmuResponse {
    const body = (req.body as { body?: unknown } | undefined)?.body;
    const invalid = checkBody(body, req);
    if (invalid) return invalid;
    const caller = req.caller!;
    const user =
      caller.config?.kind === 'pat' ? userNamed(caller.config.login ?? 'octo-dev', 583231) : ACTIONS_BOT;
    const comment = this.state.addComment(
      `${req.params.owner}/${req.params.repo}`,
      Number(req.params.number),
      body as string,
      user,
      caller.config?.kind === 'actions',
    );
    return json(201, this.commentJson(comment), {
      location: `${this.apiUrl}/repos/${req.params.owner}/${req.params.repo}/issues/comments/${comment.id}`,
    });
  }

  private find(req: EmuRequest): StoredComment | undefined {
    const comment = this.state.comments.get(Number(req.params.id));
    return comment && comment.repo === `${req.params.owner}/${req.params.repo}` ? comment : undefined;
  }

  private getComment(req: EmuRequest): EmuResponse {
    const comment = this.find(req);
    return comment
      ? json(200, this.commentJson(comment))
      : ghError(404, 'Not Found', `${DOCS}/issues/comments#get-an-issue-comment`);
  }

  private updateComment(req: EmuRequest): EmuResponse {
    const comment = this.find(req);
    if (!comment) return ghError(404, 'Not Found', `${DOCS}/issues/comments#update-an-issue-comment`);
    const body = (req.body as { body?: unknown } | undefined)?.body;
    const invalid = checkBody(body, req);
    if (invalid) return invalid;
    comment.body = body as string;
    comment.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return json(200, this.commentJson(comment));
  }

  private deleteComment(req: EmuRequest): EmuResponse {
    const comment = this.find(req);
    if (!comment) return ghError(404, 'Not Found', `${DOCS}/issues/comments#delete-an-issue-comment`);
    this.state.comments.delete(comment.id);
    return { status: 204 };
  }

  private pullsForCommit(req: EmuRequest): EmuResponse {
    const repo = `${req.params.owner}/${req.params.repo}`;
    const pulls = this.state.pullsByCommit.get(repo)?.get(req.params.sha!) ?? [];
    return json(
      200,
      pulls.map((p) => ({
        id: 100_000 + p.number,
        number: p.number,
        state: p.state ?? (p.merged ? 'closed' : 'open'),
        title: p.title ?? `Pull request #${p.number}`,
        url: `${this.apiUrl}/repos/${repo}/pulls/${p.number}`,
        html_url: `https://github.com/${repo}/pull/${p.number}`,
        merged_at: p.merged ? '2026-01-01T00:00:00Z' : null,
        head: { ref: p.headRef ?? `feature-${p.number}`, sha: req.params.sha },
        base: { ref: p.baseRef ?? this.settings.defaultBranch, sha: '0'.repeat(40) },
        user: userNamed('octocat', 583231),
      })),
    );
  }

  /**
   * "Get repository content" for a file, by media type as GitHub's REST description gives it: the JSON
   * object (base64 `content`) up to 1 MB; the `raw` bytes, or the `object` shape with `content: ""` and
   * `encoding: "none"`, from 1 to 100 MB; nothing beyond. Over a limit: 403 with a `too_large` error (the
   * 1 MB message is GitHub's; the 100 MB one is worded alike, unconfirmed).
   */
  private contents(req: EmuRequest): EmuResponse {
    const repo = `${req.params.owner}/${req.params.repo}`;
    const ref = req.query.get('ref') ?? this.settings.defaultBranch;
    const path = req.params.path!;
    const bytes = this.state.file(repo, ref, path);
    const doc = `${DOCS}/repos/contents#get-repository-content`;
    if (!bytes) return ghError(404, 'Not Found', doc);
    const accept = header(req, 'accept') ?? '';
    const raw = /application\/vnd\.github(\.v3)?\.raw/i.test(accept);
    const object = /application\/vnd\.github(\.v3)?\.object/i.test(accept);
    const limits = this.settings.contentLimits;
    const tooLarge = (limit: string, hint: string): EmuResponse =>
      json(403, {
        message: `This API returns blobs up to ${limit} in size. The requested blob is too large to fetch via the API${hint}.`,
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        documentation_url: doc,
        status: '403',
      });
    if (bytes.length > limits.raw) return tooLarge('100 MB', '');
    if (raw) {
      return {
        status: 200,
        raw: bytes,
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
      };
    }
    const large = bytes.length > limits.json;
    if (large && !object)
      return tooLarge('1 MB', ', but you can use the Git Data API to request blobs up to 100 MB in size');
    const name = path.split('/').at(-1)!;
    return json(200, {
      type: 'file',
      encoding: large ? 'none' : 'base64',
      size: bytes.length,
      name,
      path,
      content: large ? '' : bytes.toString('base64').replace(/(.{60})/g, '$1\n'),
      sha: require40(bytes),
      url: `${this.apiUrl}/repos/${repo}/contents/${path}?ref=${ref}`,
      html_url: `https://github.com/${repo}/blob/${ref}/${path}`,
      download_url: `https://raw.githubusercontent.com/${repo}/${ref}/${path}`,
    });
  }

  private user(req: EmuRequest & { caller?: Caller }): EmuResponse {
    const config = req.caller?.config;
    if (!config)
      return ghError(401, 'Requires authentication', `${DOCS}/users/users#get-the-authenticated-user`);
    if (config.kind === 'actions')
      return ghError(
        403,
        'Resource not accessible by integration',
        `${DOCS}/users/users#get-the-authenticated-user`,
      );
    return json(200, { ...userNamed(config.login ?? 'octo-dev', 583231), name: config.login ?? 'octo-dev' });
  }

  private rateLimitStatus(req: EmuRequest & { caller?: Caller }): EmuResponse {
    const caller = req.caller ?? {};
    const limit = this.limitOf(caller);
    const used = this.used.get(caller.token ?? '') ?? 0;
    const core = {
      limit,
      remaining: Math.max(0, limit - used),
      reset: this.windowReset,
      used,
      resource: 'core',
    };
    return json(200, { resources: { core }, rate: core });
  }
}

function checkBody(body: unknown, req: EmuRequest): EmuResponse | undefined {
  if (typeof body !== 'string')
    return ghError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docFor(req));
  if (body.length > COMMENT_LIMIT) {
    return json(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
        },
      ],
      documentation_url: docFor(req),
      status: '422',
    });
  }
  return undefined;
}

function docFor(req: EmuRequest): string {
  if (req.path.includes('/comments')) {
    return req.method === 'POST'
      ? `${DOCS}/issues/comments#create-an-issue-comment`
      : `${DOCS}/issues/comments#update-an-issue-comment`;
  }
  return DOCS;
}

function ghError(status: number, message: string, documentation: string): EmuResponse {
  return json(status, { message, documentation_url: documentation, status: String(status) });
}

/** A git-like blob sha, so clients that cache by sha see a stable value. */
function require40(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function githubFaultAnswer(status: number): { body: unknown } {
  if (status === 429 || status === 403) {
    return {
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
    };
  }
  return { body: { message: status >= 500 ? 'Server Error' : `Injected ${status}`, status: String(status) } };
}
