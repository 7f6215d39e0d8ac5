// A run of finished blocks that leaves the DOM while it is far outside the thread's view: one very
// long answer then keeps only the blocks near the screen, as the thread keeps only the turns near
// it. Off screen it is an empty box of the height it had, so nothing around it moves; back near
// the view its blocks render again. Visibility comes from an IntersectionObserver on the thread's
// scroller, so nothing here reads layout or runs per token.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MarkdownBlock } from './markdown-block';
import type { LinkReferences } from './markdown-parser';

/** Blocks per chunk: enough that a chunk is a screen or more of text. */
export const CHUNK_SIZE = 16;
// How far outside the view a chunk keeps its blocks (a few screens of scrolling).
const KEEP_MARGIN = '2500px 0px';

/**
 * Cuts an answer's finished blocks into chunks, handing back the same array for a chunk whose
 * blocks have not changed, so a full chunk skips rendering when a later block finishes. (Given
 * the whole list, every chunk of an answer rendered again each time one of its blocks finished.)
 */
export function createChunker(): (blocks: readonly string[]) => (readonly string[])[] {
  let chunks: (readonly string[])[] = [];
  return (blocks) => {
    const next: (readonly string[])[] = [];
    for (let from = 0; from < blocks.length; from += CHUNK_SIZE) {
      const previous = chunks[next.length];
      const size = Math.min(CHUNK_SIZE, blocks.length - from);
      const same =
        previous?.length === size && previous.every((block, k) => block === blocks[from + k]);
      next.push(same ? previous : blocks.slice(from, from + size));
    }
    chunks = next;
    return next;
  };
}

interface BlockChunkProps {
  /** This chunk's finished blocks (up to CHUNK_SIZE), the same array while they do not change. */
  blocks: readonly string[];
  references: LinkReferences;
  /** The growing last block, when it falls in this chunk: drawn after the finished ones. */
  tail?: { source: string; finished: boolean } | undefined;
}

export const BlockChunk = memo(function BlockChunk({ blocks, references, tail }: BlockChunkProps) {
  const box = useRef<HTMLDivElement>(null);
  // Only a full chunk is ever dropped: it can no longer change (and never holds the tail).
  const full = blocks.length === CHUNK_SIZE;
  const [hiddenHeight, setHiddenHeight] = useState<number | null>(null);

  // A layout effect (it only starts an observer): a passive one made each frame that drew a new
  // chunk also queue React's passive-effect task.
  useLayoutEffect(() => {
    const element = box.current;
    if (!full || !element) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return;
        setHiddenHeight(entry.isIntersecting ? null : entry.boundingClientRect.height);
      },
      { root: element.closest('.virtual-list'), rootMargin: KEEP_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [full]);

  // The finished blocks' elements, the same objects while the blocks are: in the chunk the tail
  // grows in, which renders on every token, React then passes each one by without comparing its
  // props.
  const finishedItems = useMemo(
    () =>
      blocks.map((block, index) => (
        <MarkdownBlock key={index} source={block} references={references} finished />
      )),
    [blocks, references],
  );

  if (hiddenHeight !== null) {
    return <div ref={box} className="md-chunk" style={{ height: hiddenHeight }} />;
  }
  // One list for the finished blocks and the tail, keyed by index in the chunk: the tail, once
  // finished, is then the same element as the block it becomes (keys count within one list).
  const items = tail
    ? [
        ...finishedItems,
        <MarkdownBlock
          key={blocks.length}
          source={tail.source}
          references={references}
          finished={tail.finished}
        />,
      ]
    : finishedItems;
  return (
    <div ref={box} className="md-chunk">
      {items}
    </div>
  );
});
