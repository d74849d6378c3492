import type { ModelInfo } from '../models/catalog.ts';
import { validateGoldenFile } from './validate.ts';
import type { GoldenSet } from './types.ts';

/**
 * Loads a golden set (JSON Lines, streamed): `{messages, expected}` per line (messages end with the user
 * turn; expected is a string or a list of acceptable answers), or a chat example whose final assistant
 * message is the reference. Lines with errors are left out of `examples` and listed in `findings`.
 */
export async function loadGoldenSet(file: string, model: ModelInfo, root: string): Promise<GoldenSet> {
  return validateGoldenFile(root, file, model);
}
