import { describe, expect, it } from 'vitest';
import { titleFromPrompt } from '../../../electron/main/history/turn-recorder';

describe('titleFromPrompt', () => {
  it('uses the first non-empty line with spaces collapsed', () => {
    expect(titleFromPrompt('\n   Why is   the sky blue?\nExplain.')).toBe('Why is the sky blue?');
  });

  it('shortens long prompts with an ellipsis', () => {
    const title = titleFromPrompt('word '.repeat(50));
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
  });

  it('falls back to a neutral title for a prompt of only spaces', () => {
    expect(titleFromPrompt(' \n\t ')).toBe('New conversation');
  });
});
