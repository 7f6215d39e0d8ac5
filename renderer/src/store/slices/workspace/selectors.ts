import type { AppStore } from '../../app-store';
import type { PaneConfig } from './initial-state';

function targetPanes(state: AppStore): PaneConfig[] {
  if (state.target === 'all') return state.panes;
  const pane = state.panes.find((p) => p.paneId === state.target);
  return pane ? [pane] : state.panes;
}

function paneIndex(state: AppStore, paneId: string): number {
  return state.panes.findIndex((p) => p.paneId === paneId);
}

export const workspaceSelectors = {
  targetPanes,
  paneIndex,
  canSend: (state: AppStore) => state.composerText.trim() !== '' && !state.sending,
  pane: (state: AppStore, paneId: string) => state.panes.find((p) => p.paneId === paneId),
};
