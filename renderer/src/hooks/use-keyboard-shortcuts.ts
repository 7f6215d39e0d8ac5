// App-wide keys: Esc stops every streaming pane, Ctrl/Cmd+N starts a new conversation,
// Ctrl/Cmd+K focuses history search, Ctrl/Cmd+L the prompt, Ctrl/Cmd+, opens Settings,
// Ctrl/Cmd+1..4 aims the composer at one pane. The "?" sheet lists them (shortcut-list.ts).
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { threadSelectors } from '../store/slices/thread/selectors';

export const SEARCH_INPUT_ID = 'history-search';

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'Escape' && !state.settingsOpen) {
        if (threadSelectors.isAnyStreaming(state)) {
          event.preventDefault();
          void state.stopAll();
        }
        return;
      }
      if (!mod || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        event.preventDefault();
        state.newConversation();
      } else if (key === 'k') {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (key === 'l') {
        event.preventDefault();
        state.focusComposer();
      } else if (key === ',') {
        event.preventDefault();
        state.setSettingsOpen(true);
      } else if (/^[1-4]$/.test(key)) {
        const pane = state.panes[Number(key) - 1];
        if (pane) {
          event.preventDefault();
          state.focusComposer(pane.paneId);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
