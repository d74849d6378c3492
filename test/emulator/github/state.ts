export interface GitHubUser {
  login: string;
  id: number;
  node_id: string;
  type: 'Bot' | 'User';
  site_admin: boolean;
  avatar_url: string;
  url: string;
  html_url: string;
}

export interface GitHubTokenConfig {
  /** `actions`: GITHUB_TOKEN (comments as github-actions[bot], no /user); `pat`: a person's token. */
  kind: 'actions' | 'pat';
  /** False for a fork's read-only GITHUB_TOKEN: every write is 403. */
  write: boolean;
  /** Login of a `pat` token's user. */
  login?: string;
  /** Requests an hour (x-ratelimit-limit). */
  rateLimit?: number;
}

export interface StoredComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: GitHubUser;
  createdAt: string;
  updatedAt: string;
  viaActions: boolean;
}

export interface PullRequestSeed {
  number: number;
  title?: string;
  state?: 'open' | 'closed';
  merged?: boolean;
  headRef?: string;
  baseRef?: string;
}

export const ACTIONS_BOT: GitHubUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false,
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
};

export function userNamed(login: string, id: number): GitHubUser {
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    type: 'User',
    site_admin: false,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
  };
}

/** Repositories' comments, files and pull requests, as seeded by tests and changed by clients. */
export class GitHubState {
  readonly comments = new Map<number, StoredComment>();
  /** `owner/repo` -> ref -> path -> bytes. */
  readonly files = new Map<string, Map<string, Map<string, Buffer>>>();
  /** `owner/repo` -> commit sha -> pull requests. */
  readonly pullsByCommit = new Map<string, Map<string, PullRequestSeed[]>>();
  private nextCommentId = 1_000_001;

  addComment(
    repo: string,
    issue: number,
    body: string,
    user: GitHubUser,
    viaActions: boolean,
    at = new Date(),
  ): StoredComment {
    const stamp = at.toISOString().replace(/\.\d+Z$/, 'Z');
    const comment: StoredComment = {
      id: this.nextCommentId++,
      repo,
      issue,
      body,
      user,
      createdAt: stamp,
      updatedAt: stamp,
      viaActions,
    };
    this.comments.set(comment.id, comment);
    return comment;
  }

  commentsOn(repo: string, issue: number): StoredComment[] {
    return [...this.comments.values()].filter((c) => c.repo === repo && c.issue === issue);
  }

  setFile(repo: string, ref: string, path: string, content: Buffer | string): void {
    let refs = this.files.get(repo);
    if (!refs) this.files.set(repo, (refs = new Map()));
    let paths = refs.get(ref);
    if (!paths) refs.set(ref, (paths = new Map()));
    paths.set(path.replace(/^\/+/, ''), typeof content === 'string' ? Buffer.from(content) : content);
  }

  file(repo: string, ref: string, path: string): Buffer | undefined {
    return this.files.get(repo)?.get(ref)?.get(path.replace(/^\/+/, ''));
  }

  setPullsForCommit(repo: string, sha: string, pulls: PullRequestSeed[]): void {
    let bySha = this.pullsByCommit.get(repo);
    if (!bySha) this.pullsByCommit.set(repo, (bySha = new Map()));
    bySha.set(sha, pulls);
  }
}
