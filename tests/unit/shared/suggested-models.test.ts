// Models offered before the cloud is asked: only those served in the profile's region.
import { describe, expect, it } from 'vitest';
import { suggestedModelsFor } from '../../../shared/providers';
import { defaultModelFor, offeredModels } from '../../../renderer/src/lib/profile-info';
import { emptyDraft } from '../../../renderer/src/components/settings/profile-draft';

describe('suggested models', () => {
  it('offers GPT-5.x on Bedrock only in the regions that serve it', () => {
    const ids = (region: string) =>
      suggestedModelsFor('openai-on-bedrock', region).map((m) => m.id);
    expect(ids('us-east-2')).toEqual([
      'openai.gpt-5.5',
      'openai.gpt-5.4',
      'openai.gpt-oss-120b',
      'openai.gpt-oss-20b',
    ]);
    expect(ids('us-west-2')).toEqual([
      'openai.gpt-5.4',
      'openai.gpt-oss-120b',
      'openai.gpt-oss-20b',
    ]);
    expect(ids('eu-central-1')).toEqual(['openai.gpt-oss-120b', 'openai.gpt-oss-20b']);
  });

  it('gives a pane on a profile the first model its region serves', () => {
    const mantle = {
      kind: 'openai-on-bedrock' as const,
      api: 'responses' as const,
      id: 'm',
      name: 'Mantle',
      region: 'us-west-2',
      authMode: 'api-key' as const,
    };
    expect(defaultModelFor(mantle)).toBe('openai.gpt-5.4');
    expect(offeredModels(mantle, undefined)).not.toContain('openai.gpt-5.5');
  });

  it('starts a new OpenAI-on-Bedrock profile where GPT-5.5 is served, on the Responses API', () => {
    const draft = emptyDraft('openai-on-bedrock');
    expect([draft.region, draft.defaultModel, draft.api]).toEqual([
      'us-east-2',
      'openai.gpt-5.5',
      'responses',
    ]);
    expect(emptyDraft('openai').defaultModel).toBe('gpt-5.5');
  });
});
