// Which model families each cloud sells, under which id, and where: the data behind "compare a
// model across my clouds" and the quick presets. Dated, with its sources, because clouds add and
// retire models every month; the live model lists of the user's profiles are merged on top of it
// (catalog-match.ts), so a model a cloud lists today is offered even before this file knows it.
import type { ProviderKind } from './providers';

export interface CatalogOffer {
  kind: ProviderKind;
  /** The id to ask for: a model id, an inference profile, or (Azure) a deployment's base model. */
  id: string;
  /** The regions that serve it, where the cloud offers it in some regions only; absent: unknown. */
  regions?: readonly string[];
}

export interface CatalogFamily {
  /** The family name (shared/model-family.ts) every offer's id reduces to. */
  family: string;
  label: string;
  vendor: string;
  offers: readonly CatalogOffer[];
}

export const MODEL_CATALOG_DATE = '2026-11-28';
export const MODEL_CATALOG_SOURCES = [
  'OpenAI API models page',
  'Azure OpenAI in Azure AI Foundry: models and regions',
  'Amazon Bedrock user guide: supported models, inference profiles, and OpenAI models (bedrock-mantle)',
] as const;

const claude = (base: string, profiles: readonly string[]): CatalogOffer[] =>
  profiles.map((prefix) => ({ kind: 'bedrock', id: `${prefix}anthropic.${base}` }));

export const MODEL_CATALOG: readonly CatalogFamily[] = [
  {
    family: 'gpt-5.5',
    label: 'GPT-5.5',
    vendor: 'OpenAI',
    offers: [
      { kind: 'openai', id: 'gpt-5.5' },
      { kind: 'azure-openai', id: 'gpt-5.5' },
      { kind: 'openai-on-bedrock', id: 'openai.gpt-5.5', regions: ['us-east-2'] },
    ],
  },
  {
    family: 'gpt-5.4',
    label: 'GPT-5.4',
    vendor: 'OpenAI',
    offers: [
      { kind: 'openai', id: 'gpt-5.4' },
      { kind: 'azure-openai', id: 'gpt-5.4' },
      { kind: 'openai-on-bedrock', id: 'openai.gpt-5.4', regions: ['us-east-2', 'us-west-2'] },
    ],
  },
  {
    family: 'gpt-4.1',
    label: 'GPT-4.1',
    vendor: 'OpenAI',
    offers: [
      { kind: 'openai', id: 'gpt-4.1' },
      { kind: 'azure-openai', id: 'gpt-4.1' },
    ],
  },
  {
    family: 'gpt-4o',
    label: 'GPT-4o',
    vendor: 'OpenAI',
    offers: [
      { kind: 'openai', id: 'gpt-4o' },
      { kind: 'azure-openai', id: 'gpt-4o' },
    ],
  },
  {
    family: 'gpt-oss-120b',
    label: 'gpt-oss-120b',
    vendor: 'OpenAI (open weights)',
    offers: [
      { kind: 'bedrock', id: 'openai.gpt-oss-120b-1:0' },
      { kind: 'openai-on-bedrock', id: 'openai.gpt-oss-120b' },
      { kind: 'openai-compatible', id: 'gpt-oss:120b' },
    ],
  },
  {
    family: 'gpt-oss-20b',
    label: 'gpt-oss-20b',
    vendor: 'OpenAI (open weights)',
    offers: [
      { kind: 'bedrock', id: 'openai.gpt-oss-20b-1:0' },
      { kind: 'openai-on-bedrock', id: 'openai.gpt-oss-20b' },
      { kind: 'openai-compatible', id: 'gpt-oss:20b' },
    ],
  },
  {
    family: 'claude-opus-4-5',
    label: 'Claude Opus 4.5',
    vendor: 'Anthropic',
    offers: claude('claude-opus-4-5-20251101-v1:0', ['global.', 'us.', 'eu.']),
  },
  {
    family: 'claude-sonnet-4-5',
    label: 'Claude Sonnet 4.5',
    vendor: 'Anthropic',
    offers: claude('claude-sonnet-4-5-20250929-v1:0', ['global.', 'us.', 'eu.', 'jp.', 'au.']),
  },
  {
    family: 'claude-3-7-sonnet',
    label: 'Claude 3.7 Sonnet',
    vendor: 'Anthropic',
    offers: claude('claude-3-7-sonnet-20250219-v1:0', ['us.', 'eu.']),
  },
  {
    family: 'llama3-1-70b-instruct',
    label: 'Llama 3.1 70B Instruct',
    vendor: 'Meta',
    offers: [
      { kind: 'bedrock', id: 'meta.llama3-1-70b-instruct-v1:0', regions: ['us-west-2'] },
      { kind: 'bedrock', id: 'us.meta.llama3-1-70b-instruct-v1:0' },
      { kind: 'openai-compatible', id: 'llama3.1:70b' },
    ],
  },
  {
    family: 'nova-pro',
    label: 'Amazon Nova Pro',
    vendor: 'Amazon',
    offers: [
      { kind: 'bedrock', id: 'amazon.nova-pro-v1:0', regions: ['us-east-1'] },
      { kind: 'bedrock', id: 'us.amazon.nova-pro-v1:0' },
      { kind: 'bedrock', id: 'eu.amazon.nova-pro-v1:0' },
    ],
  },
];
