import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaVersion } from '../../../electron/main/history/schema-migrations';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { openOldDatabase, openTestStore, outcome, pane, recordTurn } from './history-test-kit';

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('history-migrate-');
});
afterEach(async () => {
  await dir.remove();
});

/** A database as the first released schema wrote it, with one finished and one cut-off answer. */
function createVersionOneDatabase(file: string): void {
  const db = openOldDatabase(
    file,
    1,
    `
    INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c1', 'Old times', 1, 2);
    INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
      provider_name, model) VALUES ('c1', 'p1', 0, 'prof', 'openai', 'OpenAI', 'gpt-4o');
    INSERT INTO turns (id, conversation_id, seq, prompt, created_at, pane_ids_json)
      VALUES ('t1', 'c1', 1, 'Tell me about narwhals', 1, '["p1"]');
    INSERT INTO messages (id, conversation_id, turn_id, pane_id, role, provider_kind, model,
      content, status, created_at, updated_at)
      VALUES ('m1', 'c1', 't1', 'p1', 'assistant', 'openai', 'gpt-4o',
        'Narwhals have a long spiral tusk.', 'complete', 1, 2),
      ('m2', 'c1', 't1', 'p1', 'assistant', 'openai', 'gpt-4o', 'Unfinished walrus', 'streaming', 1, 1);
  `,
  );
  db.close();
}

