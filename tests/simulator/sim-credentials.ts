// The keys the simulator accepts. They are fake and only valid against the simulator.
export interface SimCredentials {
  openaiKey: string;
  azureKey: string;
  compatibleKey: string;
  /** A Bedrock API key (sent as a bearer token to the runtime and to the Mantle route). */
  bedrockApiKey: string;
  awsAccessKeyId: string;
  awsSecretAccessKey: string;
}

export const SIM_CREDENTIALS: SimCredentials = {
  openaiKey: 'sk-sim-openai-4f1c9a7e2b6d8053',
  azureKey: 'sim-azure-key-0b7e4d92c1a36f58',
  compatibleKey: 'sim-compatible-key-93e1d0a5',
  bedrockApiKey: 'ABSKc2ltLWJlZHJvY2stYXBpLWtleQ6f2e',
  awsAccessKeyId: 'AKIASIMULATOR7EXAMPL',
  awsSecretAccessKey: 'simSecretKey/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

/** Every secret value, so recorded requests and error messages can be checked for leaks. */
export function allSecrets(credentials: SimCredentials): string[] {
  return Object.values(credentials);
}
