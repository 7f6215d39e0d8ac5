import type { Answer } from '../../../../../shared/answer';
import type { TurnRecord } from '../../../../../shared/history';

/** One answer in one pane, as it streams and after: the canonical answer and its live stream. */
export type AnswerView = Answer & { streamId?: string };

/** A turn on screen: history's record less the conversation it belongs to (known here). */
export type TurnView = Omit<TurnRecord, 'conversationId'>;

export interface ThreadState {
  /** Turns of the open conversation, oldest first. */
  turns: TurnView[];
  answers: Record<string, AnswerView>;
  /** paneId → turnId → messageId of the version of that pane's answer on screen. */
  paneAnswers: Record<string, Record<string, string>>;
  /** paneId → turnId → every version of that pane's answer to that turn, oldest first. */
  answerVersions: Record<string, Record<string, string[]>>;
  /**
   * paneId → the ids of its answers still streaming, kept as answers start and end so asking
   * "is this pane streaming?" never scans every answer on each frame.
   */
  streamingByPane: Record<string, string[]>;
}

export const initialThreadState: ThreadState = {
  turns: [],
  answers: {},
  paneAnswers: {},
  answerVersions: {},
  streamingByPane: {},
};
