// Quick presets, built from the profiles the user actually has: one per model family their clouds
// serve ("compare a model across my clouds", from the model catalog merged with live model lists),
// and each provider's default model. Named for what they hold, and saying who is left out.
import type { Answer } from '../../../shared/answer';
import { familiesOnMyClouds, type LiveModels } from '../../../shared/catalog-match';
import type { ModelInfo, ProviderProfile } from '../../../shared/providers';
import { defaultModelFor } from './profile-info';

export interface PresetPane {
  profileId: string;
  model: string;
}

export interface Preset {
  id: string;
  label: string;
  /** `family`: one model across the user's clouds; `defaults`: each provider's default model. */
  group: 'family' | 'defaults';
  panes: PresetPane[];
  /** Shown when the preset is applied: the clouds left out, and why. */
  note?: string;
}

const MAX_PANES = 4;

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Azure deployment → the model its server reported, from the answers the app has seen; an answer
 * belongs to the Azure profile of its name that has that deployment.
 */
export function servedByDeploymentOf(
  answers: Iterable<Pick<Answer, 'providerKind' | 'providerName' | 'model' | 'providerModelId'>>,
  profiles: readonly ProviderProfile[],
): NonNullable<LiveModels['servedByDeployment']> {
  const served: Record<string, Record<string, string>> = {};
  for (const answer of answers) {
    const { model, providerModelId } = answer;
    if (answer.providerKind !== 'azure-openai' || !model || !providerModelId) continue;
    for (const profile of profiles) {
      if (profile.kind !== 'azure-openai' || !profile.deployments.includes(model)) continue;
      if (answer.providerName !== undefined && answer.providerName !== profile.name) continue;
      (served[profile.id] ??= {})[model] = providerModelId;
    }
  }
  return served;
}

export function buildPresets(
  profiles: ProviderProfile[],
  models: Record<string, ModelInfo[]>,
  servedByDeployment: LiveModels['servedByDeployment'] = {},
): Preset[] {
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const presets: Preset[] = familiesOnMyClouds(profiles, {
    listed: models,
    servedByDeployment,
  }).map(({ family, panes, missing }) => {
    const shown = panes.slice(0, MAX_PANES);
    const clouds = shown.map((pane) => names.get(pane.profileId) ?? pane.profileId);
    const notes = [
      ...(panes.length > MAX_PANES
        ? [`Only the first ${MAX_PANES} of ${panes.length} clouds that serve ${family.label} fit.`]
        : []),
      ...(missing.length > 0
        ? [
            `Not offered for ${family.label}: ${missing.map((m) => `${m.profileName} (${m.reason})`).join('; ')}.`,
          ]
        : []),
    ];
    return {
      id: `family:${family.family}`,
      label: `${family.label} on ${listed(clouds)}`,
      group: 'family' as const,
      panes: shown,
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    };
  });
  const defaults = profiles
    .map((profile) => ({
      profileId: profile.id,
      model: defaultModelFor(profile, models[profile.id]),
    }))
    .filter((pane) => pane.model !== '');
  if (defaults.length >= 2) {
    presets.push({
      id: 'each-cloud',
      label:
        defaults.length > MAX_PANES
          ? `Default model of the first ${MAX_PANES} of ${defaults.length} providers`
          : 'Each provider’s default model',
      group: 'defaults',
      panes: defaults.slice(0, MAX_PANES),
    });
  }
  return presets;
}
