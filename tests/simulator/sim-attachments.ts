// The files a request carries, checked as each cloud checks them, with the clouds' own error
// texts (quoted from public bug reports where recorded; the few marked "(not recorded)" follow
// the pattern of their neighbours). What arrived is reported back: the reply names each file
// (type, size, name) and the usage counts its input tokens, so tests see what the SDK sent.
import {
  claudeImageTokens,
  imageSize,
  openAiImageTokens,
  pdfTokens,
  sniffMediaType,
} from './sim-image-size';
import { tokenize } from './sim-replies';

export interface ReceivedFile {
  kind: 'image' | 'document';
  mediaType: string;
  bytes: number;
  name?: string;
  /** Sent as text inside a message (Chat Completions' way with text documents). */
  inline?: boolean;
  width?: number;
  height?: number;
  tokens: number;
}

export type FileCheck =
  | { ok: true; files: ReceivedFile[] }
  | {
      ok: false;
      status: number;
      message: string;
      param?: string | null;
      code?: string | null;
      awsCode?: string;
    };

const MiB = 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * Models the simulated clouds treat as text-only, by id (their own model cards): gpt-oss,
 * GPT-3.5, o1-mini and o3-mini; Llama 3.1 / 3.3 and 3.2 1B/3B; Nova Micro; older Mistral.
 */
export function simModelReadsImages(model: string): boolean {
  return !/gpt-oss|gpt-3\.5|o1-mini|o3-mini|llama3-[13]-|llama3-2-[13]b|llama3\.[13]|nova-micro|mistral-7b|mixtral|mistral-large-24|titan-text/i.test(
    model,
  );
}

/** `data:<type>;base64,<data>` → its parts; undefined when the URL is not one. */
function parseDataUrl(url: string): { mediaType: string; base64: string } | undefined {
  const match = /^data:([^;,]*);base64,(.*)$/s.exec(url);
  return match ? { mediaType: match[1] ?? '', base64: match[2] ?? '' } : undefined;
}

