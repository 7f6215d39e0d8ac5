// What each simulated cloud offers and which exact version it reports for an alias, as the real
// clouds do (ask for `gpt-4o`, get `gpt-4o-2024-08-06`).

const OPENAI_VERSIONS: Record<string, string> = {
  'gpt-4o': 'gpt-4o-2024-08-06',
  'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
  'gpt-4.1': 'gpt-4.1-2025-04-14',
  'gpt-4.1-mini': 'gpt-4.1-mini-2025-04-14',
  'o4-mini': 'o4-mini-2025-04-16',
  'gpt-5.4': 'gpt-5.4-2026-03-05',
  'gpt-5.5': 'gpt-5.5-2026-04-23',
};

export const OPENAI_MODELS = Object.keys(OPENAI_VERSIONS);

export const MANTLE_MODELS = [
  'openai.gpt-5.5',
  'openai.gpt-5.4',
  'openai.gpt-oss-120b',
  'openai.gpt-oss-20b',
];

/** Mantle serves the GPT-5.x models only through the Responses API. */
export function mantleNeedsResponses(model: string): boolean {
  return /^openai\.gpt-5/.test(model);
}

export const COMPATIBLE_MODELS = ['llama3.1:8b', 'qwen2.5:7b'];

/** The base model an Azure deployment name suggests (deployments have user-chosen names). */
export function baseOpenAiModel(asked: string): string | undefined {
  const byLength = Object.keys(OPENAI_VERSIONS).sort((a, b) => b.length - a.length);
  return byLength.find((key) => asked.includes(key));
}

/** The id an OpenAI-protocol server reports for the model (or Azure deployment) asked for. */
export function reportedOpenAiModel(asked: string): string {
  const exact = OPENAI_VERSIONS[asked];
  if (exact) return exact;
  const alias = baseOpenAiModel(asked);
  return alias ? (OPENAI_VERSIONS[alias] ?? asked) : asked;
}

export interface BedrockFoundationModel {
  modelId: string;
  modelName: string;
  providerName: string;
  /** ON_DEMAND models can be called by id; INFERENCE_PROFILE-only ones need a profile id. */
  inferenceTypes: ('ON_DEMAND' | 'INFERENCE_PROFILE')[];
  output: 'TEXT' | 'IMAGE' | 'EMBEDDING';
}

export const BEDROCK_FOUNDATION_MODELS: BedrockFoundationModel[] = [
  {
    modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    modelName: 'Claude 3.5 Sonnet',
    providerName: 'Anthropic',
    inferenceTypes: ['ON_DEMAND'],
    output: 'TEXT',
  },
  {
    modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    modelName: 'Claude 3.7 Sonnet',
    providerName: 'Anthropic',
    inferenceTypes: ['INFERENCE_PROFILE'],
    output: 'TEXT',
  },
  {
    modelId: 'meta.llama3-1-70b-instruct-v1:0',
    modelName: 'Llama 3.1 70B Instruct',
    providerName: 'Meta',
    inferenceTypes: ['ON_DEMAND'],
    output: 'TEXT',
  },
  {
    modelId: 'mistral.mistral-large-2407-v1:0',
    modelName: 'Mistral Large (24.07)',
    providerName: 'Mistral AI',
    inferenceTypes: ['ON_DEMAND'],
    output: 'TEXT',
  },
  {
    modelId: 'amazon.nova-pro-v1:0',
    modelName: 'Nova Pro',
    providerName: 'Amazon',
    inferenceTypes: ['ON_DEMAND', 'INFERENCE_PROFILE'],
    output: 'TEXT',
  },
  {
    modelId: 'openai.gpt-oss-120b-1:0',
    modelName: 'gpt-oss-120b',
    providerName: 'OpenAI',
    inferenceTypes: ['ON_DEMAND'],
    output: 'TEXT',
  },
  {
    modelId: 'amazon.titan-embed-text-v2:0',
    modelName: 'Titan Text Embeddings V2',
    providerName: 'Amazon',
    inferenceTypes: ['ON_DEMAND'],
    output: 'EMBEDDING',
  },
  {
    modelId: 'stability.sd3-5-large-v1:0',
    modelName: 'Stable Diffusion 3.5 Large',
    providerName: 'Stability AI',
    inferenceTypes: ['ON_DEMAND'],
    output: 'IMAGE',
  },
];

export interface BedrockInferenceProfile {
  id: string;
  name: string;
  modelId: string;
  regions: string[];
}

export const BEDROCK_INFERENCE_PROFILES: BedrockInferenceProfile[] = [
  {
    id: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
    name: 'US Anthropic Claude 3.7 Sonnet',
    modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    regions: ['us-east-1', 'us-east-2', 'us-west-2'],
  },
  {
    id: 'us.amazon.nova-pro-v1:0',
    name: 'US Nova Pro',
    modelId: 'amazon.nova-pro-v1:0',
    regions: ['us-east-1', 'us-east-2', 'us-west-2'],
  },
  {
    id: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    name: 'EU Anthropic Claude 3.7 Sonnet',
    modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    regions: ['eu-central-1', 'eu-west-1', 'eu-west-3'],
  },
];
