import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/main/history/search-query';

describe('toFtsQuery', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('rust  borrow checker')).toBe('"rust" "borrow" "checker"*');
  });

  it('escapes double quotes and keeps FTS operators as plain text', () => {
    expect(toFtsQuery('say "hi" AND(')).toBe('"say" """hi""" "AND("*');
    expect(toFtsQuery('NEAR col:umn -xyz')).toBe('"NEAR" "col:umn" "-xyz"*');
  });

  it('drops words that hold no letter or digit, and gives up when none are left', () => {
    expect(toFtsQuery('" * ( hello')).toBe('"hello"*');
    expect(toFtsQuery('" ( ) *')).toBeUndefined();
    expect(toFtsQuery('   ')).toBeUndefined();
  });

  it('keeps letters from any script', () => {
    expect(toFtsQuery('café 東京都')).toBe('"café" "東京都"*');
  });

  it('matches a last word shorter than three letters whole, not as a prefix', () => {
    expect(toFtsQuery('large ka')).toBe('"large" "ka"');
    expect(toFtsQuery('AI')).toBe('"AI"');
  });
});
