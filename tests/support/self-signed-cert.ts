// A throw-away TLS certificate for 127.0.0.1, made with the openssl CLI, for test servers that
// must speak HTTPS (Microsoft's sign-in library refuses a plain-HTTP authority).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { TempDir } from './temp-dir';

export interface SelfSignedCert {
  cert: string;
  key: string;
  /** The certificate alone, the form a client's trust list takes. */
  certFile: string;
}

export async function createSelfSignedCert(dir: TempDir): Promise<SelfSignedCert> {
  const certFile = dir.file('localhost-cert.pem');
  const keyFile = dir.file('localhost-key.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    keyFile,
    '-out',
    certFile,
  ]);
  return {
    cert: await readFile(certFile, 'utf8'),
    key: await readFile(keyFile, 'utf8'),
    certFile,
  };
}
