import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../../renderer/src/markdown/highlight';
import {
  cachedHighlight,
  highlightNow,
  highlightWhenIdle,
} from '../../../renderer/src/markdown/highlight-queue';

describe('highlighting off the streaming path', () => {
  it('highlights later, then serves the result from the cache', async () => {
    const code = 'const queued: number = 1;';
    expect(cachedHighlight(code, 'ts')).toBeUndefined();
    await new Promise<void>((resolve) => highlightWhenIdle(code, 'ts', resolve));
    expect(cachedHighlight(code, 'ts')).toEqual(highlightCode(code, 'ts'));
  });

  it('highlights a block once, however often it mounts', () => {
    const code = 'let once = true;';
    const first = highlightNow(code, 'js');
    expect(highlightNow(code, 'js')).toBe(first);
    expect(highlightNow(code, 'ts')).not.toBe(first);
  });

  it('drops a cancelled job without calling back', async () => {
    let called = false;
    const cancel = highlightWhenIdle('let cancelled = 1;', 'js', () => (called = true));
    cancel();
    await new Promise<void>((resolve) => highlightWhenIdle('let after = 2;', 'js', resolve));
    expect(called).toBe(false);
    expect(cachedHighlight('let cancelled = 1;', 'js')).toBeUndefined();
  });
});
