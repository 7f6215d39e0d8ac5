// Quick presets: the same model asked through different clouds, built from the profiles the user
// actually has, so a preset never points at a cloud that is not set up.
import type { ModelInfo, ProviderKind, ProviderProfile } from '../../../shared/providers';
import { defaultModelFor, offeredModels } from './profile-info';

export interface PresetPane {
  profileId: string;
  model: string;
}

export interface Preset {
  id: string;
  label: string;
  panes: PresetPane[];
}

const MAX_PANES = 4;

function pickModel(
  profile: ProviderProfile,
  listed: ModelInfo[] | undefined,
  matches: (id: string) => boolean,
): string | undefined {
  const candidates = offeredModels(profile, listed).filter(matches);
  // Prefer the larger variant when several sizes are offered.
  return candidates.find((id) => id.includes('120b')) ?? candidates[0];
}

function acrossClouds(
  profiles: ProviderProfile[],
  models: Record<string, ModelInfo[]>,
  kinds: ProviderKind[],
  matches: (id: string) => boolean,
): PresetPane[] {
  const panes: PresetPane[] = [];
  for (const kind of kinds) {
    for (const profile of profiles.filter((p) => p.kind === kind)) {
      const model = pickModel(profile, models[profile.id], matches);
      if (model && panes.length < MAX_PANES) panes.push({ profileId: profile.id, model });
    }
  }
  return panes;
}

export function buildPresets(
  profiles: ProviderProfile[],
  models: Record<string, ModelInfo[]>,
): Preset[] {
  const presets: Preset[] = [];
  const gptOss = acrossClouds(
    profiles,
    models,
    ['openai-compatible', 'bedrock', 'openai-on-bedrock', 'openai'],
    (id) => /gpt-oss/i.test(id),
  );
  if (gptOss.length >= 2) {
    presets.push({ id: 'gpt-oss', label: 'GPT-OSS across clouds', panes: gptOss });
  }
  const gpt4o = acrossClouds(profiles, models, ['openai', 'azure-openai'], (id) =>
    /gpt-4o(?!-mini)/i.test(id),
  );
  if (gpt4o.length >= 2 && new Set(gpt4o.map((p) => p.profileId)).size >= 2) {
    presets.push({ id: 'gpt-4o', label: 'GPT-4o on OpenAI and Azure', panes: gpt4o });
  }
  const defaults = profiles
    .slice(0, MAX_PANES)
    .map((profile) => ({
      profileId: profile.id,
      model: defaultModelFor(profile, models[profile.id]),
    }))
    .filter((pane) => pane.model !== '');
  if (defaults.length >= 2) {
    presets.push({ id: 'each-cloud', label: 'Every cloud, default model', panes: defaults });
  }
  return presets;
}
