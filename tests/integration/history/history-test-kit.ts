// Builders shared by the history tests: panes, outcomes and a store on a temp SQLite file with a
// clock that moves forward one second per reading, so ordering never depends on timing.
import Database from 'better-sqlite3';
import type { StreamOutcome } from '../../../shared/chat';
import type { RecordedPane } from '../../../electron/main/chat/chat-recorder';
import {
  openHistoryStore,
  type HistoryStore,
  type HistoryStoreOptions,
} from '../../../electron/main/history/history-store';
import { migrate } from '../../../electron/main/history/schema-migrations';

export const START_TIME = Date.UTC(2026, 0, 1);

export function createSteppingClock(start = START_TIME, stepMs = 1000) {
  let time = start;
  return { now: () => (time += stepMs), peek: () => time };
}

/**
 * A database at schema `version` holding `rows` (SQL), as that version of the app wrote them. Left
 * open for the caller to read before it closes it.
 */
export function openOldDatabase(file: string, version: number, rows: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.exec(rows);
  return db;
}

export function openTestStore(
  file: string,
  options: Partial<HistoryStoreOptions> = {},
): HistoryStore {
  return openHistoryStore({ file, now: createSteppingClock().now, ...options });
}

export function pane(paneId: string, overrides: Partial<RecordedPane> = {}): RecordedPane {
  return {
    paneId,
    profileId: `profile-${paneId}`,
    providerKind: 'openai',
    providerName: 'OpenAI work',
    model: 'gpt-4o',
    settings: {},
    ...overrides,
  };
}

export function bedrockPane(paneId: string): RecordedPane {
  return pane(paneId, {
    providerKind: 'bedrock',
    providerName: 'AWS Bedrock',
    model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    region: 'us-east-1',
  });
}

export function outcome(text: string, overrides: Partial<StreamOutcome> = {}): StreamOutcome {
  return {
    status: 'complete',
    text,
    reasoning: '',
    finishReason: 'stop',
    providerModelId: 'gpt-4o-2024-08-06',
    requestId: 'req_123',
    metrics: {
      ttftMs: 210,
      totalMs: 1500,
      tokensPerSecond: 55.5,
      usage: { inputTokens: 12, outputTokens: 40, totalTokens: 52 },
    },
    cost: {
      currency: 'USD',
      input: 0.00003,
      output: 0.0004,
      total: 0.00043,
      priceDate: '2026-01-01',
    },
    ...overrides,
  };
}

/** One finished turn: the prompt to the given panes, each answering `answer(paneId)`. */
export function recordTurn(
  store: HistoryStore,
  prompt: string,
  panes: RecordedPane[],
  answer: (paneId: string) => string,
  conversationId?: string,
) {
  const turn = store.beginTurn({ conversationId, prompt, panes });
  for (const { paneId, messageId } of turn.messages) {
    store.appendDelta(messageId, answer(paneId));
    store.finish(messageId, outcome(answer(paneId)));
  }
  return turn;
}
