// Pure state transitions for streaming, kept apart from the store so they are easy to test.
import { answerFromRecord, emptyAnswer, foldStreamParts } from '../../../../../shared/answer';
import type { StreamEventTarget, StreamPartsEvent } from '../../../../../shared/chat';
import type { ConversationDetail } from '../../../../../shared/history';
import type { StreamPart } from '../../../../../shared/stream';
import type { AnswerView, ThreadState, TurnView } from './initial-state';

export type AnswerState = Pick<
  ThreadState,
  'answers' | 'paneAnswers' | 'answerVersions' | 'streamingByPane'
>;

/** The streaming index after one answer changed: it is listed under its pane while it streams. */
export function indexStreaming(
  index: ThreadState['streamingByPane'],
  answer: AnswerView,
): ThreadState['streamingByPane'] {
  const listed = index[answer.paneId] ?? [];
  const has = listed.includes(answer.messageId);
  const streaming = answer.status === 'streaming';
  if (has === streaming) return index;
  return {
    ...index,
    [answer.paneId]: streaming
      ? [...listed, answer.messageId]
      : listed.filter((id) => id !== answer.messageId),
  };
}

/** The streaming index of a whole set of answers (when a thread is loaded or a turn removed). */
export function streamingIndexOf(
  answers: Record<string, AnswerView>,
): ThreadState['streamingByPane'] {
  let index: ThreadState['streamingByPane'] = {};
  for (const answer of Object.values(answers)) index = indexStreaming(index, answer);
  return index;
}

/** An answer set in place (a new one, or a known one that changed), with the streaming index. */
export function putAnswer(
  state: Pick<ThreadState, 'answers' | 'streamingByPane'>,
  answer: AnswerView,
): Pick<ThreadState, 'answers' | 'streamingByPane'> {
  return {
    answers: { ...state.answers, [answer.messageId]: answer },
    streamingByPane: indexStreaming(state.streamingByPane, answer),
  };
}

/** The answer an event names, as the pane's newest version of its answer to that turn. */
export function placeAnswer(state: AnswerState, answer: AnswerView): AnswerState {
  const { paneId, turnId, messageId } = answer;
  const versions = state.answerVersions[paneId]?.[turnId] ?? [];
  return {
    ...putAnswer(state, answer),
    paneAnswers: {
      ...state.paneAnswers,
      [paneId]: { ...state.paneAnswers[paneId], [turnId]: messageId },
    },
    answerVersions: versions.includes(messageId)
      ? state.answerVersions
      : {
          ...state.answerVersions,
          [paneId]: { ...state.answerVersions[paneId], [turnId]: [...versions, messageId] },
        },
  };
}

/**
 * Whether an event for an answer not on screen yet belongs to the conversation on screen: its
 * own, or the new one whose first prompt is being sent (sendTurn has not returned its id yet).
 */
export function belongsHere(
  state: { conversationId?: string; sending?: boolean },
  event: StreamEventTarget,
): boolean {
  return state.conversationId === undefined
    ? state.sending === true
    : state.conversationId === event.conversationId;
}

/** A new streaming answer for the message an event names. */
export function answerOfEvent(event: StreamEventTarget): AnswerView {
  const { streamId, ...identity } = event;
  return { ...emptyAnswer(identity), streamId };
}

/**
 * Applies a frame's worth of stream-part events to the answers they name. An answer not known
 * yet (parts before sendTurn returned) is created; an answer known from history (a conversation
 * reopened mid-stream) takes the live parts.
 */
export function reduceStreamParts(
  state: ThreadState & { conversationId?: string; sending?: boolean },
  events: StreamPartsEvent[],
): AnswerState {
  const grouped = new Map<string, { target: StreamEventTarget; parts: StreamPart[] }>();
  for (const event of events) {
    const group = grouped.get(event.messageId);
    if (group) group.parts.push(...event.parts);
    else grouped.set(event.messageId, { target: event, parts: [...event.parts] });
  }
  let next: AnswerState = state;
  let copied = false;
  for (const [messageId, { target, parts }] of grouped) {
    const known = next.answers[messageId];
    if (!known) {
      if (!belongsHere(state, target)) continue;
      next = placeAnswer(next, foldStreamParts(answerOfEvent(target), parts));
      copied = true;
      continue;
    }
    if (known.status !== 'streaming') continue;
    const folded = foldStreamParts(known, parts);
    const answer = known.streamId === undefined ? { ...folded, streamId: target.streamId } : folded;
    if (!copied) {
      next = { ...next, answers: { ...next.answers } };
      copied = true;
    }
    next.answers[messageId] = answer;
  }
  return next;
}

/** The state without a turn and every version of its answers (an edited prompt replaced it). */
export function withoutTurn(state: ThreadState, turnId: string): Partial<ThreadState> {
  const answers = { ...state.answers };
  for (const [id, answer] of Object.entries(answers)) {
    if (answer.turnId === turnId) delete answers[id];
  }
  const dropTurn = <T>(byPane: Record<string, Record<string, T>>) =>
    Object.fromEntries(
      Object.entries(byPane).map(([paneId, byTurn]) => {
        const { [turnId]: _gone, ...rest } = byTurn;
        return [paneId, rest];
      }),
    );
  return {
    turns: state.turns.filter((turn) => turn.id !== turnId),
    answers,
    streamingByPane: streamingIndexOf(answers),
    paneAnswers: dropTurn(state.paneAnswers),
    answerVersions: dropTurn(state.answerVersions),
  };
}

/** A conversation from history as streaming state (no stream is live for it). */
export function stateFromDetail(detail: ConversationDetail, existing?: ThreadState): ThreadState {
  const base: ThreadState = existing ?? {
    turns: [],
    answers: {},
    paneAnswers: {},
    answerVersions: {},
    streamingByPane: {},
  };
  const turns: TurnView[] = [...detail.turns, ...base.turns]
    .filter((turn, index, all) => all.findIndex((t) => t.id === turn.id) === index)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((turn) => ({
      id: turn.id,
      prompt: turn.prompt,
      paneIds: [...turn.paneIds],
      createdAt: turn.createdAt,
      attachments: turn.attachments,
    }));
  const answers = { ...base.answers };
  const paneAnswers: Record<string, Record<string, string>> = {};
  const answerVersions: Record<string, Record<string, string[]>> = {};
  for (const [paneId, byTurn] of Object.entries(base.paneAnswers)) {
    paneAnswers[paneId] = { ...byTurn };
  }
  for (const [paneId, byTurn] of Object.entries(base.answerVersions)) {
    answerVersions[paneId] = { ...byTurn };
  }
  // Messages come oldest first, so the newest version of each answer is the one shown.
  for (const record of detail.messages) {
    if (record.role !== 'assistant') continue;
    answers[record.id] = answerFromRecord(record);
    const byTurn = (paneAnswers[record.paneId] ??= {});
    byTurn[record.turnId] = record.id;
    const versions = (answerVersions[record.paneId] ??= {});
    const known = versions[record.turnId] ?? [];
    if (!known.includes(record.id)) versions[record.turnId] = [...known, record.id];
  }
  // The thread's fields only: `existing` may be the whole store.
  return {
    turns,
    answers,
    paneAnswers,
    answerVersions,
    streamingByPane: streamingIndexOf(answers),
  };
}
