import { describe, expect, it } from 'vitest';
import { describeSimilarity, diffAnswers } from '../../../renderer/src/lib/answer-diff';

describe('comparing two answers word by word', () => {
  it('says when two answers are word for word the same', () => {
    const diff = diffAnswers('Paris is the capital.', 'Paris is the capital.');
    expect(diff.similarity).toBe(1);
    expect(describeSimilarity(diff)).toBe('Word for word the same (5 words)');
  });

  it('marks the words each answer has alone and gives the share in common', () => {
    const diff = diffAnswers('The capital of France is Paris.', 'The capital of France is Lyon.');
    expect(diff.changes.filter((c) => c.removed).map((c) => c.value)).toEqual(['Paris']);
    expect(diff.changes.filter((c) => c.added).map((c) => c.value)).toEqual(['Lyon']);
    // Five words and the full stop in common, of seven each.
    expect(describeSimilarity(diff)).toBe('86% the same words (6 of 7 in A, 6 of 7 in B)');
  });

  it('counts nothing in common between unrelated answers, and two empty ones as the same', () => {
    expect(diffAnswers('alpha beta', 'gamma delta').similarity).toBe(0);
    expect(diffAnswers('', '').similarity).toBe(1);
  });
});
