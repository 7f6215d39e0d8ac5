/** Where a notice is shown: above the panes, in the settings (and the first-run setup), in the history sidebar. */
export type NoticeScope = 'workspace' | 'settings' | 'history';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The one place for what the app tells the user in words (errors and confirmations). */
export interface NoticesState {
  notices: Partial<Record<NoticeScope, Notice>>;
}

export const initialNoticesState: NoticesState = {
  notices: {},
};
