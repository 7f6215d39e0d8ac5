// One pane: its provider, model and region, its own thread, and its own stop/regenerate.
import { useEffect, useMemo } from 'react';
import type { ScrollSync } from '../../lib/scroll-sync';
import { offeredModels, providerLabel, regionOf } from '../../lib/profile-info';
import { useAppStore } from '../../store/app-store';
import { threadSelectors } from '../../store/slices/thread/selectors';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';
import { whyProviderCannotWork } from '../settings/provider-health';
import { PaneSettingsButton } from './pane-settings-button';
import { PaneThread } from './pane-thread';

interface PaneProps {
  paneId: string;
  index: number;
  scrollSync: ScrollSync;
}

export function Pane({ paneId, index, scrollSync }: PaneProps) {
  const pane = useAppStore((s) => workspaceSelectors.pane(s, paneId));
  const views = useAppStore((s) => s.providers);
  const listed = useAppStore((s) => (pane ? s.models[pane.profileId] : undefined));
  const streaming = useAppStore((s) => threadSelectors.isPaneStreaming(s, paneId));
  const canRegenerate = useAppStore(
    (s) =>
      !!s.conversationId && !!s.paneAnswers[paneId] && !threadSelectors.isPaneStreaming(s, paneId),
  );
  const paneCount = useAppStore((s) => s.panes.length);
  const targeted = useAppStore((s) => s.target === paneId);
  const blind = useAppStore((s) => s.settings.blindMode);
  const { updatePane, removePane, stopPane, regeneratePane, loadModels } = useAppStore.getState();
  // From the providers themselves: a list of their profiles, mapped and compared on every store
  // update (tokens update it per frame), would only hold the same objects.
  const profile = views.find((v) => v.profile.id === pane?.profileId)?.profile;
  const models = useMemo(() => (profile ? offeredModels(profile, listed) : []), [profile, listed]);

  useEffect(() => {
    if (profile) void loadModels(profile.id);
  }, [profile, loadModels]);

  if (!pane) return null;
  const number = index + 1;
  const listId = `models-${paneId}`;
  const view = views.find((v) => v.profile.id === pane.profileId);
  const brokenReason = view ? whyProviderCannotWork(view) : undefined;
  // The header is one line; everything it abbreviates is in its hover text.
  const details = profile
    ? [profile.name, providerLabel(profile), pane.model || 'no model', regionOf(profile)].join(
        ' · ',
      )
    : 'No provider picked';

  return (
    <article
      className={`pane${targeted ? ' pane--targeted' : ''}${blind ? ' pane--blind' : ''}`}
      aria-label={`Pane ${number}`}
      data-pane-id={paneId}
    >
      <header className="pane__header" title={blind ? 'Blind: hidden until you vote' : details}>
        <select
          className="pane__provider"
          aria-label={`Provider for pane ${number}`}
          value={pane.profileId}
          onChange={(event) => updatePane(paneId, { profileId: event.target.value })}
        >
          {!profile && <option value="">Pick a provider…</option>}
          {views.map((view) => {
            // A provider that cannot work stays pickable (to see why) but says so.
            const why = whyProviderCannotWork(view);
            return (
              <option key={view.profile.id} value={view.profile.id}>
                {why ? `${view.profile.name} (cannot work: ${why})` : view.profile.name}
              </option>
            );
          })}
        </select>
        <input
          className="pane__model"
          aria-label={`Model for pane ${number}`}
          list={listId}
          value={pane.model}
          placeholder="Model id"
          spellCheck={false}
          onChange={(event) => updatePane(paneId, { model: event.target.value })}
        />
        <datalist id={listId}>
          {models.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        {profile && (
          <span className="badge badge--region" aria-label={`Region for pane ${number}`}>
            {regionOf(profile)}
          </span>
        )}
        <span className="pane__actions">
          <PaneSettingsButton paneId={paneId} paneNumber={number} />
          <button
            type="button"
            className="ghost-button icon-button"
            aria-label={`Stop pane ${number}`}
            title="Stop"
            onClick={() => void stopPane(paneId)}
            disabled={!streaming}
          >
            ■
          </button>
          <button
            type="button"
            className="ghost-button icon-button"
            aria-label={`Regenerate pane ${number}`}
            title="Regenerate"
            onClick={() => void regeneratePane(paneId)}
            disabled={!canRegenerate}
          >
            ↻
          </button>
          <button
            type="button"
            className="ghost-button icon-button"
            aria-label={`Remove pane ${number}`}
            title="Remove pane"
            onClick={() => removePane(paneId)}
            disabled={paneCount <= 1 || streaming}
          >
            ×
          </button>
        </span>
      </header>
      {profile && brokenReason && (
        <p className="notice notice--error pane__broken" role="alert">
          {profile.name} cannot work: {brokenReason}.
        </p>
      )}
      <PaneThread paneId={paneId} paneNumber={number} scrollSync={scrollSync} />
    </article>
  );
}
