import { describe, expect, it } from 'vitest';
import { emptyAnswer } from '../../../shared/answer';
import type { StreamDoneEvent, StreamOutcome } from '../../../shared/chat';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { threadSelectors } from '../../../renderer/src/store/slices/thread/selectors';

const outcome = (text: string, extra: Partial<StreamOutcome> = {}): StreamOutcome => ({
  status: 'complete',
  text,
  reasoning: '',
  finishReason: 'stop',
  providerModelId: 'gpt-4o-2024-08-06',
  metrics: {
    ttftMs: 120,
    totalMs: 900,
    tokensPerSecond: 50,
    usage: { inputTokens: 10, outputTokens: 30, totalTokens: 40 },
  },
  ...extra,
});

function storeWithTurn() {
  const store = createAppStore();
  store.setState({
    panes: [
      { paneId: 'p1', profileId: 'a', model: 'gpt-4o', settings: {} },
      { paneId: 'p2', profileId: 'b', model: 'claude', settings: {} },
    ],
  });
  return store;
}

const result = {
  conversationId: 'c1',
  turnId: 't1',
  streams: [
    { paneId: 'p1', streamId: 's1', messageId: 'm1' },
    { paneId: 'p2', streamId: 's2', messageId: 'm2' },
  ],
};

// What main says each event is about: the stream, and the answer it fills.
const s1 = { streamId: 's1', paneId: 'p1', conversationId: 'c1', turnId: 't1', messageId: 'm1' };
const s2 = { streamId: 's2', paneId: 'p2', conversationId: 'c1', turnId: 't1', messageId: 'm2' };

describe('streaming state', () => {
  it('appends deltas per pane and keeps each pane apart', () => {
    const store = storeWithTurn();
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    store.getState().internal_applyStreamParts([
      { ...s1, parts: [{ type: 'start', model: 'gpt-4o', region: 'eu' }] },
      { ...s1, parts: [{ type: 'text-delta', delta: 'Hi ' }] },
      { ...s2, parts: [{ type: 'text-delta', delta: 'Bonjour' }] },
      { ...s1, parts: [{ type: 'text-delta', delta: 'there' }] },
    ]);
    const state = store.getState();
    expect(state.answers.m1).toMatchObject({ text: 'Hi there', region: 'eu', status: 'streaming' });
    expect(state.answers.m2?.text).toBe('Bonjour');
    expect(threadSelectors.paneThread(state, 'p1').map((i) => i.turn.prompt)).toEqual(['Hello']);
  });

  it('keeps parts and outcomes that arrive before sendTurn returns', () => {
    const store = storeWithTurn();
    // The first prompt of a new conversation is on its way: main has not said its id yet.
    store.setState({ sending: true });
    store
      .getState()
      .internal_applyStreamParts([{ ...s1, parts: [{ type: 'text-delta', delta: 'early ' }] }]);
    const done: StreamDoneEvent = {
      ...s2,
      outcome: outcome('all of it'),
    };
    store.getState().internal_applyStreamDone(done);
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    expect(store.getState().answers.m1?.text).toBe('early ');
    expect(store.getState().answers.m2).toMatchObject({ status: 'complete', text: 'all of it' });
    expect(store.getState().answerVersions).toEqual({ p1: { t1: ['m1'] }, p2: { t1: ['m2'] } });
    expect(threadSelectors.paneThread(store.getState(), 'p1')[0]?.answer?.streamId).toBe('s1');
  });

  it('leaves out parts and outcomes of another conversation', () => {
    const store = storeWithTurn();
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    store.setState({ conversationId: 'c1' });
    const elsewhere = { ...s1, conversationId: 'c9', turnId: 't9', messageId: 'm9' };
    store
      .getState()
      .internal_applyStreamParts([{ ...elsewhere, parts: [{ type: 'text-delta', delta: 'x' }] }]);
    store.getState().internal_applyStreamDone({ ...elsewhere, outcome: outcome('x') });
    expect(store.getState().answers.m9).toBeUndefined();
    expect(store.getState().answerVersions.p1).toEqual({ t1: ['m1'] });
  });

  it('keeps the partial answer and the words of an error while the other pane completes', () => {
    const store = storeWithTurn();
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    store
      .getState()
      .internal_applyStreamParts([{ ...s1, parts: [{ type: 'text-delta', delta: 'partial' }] }]);
    const error = {
      kind: 'rate-limit' as const,
      message: 'OpenAI is rate limiting requests (429). Try again in 3 s.',
      retryable: true,
    };
    store.getState().internal_applyStreamDone({
      ...s1,
      outcome: outcome('partial', { status: 'error', error, finishReason: 'error' }),
    });
    store.getState().internal_applyStreamDone({
      ...s2,
      outcome: outcome('fine'),
    });
    const { answers } = store.getState();
    expect(answers.m1).toMatchObject({ status: 'error', text: 'partial', error });
    expect(answers.m2).toMatchObject({
      status: 'complete',
      metrics: { ttftMs: 120, totalMs: 900 },
    });
    expect(threadSelectors.isAnyStreaming(store.getState())).toBe(false);
  });

  it('keeps an index of the answers streaming in each pane as they start and end', () => {
    const store = storeWithTurn();
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    expect(store.getState().streamingByPane).toEqual({ p1: ['m1'], p2: ['m2'] });
    store
      .getState()
      .internal_applyStreamParts([{ ...s1, parts: [{ type: 'text-delta', delta: 'a' }] }]);
    store.getState().internal_applyStreamDone({ ...s1, outcome: outcome('a') });
    const state = store.getState();
    expect(state.streamingByPane).toEqual({ p1: [], p2: ['m2'] });
    expect(threadSelectors.isPaneStreaming(state, 'p1')).toBe(false);
    expect(threadSelectors.isPaneStreaming(state, 'p2')).toBe(true);
    expect(threadSelectors.isAnyStreaming(state)).toBe(true);
    expect(threadSelectors.streamingAnswers(state).map((a) => a.messageId)).toEqual(['m2']);
  });

  it('shows a regenerated answer as the newest version and keeps the earlier one', () => {
    const store = storeWithTurn();
    store.getState().internal_beginTurn(result, 'Hello', ['p1', 'p2']);
    store.getState().internal_beginRegenerate({
      conversationId: 'c1',
      turnId: 't1',
      streams: [{ paneId: 'p2', streamId: 's3', messageId: 'm3' }],
    });
    let state = store.getState();
    expect(state.answers.m2).toBeDefined();
    expect(state.answers.m3?.status).toBe('streaming');
    expect(state.answerVersions.p2?.t1).toEqual(['m2', 'm3']);
    expect(threadSelectors.paneThread(state, 'p2')[0]?.answer?.messageId).toBe('m3');
    expect(threadSelectors.paneThread(state, 'p1')[0]?.answer?.messageId).toBe('m1');

    // Going back shows the earlier version; an unknown message is ignored.
    store.getState().showVersion('p2', 't1', 'm2');
    store.getState().showVersion('p2', 't1', 'm1');
    state = store.getState();
    expect(threadSelectors.paneThread(state, 'p2')[0]?.answer?.messageId).toBe('m2');
  });
});

