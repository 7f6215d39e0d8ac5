// An answer as Markdown, split into blocks. While it streams only the tail block re-renders;
// finished blocks keep their memoised elements, in chunks that leave the DOM while far off screen
// (block-chunk.tsx), so one very long answer does not keep every block in the DOM.
import { useMemo, useState } from 'react';
import remend, { type RemendOptions } from 'remend';
import { BlockChunk, CHUNK_SIZE, createChunker } from './block-chunk';
import { createBlockSplitter, type SplitResult } from './split-blocks';

/**
 * The growing tail with its unfinished emphasis, code span or link closed, so no raw `**` or
 * `[text](` flickers before its closing half arrives. Raw HTML stays text in this renderer, so
 * a half-written tag is left alone.
 */
function closeUnfinished(tail: string): string {
  // Inside a code fence still open there is nothing to close, and a trailing `*` is code: the
  // tail goes as it is (remend scanned it whole on every frame, a growing code block included).
  if (inOpenFence(tail)) return tail;
  const options = remendOptionsFor(tail);
  if (!options) return tail;
  return (
    remend(tail, options)
      // An opening marker with nothing after it yet (remend leaves `**`, `*`, `` ` `` alone).
      .replace(/(^|\s)[*_~`]+$/, '$1')
      // `[text]` waiting for its `(url)` shows as its text.
      .replace(/\[([^\]\n]*)\]$/, '$1')
  );
}

/**
 * remend's handlers that can change `tail`, or none. Each handler looks for its own marker, so
 * one whose marker the tail lacks is left out: all of them on every tail of every frame were 6 %
 * of the app's script in profile-app (73 ms; 38 ms so), and most tails hold no marker. Two are
 * always off, as the finished block, which is not mended, would render differently: `- > 25`
 * escaped (comparisonOperators) is text while streaming and a quote when finished, and a single
 * `~` (singleTilde) is never strikethrough in markdown-it.
 */
export function remendOptionsFor(tail: string): RemendOptions | undefined {
  const link = tail.includes('[');
  const emphasis = tail.includes('*') || tail.includes('_');
  const code = tail.includes('`');
  const strike = tail.includes('~');
  // A last line of `-` or `=` under a paragraph is a setext heading's underline, or not yet:
  // remend marks it so the paragraph is not a heading for a frame. Under a list or a quote that
  // mark would make the line text inside it (`- a` then `-` is a second item, empty until its
  // text comes; marked, a dash in the first that then went away).
  const lastLine = tail.slice(tail.lastIndexOf('\n') + 1);
  const setext = (lastLine.includes('-') || lastLine.includes('=')) && !LIST_OR_QUOTE.test(tail);
  if (!link && !emphasis && !code && !strike && !setext) return undefined;
  return {
    ...MEND_NOTHING,
    links: link,
    images: link,
    bold: emphasis,
    italic: emphasis,
    boldItalic: emphasis,
    inlineCode: code,
    strikethrough: strike,
    setextHeadings: setext,
  };
}

/** A tail that opens with a list item or a quote. */
const LIST_OR_QUOTE = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|>)/;

/** Every handler off. Raw HTML stays text here and maths is not rendered. */
export const MEND_NOTHING = {
  linkMode: 'text-only',
  links: false,
  images: false,
  bold: false,
  italic: false,
  boldItalic: false,
  inlineCode: false,
  strikethrough: false,
  setextHeadings: false,
  singleTilde: false,
  comparisonOperators: false,
  htmlTags: false,
  katex: false,
  inlineKatex: false,
} as const satisfies RemendOptions;

/** A fence opening a block: up to three spaces, then three or more backticks or tildes. */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Whether `tail` is a fenced code block whose closing fence has not arrived. */
export function inOpenFence(tail: string): boolean {
  const match = FENCE_OPEN.exec(tail);
  const open = match?.[1];
  if (!match || !open) return false;
  // CommonMark: a backtick fence's info string holds no backtick.
  const firstLineEnd = tail.indexOf('\n');
  if (
    open[0] === '`' &&
    tail.slice(match[0].length, firstLineEnd < 0 ? undefined : firstLineEnd).includes('`')
  ) {
    return false;
  }
  if (firstLineEnd < 0) return true;
  // Closed by a line of the same character, at least as long, with only spaces after it.
  const close = new RegExp(`^ {0,3}${open[0] === '`' ? '`' : '~'}{${open.length},}[ \\t]*$`, 'm');
  return !close.test(tail.slice(firstLineEnd + 1));
}

interface StreamingMarkdownProps {
  text: string;
  streaming: boolean;
}

export function StreamingMarkdown({ text, streaming }: StreamingMarkdownProps) {
  const [splitter] = useState(createBlockSplitter);
  const split = useMemo(() => splitter.update(text, !streaming), [splitter, text, streaming]);
  return <MarkdownBlocks split={split} streaming={streaming} />;
}

interface MarkdownBlocksProps {
  split: SplitResult;
  streaming: boolean;
}

/**
 * The blocks of one split: finished ones memoised, the tail closed while it streams. The tail is
 * drawn in the chunk it will belong to, at the index it will have there, so when it is finished
 * it stays the same element and its DOM is updated in place; drawn apart, each finished block was
 * taken out of the DOM and built again inside its chunk.
 */
export function MarkdownBlocks({ split, streaming }: MarkdownBlocksProps) {
  const { stable, tail, references } = split;
  const [chunker] = useState(createChunker);
  const chunks = useMemo(() => chunker(stable), [chunker, stable]);
  const hasTail = tail.trim() !== '';
  // The tail goes in the last chunk, or starts a new one when the last is full.
  const tailChunk = Math.floor(stable.length / CHUNK_SIZE);
  const shown = hasTail && tailChunk === chunks.length ? [...chunks, NO_BLOCKS] : chunks;
  const tailBlock = hasTail
    ? { source: streaming ? closeUnfinished(tail) : tail, finished: !streaming }
    : undefined;
  return (
    <div className="markdown">
      {shown.map((blocks, index) => (
        <BlockChunk
          key={index}
          blocks={blocks}
          references={references}
          tail={index === tailChunk ? tailBlock : undefined}
        />
      ))}
    </div>
  );
}

const NO_BLOCKS: readonly string[] = [];
