// An answer as Markdown, split into blocks. While it streams only the tail block re-renders;
// finished blocks keep their memoised elements. The tail is keyed by the index it will have once
// finished, so a block that finishes keeps its DOM (patched, not removed and rebuilt).
import { useMemo, useState } from 'react';
import { MarkdownBlock } from './markdown-block';
import { createBlockSplitter } from './split-blocks';

interface StreamingMarkdownProps {
  text: string;
  streaming: boolean;
}

export function StreamingMarkdown({ text, streaming }: StreamingMarkdownProps) {
  const [splitter] = useState(createBlockSplitter);
  const { stable, tail } = useMemo(() => splitter.update(text), [splitter, text]);
  return (
    <div className="markdown">
      {stable.map((block, index) => (
        <MarkdownBlock key={index} source={block} finished />
      ))}
      {tail.trim() !== '' && (
        <MarkdownBlock key={stable.length} source={tail} finished={!streaming} />
      )}
    </div>
  );
}
