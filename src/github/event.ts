/** What the action needs to know about the event that started it, read once from the runner's env. */
export interface EventFacts {
  eventName: string;
  /** `owner/name` */
  repository: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  defaultBranch?: string;
  /** The pushed branch is the default branch. */
  onDefaultBranch: boolean;
  pullRequest?: {
    number: number;
    baseSha: string;
    baseRef: string;
    headSha: string;
    /** Head repository differs from the base: the token is read-only and secrets are absent. */
    fromFork: boolean;
  };
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  runUrl?: string;
  workflow?: string;
  actor?: string;
}

interface RepoPayload {
  full_name?: string;
  default_branch?: string;
}

interface EventPayload {
  repository?: RepoPayload;
  pull_request?: {
    number: number;
    base: { sha: string; ref: string; repo?: RepoPayload };
    head: { sha: string; repo?: RepoPayload | null };
  };
}

export function eventFacts(env: NodeJS.ProcessEnv, payload: unknown): EventFacts {
  const p = (payload ?? {}) as EventPayload;
  const repository = env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? 'local/repository';
  const [owner = 'local', repo = 'repository'] = repository.split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const ref = env.GITHUB_REF ?? '';
  const defaultBranch = p.repository?.default_branch;
  const pr = p.pull_request;
  const runId = env.GITHUB_RUN_ID;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    repository,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref,
    defaultBranch,
    onDefaultBranch: defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
    pullRequest: pr
      ? {
          number: pr.number,
          baseSha: pr.base.sha,
          baseRef: pr.base.ref,
          headSha: pr.head.sha,
          fromFork: (pr.head.repo?.full_name ?? '') !== (pr.base.repo?.full_name ?? repository),
        }
      : undefined,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId,
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    workflow: env.GITHUB_WORKFLOW,
    actor: env.GITHUB_ACTOR,
  };
}
