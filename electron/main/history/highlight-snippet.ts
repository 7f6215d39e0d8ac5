// A search hit's snippet, cut from its text in JS: the words of the query marked with
// \u0002 … \u0003, in the stretch of about 16 words that holds most of them. FTS5's own
// snippet() needs a second full-text match of the query per search, which for a short prefix
// ("bora*", every word starting so) costs more than ranking itself; the text is at hand.
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';
import type { QueryWord } from './search-query';

export interface SnippetTerm {
  /** Folded as the index folds it (lower case, no diacritics). */
  text: string;
  /** The last word typed matches as a prefix, as in the query. */
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SNIPPET_WORDS = 16;
/** Words shown before the first marked one, so it reads in context. */
const LEAD_WORDS = 3;

/** As unicode61 with remove_diacritics 2 folds a token: lower case, combining marks dropped. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The terms of the words a search matched (queryWords), folded as the index folds them. */
export function snippetTerms(words: readonly QueryWord[]): SnippetTerm[] {
  return words.flatMap(({ word, prefix }) => {
    const tokens = word.match(WORD) ?? [];
    return tokens.map((token, i) => ({
      text: foldWord(token),
      prefix: prefix && i === tokens.length - 1,
    }));
  });
}

export function highlightSnippet(body: string, terms: readonly SnippetTerm[]): string {
  const words = [...body.matchAll(WORD)].map((match) => {
    const folded = foldWord(match[0]);
    const term = terms.findIndex((t) => (t.prefix ? folded.startsWith(t.text) : folded === t.text));
    return { start: match.index, end: match.index + match[0].length, term };
  });
  if (words.length === 0) return body.slice(0, 200);
  // The window with the most distinct terms, the earliest of equals.
  let best = 0;
  let bestScore = -1;
  words.forEach((word, index) => {
    if (word.term < 0) return;
    // A window near the end starts earlier, so it is full.
    const from = Math.max(0, Math.min(index - LEAD_WORDS, words.length - SNIPPET_WORDS));
    const seen = new Set<number>();
    for (const w of words.slice(from, from + SNIPPET_WORDS)) if (w.term >= 0) seen.add(w.term);
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = from;
    }
  });
  const shown = words.slice(best, best + SNIPPET_WORDS);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return '';
  let out = best > 0 ? '…' : '';
  let at = first.start;
  for (const word of shown) {
    if (word.term < 0) continue;
    out += `${body.slice(at, word.start)}${SNIPPET_MARK_START}${body.slice(word.start, word.end)}${SNIPPET_MARK_END}`;
    at = word.end;
  }
  // The last word's sentence ends in its punctuation, as the text does.
  const toEnd = best + SNIPPET_WORDS >= words.length;
  out += toEnd ? body.slice(at).trimEnd() : body.slice(at, last.end);
  return toEnd ? out : `${out}…`;
}
