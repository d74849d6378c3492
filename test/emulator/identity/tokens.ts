import { randomSecret } from '../core/random.ts';
import type { Redactor } from '../core/redact.ts';

/** Who a token stands for; AuthorizationFailed messages name it as Azure does. */
export interface Principal {
  clientId: string;
  objectId: string;
  name: string;
}

interface TokenRecord {
  principal: Principal;
  /** Resource the token was issued for (the scope without `/.default`), normalized without a trailing slash. */
  audience?: string;
  /** Wall-clock expiry; undefined for the static token that never expires. */
  expiresAt?: number;
}

export type TokenCheck =
  | { ok: true; principal: Principal }
  | {
      ok: false;
      code:
        'InvalidAuthenticationToken' | 'ExpiredAuthenticationToken' | 'InvalidAuthenticationTokenAudience';
      message: string;
    };

/** Opaque access tokens handed out by the local authority and accepted by ARM, MLflow and Content Safety. */
export class TokenRegistry {
  private readonly tokens = new Map<string, TokenRecord>();

  constructor(private readonly redactor: Redactor) {}

  addStatic(token: string, principal: Principal): void {
    this.redactor.addSecret(token);
    this.tokens.set(token, { principal });
  }

  issue(principal: Principal, scope: string, lifetimeSeconds: number): { token: string; expiresIn: number } {
    const token = `emu-at.${randomSecret(24)}`;
    this.redactor.addSecret(token);
    this.tokens.set(token, {
      principal,
      audience: normalizeAudience(scope.replace(/\/\.default$/i, '')),
      expiresAt: Date.now() + lifetimeSeconds * 1000,
    });
    return { token, expiresIn: lifetimeSeconds };
  }

  /** Validates a bearer token for a service that accepts the given audiences. */
  check(token: string, accepts: (audience: string) => boolean, describe: string[]): TokenCheck {
    const record = this.tokens.get(token);
    if (!record)
      return { ok: false, code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' };
    if (record.expiresAt !== undefined && record.expiresAt <= Date.now()) {
      return {
        ok: false,
        code: 'ExpiredAuthenticationToken',
        message: `The access token expiry UTC time '${new Date(record.expiresAt).toUTCString()}' is earlier than current UTC time '${new Date().toUTCString()}'.`,
      };
    }
    if (record.audience !== undefined && !accepts(record.audience)) {
      return {
        ok: false,
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource '${record.audience}'. It should exactly match with one of the allowed audiences ${describe.map((a) => `'${a}'`).join(',')}.`,
      };
    }
    return { ok: true, principal: record.principal };
  }

  /** Tokens issued so far (not the static one): a test can count refreshes. */
  issuedCount(): number {
    return [...this.tokens.values()].filter((t) => t.expiresAt !== undefined).length;
  }
}

export function normalizeAudience(value: string): string {
  return value.trim().replace(/\/+$/, '').toLowerCase();
}
