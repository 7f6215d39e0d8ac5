import { describe, expect, it } from 'vitest';
import { checkDraft, suggestBaseUrl } from '../../../renderer/src/components/settings/draft-checks';
import { emptyDraft } from '../../../renderer/src/components/settings/profile-draft';

describe('provider draft checks', () => {
  it('flags every field that needs work at once, the missing key included', () => {
    const draft = { ...emptyDraft('azure-openai'), name: '' };
    expect(Object.keys(checkDraft(draft, {}, [])).sort()).toEqual([
      'apiKey',
      'deployments',
      'name',
      'resourceEndpoint',
    ]);
  });

  it('accepts a key that is stored or typed, and a local server that needs none', () => {
    const openai = emptyDraft('openai');
    expect(checkDraft(openai, { apiKey: 'sk-typed' }, [])).toEqual({});
    expect(checkDraft(openai, {}, [{ field: 'apiKey', set: true, hint: '…abcd' }])).toEqual({});
    const local = { ...emptyDraft('openai-compatible'), baseUrl: 'http://127.0.0.1:1234/v1' };
    expect(local.requiresKey).toBe(false);
    expect(checkDraft(local, {}, [])).toEqual({});
    expect(checkDraft({ ...local, requiresKey: true }, {}, []).apiKey).toMatch(/untick/);
  });

  it('offers the full URL for a base URL typed without its scheme', () => {
    expect(suggestBaseUrl('localhost:11434')).toBe('http://localhost:11434/v1');
    expect(suggestBaseUrl('127.0.0.1:1234/v1/')).toBe('http://127.0.0.1:1234/v1');
    expect(suggestBaseUrl('llm.example.com')).toBe('https://llm.example.com/v1');
    expect(suggestBaseUrl('http://localhost:11434/v1')).toBeUndefined();
    expect(suggestBaseUrl('not a url')).toBeUndefined();
    const draft = { ...emptyDraft('openai-compatible'), baseUrl: 'localhost:11434' };
    expect(checkDraft(draft, {}, []).baseUrl).toBe(
      'Enter the full URL, such as http://localhost:11434/v1.',
    );
  });
});
