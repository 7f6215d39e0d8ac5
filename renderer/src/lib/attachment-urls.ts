// Object URLs for attached images, read once from main (history, or memory before sending) and
// kept while the app runs: a thread shows the same image in every pane, and reopening a
// conversation should not read it again. Bounded: the oldest URLs are revoked past the cap.
import { api } from './api';

const MAX_URLS = 200;
const urls = new Map<string, Promise<string>>();

function toBlob(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}

export function attachmentUrl(id: string): Promise<string> {
  const known = urls.get(id);
  if (known) return known;
  const url = api
    .readAttachment({ id })
    .then(({ ref, data }) => URL.createObjectURL(toBlob(data, ref.mediaType)));
  // A failed read is not kept, so a later render tries again.
  url.catch(() => urls.delete(id));
  urls.set(id, url);
  for (const [oldId, old] of urls) {
    if (urls.size <= MAX_URLS) break;
    urls.delete(oldId);
    void old.then((u) => URL.revokeObjectURL(u)).catch(() => undefined);
  }
  return url;
}
