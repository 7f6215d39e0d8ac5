import type { AttachmentRef } from '../../../../../shared/attachments';
import type { PaneSpec } from '../../../../../shared/chat';

/** A pane as the workspace holds it: what it sends with each prompt (shared/chat.ts). */
export type PaneConfig = PaneSpec;

export type ComposerTarget = 'all' | string;

export interface WorkspaceState {
  /** The open conversation; undefined until the first turn of a new one is sent. */
  conversationId?: string;
  panes: PaneConfig[];
  /** Every pane, or one pane's id. */
  target: ComposerTarget;
  composerText: string;
  /** Files added to the next prompt (main holds their bytes until it is sent). */
  composerAttachments: AttachmentRef[];
  /** Files being read and checked, for the composer's progress line. */
  attaching: number;
  sending: boolean;
  /** Older messages of the open conversation are not loaded yet. */
  hasOlder: boolean;
  /** Bumped to ask the composer to take focus (keyboard shortcuts). */
  composerFocusRequest: number;
  /** The last turn, while its prompt is being edited: sending replaces it and its answers. */
  editingTurnId?: string;
  /** The answer a search hit opened: scrolled into view in its pane and marked. */
  revealMessageId?: string;
}

export const MAX_PANES = 4;

export const initialWorkspaceState: WorkspaceState = {
  panes: [],
  target: 'all',
  composerText: '',
  composerAttachments: [],
  attaching: 0,
  sending: false,
  hasOlder: false,
  composerFocusRequest: 0,
};
