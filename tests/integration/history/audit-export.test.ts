// The audit trail against a real SQLite file: one row per answer, every documented column, no
// text, no key, no URL path or query; and history exports without text when the user asks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEndpointOf } from '../../../electron/main/history/audit-endpoint';
import { AUDIT_COLUMNS } from '../../../electron/main/history/audit-export';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import type { ProviderProfile } from '../../../shared/providers';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { bedrockPane, openTestStore, outcome, pane } from './history-test-kit';

const SECRET = 'sk-live-SECRET-1234567890';

const profiles: Record<string, ProviderProfile> = {
  'profile-a': {
    kind: 'azure-openai',
    id: 'profile-a',
    name: 'Azure',
    resourceEndpoint: 'https://contoso.openai.azure.com',
    // An enterprise gateway whose URL carries a token: only its host may appear.
    endpoint: `https://gateway.example.com/openai?key=${SECRET}`,
    deployments: ['gpt-4o'],
    apiVersion: 'v1',
    api: 'chat-completions',
  },
  'profile-b': {
    kind: 'bedrock',
    id: 'profile-b',
    name: 'AWS Bedrock',
    region: 'us-east-1',
    authMode: 'access-key',
  },
};
const endpointOf = (id: string) => {
  const profile = profiles[id];
  return profile && auditEndpointOf(profile);
};

let dir: TempDir;
let store: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('history-audit-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

function recordTwoTurns() {
  const panes = [
    pane('a', { providerKind: 'azure-openai', providerName: 'Azure' }),
    bedrockPane('b'),
  ];
  const first = store.beginTurn({ prompt: `Secret plan ${SECRET}`, panes });
  for (const { paneId, messageId } of first.messages) {
    store.finish(
      messageId,
      paneId === 'a'
        ? outcome('=cmd|calc answer text', {
            api: 'chat-completions',
            systemFingerprint: 'fp_abc',
            serviceTier: 'default',
            region: 'swedencentral',
            metrics: {
              ttftMs: 210,
              totalMs: 1500,
              tokensPerSecond: 55.5,
              usage: { inputTokens: 40, outputTokens: 9, totalTokens: 49, cachedInputTokens: 32 },
            },
            cost: {
              currency: 'USD',
              input: 0.0001,
              output: 0.0002,
              total: 0.0003,
              priceDate: '2026-01-01',
              source: 'genai-prices 0.1.8',
            },
          })
        : outcome('', {
            status: 'error',
            error: { kind: 'auth', message: 'The key was rejected', retryable: false },
            providerModelId: undefined,
            cost: undefined,
            requestId: 'req-bedrock',
            metrics: { ttftMs: null, tokensPerSecond: null, totalMs: 90 },
          }),
    );
  }
  const second = store.beginTurn({
    conversationId: first.conversationId,
    prompt: 'And then?',
    panes: [panes[0] ?? pane('a')],
  });
  for (const { messageId } of second.messages) store.finish(messageId, outcome('More text'));
  return first.conversationId;
}

/** RFC 4180 rows (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('audit export', () => {
  it('writes a CSV header of the documented columns and one row per answer', () => {
    recordTwoTurns();
    const file = store.exportAudit({ format: 'csv' }, endpointOf);
    expect(file.mimeType).toBe('text/csv');
    expect(file.fileName).toMatch(/^polycloud-chat-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(file.content);
    expect(header).toEqual([...AUDIT_COLUMNS]);
    expect(rows).toHaveLength(3);
    const azure = Object.fromEntries(header?.map((column, i) => [column, rows[0]?.[i]]) ?? []);
    expect(azure).toMatchObject({
      cloud: 'azure-openai',
      provider_name: 'Azure',
      api: 'chat-completions',
      endpoint_host: 'gateway.example.com',
      region: 'swedencentral',
      model_asked: 'gpt-4o',
      model_served: 'gpt-4o-2024-08-06',
      system_fingerprint: 'fp_abc',
      service_tier: 'default',
      request_id: 'req_123',
      status: 'complete',
      finish_reason: 'stop',
      input_tokens: '40',
      cached_input_tokens: '32',
      output_tokens: '9',
      cost_usd: '0.0003',
      price_source: 'genai-prices 0.1.8',
      ttft_ms: '210',
      total_ms: '1500',
    });
    const bedrock = Object.fromEntries(header?.map((column, i) => [column, rows[1]?.[i]]) ?? []);
    expect(bedrock).toMatchObject({
      cloud: 'bedrock',
      api: 'converse',
      endpoint_host: 'bedrock-runtime.us-east-1.amazonaws.com',
      status: 'error',
      error_kind: 'auth',
      cost_usd: '',
    });
  });

  it('holds no key, prompt or answer text in any cell', () => {
    recordTwoTurns();
    for (const format of ['csv', 'jsonl'] as const) {
      const { content } = store.exportAudit({ format }, endpointOf);
      expect(content).not.toContain(SECRET);
      expect(content).not.toContain('Secret plan');
      expect(content).not.toContain('answer text');
      expect(content).not.toContain('?key=');
    }
  });

  it('writes JSON Lines with the same columns, and keeps to a range or chosen conversations', () => {
    const conversationId = recordTwoTurns();
    const other = store.beginTurn({ prompt: 'Elsewhere', panes: [pane('a')] });
    for (const { messageId } of other.messages) store.finish(messageId, outcome('x'));

    const all = store.exportAudit({ format: 'jsonl' }, endpointOf).content.trim().split('\n');
    expect(all).toHaveLength(4);
    const first = JSON.parse(all[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([...AUDIT_COLUMNS]);
    expect(first.ttft_ms).toBe(210);

    const chosen = store.exportAudit(
      { format: 'jsonl', conversationIds: [conversationId] },
      endpointOf,
    );
    expect(chosen.content.trim().split('\n')).toHaveLength(3);
    const lastTime = Date.parse(String(JSON.parse(all[3] ?? '{}').time));
    const ranged = store.exportAudit({ format: 'jsonl', from: lastTime }, endpointOf);
    expect(ranged.content.trim().split('\n')).toHaveLength(1);
  });

  it('guards a spreadsheet against a cell that starts like a formula', () => {
    const turn = store.beginTurn({ prompt: 'x', panes: [pane('a', { model: '=HYPERLINK("x")' })] });
    for (const { messageId } of turn.messages) store.finish(messageId, outcome('y'));
    const { content } = store.exportAudit({ format: 'csv' }, endpointOf);
    expect(content).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('history export without text', () => {
  it('leaves prompts, answers, reasoning and titles out of JSON and Markdown', () => {
    recordTwoTurns();
    for (const format of ['json', 'markdown'] as const) {
      const { content } = store.exportHistory({ format, redactContent: true });
      expect(content).not.toContain('Secret plan');
      expect(content).not.toContain('answer text');
      expect(content).not.toContain('More text');
      expect(content).toContain('gpt-4o-2024-08-06');
    }
    expect(store.exportHistory({ format: 'json' }).content).toContain('More text');
  });
});
