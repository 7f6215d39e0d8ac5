// Small real files for attachment tests: a PNG of a given size (valid chunks and CRCs), a
// one-page PDF, a Markdown note, each as the AttachedFile the chat service hands a provider.
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { AttachedFile } from '../../shared/attachments';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A width × height RGB PNG. `padTo` adds an ancillary chunk of random bytes until the file is
 * that large (a big image without a big canvas to compress).
 */
export function pngBytes(width: number, height: number, padTo = 0): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x7f);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
  ];
  const size = parts.reduce((n, p) => n + p.length, 0) + 12;
  if (padTo > size + 12) parts.push(chunk('tEXt', Buffer.alloc(padTo - size - 12, 0x41)));
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return new Uint8Array(Buffer.concat(parts));
}

/** A 1×1 PNG (70 bytes), base64: what a paste or an upload of a tiny screenshot carries. */
export const ONE_PIXEL_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

export const PDF_BYTES = new Uint8Array(
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  ),
);

export function attached(
  name: string,
  mediaType: AttachedFile['mediaType'],
  bytes: Uint8Array,
): AttachedFile {
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    name,
    mediaType,
    size: bytes.length,
    bytes,
  };
}

export const chartPng = (): AttachedFile => attached('chart.png', 'image/png', pngBytes(64, 32));
export const reportPdf = (): AttachedFile => attached('report.pdf', 'application/pdf', PDF_BYTES);
export const notesMd = (): AttachedFile =>
  attached('notes.md', 'text/markdown', new TextEncoder().encode('# Notes\n\nThree points.'));
