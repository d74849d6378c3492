import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tls from 'node:tls';

/**
 * The committed throwaway certificate (SAN IP:127.0.0.1, DNS:localhost). MSAL refuses http authorities and
 * Azure's bearer-token policy refuses http URLs, so ARM, the authority and MLflow must be https.
 */
export const CA_CERT_PATH = fileURLToPath(new URL('../../fixtures/tls/cert.pem', import.meta.url));
export const KEY_PATH = fileURLToPath(new URL('../../fixtures/tls/key.pem', import.meta.url));

export function tlsMaterial(): { key: Buffer; cert: Buffer } {
  return { key: readFileSync(KEY_PATH), cert: readFileSync(CA_CERT_PATH) };
}

let trusted = false;

/**
 * Trusts the emulator's certificate in this process (Node 24 `tls.setDefaultCACertificates`), for fetch,
 * https and MSAL alike. Child processes need `NODE_EXTRA_CA_CERTS` instead (see `childEnv`).
 */
export function trustEmulatorCertificate(): void {
  if (trusted) return;
  const ours = readFileSync(CA_CERT_PATH, 'utf8');
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ours]);
  trusted = true;
}
