// Markdown nested past markdown-it's limit: shown as written, never silently cut.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownBlock } from '../../../renderer/src/markdown/markdown-block';

const html = (source: string) =>
  renderToStaticMarkup(<MarkdownBlock source={source} finished={true} />);

describe('deeply nested Markdown', () => {
  it('keeps the innermost text of a quote 500 deep', () => {
    const out = html(`${'> '.repeat(500)}deep quote`);
    expect(out).toContain('deep quote');
    expect(out).not.toContain('<blockquote>');
  });

  it('keeps every level of a list 200 deep', () => {
    const list = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const out = html(list);
    expect(out).toContain('level 0');
    expect(out).toContain('level 199');
  });

  it('still renders ordinary nesting as Markdown', () => {
    const out = html(`${'> '.repeat(5)}**five** deep\n\n- a\n  - b\n    - c`);
    expect(out.match(/<blockquote>/g)).toHaveLength(5);
    expect(out).toContain('<strong>five</strong>');
    expect(out.match(/<ul>/g)).toHaveLength(3);
  });
});
