// What a file the user attached really is, from its bytes: the renderer's word (the browser's
// guess from the extension, or nothing for a pasted image) is only a hint for text files, which
// have no signature. A file the app cannot send is refused here, in words, before it is kept.
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MEDIA_TYPES,
  type AttachmentMediaType,
} from '../../../shared/attachments';
import { UserFacingError } from '../ipc/user-facing-error';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** The binary formats, by the signatures their specifications put at the start of the file. */
function sniffBinary(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

const TEXT_TYPES = new Set<AttachmentMediaType>(['text/plain', 'text/markdown', 'text/csv']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text type a file claims, by its media type or else its extension. */
function claimedTextType(name: string, mediaType: string): AttachmentMediaType | undefined {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if ((ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(base)) {
    const claimed = base as AttachmentMediaType;
    if (TEXT_TYPES.has(claimed)) return claimed;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : ATTACHMENT_EXTENSIONS[extension];
  return byExtension !== undefined && TEXT_TYPES.has(byExtension) ? byExtension : undefined;
}

export const UNSUPPORTED_FILE_HINT =
  'Attach PNG, JPEG, WebP or GIF images, or PDF, plain text, Markdown or CSV documents.';

export function identifyAttachment(
  name: string,
  mediaType: string,
  bytes: Uint8Array,
): AttachmentMediaType {
  const binary = sniffBinary(bytes);
  if (binary !== undefined) return binary;
  const text = claimedTextType(name, mediaType);
  if (text !== undefined) {
    if (isText(bytes)) return text;
    throw new UserFacingError(
      `“${name}” is not plain text (it is not valid UTF-8), so it cannot be sent as a ${text === 'text/csv' ? 'CSV' : 'text'} document.`,
      'invalid-input',
    );
  }
  throw new UserFacingError(
    `“${name}” is not a file type the app can send. ${UNSUPPORTED_FILE_HINT}`,
    'invalid-input',
  );
}
