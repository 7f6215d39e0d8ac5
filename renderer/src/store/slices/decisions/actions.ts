// Deciding between a turn's answers: continue with one, vote, branch. Each asks main first (which
// records it) and then marks the answers through the thread's own action.
import type { StateCreator } from 'zustand';
import type { VoteVerdict } from '../../../../../shared/decisions';
import { api, errorMessage } from '../../../lib/api';
import type { AppStore } from '../../app-store';
import type { AnswerMarks } from '../thread/actions';

export interface DecisionsAction {
  /** Every pane continues from this answer; null goes back to each pane's own thread. */
  continueWith(turnId: string, messageId: string | null): Promise<void>;
  vote(turnId: string, verdict: VoteVerdict, messageId?: string, blind?: boolean): Promise<void>;
  /** Opens a new conversation holding this one's thread up to the turn. */
  branchAt(turnId: string): Promise<void>;
  /** One model merges the turn's answers; the synthesis streams in under the turn. */
  synthesize(turnId: string, profileId: string, model: string): Promise<void>;
}

export const createDecisionsSlice: StateCreator<AppStore, [], [], DecisionsAction> = (
  _set,
  get,
) => {
  /** The answers of a turn on screen: every pane's versions. */
  const answersOf = (turnId: string) =>
    Object.values(get().answers).filter((answer) => answer.turnId === turnId);
  const fail = (error: unknown) => get().notify('workspace', errorMessage(error));

  return {
    async continueWith(turnId, messageId) {
      const conversationId = get().conversationId;
      if (!conversationId) return;
      try {
        await api.chooseAnswer({ conversationId, turnId, messageId });
        const marks: Record<string, AnswerMarks> = {};
        for (const answer of answersOf(turnId)) {
          marks[answer.messageId] = { chosen: answer.messageId === messageId ? true : undefined };
        }
        get().internal_markAnswers(marks);
      } catch (error) {
        fail(error);
      }
    },

    async vote(turnId, verdict, messageId, blind = false) {
      const conversationId = get().conversationId;
      if (!conversationId) return;
      try {
        await api.voteTurn({
          conversationId,
          turnId,
          verdict,
          blind,
          ...(messageId ? { messageId } : {}),
        });
        const marks: Record<string, AnswerMarks> = {};
        for (const answer of answersOf(turnId)) {
          const vote =
            verdict === 'best' ? (answer.messageId === messageId ? 'best' : 'not-best') : verdict;
          marks[answer.messageId] = { vote, votedBlind: blind };
        }
        get().internal_markAnswers(marks);
      } catch (error) {
        fail(error);
      }
    },

    async synthesize(turnId, profileId, model) {
      const conversationId = get().conversationId;
      if (!conversationId) return;
      try {
        const result = await api.synthesize({ conversationId, turnId, profileId, model });
        get().internal_beginRegenerate(result);
      } catch (error) {
        fail(error);
      }
    },

    async branchAt(turnId) {
      const conversationId = get().conversationId;
      if (!conversationId) return;
      try {
        const branch = await api.branchConversation({ conversationId, turnId });
        await get().openConversation(branch.conversationId);
        get().notify('workspace', {
          kind: 'info',
          text: 'Branched: this new conversation goes on from that turn; the original is unchanged.',
        });
      } catch (error) {
        fail(error);
      }
    },
  };
};
