import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { highlightWhenIdle } from '../../../renderer/src/markdown/idle-highlight';
import { MarkdownBlock } from '../../../renderer/src/markdown/markdown-block';
import { StreamingMarkdown } from '../../../renderer/src/markdown/streaming-markdown';

function html(source: string, finished = true): string {
  return renderToStaticMarkup(<MarkdownBlock source={source} finished={finished} />);
}

describe('Markdown rendering', () => {
  it('shows raw HTML from an answer as text, never as elements', () => {
    const out = html(
      'Hi <img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n<iframe src="https://example.com"></iframe>',
    );
    expect(out).not.toMatch(/<img|<script|<iframe/i);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;script&gt;');
  });

  it('renders javascript: and data: links without an href, and web links with one', () => {
    const out = html(
      '[bad](javascript:alert(1)) [worse](data:text/html,hi) [good](https://example.com/a)',
    );
    expect(out).not.toMatch(/href="(javascript|data):/i);
    expect(out).toContain('href="https://example.com/a"');
    expect(out).toContain('bad');
  });

  it('does not load images, it names them', () => {
    const out = html('![a cat](https://example.com/cat.png)');
    expect(out).not.toContain('<img');
    expect(out).toContain('[image: a cat]');
  });

  it('renders tables with alignment', () => {
    const out = html('| Cloud | Cost |\n|:--|--:|\n| Azure | $1 |');
    expect(out).toContain('<table>');
    expect(out).toContain('<th style="text-align:left">Cloud</th>');
    expect(out).toContain('<td style="text-align:right">$1</td>');
  });

  it('shows a finished code block highlighted once known, and a streaming one plain', () => {
    const source = '```ts\nconst answer: number = 42;\n```';
    // Plain until an idle moment has highlighted it (none comes in a static render), and busy
    // meanwhile.
    expect(html(source, true)).not.toContain('hljs-keyword');
    expect(html(source, true)).toContain('aria-busy="true"');
    const idle: ((deadline: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) =>
      idle.push(callback),
    );
    try {
      highlightWhenIdle('const answer: number = 42;\n', 'ts', () => undefined);
      idle.forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 0 }));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(html(source, true)).toContain('<span class="hljs-keyword">const</span>');
    expect(html(source, true)).not.toContain('aria-busy');
    expect(html(source, false)).not.toContain('hljs-keyword');
    expect(html(source, false)).not.toContain('aria-busy');
    expect(html(source, true)).toContain('aria-label="Copy code"');
  });

  it('shows a block in a language highlight.js lacks as plain text at once, not busy', () => {
    const out = html('```klingon\nqapla!\n```');
    expect(out).toContain('qapla!');
    expect(out).not.toContain('aria-busy');
  });

  it('renders a streaming answer block by block with the tail still growing', () => {
    const out = renderToStaticMarkup(
      <StreamingMarkdown text={'# Head\n\nSome *text*\n\n```js\nlet x'} streaming />,
    );
    expect(out).toContain('<h1>Head</h1>');
    expect(out).toContain('<em>text</em>');
    expect(out).toContain('let x');
    expect(out).not.toContain('hljs-keyword');
  });
});
