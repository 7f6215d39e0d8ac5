// The app's one store, built from slices (LobeChat style): each slice has its initial state,
// its actions and its selectors; actions may call other slices' actions through get().
import { create } from 'zustand';
import { createDecisionsSlice, type DecisionsAction } from './slices/decisions/actions';
import { createHistorySlice, type HistoryAction } from './slices/history/actions';
import { initialHistoryState, type HistoryState } from './slices/history/initial-state';
import { createNoticesSlice, type NoticesAction } from './slices/notices/actions';
import { initialNoticesState, type NoticesState } from './slices/notices/initial-state';
import { createSettingsSlice, type SettingsAction } from './slices/settings/actions';
import { initialSettingsState, type SettingsState } from './slices/settings/initial-state';
import { createThreadSlice, type ThreadAction } from './slices/thread/actions';
import { initialThreadState, type ThreadState } from './slices/thread/initial-state';
import { createWorkspaceSlice, type WorkspaceAction } from './slices/workspace/actions';
import { initialWorkspaceState, type WorkspaceState } from './slices/workspace/initial-state';

export type AppState = WorkspaceState & HistoryState & ThreadState & SettingsState & NoticesState;
export type AppStore = AppState &
  WorkspaceAction &
  HistoryAction &
  ThreadAction &
  SettingsAction &
  NoticesAction &
  DecisionsAction;

export const initialAppState: AppState = {
  ...initialWorkspaceState,
  ...initialHistoryState,
  ...initialThreadState,
  ...initialSettingsState,
  ...initialNoticesState,
};

export function createAppStore() {
  return create<AppStore>()((...args) => ({
    ...initialAppState,
    ...createWorkspaceSlice(...args),
    ...createHistorySlice(...args),
    ...createThreadSlice(...args),
    ...createSettingsSlice(...args),
    ...createNoticesSlice(...args),
    ...createDecisionsSlice(...args),
  }));
}

export const useAppStore = createAppStore();
