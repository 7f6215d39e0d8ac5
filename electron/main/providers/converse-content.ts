// A user message's files as Bedrock Converse takes them: `image` blocks (png, jpeg, gif, webp)
// and `document` blocks (pdf, txt, md, csv) with a name Converse accepts. Converse refuses a
// document without a text block in the same message, a name outside its character set, and two
// documents of the same name anywhere in the request ("Messages can't contain duplicate document
// names."), so names are derived from the file names and kept unique across the whole thread.
import type { ContentBlock, DocumentFormat, ImageFormat } from '@aws-sdk/client-bedrock-runtime';
import {
  messageParts,
  type AttachedFile,
  type DocumentMediaType,
  type ImageMediaType,
} from '../../../shared/attachments';

const IMAGE_FORMATS: Record<ImageMediaType, ImageFormat> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const DOCUMENT_FORMATS: Record<DocumentMediaType, DocumentFormat> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
};

/** DocumentBlock.name: ASCII letters and digits, single spaces, hyphens, (), []; 1–200 chars. */
export const BEDROCK_DOCUMENT_NAME = /^(?! )(?!.* {2})[A-Za-z0-9 \-()[\]]{1,200}$/;

/**
 * A document name Bedrock accepts, from the file's name: the extension dropped (the format says
 * it; a dot is refused), accents dropped, every other refused character (underscores, dots,
 * other scripts) turned into a space, spaces collapsed, and a number added when the name is taken.
 */
export function bedrockDocumentName(fileName: string, taken: Set<string>): string {
  const base =
    fileName
      .replace(/\.[^.]*$/, '')
      // "résumé" reads better as "resume" than as "r sum".
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9\-()[\]]+/g, ' ')
      .trim()
      .slice(0, 180)
      .trim() || 'Document';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One user message's blocks: its text, then its files in the order attached. `names` holds the
 * document names already used in this request.
 */
export function converseUserContent(
  text: string,
  files: readonly AttachedFile[],
  names: Set<string>,
): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  const parts = messageParts(text.trim().length > 0 ? text : '', files);
  for (const part of parts) {
    if (part.type === 'text') blocks.push({ text: part.text });
    else if (part.type === 'image') {
      blocks.push({
        image: { format: IMAGE_FORMATS[part.file.mediaType], source: { bytes: part.file.bytes } },
      });
    } else {
      blocks.push({
        document: {
          format: DOCUMENT_FORMATS[part.file.mediaType],
          name: bedrockDocumentName(part.file.name, names),
          source: { bytes: part.file.bytes },
        },
      });
    }
  }
  // Converse wants a text block beside any document; a prompt of files alone gets their names.
  const hasText = parts.some((p) => p.type === 'text');
  if (!hasText && parts.some((p) => p.type === 'document')) {
    blocks.unshift({ text: `Attached: ${files.map((f) => f.name).join(', ')}` });
  }
  return blocks;
}
