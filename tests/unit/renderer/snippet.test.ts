import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../renderer/src/lib/snippet';

describe('parseSnippet', () => {
  it('splits marked matches from plain text', () => {
    expect(parseSnippet('…the \u0002Bedrock\u0003 answer was \u0002fast\u0003')).toEqual([
      { text: '…the ', marked: false },
      { text: 'Bedrock', marked: true },
      { text: ' answer was ', marked: false },
      { text: 'fast', marked: true },
    ]);
  });

  it('keeps HTML-looking text as plain text', () => {
    expect(parseSnippet('<b>\u0002x\u0003</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
