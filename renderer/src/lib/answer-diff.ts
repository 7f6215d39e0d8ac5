// Two answers word by word (jsdiff's word diff), with one similarity figure: the share of words
// the two have in common, counted over both (Dice's coefficient), so 100% means the same text.
import { diffWords, type Change } from 'diff';

export interface AnswerDiff {
  changes: Change[];
  /** Words in both answers, in the same place. */
  sameWords: number;
  wordsA: number;
  wordsB: number;
  /** 0…1. */
  similarity: number;
}

export function diffAnswers(a: string, b: string): AnswerDiff {
  const changes = diffWords(a, b);
  // Counted in jsdiff's own tokens (a word, or a punctuation mark), so the parts add up.
  let sameWords = 0;
  let wordsA = 0;
  let wordsB = 0;
  for (const change of changes) {
    const count = change.count ?? 0;
    if (!change.added) wordsA += count;
    if (!change.removed) wordsB += count;
    if (!change.added && !change.removed) sameWords += count;
  }
  const similarity = wordsA + wordsB === 0 ? 1 : (2 * sameWords) / (wordsA + wordsB);
  return { changes, sameWords, wordsA, wordsB, similarity };
}

/** "87% the same words (412 of 470 in A, 412 of 478 in B)". */
export function describeSimilarity(diff: AnswerDiff): string {
  const percent = Math.round(diff.similarity * 100);
  if (diff.wordsA === diff.wordsB && diff.sameWords === diff.wordsA) {
    return `Word for word the same (${diff.wordsA} words)`;
  }
  return `${percent}% the same words (${diff.sameWords} of ${diff.wordsA} in A, ${diff.sameWords} of ${diff.wordsB} in B)`;
}
