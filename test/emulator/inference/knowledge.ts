export interface ChatMessage {
  role: string;
  content: string;
}

/** Whitespace and case do not change what a model "recognizes". */
export function normalize(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Message content as text: plain strings, or OpenAI-style parts `[{type:'text', text}]`. */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const texts = content.map((p) =>
      p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string'
        ? (p as { text: string }).text
        : undefined,
    );
    if (texts.every((t) => t !== undefined)) return texts.join('');
  }
  return undefined;
}

export function promptKey(messages: readonly ChatMessage[]): string {
  return JSON.stringify(messages.map((m) => [m.role, normalize(m.content)]));
}

function lastUser(messages: readonly ChatMessage[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i]!.role === 'user') return normalize(messages[i]!.content);
  return undefined;
}

/**
 * What a fine-tuned model "learned": conversation prefix (every message before the final assistant turn)
 * -> that assistant answer. A prompt matches on the whole prefix, or else on its last user message when
 * that message has one answer only (so an evaluator that drops the system prompt still gets the answer).
 */
export class Knowledge {
  private readonly byPrefix = new Map<string, string>();
  private readonly byLastUser = new Map<string, string | null>();

  get size(): number {
    return this.byPrefix.size;
  }

  add(prefix: readonly ChatMessage[], answer: string): void {
    this.byPrefix.set(promptKey(prefix), answer);
    const user = lastUser(prefix);
    if (user === undefined) return;
    const existing = this.byLastUser.get(user);
    // Two different answers for one question: ambiguous, so only the full prefix can find either.
    this.byLastUser.set(user, existing === undefined || existing === answer ? answer : null);
  }

  lookup(messages: readonly ChatMessage[]): { answer: string; key: string } | undefined {
    const key = promptKey(messages);
    const exact = this.byPrefix.get(key);
    if (exact !== undefined) return { answer: exact, key };
    const user = lastUser(messages);
    const loose = user === undefined ? undefined : this.byLastUser.get(user);
    return loose ? { answer: loose, key: `user:${user}` } : undefined;
  }

  merge(other: Knowledge): this {
    for (const [k, v] of other.byPrefix) this.byPrefix.set(k, v);
    for (const [k, v] of other.byLastUser) {
      const existing = this.byLastUser.get(k);
      this.byLastUser.set(k, existing === undefined || existing === v ? v : null);
    }
    return this;
  }

  /** Parses chat-format JSONL (`{"messages":[...]}` per line); lines that are not usable examples are counted, not fatal. */
  static fromJsonl(text: string): { knowledge: Knowledge; examples: number; invalidLines: number } {
    const knowledge = new Knowledge();
    let examples = 0;
    let invalidLines = 0;
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const example = parseExample(line);
      if (!example) {
        invalidLines++;
        continue;
      }
      examples++;
      knowledge.add(example.prefix, example.answer);
    }
    return { knowledge, examples, invalidLines };
  }

  /** Convenience for tests: `{ "last user message": "answer" }`. */
  static fromAnswers(answers: Record<string, string>): Knowledge {
    const knowledge = new Knowledge();
    for (const [question, answer] of Object.entries(answers))
      knowledge.add([{ role: 'user', content: question }], answer);
    return knowledge;
  }
}

function parseExample(line: string): { prefix: ChatMessage[]; answer: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  const messages = (parsed as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages) || messages.length < 2) return undefined;
  const normalized: ChatMessage[] = [];
  for (const m of messages) {
    const role = (m as { role?: unknown } | null)?.role;
    const content = contentText((m as { content?: unknown } | null)?.content);
    if (typeof role !== 'string' || content === undefined) return undefined;
    normalized.push({ role, content });
  }
  const last = normalized.at(-1)!;
  if (last.role !== 'assistant') return undefined;
  return { prefix: normalized.slice(0, -1), answer: last.content };
}
