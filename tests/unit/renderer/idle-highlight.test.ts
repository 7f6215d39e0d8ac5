// Finished code blocks are highlighted in idle moments, one job at a time, each block once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightNode } from '../../../renderer/src/markdown/highlight';

type IdleCallback = (deadline: IdleDeadline) => void;

let idle: IdleCallback[] = [];
/** The idle-time left that the next idle period reports. */
let remaining = 0;

function runIdle(): void {
  const callbacks = idle;
  idle = [];
  for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => remaining });
}

// A fresh module per test: its queue and cache are module state.
async function load() {
  vi.resetModules();
  return import('../../../renderer/src/markdown/idle-highlight');
}

beforeEach(() => {
  idle = [];
  remaining = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => idle.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

const keyword = (nodes: HighlightNode[] | undefined) => nodes?.[0];

describe('highlighting in idle moments', () => {
  it('colours a finished block after an idle moment, not before', async () => {
    const { highlightWhenIdle, highlightedNow } = await load();
    const got: HighlightNode[][] = [];
    highlightWhenIdle('const a = 1;', 'ts', (nodes) => got.push(nodes));
    expect(got).toEqual([]);
    expect(highlightedNow('const a = 1;', 'ts')).toBeUndefined();
    runIdle();
    expect(got).toHaveLength(1);
    expect(keyword(got[0])).toEqual({ className: 'hljs-keyword', children: ['const'] });
    // Known from now on: the same block in another pane, or scrolled back, is coloured at once.
    expect(highlightedNow('const a = 1;', 'typescript')).toBe(got[0]);
  });

  it('highlights a block shared by four panes once and tells each of them', async () => {
    const { highlightWhenIdle } = await load();
    const got: HighlightNode[][] = [];
    for (let pane = 0; pane < 4; pane += 1) {
      highlightWhenIdle('let x = 2', 'js', (nodes) => got.push(nodes));
    }
    expect(idle).toHaveLength(1);
    runIdle();
    expect(got).toHaveLength(4);
    expect(new Set(got).size).toBe(1);
    expect(idle).toHaveLength(0);
  });

  it('runs one job per idle period when little idle time is left, and goes on in the next', async () => {
    const { highlightWhenIdle } = await load();
    const got: string[] = [];
    highlightWhenIdle('a = 1', 'python', () => got.push('python'));
    highlightWhenIdle('b := 2', 'go', () => got.push('go'));
    runIdle();
    expect(got).toEqual(['python']);
    runIdle();
    expect(got).toEqual(['python', 'go']);
    remaining = 50;
    highlightWhenIdle('x', 'bash', () => got.push('bash'));
    highlightWhenIdle('y', 'sql', () => got.push('sql'));
    runIdle();
    expect(got).toEqual(['python', 'go', 'bash', 'sql']);
  });

  it('skips a block withdrawn before its turn came', async () => {
    const { highlightWhenIdle, highlightedNow } = await load();
    const got: string[] = [];
    const withdraw = highlightWhenIdle('fn main() {}', 'rust', () => got.push('rust'));
    withdraw();
    runIdle();
    expect(got).toEqual([]);
    expect(highlightedNow('fn main() {}', 'rust')).toBeUndefined();
  });

  it('leaves a language it does not know plain, at once', async () => {
    const { highlightWhenIdle, highlightedNow } = await load();
    const got: HighlightNode[][] = [];
    highlightWhenIdle('+++', 'brainfudge', (nodes) => got.push(nodes));
    expect(got).toEqual([['+++']]);
    expect(highlightedNow('+++', 'brainfudge')).toEqual(['+++']);
    expect(idle).toHaveLength(0);
  });

  it("compiles a streaming fence's language once, in an idle moment", async () => {
    const { warmHighlighter } = await load();
    warmHighlighter('go');
    warmHighlighter('golang');
    warmHighlighter('brainfudge');
    expect(idle).toHaveLength(1);
    const { default: hljs } = await import('highlight.js/lib/core');
    const compile = vi.spyOn(hljs, 'highlight');
    runIdle();
    expect(compile).toHaveBeenCalledTimes(1);
    expect(compile.mock.calls[0]?.[1]).toMatchObject({ language: 'go' });
  });
});
