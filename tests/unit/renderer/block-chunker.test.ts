// The chunks an answer's finished blocks are cut into: a chunk whose blocks did not change is the
// same array, so its memoised BlockChunk skips rendering when a later block finishes.
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, createChunker } from '../../../renderer/src/markdown/block-chunk';

const blocks = (count: number, label = 'block') =>
  Array.from({ length: count }, (_, i) => `${label} ${i}`);

describe('createChunker', () => {
  it('cuts the blocks in order into chunks of CHUNK_SIZE', () => {
    const all = blocks(CHUNK_SIZE * 2 + 3);
    const chunks = createChunker()(all);
    expect(chunks.map((chunk) => chunk.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 3]);
    expect(chunks.flat()).toEqual(all);
  });

  it('hands back the same array for a chunk whose blocks did not change', () => {
    const chunker = createChunker();
    const all = blocks(CHUNK_SIZE + 2);
    const first = chunker(all);
    const second = chunker([...all, 'one more']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]).toEqual([...all.slice(CHUNK_SIZE), 'one more']);
  });

  it('starts again when the blocks are replaced (an answer regenerated in place)', () => {
    const chunker = createChunker();
    const first = chunker(blocks(CHUNK_SIZE + 1));
    const replaced = blocks(CHUNK_SIZE + 1, 'other');
    const second = chunker(replaced);
    expect(second[0]).not.toBe(first[0]);
    expect(second.flat()).toEqual(replaced);
    expect(chunker([])).toEqual([]);
  });
});
