// The app's one store, built from slices (LobeChat style): each slice has its initial state,
// its actions and its selectors. A slice sets only its own state; it asks another slice for a
// change through that slice's actions (get().…). Actions only other slices and the app's event
// wiring call are marked internal_; components call the rest.
import { create, type StateCreator } from 'zustand';
import { createDecisionsSlice, type DecisionsAction } from './slices/decisions/actions';
import { createHistorySlice, type HistoryAction } from './slices/history/actions';
import { initialHistoryState, type HistoryState } from './slices/history/initial-state';
import { createNoticesSlice, type NoticesAction } from './slices/notices/actions';
import { initialNoticesState, type NoticesState } from './slices/notices/initial-state';
import { createProvidersSlice, type ProvidersAction } from './slices/providers/actions';
import { initialProvidersState, type ProvidersState } from './slices/providers/initial-state';
import { createSettingsSlice, type SettingsAction } from './slices/settings/actions';
import { initialSettingsState, type SettingsState } from './slices/settings/initial-state';
import { createThreadSlice, type ThreadAction } from './slices/thread/actions';
import { initialThreadState, type ThreadState } from './slices/thread/initial-state';
import { createWorkspaceSlice, type WorkspaceAction } from './slices/workspace/actions';
import { initialWorkspaceState, type WorkspaceState } from './slices/workspace/initial-state';

export type AppState = WorkspaceState &
  HistoryState &
  ThreadState &
  ProvidersState &
  SettingsState &
  NoticesState;
export type AppStore = AppState &
  WorkspaceAction &
  HistoryAction &
  ThreadAction &
  ProvidersAction &
  SettingsAction &
  NoticesAction &
  DecisionsAction;

export const initialAppState: AppState = {
  ...initialWorkspaceState,
  ...initialHistoryState,
  ...initialThreadState,
  ...initialProvidersState,
  ...initialSettingsState,
  ...initialNoticesState,
};

/** Which slice's actions made a state change. */
export type SliceName =
  'workspace' | 'history' | 'thread' | 'providers' | 'settings' | 'notices' | 'decisions';

/** For tests: sees the state each slice's actions set, before the store takes it. */
export type SliceSetSpy = (slice: SliceName, partial: Partial<AppStore>) => void;

type SetState = Parameters<StateCreator<AppStore>>[0];

export function createAppStore(spy?: SliceSetSpy) {
  return create<AppStore>()((set, get, api) => {
    const setBy = (slice: SliceName): SetState => {
      if (!spy) return set;
      return ((partial: AppStore | Partial<AppStore> | ((s: AppStore) => Partial<AppStore>)) => {
        const next = typeof partial === 'function' ? partial(get()) : partial;
        spy(slice, next);
        set(next);
      }) as SetState;
    };
    return {
      ...initialAppState,
      ...createWorkspaceSlice(setBy('workspace'), get, api),
      ...createHistorySlice(setBy('history'), get, api),
      ...createThreadSlice(setBy('thread'), get, api),
      ...createProvidersSlice(setBy('providers'), get, api),
      ...createSettingsSlice(setBy('settings'), get, api),
      ...createNoticesSlice(setBy('notices'), get, api),
      ...createDecisionsSlice(setBy('decisions'), get, api),
    };
  });
}

export const useAppStore = createAppStore();
