import { describe, expect, it } from 'vitest';
import { blindLetters } from '../../../shared/blind-letters';

describe('blind letters', () => {
  const panes = ['pane-1', 'pane-2', 'pane-3', 'pane-4'];

  it('give each pane of a turn its own letter, the same every time', () => {
    const letters = blindLetters('turn-1', panes);
    expect(Object.values(letters).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(blindLetters('turn-1', [...panes].reverse())).toEqual(letters);
  });

  it('shuffle per turn, so pane 1 is not always A', () => {
    const firsts = new Set(
      Array.from({ length: 40 }, (_, i) => blindLetters(`turn-${i}`, panes)['pane-1']),
    );
    expect(firsts.size).toBeGreaterThan(2);
  });
});
