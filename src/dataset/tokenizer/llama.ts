import { BoundedCache } from './cache.ts';
import type { TextTokenizer } from './types.ts';

interface LlamaEncoder {
  encode(prompt: string, addBos?: boolean, addPrecedingSpace?: boolean): number[];
}

const MAX_MEMO_WORD = 48;

/**
 * SentencePiece words: a new word starts at a space that follows a non-space. The Llama vocabulary has
 * no piece with a space after another character, so no merge crosses these boundaries and a text's
 * count is the sum of its words' counts (checked against the unsplit encoder in the tests).
 */
function* words(text: string): Generator<string> {
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i - 1) !== 0x20) {
      yield text.slice(start, i);
      start = i;
    }
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * The Phi-3 tokenizer (Llama 2 SentencePiece, 32,000 pieces) through llama-tokenizer-js. Text between
 * special tokens is encoded the way Phi-3's tokenizer does it: with SentencePiece's dummy prefix space.
 */
export class LlamaTextTokenizer implements TextTokenizer {
  readonly name = 'llama-sentencepiece';
  private readonly memo = new BoundedCache<number>(64 * 1024);

  private readonly encoder: LlamaEncoder;
  readonly loadMs: number;

  constructor(encoder: LlamaEncoder, loadMs: number) {
    this.encoder = encoder;
    this.loadMs = loadMs;
  }

  encode(text: string): number[] {
    return text.length === 0 ? [] : this.encoder.encode(text, false, true);
  }

  count(text: string): number {
    if (text.length === 0) return 0;
    let total = 0;
    for (const word of words(` ${text}`)) {
      if (word.length > MAX_MEMO_WORD) {
        total += this.encoder.encode(word, false, false).length;
        continue;
      }
      let n = this.memo.get(word);
      if (n === undefined) {
        n = this.encoder.encode(word, false, false).length;
        this.memo.set(word, n);
      }
      total += n;
    }
    return total;
  }
}

let loading: Promise<LlamaTextTokenizer> | undefined;

export function loadLlama(): Promise<LlamaTextTokenizer> {
  loading ??= (async () => {
    const started = performance.now();
    const module = (await import('llama-tokenizer-js')).default as LlamaEncoder;
    return new LlamaTextTokenizer(module, performance.now() - started);
  })();
  return loading;
}
