/**
 * A large chat dataset full of findings of many kinds: each block of lines repeats one mistake per line,
 * so every finding code reaches its listing cap and the reports must shrink to GitHub's size limits.
 */
const SYSTEM = { role: 'system', content: 'You are the support assistant of Northwind.' };

function mistakes(i: number): string[] {
  const q = `Question number ${i} about <|end|> & "quotes" | pipes?`;
  const user = { role: 'user', content: q };
  const answer = { role: 'assistant', content: `Answer ${i}.` };
  return [
    `not json ${i} {`,
    JSON.stringify({ messages: [] }),
    JSON.stringify({ messages: [SYSTEM, { content: q }, answer] }),
    JSON.stringify({ messages: [SYSTEM, user, { role: 'bot', content: `x ${i}` }] }),
    JSON.stringify({ messages: [SYSTEM, user, { role: 'assistant', content: '' }] }),
    JSON.stringify({ messages: [SYSTEM, user] }),
    JSON.stringify({ messages: [SYSTEM, user, answer, { role: 'user', content: `more ${i}` }] }),
    JSON.stringify({ messages: [SYSTEM, user, { ...answer, weight: 2 }] }),
    JSON.stringify({ messages: [SYSTEM, { ...user, weight: 1 }, answer] }),
    JSON.stringify({ messages: [SYSTEM, user, { role: 'assistant', content: `Bye ${i}<|end|>` }] }),
    JSON.stringify({ messages: [SYSTEM, user, answer], extra: i }),
    JSON.stringify({ messages: [SYSTEM, user, { role: 'assistant', content: 5 }] }),
    JSON.stringify({ messages: 'x' }),
    JSON.stringify([i]),
    JSON.stringify({ messages: [SYSTEM, user, user, answer] }),
    JSON.stringify({ messages: [SYSTEM, { role: 'assistant', content: `only ${i}` }] }),
    JSON.stringify({
      messages: [
        SYSTEM,
        user,
        {
          role: 'assistant',
          content: 'ok',
          tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{bad' } }],
        },
      ],
    }),
    JSON.stringify({
      messages: [SYSTEM, user, { role: 'tool', content: 'r', tool_call_id: `nope-${i}` }, answer],
    }),
  ];
}

/** About `blocks` x 18 lines, every one with a finding; the same example never repeats. */
export function brokenDataset(blocks: number): string {
  const lines: string[] = [];
  for (let i = 0; i < blocks; i++) lines.push(...mistakes(i));
  return `${lines.join('\n')}\n`;
}

/**
 * `brokenDataset`, plus examples whose unknown keys and roles are `width` characters long: messages
 * that quote them are long, so a summary of three such files passes GitHub's 1 MiB.
 */
export function hugeFindingsDataset(blocks: number, long: number, width = 4000): string {
  const lines: string[] = [];
  for (let i = 0; i < long; i++) {
    const user = { role: 'user', content: `Long one ${i}?` };
    lines.push(
      JSON.stringify({
        messages: [SYSTEM, user, { role: 'assistant', content: 'a' }],
        [`k${i}${'k'.repeat(width)}`]: 1,
      }),
    );
    lines.push(
      JSON.stringify({ messages: [SYSTEM, user, { role: `r${i}${'r'.repeat(width)}`, content: 'a' }] }),
    );
  }
  return lines.join('\n') + '\n' + brokenDataset(blocks);
}
