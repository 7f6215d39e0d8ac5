// What the chat service needs from history: record a turn as it streams. Implemented by
// electron/main/history; kept as an interface so the chat service does not know about SQLite.
import type { AttachedFile, AttachmentRef } from '../../../shared/attachments';
import type { ChatMessage, PaneSpec, StreamOutcome } from '../../../shared/chat';
import type { ProviderKind } from '../../../shared/providers';

export interface RecordedPane extends PaneSpec {
  providerKind: ProviderKind;
  providerName: string;
  region?: string;
}

export interface TurnAnswer {
  paneId: string;
  providerName: string;
  model: string;
  content: string;
}

export interface BeginTurnInput {
  /** Omit to create a new conversation (titled from the prompt). */
  conversationId?: string;
  prompt: string;
  /** The prompt's files, stored with the turn (once per content hash). */
  attachments?: AttachedFile[];
  panes: RecordedPane[];
  /** The conversation's last turn, replaced (with its answers) by this one: an edited prompt. */
  replaceTurnId?: string;
}

export interface BeginTurnResult {
  conversationId: string;
  turnId: string;
  /** One assistant message per pane, created with status `streaming`. */
  messages: { paneId: string; messageId: string }[];
}

export interface ChatRecorder {
  /** Creates the conversation if needed, upserts the panes, inserts the turn and its messages. */
  beginTurn(input: BeginTurnInput): BeginTurnResult;
  /**
   * A new answer for the pane's last turn, as a new version: the earlier answers stay, and the
   * newest is the one later turns build on. Returns the new `streaming` message.
   * Throws a plain-words Error when the conversation or pane has no turn to regenerate.
   */
  beginRegenerate(
    conversationId: string,
    pane: RecordedPane,
  ): { turnId: string; messageId: string; prompt: string; attachments: AttachedFile[] };
  /**
   * The pane's thread before the given turn, oldest first: each earlier prompt sent to the pane
   * with the pane's newest answer to it, for the exchanges whose answer finished (failed,
   * stopped, filtered and unfinished exchanges are left out whole). Prompts carry their files.
   */
  paneThread(conversationId: string, paneId: string, beforeTurnId: string): ChatMessage[];
  /**
   * A synthesis of a turn's answers, recorded in the conversation's synthesis pane (created on
   * first use). Returns the new `streaming` message and the turn's prompt.
   */
  beginSynthesis(
    conversationId: string,
    turnId: string,
    pane: RecordedPane,
  ): { messageId: string; prompt: string };
  /** The newest complete answer of each pane to a turn, in pane order (syntheses left out). */
  turnAnswers(conversationId: string, turnId: string): TurnAnswer[];
  /** Appends streamed text. Writes are coalesced (at most every 250 ms) so a crash loses little. */
  appendDelta(messageId: string, text: string, reasoning?: string): void;
  /** Flushes pending text and stores the final status and metadata. */
  finish(messageId: string, outcome: StreamOutcome): void;
}

/** Where a prompt's files come from: added by the user, or already in history. */
export interface AttachmentSource {
  /** The files with their bytes, in order; throws a plain-words error for one that is gone. */
  resolve(refs: readonly AttachmentRef[]): AttachedFile[];
  /** The files are in history now: memory may let them go. */
  forget(ids: readonly string[]): void;
}
