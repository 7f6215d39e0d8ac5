import { describe, expect, it } from 'vitest';
import { modelFamily } from '../../../shared/model-family';

describe('model families', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['gpt-4o', 'gpt-4o'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['gpt-5.5-2026-04-23', 'gpt-5.5'],
    ['openai.gpt-5.5', 'gpt-5.5'],
    ['openai.gpt-oss-120b-1:0', 'gpt-oss-120b'],
    ['openai.gpt-oss-120b', 'gpt-oss-120b'],
    ['us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'claude-3-7-sonnet'],
    ['global.anthropic.claude-opus-4-5-20251101-v1:0', 'claude-opus-4-5'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'claude-3-5-sonnet'],
    ['meta.llama3-1-70b-instruct-v1:0', 'llama3-1-70b-instruct'],
    ['amazon.nova-pro-v1:0', 'nova-pro'],
    [
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'claude-3-7-sonnet',
    ],
    ['  GPT-4.1 ', 'gpt-4.1'],
    ['gpt-oss:120b', 'gpt-oss-120b'],
    ['gpt-oss:latest', 'gpt-oss'],
    ['my-fine-tune', 'my-fine-tune'],
  ])('%s is %s', (id, family) => {
    expect(modelFamily(id)).toBe(family);
  });

  it('keeps sizes and variants apart', () => {
    expect(modelFamily('o3-pro')).not.toBe(modelFamily('o3'));
    expect(modelFamily('openai.gpt-oss-20b-1:0')).not.toBe(modelFamily('openai.gpt-oss-120b-1:0'));
  });
});
