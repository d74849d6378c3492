/**
 * The README's sample output, cut from what `npm run demo` produced: the parts a newcomer should see
 * first, and only parts that come out the same on every machine (no ports, no latencies, no timings).
 * `npm run docs` writes it; the demo test fails when the README's copy differs from a fresh run.
 */

export const BEGIN_SAMPLE = '<!-- sample:begin (generated from `npm run demo` by `npm run docs`) -->';
export const END_SAMPLE = '<!-- sample:end -->';

export interface SamplePage {
  id: string;
  markdown: string;
}

/** From the line that starts with `heading` to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`the demo output has no section "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  let end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  if (end < 0) end = lines.length;
  return lines.slice(start, end).join('\n').trim();
}

function line(markdown: string, pattern: RegExp): string {
  const found = markdown.split('\n').find((l) => pattern.test(l));
  if (!found) throw new Error(`the demo output has no line matching ${pattern}`);
  return found;
}

/** A table's header, its separator, and the rows `keep` accepts. */
function tableRows(markdown: string, header: RegExp, keep: (row: string) => boolean): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => header.test(l));
  if (start < 0) throw new Error(`the demo output has no table ${header}`);
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++)
    if (keep(lines[i]!)) rows.push(lines[i]!);
  return [lines[start]!, lines[start + 1]!, ...rows].join('\n');
}

const quote = (markdown: string): string =>
  markdown
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');

function page(pages: readonly SamplePage[], id: string): string {
  const p = pages.find((x) => x.id === id);
  if (!p) throw new Error(`the demo produced no page ${id}`);
  return p.markdown;
}

export function renderReadmeSample(pages: readonly SamplePage[]): string {
  const pr = section(page(pages, '1-pr-42-comment'), '### Dataset check');
  const merged = page(pages, '2-pr-42-comment-after-merge');
  const evaluation = tableRows(merged, /^\| Metric \|/, (row) => !/_ms`/.test(row));
  const broken = page(pages, '3-pr-43-comment');
  const findings = tableRows(broken, /^\| Level \| Where \|/, () => true);
  const rejected = page(pages, '4-pr-44-comment');
  const nightly = page(pages, '5-schedule-summary');
  return [
    'A pull request that adds eight answers gets this comment:',
    '',
    quote(pr),
    '',
    'After the merge the same comment carries the evaluation against the model in production (quality',
    'metrics shown here; the comment also has the latency) and the gates:',
    '',
    quote(
      [evaluation, '', line(merged, /^✅ \*\*All \d+ gates passed/), '', line(merged, /^Promoted /)].join(
        '\n',
      ),
    ),
    '',
    'A pull request with broken data fails its check, with an annotation at each line and this in the comment:',
    '',
    quote([line(broken, /^### Dataset check/), '', findings, '', line(broken, /^…and /)].join('\n')),
    '',
    'A merge whose fine-tune answers worse is not promoted, and production stays as it was:',
    '',
    quote(
      [
        line(rejected, /^❌ \*\*\d+ of \d+ gates failed/),
        '',
        line(rejected, /was tagged `stage=rejected`/),
      ].join('\n'),
    ),
    '',
    'The nightly cleanup stops paying for endpoints that serve no production model:',
    '',
    quote(line(nightly, /^Deleted \d+ serving endpoints/)),
  ].join('\n');
}
