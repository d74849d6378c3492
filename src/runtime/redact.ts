/**
 * Removes every secret from a text that leaves the runner or a client's error message. Values shorter
 * than 4 characters are left alone: masking them would garble ordinary text.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}
