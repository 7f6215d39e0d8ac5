import { useMemo } from 'react';
import { buildPresets } from '../../lib/presets';
import { ConversationCost } from './conversation-cost';
import { useAppStore } from '../../store/app-store';
import { historySelectors } from '../../store/slices/history/selectors';
import { settingsSelectors } from '../../store/slices/settings/selectors';
import { MAX_PANES } from '../../store/slices/workspace/initial-state';

export function TopBar() {
  const profiles = useAppStore(settingsSelectors.profiles);
  const models = useAppStore((s) => s.models);
  const paneCount = useAppStore((s) => s.panes.length);
  const syncScroll = useAppStore((s) => s.settings.syncScroll);
  const current = useAppStore(historySelectors.current);
  const conversationId = useAppStore((s) => s.conversationId);
  const { addPane, applyPreset, newConversation, setSettingsOpen, updateSettings } =
    useAppStore.getState();
  const presets = useMemo(() => buildPresets(profiles, models), [profiles, models]);

  return (
    <header className="top-bar">
      <h1 className="top-bar__title">
        {conversationId ? (current?.title ?? 'Conversation') : 'New comparison'}
      </h1>
      <ConversationCost />
      <div className="top-bar__actions">
        <button type="button" className="button" onClick={() => newConversation()}>
          New conversation
        </button>
        <label className="inline-field">
          <span>Preset</span>
          <select
            aria-label="Quick preset"
            value=""
            onChange={(event) => {
              const preset = presets.find((p) => p.id === event.target.value);
              if (preset) applyPreset(preset);
            }}
          >
            <option value="">{presets.length > 0 ? 'Choose…' : 'None available'}</option>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label} ({preset.panes.length} panes)
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => addPane()}
          disabled={paneCount >= MAX_PANES}
        >
          Add pane
        </button>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={syncScroll}
            onChange={(event) => void updateSettings({ syncScroll: event.target.checked })}
          />
          <span>Sync scroll</span>
        </label>
        <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
          Settings
        </button>
      </div>
    </header>
  );
}
