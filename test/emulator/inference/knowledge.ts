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

/** Words that carry no topic: a question shares them with every other question. */
const STOPWORDS = new Set(
  (
    'a an the i my me do does did is are can how what whats where which why when who to of for on in at it its ' +
    'be with if you your we our there this that and or not get got without any im am will would should could way'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set((normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
}

/** Least similarity (shared rare words over all rare words) at which a paraphrase still "recalls" an answer. */
export const RECALL_THRESHOLD = 0.1;

/**
 * What a fine-tuned model "learned": conversation prefix (every message before the final assistant turn)
 * -> that assistant answer. A prompt matches on the whole prefix, or else on its last user message when
 * that message has one answer only (so an evaluator that drops the system prompt still gets the answer),
 * or else on the most similar trained question (IDF-weighted word overlap at least RECALL_THRESHOLD):
 * fine-tuning generalizes to paraphrases, imperfectly, and a golden set is made of held-out paraphrases.
 */
export class Knowledge {
  private readonly byPrefix = new Map<string, string>();
  private readonly byLastUser = new Map<string, string | null>();
  private readonly questions = new Map<string, { words: Set<string>; answer: string | null }>();
  private documentFrequency?: Map<string, number>;

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
    this.questions.set(user, { words: contentWords(user), answer: this.byLastUser.get(user)! });
    this.documentFrequency = undefined;
  }

  private idf(word: string): number {
    if (!this.documentFrequency) {
      this.documentFrequency = new Map();
      for (const { words } of this.questions.values()) {
        for (const w of words) this.documentFrequency.set(w, (this.documentFrequency.get(w) ?? 0) + 1);
      }
    }
    return Math.log((this.questions.size + 1) / ((this.documentFrequency.get(word) ?? 0) + 0.5));
  }

  /** The trained question most like this one, when it is alike enough; ties go to the first trained. */
  private similar(user: string): { answer: string; key: string } | undefined {
    const asked = contentWords(user);
    if (asked.size === 0) return undefined;
    let best: { score: number; question: string; answer: string } | undefined;
    for (const [question, { words, answer }] of this.questions) {
      if (answer === null) continue;
      let shared = 0;
      let all = 0;
      for (const w of new Set([...asked, ...words])) {
        const weight = this.idf(w);
        all += weight;
        if (asked.has(w) && words.has(w)) shared += weight;
      }
      const score = all > 0 ? shared / all : 0;
      if (score > (best?.score ?? 0)) best = { score, question, answer };
    }
    return best && best.score >= RECALL_THRESHOLD
      ? { answer: best.answer, key: `similar:${best.question}` }
      : undefined;
  }

  lookup(messages: readonly ChatMessage[]): { answer: string; key: string } | undefined {
    const key = promptKey(messages);
    const exact = this.byPrefix.get(key);
    if (exact !== undefined) return { answer: exact, key };
    const user = lastUser(messages);
    const loose = user === undefined ? undefined : this.byLastUser.get(user);
    if (loose) return { answer: loose, key: `user:${user}` };
    return user === undefined ? undefined : this.similar(user);
  }

  merge(other: Knowledge): this {
    for (const [k, v] of other.byPrefix) this.byPrefix.set(k, v);
    for (const [k, v] of other.byLastUser) {
      const existing = this.byLastUser.get(k);
      this.byLastUser.set(k, existing === undefined || existing === v ? v : null);
    }
    for (const [k, q] of other.questions)
      this.questions.set(k, { ...q, answer: this.byLastUser.get(k) ?? null });
    this.documentFrequency = undefined;
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
