// Files attached to a prompt: images and documents, sent to every pane with the prompt's text.
// An attachment is known everywhere by the SHA-256 of its bytes (history stores each file once
// under that id); the bytes themselves cross IPC only to add a file and to show it again.
import { z } from 'zod';

export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'text/plain',
  'text/markdown',
  'text/csv',
] as const;
export const ATTACHMENT_MEDIA_TYPES = [...IMAGE_MEDIA_TYPES, ...DOCUMENT_MEDIA_TYPES] as const;
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];
export type AttachmentKind = 'image' | 'document';

/**
 * The app's own ceiling for one file. The clouds' limits are lower in places (Bedrock: 3.75 MB
 * an image, 4.5 MB a document) and are checked per pane before sending (attachment-support.ts),
 * so one large PDF is refused only where a cloud would refuse it.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** At most this many files in one prompt (Bedrock takes 5 documents and 20 images). */
export const MAX_ATTACHMENTS_PER_PROMPT = 10;

/** Extensions the file picker offers, and how a file without a reliable type is recognised. */
export const ATTACHMENT_EXTENSIONS: Record<string, AttachmentMediaType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  csv: 'text/csv',
};

export function attachmentKind(mediaType: AttachmentMediaType): AttachmentKind {
  return (IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType) ? 'image' : 'document';
}

export const attachmentIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'An attachment id is the SHA-256 of its bytes, in hex.');

/** An attachment as a message refers to it: what it is, never its bytes. */
export const attachmentRefSchema = z.object({
  id: attachmentIdSchema,
  /** The file's name as the user had it (shown, and sent where a cloud wants a name). */
  name: z.string().trim().min(1).max(255),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const promptAttachmentsSchema = z
  .array(attachmentRefSchema)
  .max(
    MAX_ATTACHMENTS_PER_PROMPT,
    `Attach at most ${MAX_ATTACHMENTS_PER_PROMPT} files to one message.`,
  )
  .refine((refs) => new Set(refs.map((ref) => ref.id)).size === refs.length, {
    message: 'The same file is attached twice.',
  });

/** Base64 of MAX_ATTACHMENT_BYTES, rounded up: the longest `data` addAttachment accepts. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/**
 * The renderer hands main a file's bytes (picked, dropped or pasted); main checks what they
 * are, stores them once and answers with the reference. Base64 so the same call crosses
 * Electron's IPC and the test harness's JSON bridge. Never a path: main reads no file the
 * renderer names.
 */
export const addAttachmentInputSchema = z.object({
  name: z.string().trim().min(1, 'The file has no name.').max(255),
  /** What the renderer was told (may be empty for pasted or unusual files); main checks it. */
  mediaType: z.string().max(200).default(''),
  data: z
    .string()
    .min(1, 'The file is empty.')
    .max(MAX_BASE64_CHARS, 'The file is larger than 20 MB.'),
});
export type AddAttachmentInput = z.input<typeof addAttachmentInputSchema>;

export const readAttachmentInputSchema = z.object({ id: attachmentIdSchema });

/** An attachment's bytes for display (base64), read back from history. */
export interface AttachmentContent {
  ref: AttachmentRef;
  data: string;
}

/** A file with its bytes, as main sends it to a cloud. */
export interface AttachedFile extends AttachmentRef {
  bytes: Uint8Array;
}

/**
 * One part of a message as the providers send it: its text, then its files in the order they
 * were attached. Each provider maps these onto its API's content blocks.
 */
export type MessagePart =
  | { type: 'text'; text: string }
  | { type: 'image'; file: AttachedFile & { mediaType: ImageMediaType } }
  | { type: 'document'; file: AttachedFile & { mediaType: DocumentMediaType } };

export function messageParts(text: string, files: readonly AttachedFile[] = []): MessagePart[] {
  const parts: MessagePart[] = text.length > 0 ? [{ type: 'text', text }] : [];
  for (const file of files) {
    parts.push(
      attachmentKind(file.mediaType) === 'image'
        ? { type: 'image', file: file as AttachedFile & { mediaType: ImageMediaType } }
        : { type: 'document', file: file as AttachedFile & { mediaType: DocumentMediaType } },
    );
  }
  return parts;
}

/** "1.2 MB", "340 KB": sizes as a person reads them. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} bytes`;
}
