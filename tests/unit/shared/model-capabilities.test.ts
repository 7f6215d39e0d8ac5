import { describe, expect, it } from 'vitest';
import {
  claudeThinkingBudget,
  modelCapabilities,
  refusedSettings,
  settingsTheModelTakes,
} from '../../../shared/model-capabilities';

describe('modelCapabilities', () => {
  it('gives GPT-4-class models a temperature and no reasoning effort', () => {
    const caps = modelCapabilities({ kind: 'openai', api: 'chat-completions', model: 'gpt-4o' });
    expect(caps.temperature.enabled).toBe(true);
    expect(caps.reasoningEffort).toMatchObject({
      enabled: false,
      reason: 'gpt-4o has no reasoning effort.',
    });
  });

  it('gives GPT-5.x reasoning models efforts and no temperature', () => {
    const caps = modelCapabilities({ kind: 'openai', api: 'responses', model: 'gpt-5.5' });
    expect(caps.temperature).toEqual({
      enabled: false,
      reason: 'GPT-5.x reasoning models take no temperature.',
    });
    expect(caps.reasoningEffort.values).toEqual(['none', 'low', 'medium', 'high', 'xhigh']);
    expect(caps.reasoningEffort.via).toBe('reasoning.effort');
    expect(
      modelCapabilities({ kind: 'openai', api: 'chat-completions', model: 'gpt-5.1' })
        .reasoningEffort.values,
    ).toEqual(['none', 'low', 'medium', 'high']);
    expect(
      modelCapabilities({ kind: 'openai', api: 'chat-completions', model: 'gpt-5-mini' })
        .reasoningEffort.values,
    ).toEqual(['minimal', 'low', 'medium', 'high']);
  });

  it('knows o-series models on Azure by their deployment name', () => {
    const caps = modelCapabilities({
      kind: 'azure-openai',
      api: 'chat-completions',
      model: 'o4-mini-eastus',
    });
    expect(caps.temperature.enabled).toBe(false);
    expect(caps.reasoningEffort.values).toEqual(['low', 'medium', 'high']);
    expect(caps.reasoningEffort.via).toBe('reasoning_effort');
  });

  it('leaves every control on for a model it does not know', () => {
    const caps = modelCapabilities({
      kind: 'openai-compatible',
      api: 'chat-completions',
      model: 'llama3.1:8b',
    });
    expect(caps.temperature.enabled).toBe(true);
    expect(caps.reasoningEffort.enabled).toBe(true);
    expect(caps.reasoningEffort.hint).toContain('the server will say');
  });

  it('turns an effort into a thinking budget for Claude on Bedrock, without temperature', () => {
    const model = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
    const off = modelCapabilities({ kind: 'bedrock', model });
    expect(off.reasoningEffort.via).toBe('thinking-budget');
    expect(off.reasoningEffort.hint).toContain('thinking budget');
    expect(off.temperature.enabled).toBe(true);
    const thinking = modelCapabilities({ kind: 'bedrock', model }, { reasoningEffort: 'high' });
    expect(thinking.temperature.reason).toBe(
      'Claude takes no temperature while extended thinking is on.',
    );
    expect(
      modelCapabilities({ kind: 'bedrock', model: 'anthropic.claude-sonnet-4-5-20250929-v1:0' })
        .reasoningEffort.via,
    ).toBe('thinking-budget');
    expect(claudeThinkingBudget('none')).toBeUndefined();
    expect(claudeThinkingBudget('minimal')).toBe(1024);
  });

  it('disables the effort for Claude models without a fixed thinking budget', () => {
    expect(
      modelCapabilities({ kind: 'bedrock', model: 'anthropic.claude-3-5-sonnet-20240620-v1:0' })
        .reasoningEffort,
    ).toMatchObject({
      enabled: false,
      reason: expect.stringContaining('has no extended thinking'),
    });
    expect(
      modelCapabilities({ kind: 'bedrock', model: 'global.anthropic.claude-opus-4-7' })
        .reasoningEffort.reason,
    ).toContain('adaptive thinking');
  });

  it('sends gpt-oss on Converse a reasoning_effort and other Bedrock models none', () => {
    const oss = modelCapabilities({ kind: 'bedrock', model: 'openai.gpt-oss-120b-1:0' });
    expect(oss.reasoningEffort).toMatchObject({
      enabled: true,
      via: 'reasoning_effort',
      values: ['low', 'medium', 'high'],
    });
    const llama = modelCapabilities({ kind: 'bedrock', model: 'meta.llama3-1-70b-instruct-v1:0' });
    expect(llama.reasoningEffort.enabled).toBe(false);
    expect(llama.temperature.enabled).toBe(true);
  });
});

describe('settingsTheModelTakes', () => {
  const all = { systemPrompt: 'Be brief.', temperature: 0.4, reasoningEffort: 'xhigh' as const };

  it('leaves out what a model is known to refuse, and keeps the rest', () => {
    expect(
      settingsTheModelTakes({ kind: 'openai', api: 'chat-completions', model: 'o4-mini' }, all),
    ).toEqual({ systemPrompt: 'Be brief.' });
    expect(
      settingsTheModelTakes({ kind: 'openai', api: 'responses', model: 'gpt-5.5' }, all),
    ).toEqual({ systemPrompt: 'Be brief.', reasoningEffort: 'xhigh' });
    expect(
      settingsTheModelTakes(
        { kind: 'bedrock', model: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0' },
        all,
      ),
    ).toEqual({ systemPrompt: 'Be brief.', reasoningEffort: 'xhigh' });
    expect(
      settingsTheModelTakes(
        { kind: 'openai-compatible', api: 'chat-completions', model: 'x' },
        all,
      ),
    ).toEqual(all);
  });

  it('names the refused settings for a warning', () => {
    expect(
      refusedSettings({ kind: 'azure-openai', api: 'chat-completions', model: 'gpt-4o-prod' }, all),
    ).toEqual(['reasoning effort']);
  });
});
