import type { Cost, MessageStatus } from '../../../../../shared/chat';
import type { ErrorKind, FinishReason, StreamPart, Usage } from '../../../../../shared/stream';
import type { StreamDoneEvent } from '../../../../../shared/chat';

/** One answer in one pane, as it streams and after. */
export interface AnswerView {
  messageId: string;
  turnId: string;
  paneId: string;
  streamId?: string;
  text: string;
  reasoning: string;
  status: MessageStatus;
  model?: string;
  region?: string;
  requestId?: string;
  providerModelId?: string;
  finishReason?: FinishReason;
  error?: { kind: ErrorKind; message: string; retryable?: boolean };
  usage?: Usage;
  ttftMs?: number | null;
  tokensPerSecond?: number | null;
  totalMs?: number;
  cost?: Cost;
}

export interface TurnView {
  id: string;
  prompt: string;
  paneIds: string[];
  createdAt: number;
}

export interface StreamingState {
  /** Turns of the open conversation, oldest first. */
  turns: TurnView[];
  answers: Record<string, AnswerView>;
  /** paneId → turnId → messageId of the version of that pane's answer on screen. */
  paneAnswers: Record<string, Record<string, string>>;
  /** paneId → turnId → every version of that pane's answer to that turn, oldest first. */
  answerVersions: Record<string, Record<string, string[]>>;
  streamToMessage: Record<string, string>;
  /** Parts and outcomes that arrived before sendTurn told us which message they belong to. */
  orphanParts: Record<string, StreamPart[]>;
  orphanDone: Record<string, StreamDoneEvent>;
}

export const initialStreamingState: StreamingState = {
  turns: [],
  answers: {},
  paneAnswers: {},
  answerVersions: {},
  streamToMessage: {},
  orphanParts: {},
  orphanDone: {},
};
