import { useShortcutSheet } from '../../hooks/use-shortcut-sheet';
import { ConversationCost } from './conversation-cost';
import { BlindToggle } from './blind-toggle';
import { PresetPicker } from './preset-picker';
import { ShortcutSheet } from './shortcut-sheet';
import { useAppStore } from '../../store/app-store';
import { historySelectors } from '../../store/slices/history/selectors';
import { MAX_PANES } from '../../store/slices/workspace/initial-state';

export function TopBar() {
  const paneCount = useAppStore((s) => s.panes.length);
  const syncScroll = useAppStore((s) => s.settings.syncScroll);
  const current = useAppStore(historySelectors.current);
  const conversationId = useAppStore((s) => s.conversationId);
  const providerCount = useAppStore((s) => s.providers.length);
  const [sheetOpen, setSheetOpen] = useShortcutSheet();
  const { addPane, newConversation, setSettingsOpen, updateSettings } = useAppStore.getState();

  return (
    <header className="top-bar">
      <h1 className="top-bar__title">
        {conversationId ? (current?.title ?? 'Conversation') : 'New comparison'}
      </h1>
      <ConversationCost />
      {providerCount === 1 && (
        // Comparing is the point: one cloud can only be compared with itself.
        <button
          type="button"
          className="ghost-button top-bar__nudge"
          onClick={() => setSettingsOpen(true)}
        >
          Add a second cloud to compare
        </button>
      )}
      <div className="top-bar__actions">
        <button type="button" className="button" onClick={() => newConversation()}>
          New conversation
        </button>
        <PresetPicker />
        <button
          type="button"
          className="button"
          onClick={() => addPane()}
          disabled={paneCount >= MAX_PANES}
        >
          Add pane
        </button>
        <BlindToggle />
        <label className="inline-field">
          <input
            type="checkbox"
            checked={syncScroll}
            onChange={(event) => void updateSettings({ syncScroll: event.target.checked })}
          />
          <span>Sync scroll</span>
        </label>
        <button
          type="button"
          className="button"
          title="Settings (Ctrl+,)"
          onClick={() => setSettingsOpen(true)}
        >
          Settings
        </button>
        <button
          type="button"
          className="ghost-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => setSheetOpen(true)}
        >
          ?
        </button>
      </div>
      {sheetOpen && <ShortcutSheet onClose={() => setSheetOpen(false)} />}
    </header>
  );
}
