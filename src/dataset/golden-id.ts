import { createHash } from 'node:crypto';
import { canonicalMessages } from './analyze.ts';
import type { ChatMessage } from './types.ts';

/** Stable id of a golden prompt: the same messages give the same id on every run and machine. */
export function goldenExampleId(messages: readonly ChatMessage[]): string {
  return createHash('sha256').update(canonicalMessages(messages)).digest('hex').slice(0, 16);
}