function decodeBase64(base64: string): Uint8Array | undefined {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return undefined;
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

function imageFile(
  mediaType: string,
  bytes: Uint8Array,
  tokens: number,
  name?: string,
): ReceivedFile {
  const size = imageSize(bytes);
  return {
    kind: 'image',
    mediaType,
    bytes: bytes.length,
    ...(name ? { name } : {}),
    ...(size ? { width: size.width, height: size.height } : {}),
    tokens,
  };
}

function documentTokens(mediaType: string, bytes: Uint8Array): number {
  return mediaType === 'application/pdf' ? pdfTokens(bytes) : Math.ceil(bytes.length / 4);
}

/** Text documents the app sends inline: `<file name="…" type="…">…</file>` in a text part. */
export function inlineFiles(text: string): ReceivedFile[] {
  return [...text.matchAll(/<file name="([^"]*)" type="([^"]*)">\n([\s\S]*?)\n<\/file>/g)].map(
    (m) => ({
      kind: 'document' as const,
      mediaType: m[2] ?? '',
      name: m[1] ?? '',
      bytes: Buffer.byteLength(m[3] ?? ''),
      inline: true,
      tokens: 0, // already counted with the message's text
    }),
  );
}

interface OpenAiPart {
  type?: string;
  text?: string;
  image_url?: string | { url?: string } | null;
  file?: { file_data?: string; filename?: string };
  file_data?: string;
  filename?: string;
}

export interface OpenAiPartsInput {
  protocol: 'chat-completions' | 'responses';
  cloud: 'openai' | 'azure-openai' | 'openai-compatible' | 'openai-on-bedrock';
  model: string;
  messages: { content?: unknown }[];
}

/** Chat Completions `image_url` / `file` parts, or Responses `input_image` / `input_file`. */
export function checkOpenAiParts(input: OpenAiPartsInput): FileCheck {
  const chat = input.protocol === 'chat-completions';
  const files: ReceivedFile[] = [];
  let images = 0;
  for (const [i, message] of input.messages.entries()) {
    if (typeof message.content === 'string') files.push(...inlineFiles(message.content));
    if (!Array.isArray(message.content)) continue;
    for (const [j, raw] of (message.content as OpenAiPart[]).entries()) {
      const at = chat ? `messages[${i}].content[${j}]` : `input[${i}].content[${j}]`;
      if (raw.type === 'text' || raw.type === 'input_text') {
        files.push(...inlineFiles(raw.text ?? ''));
        continue;
      }
      if (raw.type === (chat ? 'image_url' : 'input_image')) {
        if (!simModelReadsImages(input.model)) {
          return {
            ok: false,
            status: 400,
            message: 'Invalid content type. image_url is only supported by certain models.',
            param: chat
              ? `messages.[${i}].content.[${j}].type`
              : `input.[${i}].content.[${j}].type`,
            code: null,
          };
        }
        const url = typeof raw.image_url === 'string' ? raw.image_url : (raw.image_url?.url ?? '');
        const param = chat ? `${at}.image_url.url` : `${at}.image_url`;
        const data = parseDataUrl(url);
        if (!data) {
          return {
            ok: false,
            status: 400,
            message: `Invalid image URL: '${param}'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got a value without the 'data:' prefix.`,
            param,
            code: 'invalid_value',
          };
        }
        if (data.base64.length === 0) {
          return {
            ok: false,
            status: 400,
            message: `Invalid '${param}'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got empty base64-encoded bytes.`,
            param,
            code: 'invalid_value',
          };
        }
        const bytes = decodeBase64(data.base64);
        if (!bytes)
          return {
            ok: false,
            status: 400,
            message: 'Invalid base64 image_url.',
            param,
            code: 'invalid_value',
          };
        const sniffed = sniffMediaType(bytes);
        // Bytes that are no image at all: OpenAI's shorter text (openai-node #1463).
        if (sniffed === undefined && input.cloud !== 'azure-openai') {
          return {
            ok: false,
            status: 400,
            message: 'You uploaded an unsupported image. Please make sure your image is valid.',
            param: null,
            code: 'invalid_image_format',
          };
        }
        if (
          !IMAGE_TYPES.includes(data.mediaType) ||
          sniffed !== data.mediaType ||
          bytes.length > 20 * MiB
        ) {
          return {
            ok: false,
            status: 400,
            message:
              input.cloud === 'azure-openai'
                ? 'You uploaded an unsupported image. Ensure the image is below 20 MB and in one of these formats: png, jpeg, gif, webp.'
                : "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
            param: null,
            code: 'invalid_image_format',
          };
        }
        images += 1;
        // Azure's vision limit: 10 images in the messages of one request (not recorded).
        if (input.cloud === 'azure-openai' && images > 10) {
          return {
            ok: false,
            status: 400,
            message: 'Too many images in request. Max is 10.',
            param: null,
            code: null,
          };
        }
        files.push(imageFile(data.mediaType, bytes, openAiImageTokens(bytes)));
        continue;
      }
      if (raw.type === (chat ? 'file' : 'input_file')) {
        const fileData = chat ? raw.file?.file_data : raw.file_data;
        const filename = chat ? raw.file?.filename : raw.filename;
        const param = chat ? `${at}.file.file_data` : `${at}.file_data`;
        if (!filename) {
          return {
            ok: false,
            status: 400,
            message: `Missing required parameter: '${chat ? `${at}.file.filename` : `${at}.filename`}'.`,
            param: chat ? `${at}.file.filename` : `${at}.filename`,
            code: 'missing_required_parameter',
          };
        }
        const data = parseDataUrl(fileData ?? '');
        const bytes = data ? decodeBase64(data.base64) : undefined;
        // Chat Completions takes PDFs only as files; Responses text documents too ("File inputs").
        const accepted = chat
          ? ['application/pdf']
          : ['application/pdf', 'text/plain', 'text/markdown', 'text/csv'];
        if (!data || !bytes || bytes.length === 0 || !accepted.includes(data.mediaType)) {
          return {
            ok: false,
            status: 400,
            // (not recorded) in the shape of the image_url message above.
            message: `Invalid file data: '${param}'. Expected a base64-encoded data URL with one of the supported MIME types (${accepted.join(', ')}).`,
            param,
            code: 'invalid_value',
          };
        }
        if (data.mediaType === 'application/pdf' && sniffMediaType(bytes) !== 'application/pdf') {
          return {
            ok: false,
            status: 400,
            message: `The file '${filename}' is not a valid PDF.`,
            param,
            code: 'invalid_file',
          };
        }
        if (data.mediaType === 'application/pdf' && !simModelReadsImages(input.model)) {
          return {
            ok: false,
            status: 400,
            message: 'Invalid content type. file is only supported by certain models.',
            param: chat
              ? `messages.[${i}].content.[${j}].type`
              : `input.[${i}].content.[${j}].type`,
            code: null,
          };
        }
        files.push({
          kind: 'document',
          mediaType: data.mediaType,
          bytes: bytes.length,
          name: filename,
          tokens: documentTokens(data.mediaType, bytes),
        });
      }
    }
  }
  return { ok: true, files };
}

export interface ConverseContentBlock {
  text?: string;
  image?: { format?: string; source?: { bytes?: string } };
  document?: { format?: string; name?: string; source?: { bytes?: string } };
}

const IMAGE_FORMATS: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
const DOCUMENT_FORMATS: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const DOCUMENT_NAME = /^(?!.*\s{2})[A-Za-z0-9 \-()[\]]{1,200}$/;
const PREFIX = 'The model returned the following errors: ';

/**
 * Converse `image` and `document` blocks (bytes arrive base64 in the JSON body), as Bedrock
 * checks them: the Message reference's limits (20 images of 3.75 MB, 5 documents of 4.5 MB
 * decoded), the DocumentBlock name rules, unique names, a text block beside a document.
 */
export function checkConverseBlocks(
  modelId: string,
  messages: { role?: string; content?: ConverseContentBlock[] }[],
): FileCheck {
  const validation = (message: string): FileCheck => ({
    ok: false,
    status: 400,
    message,
    awsCode: 'ValidationException',
  });
  const files: ReceivedFile[] = [];
  const names = new Set<string>();
  let documents = 0;
  for (const [i, message] of messages.entries()) {
    const blocks = message.content ?? [];
    let images = 0;
    const hasText = blocks.some((b) => typeof b.text === 'string');
    for (const [j, block] of blocks.entries()) {
      if (block.image) {
        const mediaType = IMAGE_FORMATS[block.image.format ?? ''];
        if (!mediaType) {
          return validation(
            `1 validation error detected: Value at 'messages.${i + 1}.member.content.${j + 1}.member.image.format' failed to satisfy constraint: Member must satisfy enum value set: [gif, jpeg, png, webp]`,
          );
        }
        if (message.role !== 'user')
          return validation('Images are only supported in user messages.'); // (not recorded)
        if (!simModelReadsImages(modelId)) {
          return validation("This model doesn't support the image field for user messages.");
        }
        const base64 = block.image.source?.bytes ?? '';
        const bytes = decodeBase64(base64);
        if (!bytes || bytes.length === 0) {
          return {
            ok: false,
            status: 400,
            awsCode: 'SerializationException',
            message: `Invalid base64 in messages.${i}.content.${j}.image.source.bytes`,
          }; // (not recorded)
        }
        // The 5 MB is checked on the base64 form: 3.75 MB of image.
        if (base64.length > 5 * MiB) {
          return validation(
            `${PREFIX}messages.${i}.content.${j}.image.source.bytes: image exceeds 5 MB maximum: ${base64.length} bytes > ${5 * MiB} bytes`,
          );
        }
        if (sniffMediaType(bytes) !== mediaType) {
          return validation(
            `${PREFIX}The provided image does not match the specified image format.`,
          );
        }
        images += 1;
        if (images > 20) return validation("You can't include more than 20 images in a request."); // (not recorded)
        files.push(imageFile(mediaType, bytes, claudeImageTokens(bytes)));
      } else if (block.document) {
        const { name = '', format = '' } = block.document;
        const mediaType = DOCUMENT_FORMATS[format];
        if (!mediaType) {
          return validation(
            `1 validation error detected: Value at 'messages.${i + 1}.member.content.${j + 1}.member.document.format' failed to satisfy constraint: Member must satisfy enum value set: [${Object.keys(DOCUMENT_FORMATS).join(', ')}]`,
          );
        }
        if (!DOCUMENT_NAME.test(name)) {
          return validation(
            "The document file name can only contain alphanumeric characters, whitespace characters, hyphens, parentheses, and square brackets. The name can't contain more than one consecutive whitespace character. Check that the file name conforms to these restrictions and retry your request.",
          );
        }
        if (names.has(name)) return validation("Messages can't contain duplicate document names.");
        names.add(name);
        documents += 1;
        if (documents > 5)
          return validation("You can't include more than 5 documents in a request.");
        if (!hasText) {
          return validation(
            'A document block must be accompanied by a text block in the same message.',
          ); // (not recorded)
        }
        const bytes = decodeBase64(block.document.source?.bytes ?? '');
        if (!bytes || bytes.length === 0) {
          return {
            ok: false,
            status: 400,
            awsCode: 'SerializationException',
            message: `Invalid base64 in messages.${i}.content.${j}.document.source.bytes`,
          }; // (not recorded)
        }
        if (bytes.length > 4.5 * MiB) {
          return validation(`The document ${name} exceeds the 4.5 MB size limit.`); // (not recorded)
        }
        if (format === 'pdf' && sniffMediaType(bytes) !== 'application/pdf') {
          return validation(`${PREFIX}The document ${name} could not be read as a PDF.`); // (not recorded)
        }
        files.push({
          kind: 'document',
          mediaType,
          bytes: bytes.length,
          name,
          tokens: documentTokens(mediaType, bytes),
        });
      }
    }
  }
  return { ok: true, files };
}

/** "Received image/png 1,234 bytes 40×30; application/pdf 5,678 bytes (report.pdf)." */
export function receivedLine(files: readonly ReceivedFile[]): string {
  const each = files.map((f) => {
    const dims = f.width !== undefined ? ` ${f.width}×${f.height}` : '';
    const name = f.name ? ` (${f.name}${f.inline ? ', inline' : ''})` : '';
    return `${f.mediaType} ${f.bytes} bytes${dims}${name}`;
  });
  return `Received ${files.length} file${files.length === 1 ? '' : 's'}: ${each.join('; ')}.`;
}

export const fileTokens = (files: readonly ReceivedFile[]): number =>
  files.reduce((sum, f) => sum + f.tokens, 0);

/** The reply opens with a line naming each file that arrived, so a test can see it in the text. */
export function withReceivedFiles(files: readonly ReceivedFile[], tokens: string[]): string[] {
  return files.length === 0 ? tokens : [...tokenize(`${receivedLine(files)}\n\n`), ...tokens];
}
