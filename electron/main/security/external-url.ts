// Links in answers come from a model, so anything could be in them. Only plain https links to a
// host open, in the user's browser; everything else (javascript:, file:, custom schemes, URLs
// carrying credentials) is refused.
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
}
