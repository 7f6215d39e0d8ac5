// What a provider profile implies for a pane: the cloud's name, the region, the models to offer.
import {
  PROVIDER_LABELS,
  profileRegion,
  suggestedModelsFor,
  type ModelInfo,
  type ProviderProfile,
} from '../../../shared/providers';

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** The region (or place) a profile's requests go to, in words for the pane header. */
export function regionOf(profile: ProviderProfile): string {
  switch (profile.kind) {
    case 'bedrock':
    case 'openai-on-bedrock':
      return profile.region;
    case 'azure-openai': {
      // The resource name (first label of its host) is what Azure users recognise.
      const host = hostOf(profile.resourceEndpoint);
      if (!host) return 'Azure resource';
      return /^[\d.:[\]]+$|^localhost\b/.test(host) ? host : (host.split('.')[0] ?? host);
    }
    case 'openai':
      return profile.endpoint ? (hostOf(profile.endpoint) ?? 'custom endpoint') : 'global';
    case 'openai-compatible':
      return hostOf(profile.baseUrl) ?? 'custom server';
  }
}

export function providerLabel(profile: ProviderProfile): string {
  return PROVIDER_LABELS[profile.kind];
}

/** Models to offer before (or without) asking the cloud, most likely first. */
export function offeredModels(profile: ProviderProfile, listed: ModelInfo[] | undefined): string[] {
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  add(profile.defaultModel);
  if (profile.kind === 'azure-openai') profile.deployments.forEach(add);
  for (const model of listed ?? []) add(model.id);
  for (const model of suggestedModelsFor(profile.kind, profileRegion(profile))) add(model.id);
  return ids;
}

export function defaultModelFor(profile: ProviderProfile, listed?: ModelInfo[]): string {
  return offeredModels(profile, listed)[0] ?? '';
}
