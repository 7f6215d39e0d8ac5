import type { StateCreator } from 'zustand';
import type { AttachmentRef } from '../../../../../shared/attachments';
import type { SendTurnResult, StreamDoneEvent, StreamPartsEvent } from '../../../../../shared/chat';
import type { AppStore } from '../../app-store';
import { initialThreadState } from './initial-state';
import { applyOutcome, type Answer } from '../../../../../shared/answer';
import type { ConversationDetail } from '../../../../../shared/history';
import {
  answerOfEvent,
  belongsHere,
  placeAnswer,
  putAnswer,
  reduceStreamParts,
  type AnswerState,
  stateFromDetail,
  withoutTurn,
} from './reducers';

export interface ThreadAction {
  /** Registers the streams a sendTurn started: one new answer per pane. */
  internal_beginTurn(
    result: SendTurnResult,
    prompt: string,
    paneIds: string[],
    attachments?: AttachmentRef[],
  ): void;
  /** Registers a regenerated answer as the newest version of the pane's answer to that turn. */
  internal_beginRegenerate(result: SendTurnResult): void;
  /** Shows another version of a pane's answer to a turn. */
  showVersion(paneId: string, turnId: string, messageId: string): void;
  internal_applyStreamParts(events: StreamPartsEvent[]): void;
  internal_applyStreamDone(event: StreamDoneEvent): void;
  /** Takes what main recorded of a decision (continue-with, vote) into the answers it names. */
  internal_markAnswers(marks: Record<string, AnswerMarks>): void;
  internal_clearThreads(): void;
  /** Shows a conversation from history in place of the thread on screen. */
  internal_loadThread(detail: ConversationDetail): void;
  /** Puts a page of older messages from history in front of the thread on screen. */
  internal_prependOlder(detail: ConversationDetail): void;
  /** Removes a turn and every version of its answers (an edited prompt replaces it). */
  internal_removeTurn(turnId: string): void;
}

/** The parts of an answer a decision on its turn sets. */
export type AnswerMarks = Partial<Pick<Answer, 'chosen' | 'vote' | 'votedBlind'>>;

/** The answer fields of a state the reducers worked on (they take and may return the store). */
const answerFields = (state: AnswerState): AnswerState => ({
  answers: state.answers,
  paneAnswers: state.paneAnswers,
  answerVersions: state.answerVersions,
  streamingByPane: state.streamingByPane,
});

export const createThreadSlice: StateCreator<AppStore, [], [], ThreadAction> = (set, get) => {
  /**
   * One streaming answer per started stream, shown as the newest version of the pane's answer to
   * that turn (earlier versions stay: only a regenerate has them). An answer its parts already
   * created (they can arrive before sendTurn returns) is kept as it is.
   */
  const placeStreams = (result: SendTurnResult) => {
    let next: Pick<AppStore, 'answers' | 'paneAnswers' | 'answerVersions' | 'streamingByPane'> =
      get();
    for (const stream of result.streams) {
      const target = { ...stream, conversationId: result.conversationId, turnId: result.turnId };
      const known = next.answers[stream.messageId];
      if (known) {
        next = placeAnswer(next, { ...known, streamId: stream.streamId });
        continue;
      }
      const pane = get().panes.find((p) => p.paneId === stream.paneId);
      next = placeAnswer(next, {
        ...answerOfEvent(target),
        ...(pane ? { model: pane.model, settings: pane.settings } : {}),
      });
    }
    return next;
  };

  return {
    internal_beginTurn(result, prompt, paneIds, attachments = []) {
      const turns = get().turns;
      set({
        ...answerFields(placeStreams(result)),
        turns: [
          ...turns,
          { id: result.turnId, prompt, paneIds, createdAt: Date.now(), attachments },
        ],
      });
    },

    internal_beginRegenerate(result) {
      set(answerFields(placeStreams(result)));
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

    internal_applyStreamParts(events) {
      const state = get();
      const next = reduceStreamParts(state, events);
      // Nothing to take (parts of another conversation): no update, no render.
      if (next !== state) set(answerFields(next));
    },

    internal_applyStreamDone(event) {
      const state = get();
      const known = state.answers[event.messageId];
      if (!known) {
        if (!belongsHere(state, event)) return;
        set(placeAnswer(state, applyOutcome(answerOfEvent(event), event.outcome)));
        return;
      }
      const answer = { ...applyOutcome(known, event.outcome), streamId: event.streamId };
      set(putAnswer(state, answer));
    },

    internal_markAnswers(marks) {
      const answers = { ...get().answers };
      for (const [messageId, patch] of Object.entries(marks)) {
        const answer = answers[messageId];
        if (!answer) continue;
        const next = { ...answer, ...patch };
        // An unset mark is removed, not kept as undefined.
        for (const key of Object.keys(patch) as (keyof AnswerMarks)[]) {
          if (patch[key] === undefined) delete next[key];
        }
        answers[messageId] = next;
      }
      set({ answers });
    },

    internal_clearThreads() {
      set({ ...initialThreadState });
    },

    internal_loadThread(detail) {
      set(stateFromDetail(detail));
    },

    internal_prependOlder(detail) {
      set(stateFromDetail(detail, get()));
    },

    internal_removeTurn(turnId) {
      set(withoutTurn(get(), turnId));
    },
  };
};
