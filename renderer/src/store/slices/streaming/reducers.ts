// Pure state transitions for streaming, kept apart from the store so they are easy to test.
import type { StreamDoneEvent, StreamPartsEvent } from '../../../../../shared/chat';
import type { ConversationDetail, MessageRecord } from '../../../../../shared/history';
import type { StreamPart } from '../../../../../shared/stream';
import type { AnswerView, StreamingState, TurnView } from './initial-state';

export function applyParts(answer: AnswerView, parts: StreamPart[]): AnswerView {
  let next = answer;
  let text = '';
  let reasoning = '';
  for (const part of parts) {
    switch (part.type) {
      case 'text-delta':
        text += part.delta;
        break;
      case 'reasoning-delta':
        reasoning += part.delta;
        break;
      case 'start':
        next = { ...next, model: part.model, region: part.region ?? next.region };
        if (part.requestId) next = { ...next, requestId: part.requestId };
        break;
      case 'finish':
        next = {
          ...next,
          finishReason: part.finishReason,
          providerModelId: part.providerModelId ?? next.providerModelId,
          usage: part.usage ?? next.usage,
        };
        break;
      case 'error':
        next = {
          ...next,
          error: { kind: part.kind, message: part.message, retryable: part.retryable },
        };
        break;
    }
  }
  if (text || reasoning) {
    next = { ...next, text: next.text + text, reasoning: next.reasoning + reasoning };
  }
  return next;
}

export function applyDone(answer: AnswerView, event: StreamDoneEvent): AnswerView {
  const { outcome } = event;
  return {
    ...answer,
    // The outcome's text is what history keeps: it wins over what the deltas added up to.
    text: outcome.text,
    reasoning: outcome.reasoning,
    status: outcome.status,
    finishReason: outcome.finishReason ?? answer.finishReason,
    providerModelId: outcome.providerModelId ?? answer.providerModelId,
    region: outcome.region ?? answer.region,
    requestId: outcome.requestId ?? answer.requestId,
    error: outcome.error ?? (outcome.status === 'error' ? answer.error : undefined),
    usage: outcome.metrics.usage ?? answer.usage,
    ttftMs: outcome.metrics.ttftMs,
    tokensPerSecond: outcome.metrics.tokensPerSecond,
    totalMs: outcome.metrics.totalMs,
    cost: outcome.cost,
  };
}

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
    answers[messageId] = applyParts(answer, parts);
  }
  return { answers, orphanParts };
}

export function answerFromRecord(record: MessageRecord): AnswerView {
  return {
    messageId: record.id,
    turnId: record.turnId,
    paneId: record.paneId,
    text: record.content,
    reasoning: record.reasoning ?? '',
    status: record.status,
    region: record.region,
    requestId: record.requestId,
    providerModelId: record.providerModelId,
    finishReason: record.finishReason,
    error:
      record.errorKind && record.errorMessage
        ? { kind: record.errorKind, message: record.errorMessage }
        : undefined,
    usage: record.usage,
    ttftMs: record.ttftMs ?? null,
    tokensPerSecond: record.tokensPerSecond ?? null,
    totalMs: record.totalMs,
    cost: record.cost,
  };
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
