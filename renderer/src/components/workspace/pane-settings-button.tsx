// The compact "Settings" button in a pane's header and the popover it opens. It says at a glance
// whether the pane has settings, and warns when one of them is something the pane's model is
// known to refuse (after a model change, for instance).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PaneSettings } from '../../../../shared/chat';
import { modelTargetOf, refusedSettings } from '../../../../shared/model-capabilities';
import { useAppStore } from '../../store/app-store';
import { providersSelectors } from '../../store/slices/providers/selectors';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';
import { failoverChoices } from './failover-choices';
import { PaneSettingsPopover } from './pane-settings-popover';

function summary(settings: PaneSettings): string {
  const parts: string[] = [];
  if (settings.systemPrompt) parts.push('system prompt');
  if (settings.temperature !== undefined) parts.push(`temperature ${settings.temperature}`);
  if (settings.maxOutputTokens !== undefined) parts.push(`max ${settings.maxOutputTokens} tokens`);
  if (settings.reasoningEffort) parts.push(`effort ${settings.reasoningEffort}`);
  return parts.join(', ');
}

export function PaneSettingsButton({ paneId, paneNumber }: { paneId: string; paneNumber: number }) {
  const pane = useAppStore((s) => workspaceSelectors.pane(s, paneId));
  const profile = useAppStore((s) =>
    pane ? providersSelectors.profile(s, pane.profileId) : undefined,
  );
  const paneCount = useAppStore((s) => s.panes.length);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const anchor = useRef<HTMLSpanElement>(null);

  // A click elsewhere closes it too, leaving focus where the user clicked.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const target = useMemo(
    () => (profile && pane ? modelTargetOf(profile, pane.model.trim()) : undefined),
    [profile, pane],
  );
  if (!pane) return null;

  const set = summary(pane.settings);
  const refused = target ? refusedSettings(target, pane.settings) : [];
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span className="pane-settings__anchor" ref={anchor}>
      <button
        ref={button}
        type="button"
        className={`ghost-button${set ? ' pane-settings-button--set' : ''}`}
        aria-label={`Settings for pane ${paneNumber}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={
          refused.length > 0
            ? `This model is known to refuse the ${refused.join(' and ')} set here.`
            : set || 'Model settings'
        }
        onClick={() => setOpen((o) => !o)}
      >
        {refused.length > 0 ? 'Settings ⚠' : set ? 'Settings •' : 'Settings'}
      </button>
      {open && (
        <PaneSettingsPopover
          paneNumber={paneNumber}
          target={target}
          settings={pane.settings}
          paneCount={paneCount}
          failover={failoverChoices(pane, useAppStore.getState())}
          onClose={close}
          onApply={(settings, scope, fallbacks) => {
            const { setPaneSettings, applySettingsToAllPanes, updatePane } = useAppStore.getState();
            if (scope === 'all') applySettingsToAllPanes(settings);
            else setPaneSettings(paneId, settings);
            // Fallbacks are this pane's own: other panes are on other clouds.
            updatePane(paneId, { fallbacks });
            close();
          }}
        />
      )}
    </span>
  );
}
