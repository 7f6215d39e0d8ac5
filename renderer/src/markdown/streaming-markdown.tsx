// An answer as Markdown, split into blocks. While it streams only the tail block re-renders:
// finished blocks sit in memoised chunks of CHUNK blocks, so a frame's update compares a few
// chunks instead of every block.
import { memo, useMemo, useState } from 'react';
import { DeferHighlightContext } from './highlight-context';
import { MarkdownBlock } from './markdown-block';
import { createBlockSplitter } from './split-blocks';

const CHUNK = 16;

interface BlockChunkProps {
  /** All finished blocks of the answer; this chunk renders [start, end). */
  blocks: readonly string[];
  start: number;
  end: number;
}

function sameChunk(a: BlockChunkProps, b: BlockChunkProps): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  for (let i = a.start; i < a.end; i += 1) if (a.blocks[i] !== b.blocks[i]) return false;
  return true;
}

const BlockChunk = memo(function BlockChunk({ blocks, start, end }: BlockChunkProps) {
  const children = [];
  for (let i = start; i < end; i += 1) {
    children.push(<MarkdownBlock key={i} source={blocks[i] ?? ''} finished />);
  }
  return <div className="md-chunk">{children}</div>;
}, sameChunk);

interface StreamingMarkdownProps {
  text: string;
  streaming: boolean;
}

export function StreamingMarkdown({ text, streaming }: StreamingMarkdownProps) {
  const [splitter] = useState(createBlockSplitter);
  const { stable, tail } = useMemo(() => splitter.update(text), [splitter, text]);
  const chunks = [];
  for (let start = 0; start < stable.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, stable.length);
    chunks.push(<BlockChunk key={start} blocks={stable} start={start} end={end} />);
  }
  return (
    <DeferHighlightContext value={streaming}>
      <div className="markdown">
        {chunks}
        {tail.trim() !== '' && (
          <MarkdownBlock key={`tail-${stable.length}`} source={tail} finished={!streaming} />
        )}
      </div>
    </DeferHighlightContext>
  );
}
