// An image's width and height from its header bytes (PNG IHDR, GIF logical screen, JPEG start of
// frame, WebP VP8/VP8L/VP8X), so the simulator can count image tokens the way the clouds do.
// Undefined when the header is not one of these: the caller then approximates from the size.

export interface ImageSize {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** What the bytes are, by their magic number (the clouds check this against the declared type). */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}

export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 30) return undefined;
  switch (sniffMediaType(bytes)) {
    case 'image/png':
      return { width: view.getUint32(16), height: view.getUint32(20) };
    case 'image/gif':
      return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
    case 'image/jpeg':
      return jpegSize(bytes, view);
    case 'image/webp':
      return webpSize(bytes, view);
    default:
      return undefined;
  }
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') {
    const w = (bytes[24] ?? 0) | ((bytes[25] ?? 0) << 8) | ((bytes[26] ?? 0) << 16);
    const h = (bytes[27] ?? 0) | ((bytes[28] ?? 0) << 8) | ((bytes[29] ?? 0) << 16);
    return { width: w + 1, height: h + 1 };
  }
  if (chunk === 'VP8 ') {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/**
 * OpenAI's image tokens for GPT-4o-class models at `detail: auto`/`high` (the vision guide): fit
 * in 2048 × 2048, shorten the short side to 768, then 85 + 170 per 512-px tile. Without a size,
 * the byte count stands in for the pixels (about one byte a pixel for a compressed image).
 */
export function openAiImageTokens(bytes: Uint8Array): number {
  const size = imageSize(bytes) ?? squareOf(bytes.length);
  let { width, height } = size;
  const fit = Math.min(1, 2048 / Math.max(width, height));
  width *= fit;
  height *= fit;
  const shorten = Math.min(1, 768 / Math.min(width, height));
  width *= shorten;
  height *= shorten;
  return 85 + 170 * Math.ceil(width / 512) * Math.ceil(height / 512);
}

/**
 * Claude's image tokens (Anthropic's vision page): width × height / 750, after an image whose
 * long edge exceeds 1568 px is scaled down to it. Used for every Bedrock model here.
 */
export function claudeImageTokens(bytes: Uint8Array): number {
  const { width, height } = imageSize(bytes) ?? squareOf(bytes.length);
  const scale = Math.min(1, 1568 / Math.max(width, height));
  return Math.max(1, Math.ceil((width * scale * (height * scale)) / 750));
}

function squareOf(pixels: number): ImageSize {
  const side = Math.max(1, Math.round(Math.sqrt(pixels)));
  return { width: side, height: side };
}

/**
 * A PDF's input tokens, roughly: its pages counted from the `/Type /Page` objects, at the
 * ~1,500 tokens a page both OpenAI (text + page image) and Claude's PDF support cost.
 */
export function pdfTokens(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  return Math.max(1, pages) * 1500;
}
