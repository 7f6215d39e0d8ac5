// The one place secrets are taken out of text. Every error message shown to the user, every log
// line and every failure reason from a key store passes through `redactSecrets` first, so there is
// one behaviour to test and nothing to forget. Text from servers and SDKs may echo a key back
// (OpenAI quotes part of a bad key, proxies echo headers), and a careless library may put one in
// an exception.

export const REDACTED = '[redacted]';

// Shapes of common credentials, for secrets the caller does not know about (a log line, a key
// pasted into a field by mistake): OpenAI-style keys, AWS access key ids, bearer tokens, long
// base64/hex runs (Azure keys, AWS secret access keys and session tokens).
const SECRET_SHAPES = [
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  /\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b[A-Za-z0-9+/]{32,}={0,2}/g,
];

// Values shorter than this are not worth hunting: "abc" would shred ordinary words.
const MIN_KNOWN_LENGTH = 4;
// A key this long is recognisable by its ends when a server quotes it masked (sk-abc…wxyz).
const PARTIAL_MATCH_LENGTH = 12;

function replaceAll(text: string, value: string): string {
  return text.split(value).join(REDACTED);
}

/**
 * Replaces every known secret value (and, for long ones, their first eight and last four
 * characters, the parts servers quote) and anything shaped like a credential with "[redacted]".
 * Over-redacting a stray match in an error text is harmless; leaking a key is not.
 */
export function redactSecrets(
  text: string,
  knownSecrets: readonly (string | undefined)[] = [],
): string {
  let out = text;
  const values = knownSecrets
    .filter((s): s is string => typeof s === 'string' && s.trim().length >= MIN_KNOWN_LENGTH)
    .sort((a, b) => b.length - a.length);
  for (const secret of values) {
    out = replaceAll(out, secret);
    if (secret.length >= PARTIAL_MATCH_LENGTH) {
      out = replaceAll(out, secret.slice(0, 8));
      out = replaceAll(out, secret.slice(-4));
    }
  }
  return SECRET_SHAPES.reduce((result, shape) => result.replace(shape, REDACTED), out);
}

/** Server text trimmed to one short sentence-sized piece, redacted, fit for an error message. */
export function briefServerText(
  text: string | undefined,
  knownSecrets: readonly (string | undefined)[],
): string | undefined {
  if (!text) return undefined;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return undefined;
  const cut = oneLine.length > 240 ? `${oneLine.slice(0, 237)}…` : oneLine;
  return redactSecrets(cut, knownSecrets);
}
