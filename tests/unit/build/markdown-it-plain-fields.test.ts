// The renderer build sets markdown-it's class fields by assignment instead of its compiled
// helper (vite-plugin-markdown-it-plain-fields.ts). That is the same object only while no
// markdown-it class has an accessor a field could hit, so this checks the installed markdown-it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { withPlainFields } from '../../../vite-plugin-markdown-it-plain-fields';

const require = createRequire(import.meta.url);
const entry = join(dirname(require.resolve('markdown-it/package.json')), 'dist/markdown-it.mjs');

/** Every prototype between an object and Object.prototype. */
function prototypesOf(value: object): object[] {
  const chain: object[] = [];
  for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype;) {
    chain.push(proto as object);
    proto = Object.getPrototypeOf(proto);
  }
  return chain;
}

function accessorsOf(value: object): string[] {
  return prototypesOf(value).flatMap((proto) =>
    Object.entries(Object.getOwnPropertyDescriptors(proto))
      .filter(([, descriptor]) => descriptor.get ?? descriptor.set)
      .map(([name]) => name),
  );
}

describe('markdown-it with plain class fields', () => {
  it('replaces the installed markdown-it field helper with an assignment', () => {
    const source = readFileSync(entry, 'utf8');
    const plain = withPlainFields(source);
    expect(plain).not.toContain('Object.defineProperty(e, r');
    expect(plain).toContain('e[r] = t;');
    // Only the helper changes: every field is still set through it.
    expect(plain.match(/_defineProperty\(/g)?.length).toBe(
      source.match(/_defineProperty\(/g)?.length,
    );
  });

  it('finds no accessor on any markdown-it class a field could reach', () => {
    const markdown = new MarkdownIt({ html: false, linkify: true });
    const tokens = markdown.parse('# Title\n\n- a **b**\n\n| x |\n|---|\n| 1 |\n', {});
    const instances: object[] = [
      markdown,
      markdown.core,
      markdown.block,
      markdown.inline,
      markdown.renderer,
      markdown.core.ruler,
      new markdown.core.State('', markdown, {}),
      new markdown.block.State('', markdown, {}, []),
      new markdown.inline.State('', markdown, {}, []),
      ...tokens,
    ];
    expect(instances.flatMap(accessorsOf)).toEqual([]);
  });

  it('stops the build when markdown-it no longer ships the helper', () => {
    expect(() => withPlainFields('export class Token { map = null; }')).toThrow(
      /class-field helper was not found/,
    );
  });
});
