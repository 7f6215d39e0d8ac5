import type { StateCreator } from 'zustand';
import type { SendTurnResult, StreamDoneEvent, StreamPartsEvent } from '../../../../../shared/chat';
import type { AppStore } from '../../app-store';
import { initialStreamingState, type AnswerView } from './initial-state';
import { applyOutcome, emptyAnswer, foldStreamParts } from '../../../../../shared/answer';
import { reduceStreamParts } from './reducers';

export interface StreamingAction {
  /** Registers the streams a sendTurn started: one new answer per pane. */
  beginTurn(result: SendTurnResult, prompt: string, paneIds: string[]): void;
  /** Registers a regenerated answer as the newest version of the pane's answer to that turn. */
  beginRegenerate(result: SendTurnResult): void;
  /** Shows another version of a pane's answer to a turn. */
  showVersion(paneId: string, turnId: string, messageId: string): void;
  applyStreamParts(events: StreamPartsEvent[]): void;
  applyStreamDone(event: StreamDoneEvent): void;
  clearThreads(): void;
}

export const createStreamingSlice: StateCreator<AppStore, [], [], StreamingAction> = (set, get) => {
  /** Applies anything that arrived for these streams before we knew them. */
  const adoptOrphans = (streamIds: string[]) => {
    const state = get();
    const answers = { ...state.answers };
    const orphanParts = { ...state.orphanParts };
    const orphanDone = { ...state.orphanDone };
    for (const streamId of streamIds) {
      const messageId = state.streamToMessage[streamId];
      const answer = messageId ? answers[messageId] : undefined;
      if (!messageId || !answer) continue;
      let next: AnswerView = answer;
      const parts = orphanParts[streamId];
      if (parts) next = foldStreamParts(next, parts);
      const done = orphanDone[streamId];
      if (done) next = { ...applyOutcome(next, done.outcome), streamId: next.streamId };
      answers[messageId] = next;
      delete orphanParts[streamId];
      delete orphanDone[streamId];
    }
    set({ answers, orphanParts, orphanDone });
  };

  const newAnswer = (
    conversationId: string,
    turnId: string,
    paneId: string,
    streamId: string,
    messageId: string,
  ): AnswerView => {
    const pane = get().panes.find((p) => p.paneId === paneId);
    const answer = emptyAnswer({ messageId, conversationId, turnId, paneId });
    return { ...answer, streamId, ...(pane ? { model: pane.model, settings: pane.settings } : {}) };
  };

  /**
   * One new streaming answer per started stream, shown as the newest version of the pane's
   * answer to that turn (earlier versions stay: only a regenerate has them), and the stream →
   * message index for incoming parts.
   */
  const placeStreams = (result: SendTurnResult) => {
    const state = get();
    const answers = { ...state.answers };
    const paneAnswers = { ...state.paneAnswers };
    const answerVersions = { ...state.answerVersions };
    const streamToMessage = { ...state.streamToMessage };
    for (const stream of result.streams) {
      const earlier = answerVersions[stream.paneId]?.[result.turnId] ?? [];
      answerVersions[stream.paneId] = {
        ...answerVersions[stream.paneId],
        [result.turnId]: [...earlier, stream.messageId],
      };
      answers[stream.messageId] = newAnswer(
        result.conversationId,
        result.turnId,
        stream.paneId,
        stream.streamId,
        stream.messageId,
      );
      paneAnswers[stream.paneId] = {
        ...paneAnswers[stream.paneId],
        [result.turnId]: stream.messageId,
      };
      streamToMessage[stream.streamId] = stream.messageId;
    }
    return { answers, paneAnswers, answerVersions, streamToMessage };
  };

  return {
    beginTurn(result, prompt, paneIds) {
      const turns = get().turns;
      set({
        ...placeStreams(result),
        turns: [...turns, { id: result.turnId, prompt, paneIds, createdAt: Date.now() }],
      });
      adoptOrphans(result.streams.map((s) => s.streamId));
    },

    beginRegenerate(result) {
      set(placeStreams(result));
      adoptOrphans(result.streams.map((s) => s.streamId));
    },

    showVersion(paneId, turnId, messageId) {
      const state = get();
      if (!state.answerVersions[paneId]?.[turnId]?.includes(messageId)) return;
      set({
        paneAnswers: {
          ...state.paneAnswers,
          [paneId]: { ...state.paneAnswers[paneId], [turnId]: messageId },
        },
      });
    },

    applyStreamParts(events) {
      set(reduceStreamParts(get(), events));
    },

    applyStreamDone(event) {
      const state = get();
      // A conversation reopened mid-stream knows its messages (from history) but not the streams.
      const messageId = state.streamToMessage[event.streamId] ?? event.messageId;
      const answer = state.answers[messageId];
      if (!answer) {
        // Only keep outcomes for the conversation on screen (or one whose first turn is starting).
        if (state.conversationId && state.conversationId !== event.conversationId) return;
        set({ orphanDone: { ...state.orphanDone, [event.streamId]: event } });
        return;
      }
      set({
        answers: {
          ...state.answers,
          [messageId]: { ...applyOutcome(answer, event.outcome), streamId: answer.streamId },
        },
      });
    },

    clearThreads() {
      set({ ...initialStreamingState });
    },
  };
};