describe('schema migrations', () => {
  it('upgrades a first-version database: old rows become searchable and nothing is lost', () => {
    const file = dir.file('history.sqlite');
    createVersionOneDatabase(file);
    const before = new Database(file, { readonly: true });
    expect(schemaVersion(before)).toBe(1);
    expect(before.prepare(`SELECT name FROM sqlite_master WHERE name = 'search_index'`).get()).toBe(
      undefined,
    );
    before.close();

    const store = openTestStore(file);
    const detail = store.getConversation({ conversationId: 'c1', limit: 50 });
    expect(detail.conversation.title).toBe('Old times');
    expect(detail.messages.map((m) => [m.id, m.status])).toEqual([
      ['m1', 'complete'],
      ['m2', 'stopped'],
    ]);
    expect(store.search({ query: 'spiral', limit: 5, offset: 0 }).items[0]?.messageId).toBe('m1');
    expect(store.search({ query: 'narwhals', limit: 5, offset: 0 }).items).toHaveLength(2);
    expect(store.search({ query: 'old times', limit: 5, offset: 0 }).items).toHaveLength(1);
    // The answer cut off under the old version is kept, marked stopped and searchable.
    expect(store.search({ query: 'walrus', limit: 5, offset: 0 }).items[0]?.messageId).toBe('m2');
    store.close();

    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it('upgrades a v3 database: its answers read as before, and new answers keep fields without a column', () => {
    const file = dir.file('history.sqlite');
    const db = openOldDatabase(
      file,
      3,
      `
      INSERT INTO conversations (rid, id, title, created_at, updated_at) VALUES (1, 'c1', 'Whales', 1, 2);
      INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
        provider_name, model, settings_json)
        VALUES ('c1', 'p1', 0, 'prof', 'openai', 'OpenAI', 'gpt-4o', '{}');
      INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
        VALUES (2, 't1', 'c1', 1, 'Tell me about orcas', 1, '["p1"]');
      INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, provider_kind, model,
        content, status, finish_reason, input_tokens, output_tokens, total_tokens, ttft_ms,
        settings_json, created_at, updated_at)
        VALUES (3, 'm1', 'c1', 't1', 'p1', 'assistant', 'openai', 'gpt-4o',
          'Orcas are dolphins.', 'complete', 'stop', 5, 7, 12, 80, '{"temperature":0.2}', 1, 2);
      UPDATE row_sequence SET value = 3;
    `,
    );
    db.close();

    const store = openTestStore(file);
    const [old] = store.getConversation({ conversationId: 'c1', limit: 50 }).messages;
    expect(old).toEqual({
      id: 'm1',
      conversationId: 'c1',
      turnId: 't1',
      paneId: 'p1',
      role: 'assistant',
      providerKind: 'openai',
      model: 'gpt-4o',
      content: 'Orcas are dolphins.',
      status: 'complete',
      finishReason: 'stop',
      usage: { inputTokens: 5, outputTokens: 7, totalTokens: 12 },
      ttftMs: 80,
      settings: { temperature: 0.2 },
      createdAt: 1,
      updatedAt: 2,
    });

    const turn = store.beginTurn({
      conversationId: 'c1',
      prompt: 'And belugas?',
      panes: [pane('p1')],
    });
    const messageId = turn.messages[0]?.messageId ?? '';
    const usage = { inputTokens: 40, outputTokens: 9, totalTokens: 49, cachedInputTokens: 32 };
    store.finish(
      messageId,
      outcome('Belugas are white.', {
        metrics: { ttftMs: 90, totalMs: 400, tokensPerSecond: 30, usage },
      }),
    );
    const fresh = store.getConversation({ conversationId: 'c1', limit: 50 }).messages.at(-1);
    expect(fresh?.usage).toEqual(usage);
    store.close();

    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION);
    after.close();
  });

  it('upgrades a v4 database: its priced answers count in the leaderboard and cost filters', () => {
    const file = dir.file('history.sqlite');
    const db = openOldDatabase(
      file,
      4,
      `
      INSERT INTO conversations (rid, id, title, created_at, updated_at) VALUES (1, 'c1', 'Seals', 1, 2);
      INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
        provider_name, model, settings_json)
        VALUES ('c1', 'p1', 0, 'prof', 'bedrock', 'AWS', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', '{}');
      INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
        VALUES (2, 't1', 'c1', 1, 'Tell me about seals', 1, '["p1"]');
      INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, provider_kind,
        provider_name, model, content, status, output_tokens, input_tokens, ttft_ms, region,
        cost_json, created_at, updated_at)
        VALUES (3, 'm1', 'c1', 't1', 'p1', 'assistant', 'bedrock', 'AWS',
          'us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'Seals are pinnipeds.', 'complete',
          500, 10, 300, 'us-east-1',
          '{"currency":"USD","input":0.01,"output":0.04,"total":0.05,"priceDate":"2026-01-01"}', 1, 2);
      UPDATE row_sequence SET value = 3;
    `,
    );
    db.close();

    const store = openTestStore(file);
    const [row] = store.leaderboard({}).rows;
    expect(row).toMatchObject({
      family: 'claude-3-7-sonnet',
      region: 'us-east-1',
      answers: 1,
      totalCostUsd: 0.05,
      costPer1kOutputUsd: 0.1,
    });
    expect(store.search({ query: '', minCostUsd: 0.04, limit: 5, offset: 0 }).items).toHaveLength(
      1,
    );
    store.close();

    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION);
    after.close();
  });

  it('upgrades a v8 database: its index is rebuilt with four-letter prefixes and keeps following the history', () => {
    const file = dir.file('history.sqlite');
    const db = openOldDatabase(
      file,
      8,
      `
      INSERT INTO conversations (rid, id, title, created_at, updated_at) VALUES (1, 'c1', 'Narwhal facts', 1, 2);
      INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
        provider_name, model, settings_json)
        VALUES ('c1', 'p1', 0, 'prof', 'bedrock', 'AWS', 'anthropic.claude-3-5-sonnet-20240620-v1:0', '{}');
      INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
        VALUES (2, 't1', 'c1', 1, 'Where do narwhals live?', 1, '["p1"]');
      INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, provider_kind,
        provider_name, model, content, status, region, created_at, updated_at)
        VALUES (3, 'm1', 'c1', 't1', 'p1', 'assistant', 'bedrock', 'AWS',
          'anthropic.claude-3-5-sonnet-20240620-v1:0', 'Narwhals live in Arctic waters.', 'complete',
          'us-east-1', 1, 2);
      UPDATE row_sequence SET value = 3;
    `,
    );
    const triggersOf = (database: Database.Database) =>
      database
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'
           ORDER BY name`,
        )
        .pluck()
        .all();
    const triggersBefore = triggersOf(db);
    db.close();

    const store = openTestStore(file);
    // A four-letter prefix, as typed: the title, the prompt and the answer.
    expect(store.search({ query: 'narw', limit: 5, offset: 0 }).items).toHaveLength(3);
    expect(
      store.search({ query: 'arct', providerKind: 'bedrock', limit: 5, offset: 0 }).items,
    ).toMatchObject([{ messageId: 'm1', region: 'us-east-1' }]);
    // The triggers came back: a new answer is indexed, and a deleted conversation leaves.
    recordTurn(store, 'And belugas?', [pane('p1')], () => 'Belugas sing.', 'c1');
    expect(store.search({ query: 'belu', limit: 5, offset: 0 }).items).toHaveLength(2);
    store.deleteConversation('c1');
    expect(store.search({ query: 'narw', limit: 5, offset: 0 }).items).toEqual([]);
    store.close();

    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION);
    expect(
      after.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_index'`).pluck().get(),
    ).toContain(`prefix = '3 4'`);
    expect(triggersOf(after)).toEqual(triggersBefore);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it('opens an up-to-date database again without redoing any step', () => {
    const file = dir.file('history.sqlite');
    const store = openTestStore(file);
    store.close();
    const again = openTestStore(file);
    expect(again.listConversations({ limit: 5, includeArchived: false }).items).toEqual([]);
    again.close();
  });

  it('refuses a database written by a newer app, in plain words, and leaves it untouched', () => {
    const file = dir.file('history.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => openTestStore(file)).toThrow(/newer version of the app/);
    const check = new Database(file, { readonly: true });
    expect(schemaVersion(check)).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('says plainly when the file is not a database, and leaves it as it was', () => {
    const file = dir.file('history.sqlite');
    const garbage = 'this is not a database '.repeat(300);
    writeFileSync(file, garbage);
    expect(() => openTestStore(file)).toThrow(/history file is damaged/);
    expect(readFileSync(file, 'utf8')).toBe(garbage);
  });
});
