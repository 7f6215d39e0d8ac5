// Streamed Markdown against the finished rendering: an answer fed a few characters at a time must
// end up rendered exactly as the whole answer parsed at once, every block handed out as finished
// must never change, and the growing tail never shows a raw marker waiting for its other half.
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import remend from 'remend';
import { describe, expect, it } from 'vitest';
import { MarkdownBlock } from '../../../renderer/src/markdown/markdown-block';
import { createBlockSplitter, type SplitResult } from '../../../renderer/src/markdown/split-blocks';
import {
  inOpenFence,
  MarkdownBlocks,
  MEND_NOTHING,
  remendOptionsFor,
} from '../../../renderer/src/markdown/streaming-markdown';

/** `html` without the <div>s that open exactly with `open` (their content kept). */
function unwrap(html: string, open: string): string {
  let out = '';
  // For each open <div>: whether it is a wrapper being dropped.
  const stack: boolean[] = [];
  for (let at = 0; at < html.length;) {
    if (html.startsWith('<div', at)) {
      const end = html.indexOf('>', at) + 1;
      const tag = html.slice(at, end);
      stack.push(tag === open);
      if (tag !== open) out += tag;
      at = end;
    } else if (html.startsWith('</div>', at)) {
      if (!stack.pop()) out += '</div>';
      at += '</div>'.length;
    } else {
      out += html[at];
      at += 1;
    }
  }
  return out;
}

function withoutWrappers(html: string): string {
  const outer = unwrap(html, '<div class="markdown">');
  return unwrap(unwrap(outer, '<div class="md-chunk">'), '<div class="md-block">');
}

/** The page a split renders to, without the per-block wrappers. */
function pageOf(split: SplitResult, streaming: boolean): string {
  return withoutWrappers(
    renderToStaticMarkup(<MarkdownBlocks split={split} streaming={streaming} />),
  );
}

/** The whole answer parsed at once, as one block. */
function finishedPage(text: string): string {
  return withoutWrappers(renderToStaticMarkup(<MarkdownBlock source={text} finished />));
}

/** Feeds `text` `step` characters at a time; returns every split and the final one. */
function stream(text: string, step = 1) {
  const splitter = createBlockSplitter();
  const splits: SplitResult[] = [];
  for (let end = step; end < text.length + step; end += step) {
    splits.push(splitter.update(text.slice(0, Math.min(end, text.length))));
  }
  return { splits, final: splitter.update(text, true) };
}

function expectStreamedAsFinished(text: string): void {
  for (const step of [1, 7]) {
    const { splits, final } = stream(text, step);
    expect(pageOf(final, false)).toBe(finishedPage(text));
    // A block handed out as finished is exactly the block the finished answer has there.
    for (const split of splits) {
      expect(final.stable.slice(0, split.stable.length)).toEqual(split.stable);
    }
  }
}

describe('streamed Markdown renders as the finished answer', () => {
  it('keeps a loose list one list', () => {
    const text = 'Steps:\n\n1. Open the console.\n\n2. Pick a region.\n\n3. Deploy.\n\nDone.\n';
    expectStreamedAsFinished(text);
    expect(finishedPage(text).match(/<ol\b/g)).toHaveLength(1);
  });

  it('keeps an indented continuation paragraph inside its list item', () => {
    const text =
      '- Azure needs a deployment.\n\n  Its name is not the model name.\n\n- Bedrock needs a region.\n\nThat is all.\n';
    expectStreamedAsFinished(text);
    expect(finishedPage(text)).toContain('<li><p>Azure needs a deployment.</p><p>Its name');
  });

  it('resolves reference-style links defined further down', () => {
    const text =
      'See [the pricing page][prices] and [the docs][].\n\nMore text.\n\n[prices]: https://example.com/prices\n[the docs]: https://example.com/docs';
    expectStreamedAsFinished(text);
    expect(finishedPage(text)).toContain('href="https://example.com/prices"');
  });

  it('renders a table that follows a paragraph without a blank line', () => {
    const text =
      'Costs per cloud:\n| Cloud | Cost |\n|:--|--:|\n| Azure | $1 |\n| AWS | $2 |\n\nCheapest: Azure.\n';
    expectStreamedAsFinished(text);
    expect(finishedPage(text)).toContain('<table>');
  });

  it('highlights a closed code fence as soon as it closes', () => {
    const splitter = createBlockSplitter();
    const split = splitter.update('Intro.\n\n```ts\nconst a = 1;\n```\n');
    expect(split.stable).toEqual(['Intro.', '```ts\nconst a = 1;\n```']);
    expect(split.tail).toBe('');
  });
});

