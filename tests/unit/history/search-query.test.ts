import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/main/history/search-query';

describe('toFtsQuery', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('rust  borrow checker')).toBe('"rust" "borrow" "checker"*');
  });

  it('escapes double quotes and keeps FTS operators as plain text', () => {
    expect(toFtsQuery('say "hi" AND(')).toBe('"say" """hi""" "AND("*');
    expect(toFtsQuery('NEAR col:umn -x')).toBe('"NEAR" "col:umn" "-x"*');
  });

  it('drops words that hold no letter or digit, and gives up when none are left', () => {
    expect(toFtsQuery('" * ( hello')).toBe('"hello"*');
    expect(toFtsQuery('" ( ) *')).toBeUndefined();
    expect(toFtsQuery('   ')).toBeUndefined();
  });

  it('keeps letters from any script', () => {
    expect(toFtsQuery('café 東京')).toBe('"café" "東京"*');
  });
});
