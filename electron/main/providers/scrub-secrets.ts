// Any text that came from a server or an SDK may echo a key back (OpenAI quotes part of a bad
// key, proxies echo headers). Everything shown to the user passes through here first.

/** Replaces every credential value (and any long run of it) with "[redacted]". */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const values = secrets
    .filter((s): s is string => typeof s === 'string' && s.trim().length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const secret of values) {
    out = out.split(secret).join('[redacted]');
    // Servers often quote a key partly masked (sk-abc…wxyz); strip its recognisable ends too.
    if (secret.length >= 12) {
      out = out.split(secret.slice(0, 8)).join('[redacted]');
      // OpenAI shows the last four; over-redacting a stray match in an error text is harmless.
      out = out.split(secret.slice(-4)).join('[redacted]');
    }
  }
  return out;
}

/** Server text trimmed to one short sentence-sized piece, fit for an error message. */
export function briefServerText(
  text: string | undefined,
  secrets: readonly (string | undefined)[],
): string | undefined {
  if (!text) return undefined;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return undefined;
  const cut = oneLine.length > 240 ? `${oneLine.slice(0, 237)}…` : oneLine;
  return scrubSecrets(cut, secrets);
}