describe('sending', () => {
  it('replaces the edited last turn and returns a one-pane prompt to every pane', async () => {
    const sent: unknown[] = [];
    const store = storeWithTurn();
    store.setState({
      providers: [
        { profile: { kind: 'openai', api: 'responses', id: 'a', name: 'A' }, secrets: [] },
        { profile: { kind: 'openai', api: 'responses', id: 'b', name: 'B' }, secrets: [] },
      ],
    });
    store.getState().internal_beginTurn(result, 'Helo', ['p1', 'p2']);
    const replies = [
      {
        conversationId: 'c1',
        turnId: 't2',
        streams: [{ paneId: 'p1', streamId: 's4', messageId: 'm4' }],
      },
    ];
    (globalThis as { window?: unknown }).window = {
      api: {
        sendTurn: (input: unknown) => {
          sent.push(input);
          return Promise.resolve({ ok: true, value: replies.shift() });
        },
      },
    };
    try {
      store.setState({ conversationId: 'c1' });
      store.getState().editLastPrompt();
      expect(store.getState().composerText).toBe('Helo');
      store.getState().setComposerText('Hello');
      store.getState().setTarget('p1');
      await store.getState().sendPrompt();
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
    expect(sent[0]).toMatchObject({ prompt: 'Hello', replaceTurnId: 't1' });
    const state = store.getState();
    expect(state.turns.map((t) => [t.id, t.prompt])).toEqual([['t2', 'Hello']]);
    expect(state.answers.m1).toBeUndefined();
    expect(state.answers.m2).toBeUndefined();
    expect(state.target).toBe('all');
    expect(state.editingTurnId).toBeUndefined();
  });
});

describe('a conversation reopened while it streams', () => {
  it('shows live parts and the final outcome for a message it knows from history', () => {
    const store = storeWithTurn();
    store.setState({
      conversationId: 'c1',
      turns: [{ id: 't1', prompt: 'Hello', paneIds: ['p1'], createdAt: 1, attachments: [] }],
      answers: {
        m1: {
          ...emptyAnswer({ messageId: 'm1', conversationId: 'c1', turnId: 't1', paneId: 'p1' }),
          text: 'par',
        },
      },
      paneAnswers: { p1: { t1: 'm1' } },
    });
    // Live parts of the stream still running in main show at once, not only at its end.
    store
      .getState()
      .internal_applyStreamParts([
        { ...s1, streamId: 's7', parts: [{ type: 'text-delta', delta: 'tial' }] },
      ]);
    expect(store.getState().answers.m1).toMatchObject({
      status: 'streaming',
      text: 'partial',
      streamId: 's7',
    });
    expect(threadSelectors.paneThread(store.getState(), 'p1')[0]?.answer?.text).toBe('partial');
    store.getState().internal_applyStreamDone({
      ...s1,
      streamId: 's7',
      outcome: outcome('partial and the rest'),
    });
    expect(store.getState().answers.m1).toMatchObject({
      status: 'complete',
      text: 'partial and the rest',
    });
  });
});
