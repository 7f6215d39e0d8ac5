// The simulator reads image sizes from headers to count image tokens as the clouds do; these
// are the worked examples from OpenAI's vision guide and Anthropic's vision page.
import { describe, expect, it } from 'vitest';
import {
  claudeImageTokens,
  imageSize,
  openAiImageTokens,
  pdfTokens,
  sniffMediaType,
} from '../../simulator/sim-image-size';
import { PDF_BYTES, pngBytes } from '../../support/attachment-fixtures';

const pad = (bytes: number[]) => new Uint8Array([...bytes, ...new Array(40).fill(0)]);
const le16 = (n: number) => [n & 0xff, n >> 8];
const be16 = (n: number) => [n >> 8, n & 0xff];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, n >> 16];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const gif = (w: number, h: number) => pad([...ascii('GIF89a'), ...le16(w), ...le16(h)]);
const jpeg = (w: number, h: number) =>
  pad([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0,
    16,
    ...new Array(14).fill(0),
    0xff,
    0xc0,
    0,
    17,
    8,
    ...be16(h),
    ...be16(w),
  ]);
const webp = (w: number, h: number) =>
  pad([
    ...ascii('RIFF'),
    0,
    0,
    0,
    0,
    ...ascii('WEBPVP8X'),
    10,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...le24(w - 1),
    ...le24(h - 1),
  ]);

describe('image headers', () => {
  it('reads the size of PNG, GIF, JPEG and WebP', () => {
    expect(imageSize(pngBytes(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(gif(300, 200))).toEqual({ width: 300, height: 200 });
    expect(imageSize(jpeg(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(imageSize(webp(1000, 750))).toEqual({ width: 1000, height: 750 });
    expect(imageSize(PDF_BYTES)).toBeUndefined();
  });

  it('tells a file by its magic number', () => {
    expect(sniffMediaType(pngBytes(2, 2))).toBe('image/png');
    expect(sniffMediaType(jpeg(2, 2))).toBe('image/jpeg');
    expect(sniffMediaType(gif(2, 2))).toBe('image/gif');
    expect(sniffMediaType(webp(2, 2))).toBe('image/webp');
    expect(sniffMediaType(PDF_BYTES)).toBe('application/pdf');
    expect(sniffMediaType(new TextEncoder().encode('hello'))).toBeUndefined();
  });
});

describe('image tokens', () => {
  it("OpenAI's tiles (vision guide: 1024² is 765 tokens, 2048 × 4096 is 1105)", () => {
    expect(openAiImageTokens(pngBytes(1024, 1024))).toBe(765);
    expect(openAiImageTokens(gif(2048, 4096))).toBe(1105);
    expect(openAiImageTokens(pngBytes(64, 32))).toBe(255);
  });

  it("Claude's width × height / 750 (1000² is about 1,334 tokens)", () => {
    expect(claudeImageTokens(jpeg(1000, 1000))).toBe(1334);
    // A long edge over 1568 px is scaled down first.
    expect(claudeImageTokens(gif(3136, 1568))).toBe(Math.ceil((1568 * 784) / 750));
  });

  it('a PDF by its pages', () => {
    expect(pdfTokens(PDF_BYTES)).toBe(1500);
  });
});
