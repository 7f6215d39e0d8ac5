// An answer as Markdown, split into blocks. While it streams only the tail block re-renders;
// finished blocks keep their memoised elements. The tail is keyed by the index it will have once
// finished, so a block that finishes keeps its DOM (patched, not removed and rebuilt).
import { useMemo, useState } from 'react';
import remend from 'remend';
import { MarkdownBlock } from './markdown-block';
import { createBlockSplitter, type SplitResult } from './split-blocks';

/**
 * The growing tail with its unfinished emphasis, code span or link closed, so no raw `**` or
 * `[text](` flickers before its closing half arrives. Raw HTML stays text in this renderer, so
 * a half-written tag is left alone.
 */
function closeUnfinished(tail: string): string {
  return (
    remend(tail, { linkMode: 'text-only', htmlTags: false, katex: false })
      // An opening marker with nothing after it yet (remend leaves `**`, `*`, `` ` `` alone).
      .replace(/(^|\s)[*_~`]+$/, '$1')
      // `[text]` waiting for its `(url)` shows as its text.
      .replace(/\[([^\]\n]*)\]$/, '$1')
  );
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

/** The blocks of one split: finished ones memoised, the tail closed while it streams. */
export function MarkdownBlocks({ split, streaming }: MarkdownBlocksProps) {
  const { stable, tail, references } = split;
  return (
    <div className="markdown">
      {stable.map((block, index) => (
        <MarkdownBlock key={index} source={block} references={references} finished />
      ))}
      {tail.trim() !== '' && (
        <MarkdownBlock
          key={stable.length}
          source={streaming ? closeUnfinished(tail) : tail}
          references={references}
          finished={!streaming}
        />
      )}
    </div>
  );
}