describe('the growing tail', () => {
  it('never shows a raw emphasis, code or link marker while it streams', () => {
    const text =
      'This is **very important**, *quite* so, with `code here` and [a link](https://example.com) done.';
    const { splits } = stream(text);
    for (const split of splits) {
      const page = pageOf(split, true).replace(/<[^>]+>/g, '');
      expect(page).not.toMatch(/\*|`|\[|\]\(/);
    }
    // Mid-way, the unfinished bold is already bold.
    const partial = createBlockSplitter().update('This is **very imp');
    expect(pageOf(partial, true)).toContain('<strong>very imp</strong>');
  });
});

describe('mending the growing tail', () => {
  // remend with every handler that can matter here, on every tail.
  const everyHandler = {
    ...MEND_NOTHING,
    links: true,
    images: true,
    bold: true,
    italic: true,
    boldItalic: true,
    inlineCode: true,
    strikethrough: true,
    setextHeadings: true,
  };
  // Markdown's markers, and enough words and spaces to put them in and around.
  const markdownish = fc.string({
    unit: fc.constantFrom(...'*_`~[]()-=>!#|\\:/. \n\tab1'.split('')),
    maxLength: 60,
  });

  it('mends a tail exactly as remend with every handler would', () => {
    fc.assert(
      fc.property(markdownish, (tail) => {
        // Setext marks are chosen on purpose (the next test); the rest is left out only when
        // it could change nothing.
        const setextHeadings = remendOptionsFor(tail)?.setextHeadings ?? false;
        expect(remend(tail, remendOptionsFor(tail) ?? MEND_NOTHING)).toBe(
          remend(tail, { ...everyHandler, setextHeadings }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a paragraph from turning into a heading and back while a dash line is unfinished', () => {
    const streaming = pageOf(createBlockSplitter().update('Some text\n-'), true);
    expect(streaming).not.toContain('<h2>');
    expect(streaming).toContain('<p>Some text');
  });

  it('shows a dash that starts the next list item as that item, not as text in the one above', () => {
    for (const list of ['- first item\n-', '- a\n  more\n-', '> quoted\n-']) {
      expect(pageOf(createBlockSplitter().update(list), true)).toBe(finishedPage(list));
    }
    expect(pageOf(createBlockSplitter().update('- first item\n-'), true)).toContain(
      '<li>first item</li><li></li>',
    );
  });

  it('leaves a tail without markers untouched', () => {
    expect(remendOptionsFor('Azure answered first, in 212 ms.')).toBeUndefined();
  });

  it('shows a list item that starts with > as the quote it will be when finished', () => {
    const streaming = pageOf(createBlockSplitter().update('- > 25'), true);
    expect(streaming).toBe(finishedPage('- > 25'));
    expect(streaming).toContain('<blockquote>');
  });
});

describe('an open code fence in the growing tail', () => {
  it('is told from a closed one and from a code span', () => {
    expect(inOpenFence('```js\nconst a = b *')).toBe(true);
    expect(inOpenFence('  ~~~~\ncode\n~~~')).toBe(true);
    expect(inOpenFence('```\ncode\n```')).toBe(false);
    expect(inOpenFence('~~~\ncode\n  ~~~~  ')).toBe(false);
    expect(inOpenFence('```a`b```')).toBe(false);
    expect(inOpenFence('text with ```')).toBe(false);
  });

  it('keeps its code as it is while it streams, a trailing marker included', () => {
    const html = pageOf(createBlockSplitter().update('```js\nconst a = b *'), true);
    expect(html).toContain('const a = b *');
  });
});
