// The clouds a pane could fail over to: every other configured profile that serves the pane's
// model family (model catalog, live model lists, Azure deployments' served models).
import { catalogFamilyOf, familyOnMyClouds } from '../../../../shared/catalog-match';
import type { PaneFallback } from '../../../../shared/chat';
import { servedByDeploymentOf } from '../../lib/presets';
import type { AppStore } from '../../store/app-store';
import type { PaneConfig } from '../../store/slices/workspace/initial-state';
import type { FailoverCandidate } from './pane-failover-field';

export function failoverChoices(
  pane: PaneConfig,
  state: Pick<AppStore, 'providers' | 'models' | 'answers'>,
): { candidates: FailoverCandidate[]; chosen: PaneFallback[]; modelLabel: string } {
  const profiles = state.providers.map((v) => v.profile);
  const family = catalogFamilyOf(pane.model);
  const chosen = pane.fallbacks ?? [];
  if (!family) return { candidates: [], chosen, modelLabel: pane.model || 'this model' };
  const served = servedByDeploymentOf(Object.values(state.answers), profiles);
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const candidates = familyOnMyClouds(family, profiles, {
    listed: state.models,
    servedByDeployment: served,
  })
    .panes.filter((p) => p.profileId !== pane.profileId)
    .map((p) => ({ ...p, label: `${names.get(p.profileId) ?? p.profileId} · ${p.model}` }));
  return { candidates, chosen, modelLabel: family.label };
}
