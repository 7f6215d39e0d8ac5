// List prices shipped with the app, USD per 1M tokens (standard / on-demand, no batch or cache
// discounts). Each row names its source page and the date it was read; users can override any
// row in Settings when their contract or the list price differs.
import type { PriceRow } from './price-row';

const OPENAI = 'OpenAI API pricing page';
const AZURE = 'Azure OpenAI Service pricing page (Global deployment)';
const BEDROCK = 'Amazon Bedrock pricing page (on-demand, us-east-1)';

const openAiModels: [model: string, input: number, output: number, date: string][] = [
  ['gpt-4o', 2.5, 10, '2025-06-01'],
  ['gpt-4o-mini', 0.15, 0.6, '2025-06-01'],
  ['gpt-4.1', 2, 8, '2025-06-01'],
  ['gpt-4.1-mini', 0.4, 1.6, '2025-06-01'],
  ['gpt-4.1-nano', 0.1, 0.4, '2025-06-01'],
  ['o3', 2, 8, '2025-06-10'],
  ['o3-mini', 1.1, 4.4, '2025-06-01'],
  ['o4-mini', 1.1, 4.4, '2025-06-01'],
  ['gpt-4-turbo', 10, 30, '2025-06-01'],
  ['gpt-3.5-turbo', 0.5, 1.5, '2025-06-01'],
];

const azureModels: [model: string, input: number, output: number, date: string][] = [
  ['gpt-4o', 2.5, 10, '2025-06-01'],
  ['gpt-4o-mini', 0.15, 0.6, '2025-06-01'],
  ['gpt-4.1', 2, 8, '2025-06-01'],
  ['gpt-4.1-mini', 0.4, 1.6, '2025-06-01'],
  ['gpt-4.1-nano', 0.1, 0.4, '2025-06-01'],
  ['o4-mini', 1.1, 4.4, '2025-06-01'],
];

const bedrockModels: [model: string, input: number, output: number, date: string][] = [
  ['anthropic.claude-3-5-sonnet', 3, 15, '2025-06-01'],
  ['anthropic.claude-3-7-sonnet', 3, 15, '2025-06-01'],
  ['anthropic.claude-sonnet-4', 3, 15, '2025-06-01'],
  ['anthropic.claude-opus-4', 15, 75, '2025-06-01'],
  ['anthropic.claude-3-5-haiku', 0.8, 4, '2025-06-01'],
  ['anthropic.claude-3-haiku', 0.25, 1.25, '2025-06-01'],
  ['meta.llama3-1-70b-instruct', 0.72, 0.72, '2025-06-01'],
  ['meta.llama3-1-8b-instruct', 0.22, 0.22, '2025-06-01'],
  ['mistral.mistral-large-2407', 2, 6, '2025-06-01'],
  ['amazon.nova-pro', 0.8, 3.2, '2025-06-01'],
  ['amazon.nova-lite', 0.06, 0.24, '2025-06-01'],
  ['amazon.nova-micro', 0.035, 0.14, '2025-06-01'],
  ['openai.gpt-oss-120b', 0.15, 0.6, '2025-08-15'],
  ['openai.gpt-oss-20b', 0.07, 0.3, '2025-08-15'],
];

const rows = (
  kind: PriceRow['kind'],
  source: string,
  models: [string, number, number, string][],
): PriceRow[] =>
  models.map(([model, inputPerMillion, outputPerMillion, date]) => ({
    kind,
    model,
    inputPerMillion,
    outputPerMillion,
    source,
    date,
  }));

export const PRICE_TABLE: readonly PriceRow[] = [
  ...rows('openai', OPENAI, openAiModels),
  ...rows('azure-openai', AZURE, azureModels),
  ...rows('bedrock', BEDROCK, bedrockModels),
  // Bedrock's OpenAI-compatible API bills the same models at Bedrock's prices.
  ...rows(
    'openai-on-bedrock',
    BEDROCK,
    bedrockModels.filter(([model]) => model.startsWith('openai.')),
  ),
  // OpenAI-compatible servers are often local and free; users add a row when theirs is not.
];
