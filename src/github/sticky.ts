/** The hidden marker that makes a comment ours; one per tag, so several configurations can share a PR. */
export function stickyMarker(tag: string): string {
  return `<!-- foundry-finetune:sticky:${tag} -->`;
}

export function withMarker(tag: string, body: string): string {
  return `${stickyMarker(tag)}\n${body}`;
}

export interface CommentLike {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/**
 * Our comments among a page of comments, oldest first. A marker in a comment written by a person is not
 * ours: only bots (GITHUB_TOKEN, GitHub Apps) or the token's own user (a personal token) can have written it.
 */
export function ourComments<T extends CommentLike>(
  comments: readonly T[],
  tag: string,
  selfLogin?: string,
): T[] {
  const marker = stickyMarker(tag);
  return comments.filter((c) => {
    if (!c.body?.includes(marker)) return false;
    const login = c.user?.login;
    return (
      c.user?.type === 'Bot' ||
      login === 'github-actions[bot]' ||
      (selfLogin !== undefined && login === selfLogin)
    );
  });
}

/** GitHub refuses comment bodies over 65,536 characters; cut at a line and say so. */
export const COMMENT_LIMIT = 65_536;

export function fitComment(body: string, summaryLink?: string): string {
  if (body.length <= COMMENT_LIMIT) return body;
  const tail = `\n\n> The report was cut to fit a comment.${summaryLink ? ` The full report is in the [job summary](${summaryLink}).` : ''}\n`;
  const room = COMMENT_LIMIT - tail.length;
  const cut = body.lastIndexOf('\n', room);
  return body.slice(0, cut > 0 ? cut : room) + tail;
}
