// The app's one store, built from slices (LobeChat style): each slice has its initial state,
// its actions and its selectors; actions may call other slices' actions through get().
import { create } from 'zustand';
import { createConversationsSlice, type ConversationsAction } from './slices/conversations/actions';
import {
  initialConversationsState,
  type ConversationsState,
} from './slices/conversations/initial-state';
import { createNoticesSlice, type NoticesAction } from './slices/notices/actions';
import { initialNoticesState, type NoticesState } from './slices/notices/initial-state';
import { createSettingsSlice, type SettingsAction } from './slices/settings/actions';
import { initialSettingsState, type SettingsState } from './slices/settings/initial-state';
import { createStreamingSlice, type StreamingAction } from './slices/streaming/actions';
import { initialStreamingState, type StreamingState } from './slices/streaming/initial-state';
import { createWorkspaceSlice, type WorkspaceAction } from './slices/workspace/actions';
import { initialWorkspaceState, type WorkspaceState } from './slices/workspace/initial-state';

export type AppState = WorkspaceState &
  ConversationsState &
  StreamingState &
  SettingsState &
  NoticesState;
export type AppStore = AppState &
  WorkspaceAction &
  ConversationsAction &
  StreamingAction &
  SettingsAction &
  NoticesAction;

export const initialAppState: AppState = {
  ...initialWorkspaceState,
  ...initialConversationsState,
  ...initialStreamingState,
  ...initialSettingsState,
  ...initialNoticesState,
};

export function createAppStore() {
  return create<AppStore>()((...args) => ({
    ...initialAppState,
    ...createWorkspaceSlice(...args),
    ...createConversationsSlice(...args),
    ...createStreamingSlice(...args),
    ...createSettingsSlice(...args),
    ...createNoticesSlice(...args),
  }));
}

export const useAppStore = createAppStore();
