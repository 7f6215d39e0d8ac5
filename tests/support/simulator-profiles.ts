// One ready profile per provider path, pointed at a running cloud simulator: for tests and the
// harness. Bedrock appears twice (access keys, Bedrock API key). The first six speak Chat
// Completions (and ConverseStream) on the models of 2024; the last three ask GPT-5.5 through the
// Responses API on OpenAI, Azure's v1 API and Bedrock's Mantle endpoint, as new profiles do.
import type { CloudSimulator } from '../simulator/cloud-simulator';
import type { ProviderCredentials } from '../../electron/main/providers/provider';
import type { ProviderProfile } from '../../shared/providers';

export interface SimulatorProfile {
  profile: ProviderProfile;
  credentials: ProviderCredentials;
  model: string;
}

export function simulatorProfiles(sim: CloudSimulator): SimulatorProfile[] {
  const keys = sim.credentials;
  return [
    {
      profile: {
        kind: 'openai',
        api: 'chat-completions',
        id: 'sim-openai',
        name: 'OpenAI (simulator)',
        endpoint: sim.endpoints.openai,
      },
      credentials: { apiKey: keys.openaiKey },
      model: 'gpt-4o',
    },
    {
      profile: {
        kind: 'azure-openai',
        api: 'chat-completions',
        id: 'sim-azure',
        name: 'Azure OpenAI (simulator)',
        resourceEndpoint: sim.endpoints['azure-openai'],
        deployments: ['gpt-4o-prod', 'gpt-4o-mini-dev'],
        apiVersion: '2024-10-21',
      },
      credentials: { apiKey: keys.azureKey },
      model: 'gpt-4o-prod',
    },
    {
      profile: {
        kind: 'bedrock',
        id: 'sim-bedrock-keys',
        name: 'Bedrock access keys (simulator)',
        region: 'us-east-1',
        authMode: 'access-key',
        endpoint: sim.endpoints.bedrock,
      },
      credentials: { accessKeyId: keys.awsAccessKeyId, secretAccessKey: keys.awsSecretAccessKey },
      model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    },
    {
      profile: {
        kind: 'bedrock',
        id: 'sim-bedrock-api-key',
        name: 'Bedrock API key (simulator)',
        region: 'us-east-1',
        authMode: 'api-key',
        endpoint: sim.endpoints.bedrock,
      },
      credentials: { apiKey: keys.bedrockApiKey },
      model: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
    },
    {
      profile: {
        kind: 'openai-on-bedrock',
        api: 'chat-completions',
        id: 'sim-openai-on-bedrock',
        name: 'OpenAI on Bedrock (simulator)',
        region: 'us-west-2',
        authMode: 'api-key',
        endpoint: sim.endpoints['openai-on-bedrock'],
      },
      credentials: { apiKey: keys.bedrockApiKey },
      model: 'openai.gpt-oss-120b',
    },
    {
      profile: {
        kind: 'openai-compatible',
        api: 'chat-completions',
        id: 'sim-compatible',
        name: 'Local server (simulator)',
        baseUrl: sim.endpoints['openai-compatible'],
        requiresKey: false,
      },
      credentials: {},
      model: 'llama3.1:8b',
    },
    {
      profile: {
        kind: 'openai',
        api: 'responses',
        id: 'sim-openai-gpt5',
        name: 'OpenAI GPT-5 (simulator)',
        endpoint: sim.endpoints.openai,
      },
      credentials: { apiKey: keys.openaiKey },
      model: 'gpt-5.5',
    },
    {
      profile: {
        kind: 'azure-openai',
        api: 'responses',
        id: 'sim-azure-v1',
        name: 'Azure OpenAI v1 (simulator)',
        resourceEndpoint: sim.endpoints['azure-openai'],
        deployments: ['gpt-5.5'],
        apiVersion: 'v1',
      },
      credentials: { apiKey: keys.azureKey },
      model: 'gpt-5.5',
    },
    {
      profile: {
        kind: 'openai-on-bedrock',
        api: 'responses',
        id: 'sim-mantle-gpt5',
        name: 'OpenAI on Bedrock GPT-5 (simulator)',
        region: 'us-east-2',
        authMode: 'api-key',
        endpoint: sim.endpoints['openai-on-bedrock'],
      },
      credentials: { apiKey: keys.bedrockApiKey },
      model: 'openai.gpt-5.5',
    },
  ];
}
