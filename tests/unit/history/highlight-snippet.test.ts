import { describe, expect, it } from 'vitest';
import { highlightSnippet, snippetTerms } from '../../../electron/main/history/highlight-snippet';
import { queryWords } from '../../../electron/main/history/search-query';

const show = (text: string) => text.replaceAll('\u0002', '[').replaceAll('\u0003', ']');
const snippet = (body: string, typed: string) =>
  show(highlightSnippet(body, snippetTerms(queryWords(typed))));

describe('search snippets cut in JS', () => {
  it('marks the words typed, the last one as a prefix, across case and accents', () => {
    expect(snippet('Le Café serves Crème brûlée.', 'cafe creme bru')).toBe(
      'Le [Café] serves [Crème] [brûlée].',
    );
    // Only the last word is a prefix, as in the query.
    expect(snippet('cafeteria and café', 'cafe')).toBe('[cafeteria] and [café]');
    expect(snippet('cafeteria and café', 'cafe x')).toBe('cafeteria and [café]');
  });

  it('shows about sixteen words around the best stretch, with ellipses where text was cut', () => {
    const filler = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
    const body = `${filler(30, 'lorem')} the quokka smiles at the keeper ${filler(30, 'ipsum')}`;
    expect(snippet(body, 'quokka keeper')).toBe(
      '…lorem lorem the [quokka] smiles at the [keeper] ipsum ipsum ipsum ipsum ipsum ipsum ipsum ipsum…',
    );
  });

  it('prefers the stretch holding the most different words typed', () => {
    const body = `alpha ${'x '.repeat(40)}alpha beta gamma ${'y '.repeat(40)}end`;
    expect(snippet(body, 'alpha beta gamma')).toMatch(/^…x x x \[alpha\] \[beta\] \[gamma\]/);
  });

  it('splits a typed word the way the index does ("error-handling" is two words)', () => {
    expect(snippet('Good error handling matters.', 'error-handling')).toBe(
      'Good [error] [handling] matters.',
    );
  });
});
