// Turns what a person typed into a safe FTS5 query. Every word becomes a quoted string, so FTS
// syntax (`"`, `AND(`, `NEAR`, `*`, `:`, `-`) is matched as text instead of raising a syntax
// error, and the last word matches as a prefix so results appear while typing.
const MAX_WORDS = 32;
// Shorter prefixes ("ka*") match a large share of all words and are too slow to rank per
// keystroke; such a word matches whole until a third letter is typed.
const MIN_PREFIX_LENGTH = 3;

/** A word of what a person typed, as it is matched: whole, or (the last word) as a prefix. */
export interface QueryWord {
  word: string;
  prefix: boolean;
}

/** The words that are matched, in order; none when nothing typed has a letter or digit. */
export function queryWords(text: string): QueryWord[] {
  const words = text
    .split(/\s+/)
    // A word with no letter or digit yields no token; as a phrase it would match nothing.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_WORDS);
  return words.map((word, index) => ({
    word,
    prefix: index === words.length - 1 && [...word].length >= MIN_PREFIX_LENGTH,
  }));
}

export function toFtsQuery(text: string): string | undefined {
  const words = queryWords(text);
  if (words.length === 0) return undefined;
  return words
    .map(({ word, prefix }) => `"${word.replaceAll('"', '""')}"${prefix ? '*' : ''}`)
    .join(' ');
}
