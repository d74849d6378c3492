export type CommentOutcome =
  | { action: 'created' | 'updated'; url: string; id: number }
  /** The token may not write (a fork's read-only token, or no `pull-requests: write`). */
  | { action: 'forbidden'; message: string }
  | { action: 'skipped'; message: string };

/** The GitHub calls the commands make; the Octokit implementation lives in `octokit.ts`. */
export interface GitHubPort {
  /** Creates the one comment marked with `tag` on the pull request, or edits it in place. */
  upsertStickyComment(issueNumber: number, tag: string, body: string): Promise<CommentOutcome>;
  /** The pull request a commit was merged from, if any. */
  pullRequestForCommit(sha: string): Promise<number | undefined>;
  /** A file's bytes at a commit, streamed; undefined when it does not exist there. */
  readFileAtRef(path: string, ref: string): Promise<AsyncIterable<Uint8Array> | undefined>;
}
