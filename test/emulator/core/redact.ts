/**
 * Keeps secrets out of the request log. Known secrets (tokens, keys) are registered as they are minted and
 * replaced wherever they appear; JWTs and a few unambiguous field names are caught even if unregistered.
 */
export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set([
  'authorization',
  'api-key',
  'ocp-apim-subscription-key',
  'x-api-key',
  'cookie',
  'set-cookie',
]);
const SECRET_FIELDS = new Set([
  'client_assertion',
  'client_secret',
  'access_token',
  'refresh_token',
  'id_token',
  'primarykey',
  'secondarykey',
  'keyvalue',
  'password',
]);
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

export class Redactor {
  private readonly secrets = new Set<string>();

  addSecret(value: string | undefined): void {
    // Short values would redact innocent text (e.g. a key "1"), so they are not worth registering.
    if (value && value.length >= 8) this.secrets.add(value);
  }

  text(value: string): string {
    let out = value.replace(JWT, REDACTED);
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  headers(headers: Record<string, string | string[] | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      if (raw === undefined) continue;
      const value = Array.isArray(raw) ? raw.join(', ') : raw;
      const lower = name.toLowerCase();
      if (lower === 'authorization') {
        // Keep the scheme: tests assert "Bearer" vs "token" without seeing the credential.
        const scheme = value.split(' ')[0] ?? '';
        out[lower] = value.includes(' ') ? `${scheme} ${REDACTED}` : REDACTED;
      } else if (SECRET_HEADERS.has(lower)) {
        out[lower] = REDACTED;
      } else {
        out[lower] = this.text(value);
      }
    }
    return out;
  }

  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = typeof v === 'string' && SECRET_FIELDS.has(k.toLowerCase()) ? REDACTED : this.value(v);
      }
      return out;
    }
    return value;
  }
}
