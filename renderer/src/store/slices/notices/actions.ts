import type { StateCreator } from 'zustand';
import type { AppStore } from '../../app-store';
import type { Notice, NoticeScope } from './initial-state';

export interface NoticesAction {
  /** Shows a notice in its place, replacing the one there; a bare string is an error. */
  notify(scope: NoticeScope, notice: Notice | string): void;
  dismissNotice(scope: NoticeScope): void;
}

export const createNoticesSlice: StateCreator<AppStore, [], [], NoticesAction> = (set, get) => ({
  notify(scope, notice) {
    const shown = typeof notice === 'string' ? { kind: 'error' as const, text: notice } : notice;
    set({ notices: { ...get().notices, [scope]: shown } });
  },

  dismissNotice(scope) {
    if (get().notices[scope] === undefined) return;
    const { [scope]: _gone, ...rest } = get().notices;
    set({ notices: rest });
  },
});
