import { createSign, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { randomGuid } from '../core/random.ts';

export type JwtClaims = Record<string, unknown> & {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  jti?: string;
};

/** An RS256 signing key, like GitHub's OIDC issuer uses; generated per emulator so no key is committed. */
export class JwtSigner {
  readonly kid = randomGuid();
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  sign(claims: JwtClaims): string {
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid, x5t: this.kid };
    const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(this.privateKey).toString('base64url');
    return `${input}.${signature}`;
  }

  verify(token: string): { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'signature' } {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [head, payload, signature] = parts as [string, string, string];
    let claims: JwtClaims;
    try {
      const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
      if (header.alg !== 'RS256') return { ok: false, reason: 'signature' };
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as JwtClaims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const valid = createVerify('RSA-SHA256')
      .update(`${head}.${payload}`)
      .verify(this.publicKey, Buffer.from(signature, 'base64url'));
    return valid ? { ok: true, claims } : { ok: false, reason: 'signature' };
  }

  jwk(): Record<string, unknown> {
    return { ...this.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' };
  }
}

function b64(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** Reads claims without checking the signature (for messages about a token we are refusing). */
export function peekClaims(token: string): JwtClaims | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as JwtClaims;
  } catch {
    return undefined;
  }
}
