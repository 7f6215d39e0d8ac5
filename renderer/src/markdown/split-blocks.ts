// Splits a streaming answer into top-level Markdown blocks so only the growing tail is parsed per
// frame: finished blocks never change (the text only grows), so they can be memoised by content.
// The splitter is incremental: each update rescans only from the start of the tail block.

export interface SplitResult {
  /** Blocks that can no longer change while the text only grows. */
  stable: string[];
  /** The block still being written ('' when the text ends on a block boundary). */
  tail: string;
}

export interface BlockSplitter {
  update(text: string): SplitResult;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;

interface ScanState {
  stable: string[];
  tailStart: number;
}

/** Scans complete lines from `from`, moving finished blocks into `state.stable`. */
function scan(text: string, state: ScanState): void {
  let blockStart = state.tailStart;
  let hasContent = false;
  let fence: { char: string; length: number; topLevel: boolean } | null = null;
  let lineStart = blockStart;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    // The last line has no newline yet: it may still grow, so it stays in the tail.
    if (newline === -1) break;
    const line = text.slice(lineStart, newline);
    const next = newline + 1;
    if (fence) {
      const close = FENCE.exec(line);
      const marker = close?.[2];
      if (
        marker &&
        marker[0] === fence.char &&
        marker.length >= fence.length &&
        line.slice(close[0].length).trim() === ''
      ) {
        const topLevel = fence.topLevel;
        fence = null;
        // A closed top-level fence is a finished block: highlight it without waiting for a blank.
        if (topLevel) {
          state.stable.push(text.slice(blockStart, newline));
          blockStart = next;
          hasContent = false;
        }
      }
    } else if (line.trim() === '') {
      if (hasContent) state.stable.push(text.slice(blockStart, lineStart).replace(/\n$/, ''));
      blockStart = next;
      hasContent = false;
    } else {
      const open = FENCE.exec(line);
      const marker = open?.[2];
      // A backtick fence's info string may not contain backticks (CommonMark).
      if (marker && !(marker[0] === '`' && line.slice(open[0].length).includes('`'))) {
        fence = {
          char: marker[0] ?? '`',
          length: marker.length,
          topLevel: !hasContent && (open[1] ?? '').length === 0,
        };
      }
      hasContent = true;
    }
    lineStart = next;
  }
  state.tailStart = blockStart;
}

export function createBlockSplitter(): BlockSplitter {
  let previous = '';
  let state: ScanState = { stable: [], tailStart: 0 };
  return {
    update(text) {
      // Anything but an append (regenerate, a final text that differs) starts over.
      if (!text.startsWith(previous)) state = { stable: [], tailStart: 0 };
      previous = text;
      // Scan into a fresh list so arrays already handed out never change under a memo.
      const found: ScanState = { stable: [], tailStart: state.tailStart };
      scan(text, found);
      if (found.stable.length > 0) state.stable = [...state.stable, ...found.stable];
      state.tailStart = found.tailStart;
      return { stable: state.stable, tail: text.slice(state.tailStart) };
    },
  };
}

/** One-shot split of a finished text into blocks. */
export function splitBlocks(text: string): string[] {
  const { stable, tail } = createBlockSplitter().update(text);
  return tail.trim() === '' ? stable : [...stable, tail];
}
