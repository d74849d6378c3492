/**
 * GitHub-flavoured Markdown as GitHub renders it, for the demo's HTML pages and for the tests that read
 * what a reviewer sees: micromark (a CommonMark + GFM reference parser) with the GFM extension, raw HTML
 * kept (GitHub keeps `<details>`, `<summary>`, `<sub>`, `<code>`), and mermaid code blocks as GitHub
 * marks them for its renderer. Dev tooling only: the action never loads it.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML character references to characters (the ones micromark writes, and numeric ones). */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS =
  /^(p|li|ul|ol|td|th|tr|thead|tbody|table|h[1-6]|div|pre|blockquote|details|summary|br|hr|section|nav)$/i;

/** The text a reader sees: tags removed (blocks apart, inline elements not), entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(
    html.replace(/<\/?([a-z0-9]+)[^>]*>|<!--[\s\S]*?-->/gi, (_, tag?: string) =>
      tag && BLOCK_TAGS.test(tag) ? ' ' : '',
    ),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every inline `<code>` element (not code blocks), as shown. */
export function codeSpans(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decodeEntities(m[1]!));
}

/** Each table: its header cells and its rows of cells, as shown. */
export function tables(html: string): { headers: string[]; rows: string[][] }[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => {
    const cells = (row: string, tag: 'th' | 'td'): string[] =>
      [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((c) => visibleText(c[1]!));
    const rows = [...m[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => r[1]!);
    return {
      headers: rows.length > 0 ? cells(rows[0]!, 'th') : [],
      rows: rows.slice(1).map((r) => cells(r, 'td')),
    };
  });
}

/** The mermaid sources of a page, as the renderer receives them. */
export function mermaidBlocks(html: string): string[] {
  return [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    decodeEntities(m[1]!),
  );
}

/** A page that shows one comment or summary as GitHub would, mermaid charts drawn by `mermaid.min.js`. */
export function htmlPage(title: string, markdown: string, nav: string): string {
  const body = renderGfm(markdown).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, source: string) => `<pre class="mermaid">${source}</pre>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title.replace(/</g, '&lt;')}</title>
<style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 1012px; margin: 24px auto; padding: 0 16px; }
  nav { margin-bottom: 16px; font-size: 13px; } nav a { margin-right: 12px; }
  .frame { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
  table { border-collapse: collapse; margin: 12px 0; display: block; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
  pre code { background: none; padding: 0; }
  pre.mermaid { background: none; }
  blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
  details { margin: 8px 0; } summary { cursor: pointer; }
</style>
</head>
<body>
<nav>${nav}</nav>
<div class="frame">
${body}
</div>
<script src="mermaid.min.js"></script>
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>
</body>
</html>
`;
}
