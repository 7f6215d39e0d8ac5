// Splits a streaming answer into top-level Markdown blocks so only the growing tail is parsed per
// frame: finished blocks never change (the text only grows), so they can be memoised by content.
// The splitter is incremental: each update lexes only from the start of the tail block.
//
// Block boundaries come from markdown-it's own block lexer, not from blank lines, so a loose list,
// a list item's indented continuation paragraph or a table stays one block, exactly as the whole
// answer parses. Only complete lines are lexed. Once a later top-level block has begun on a
// complete line, CommonMark can no longer add to the ones before it, so all but the last block
// are final (a closed code fence is final at once, so it is highlighted without waiting).
import type { Token } from 'markdown-it';
import { lexBlocks, NO_REFERENCES, type LinkReferences, type MarkdownEnv } from './markdown-parser';

export interface SplitResult {
  /** Blocks that can no longer change while the text only grows. */
  stable: string[];
  /** The block still being written ('' when the text ends on a block boundary). */
  tail: string;
  /**
   * Link definitions found so far. A new object only when one is added, so blocks memoised on it
   * re-render only then.
   */
  references: LinkReferences;
}

export interface BlockSplitter {
  /** `final`: the text is complete, so its last line is lexed too (a definition often ends it). */
  update(text: string, final?: boolean): SplitResult;
}

interface ScanState {
  stable: string[];
  tailStart: number;
  references: LinkReferences;
  /**
   * Where the last scan ended. Lexing again up to the same place finds the same blocks, so a
   * token that completes no line (most of them) lexes nothing: lexing the tail's complete lines
   * again on every frame was most of the splitter's time in bench:render.
   */
  scannedTo: number;
}

const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})\s*$/;

/** Offsets where each line of `text` starts, plus one past the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

function withoutBlankEdges(block: string): string {
  return block.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

/** `from` moved past any whole blank lines there. */
function pastBlankLines(region: string, from: number): number {
  return from + (/^(?:[ \t]*\n)+/.exec(region.slice(from))?.[0].length ?? 0);
}

// Blocks a blank line ends for good (a list does not: a loose list goes on after one).
const ENDED_BY_BLANK_LINE = new Set(['paragraph_open', 'table_open', 'blockquote_open']);

/**
 * Whether the last block can no longer grow: a heading or a rule once its line is complete, a
 * paragraph, table or quote once a blank line follows it, a fence once its closing line is there.
 */
function isClosed(block: Token, region: string, lines: readonly number[]): boolean {
  const map = block.map;
  if (!map) return false;
  // lines has one entry past the last line; a line after the block here can only be blank.
  const blankAfter = map[1] < lines.length - 1;
  if (block.type === 'heading_open' || block.type === 'hr') return true;
  if (ENDED_BY_BLANK_LINE.has(block.type)) return blankAfter;
  if (block.type !== 'fence' || map[1] - map[0] < 2) return false;
  const closing = region.slice(lines[map[1] - 1] ?? 0, lines[map[1]] ?? region.length);
  const marker = FENCE_LINE.exec(closing.replace(/\n$/, ''))?.[1];
  return (
    marker !== undefined && marker[0] === block.markup[0] && marker.length >= block.markup.length
  );
}

/** Lexes the complete lines after `state.tailStart`, moving finished blocks into `state.stable`. */
function scan(text: string, state: ScanState, final: boolean): void {
  const end = final ? text.length : text.lastIndexOf('\n') + 1;
  if (end <= state.tailStart || end === state.scannedTo) return;
  state.scannedTo = end;
  const region = text.slice(state.tailStart, end);
  const env: MarkdownEnv = {};
  const tokens = lexBlocks(region, env);
  const defined = (env.references ?? {}) as LinkReferences;
  // The first definition of a label wins, as in CommonMark.
  if (Object.keys(defined).some((label) => !(label in state.references))) {
    state.references = { ...defined, ...state.references };
  }

  // Top-level blocks: an opening token or a self-contained one (fence, hr, code block) at level 0.
  const blocks = tokens.filter((t) => t.level === 0 && t.nesting !== -1 && t.map);
  if (blocks.length === 0) return;
  const lines = lineStarts(region);
  const startOf = (index: number) => {
    const map = blocks[index]?.map;
    return index === 0 || !map ? 0 : (lines[map[0]] ?? region.length);
  };
  let finished = blocks.length - 1;
  let tailFrom = startOf(finished);
  const last = blocks[finished];
  if (last?.map && isClosed(last, region, lines)) {
    finished = blocks.length;
    tailFrom = lines[last.map[1]] ?? region.length;
  }
  for (let index = 0; index < finished; index += 1) {
    const to = index + 1 < blocks.length ? startOf(index + 1) : tailFrom;
    state.stable.push(withoutBlankEdges(region.slice(startOf(index), to)));
  }
  state.tailStart += pastBlankLines(region, tailFrom);
}

export function createBlockSplitter(): BlockSplitter {
  let previous = '';
  let state: ScanState = { stable: [], tailStart: 0, references: NO_REFERENCES, scannedTo: 0 };
  return {
    update(text, final = false) {
      // Anything but an append (regenerate, a final text that differs) starts over. Compared as
      // strings, which V8 does a block of memory at a time: `startsWith` went a character at a
      // time, and over the whole answer on every frame it was most of the splitter's time (in
      // Node, 54 ms against 9 ms for one 2,750-token answer fed three tokens at a time).
      if (text.length < previous.length || text.slice(0, previous.length) !== previous) {
        state = { stable: [], tailStart: 0, references: NO_REFERENCES, scannedTo: 0 };
      }
      previous = text;
      // Scan into a fresh list so arrays already handed out never change under a memo.
      const found: ScanState = { ...state, stable: [] };
      scan(text, found, final);
      state = {
        ...found,
        stable: found.stable.length > 0 ? [...state.stable, ...found.stable] : state.stable,
      };
      return {
        stable: state.stable,
        tail: text.slice(state.tailStart),
        references: state.references,
      };
    },
  };
}

/** One-shot split of a finished text into blocks. */
export function splitBlocks(text: string): string[] {
  const { stable, tail } = createBlockSplitter().update(text, true);
  return tail.trim() === '' ? stable : [...stable, tail];
}
