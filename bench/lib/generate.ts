/**
 * Writes a synthetic chat JSONL file of about `bytes` bytes: a few system prompts that repeat (as in
 * real datasets), questions and answers of varied length built from a few thousand words, numbers and
 * code-like tokens, from a seeded generator so every run measures the same data.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'van',
  'dor',
  'pel',
  'shu',
  'rin',
  'tog',
  'bra',
  'cel',
  'fin',
  'gar',
  'hol',
  'jun',
  'ex',
  'ion',
  'ment',
  'al',
];
const SYSTEM_PROMPTS = [
  'You are a support assistant for Contoso Cloud. Answer briefly, cite the relevant documentation page, and never invent product features.',
  'You are a helpful assistant that answers questions about internal engineering policies. If you do not know, say so.',
  'You are Contoso Cloud support. Be concise and friendly.',
];

export function makeWords(random: () => number, count: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let j = 0; j < n; j++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.push(i % 7 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w);
  }
  return words;
}

function sentence(random: () => number, words: string[], length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.03) parts.push(String(Math.floor(random() * 100_000)));
    else if (r < 0.04)
      parts.push(`\`${words[Math.floor(random() * words.length)]}_${Math.floor(random() * 99)}()\``);
    else parts.push(words[(Math.floor(random() * words.length) ** 1) | 0]!);
  }
  return `${parts.join(' ')}.`;
}

function paragraph(random: () => number, words: string[], sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(random, words, 6 + Math.floor(random() * 14)));
  return out.join(' ');
}

export function exampleLine(random: () => number, words: string[]): string {
  const messages: { role: string; content: string }[] = [
    { role: 'system', content: SYSTEM_PROMPTS[Math.floor(random() * random() * SYSTEM_PROMPTS.length)]! },
  ];
  const turns = 1 + Math.floor(random() * random() * 3);
  for (let t = 0; t < turns; t++) {
    messages.push({
      role: 'user',
      content: paragraph(random, words, 1 + Math.floor(random() * 3)).replace(/\.$/, '?'),
    });
    const answer = paragraph(random, words, 2 + Math.floor(random() * 10));
    messages.push({
      role: 'assistant',
      content:
        random() < 0.3
          ? `${answer}\n\n- ${paragraph(random, words, 1)}\n- ${paragraph(random, words, 1)}`
          : answer,
    });
  }
  return JSON.stringify({ messages });
}

/** Generates the file unless it already exists with at least `bytes` bytes. */
export async function generateChatJsonl(file: string, bytes: number, seed = 42): Promise<void> {
  if (existsSync(file) && statSync(file).size >= bytes) return;
  const random = mulberry32(seed);
  const words = makeWords(random, 3000);
  const out = createWriteStream(file);
  let written = 0;
  while (written < bytes) {
    let chunk = '';
    while (chunk.length < 1 << 20) chunk += `${exampleLine(random, words)}\n`;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
