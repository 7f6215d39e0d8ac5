import { describe, expect, it } from 'vitest';
import {
  highlightCode,
  parseHighlightHtml,
  resolveLanguage,
} from '../../../renderer/src/markdown/highlight';

describe('highlighting', () => {
  it('turns highlight.js output into a tree and decodes its entities', () => {
    expect(
      parseHighlightHtml('<span class="hljs-string">&quot;a &amp; b&quot;</span> &lt;x&gt;'),
    ).toEqual([{ className: 'hljs-string', children: ['"a & b"'] }, ' <x>']);
  });

  it('keeps code text intact, markup characters included', () => {
    const code = 'if (a < b && c > "d") { return \'<script>\'; }';
    const flatten = (nodes: ReturnType<typeof highlightCode>): string =>
      nodes.map((n) => (typeof n === 'string' ? n : flatten(n.children))).join('');
    expect(flatten(highlightCode(code, 'js'))).toBe(code);
  });

  it('resolves common aliases and leaves unknown languages plain', () => {
    expect(resolveLanguage('ts')).toBe('typescript');
    expect(resolveLanguage('sh')).toBe('bash');
    expect(resolveLanguage('brainfudge')).toBeUndefined();
    expect(highlightCode('+++', 'brainfudge')).toEqual(['+++']);
  });
});
