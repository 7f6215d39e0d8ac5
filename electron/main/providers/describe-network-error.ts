// Node and undici bury the real cause of a failed connection a few `cause`s deep; this finds it
// and says it in words.

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string') codes.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

export function describeNetworkError(label: string, error: unknown): string {
  const clues = codesOf(error).join(' ');
  if (/ENOTFOUND|EAI_AGAIN/.test(clues)) {
    return `Could not find ${label}'s server. Check the endpoint address and your network connection.`;
  }
  if (/ECONNREFUSED/.test(clues)) {
    return `${label}'s server refused the connection. Check the endpoint address and that the server is running.`;
  }
  if (/CERT|certificate|SSL|TLS/i.test(clues)) {
    return `The secure connection to ${label} failed (certificate problem). Check the endpoint address or your proxy.`;
  }
  if (/ETIMEDOUT/.test(clues)) {
    return `The connection to ${label} timed out. Check your network connection and try again.`;
  }
  return `The connection to ${label} was lost. Try again.`;
}
