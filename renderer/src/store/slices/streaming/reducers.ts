// Pure state transitions for streaming, kept apart from the store so they are easy to test.
import { answerFromRecord, foldStreamParts } from '../../../../../shared/answer';
import type { StreamPartsEvent } from '../../../../../shared/chat';
import type { ConversationDetail } from '../../../../../shared/history';
import type { StreamPart } from '../../../../../shared/stream';
import type { StreamingState, TurnView } from './initial-state';

/** Applies a frame's worth of stream-part events; parts for unknown streams wait as orphans. */
export function reduceStreamParts(
  state: StreamingState,
  events: StreamPartsEvent[],
): Pick<StreamingState, 'answers' | 'orphanParts'> {
  const grouped = new Map<string, StreamPart[]>();
  for (const event of events) {
    const list = grouped.get(event.streamId);
    if (list) list.push(...event.parts);
    else grouped.set(event.streamId, [...event.parts]);
  }
  let answers = state.answers;
  let orphanParts = state.orphanParts;
  for (const [streamId, parts] of grouped) {
    const messageId = state.streamToMessage[streamId];
    const answer = messageId ? answers[messageId] : undefined;
    if (!answer || !messageId) {
      orphanParts = { ...orphanParts, [streamId]: [...(orphanParts[streamId] ?? []), ...parts] };
      continue;
    }
    if (answer.status !== 'streaming') continue;
    if (answers === state.answers) answers = { ...answers };
    answers[messageId] = foldStreamParts(answer, parts);
  }
  return { answers, orphanParts };
}

/** The state without a turn and every version of its answers (an edited prompt replaced it). */
export function withoutTurn(state: StreamingState, turnId: string): Partial<StreamingState> {
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
    paneAnswers: dropTurn(state.paneAnswers),
    answerVersions: dropTurn(state.answerVersions),
  };
}

/** A conversation from history as streaming state (no stream is live for it). */
export function stateFromDetail(
  detail: ConversationDetail,
  existing?: StreamingState,
): StreamingState {
  const base = existing ?? {
    turns: [],
    answers: {},
    paneAnswers: {},
    answerVersions: {},
    streamToMessage: {},
    orphanParts: {},
    orphanDone: {},
  };
  const turns: TurnView[] = [...detail.turns, ...base.turns]
    .filter((turn, index, all) => all.findIndex((t) => t.id === turn.id) === index)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((turn) => ({
      id: turn.id,
      prompt: turn.prompt,
      paneIds: [...turn.paneIds],
      createdAt: turn.createdAt,
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
  return { ...base, turns, answers, paneAnswers, answerVersions };
}
