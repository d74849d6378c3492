/** A tokenizer as the dataset core uses it: exact counts of plain text (no special-token parsing). */
export interface TextTokenizer {
  /** Encoding name, for reports (e.g. `o200k_base`). */
  readonly name: string;
  /** Token ids of a text segment, as the model's tokenizer gives them for text between special tokens. */
  encode(text: string): number[];
  /** Same length as `encode(text)`, memoized per pre-token. */
  count(text: string): number;
  /** Milliseconds it took to load the vocabulary (once per process or worker). */
  readonly loadMs: number;
}
