// The audit trail: one row per finished answer, as CSV or JSON Lines, with who answered, over
// which API and host, what it was billed and how fast it came. It never holds prompt or answer
// text, a key or a full URL: the columns are listed (and explained) in docs/audit-export.md.
import type { Database } from 'better-sqlite3';
import type { FailedAttempt } from '../../../shared/answer';
import type { AuditExportInput, ExportResult } from '../../../shared/history';
import type { AuditEndpoint } from './audit-endpoint';
import { toCsv, type CsvCell } from './csv';

export const AUDIT_COLUMNS = [
  'time',
  'conversation_id',
  'turn_id',
  'message_id',
  'pane_id',
  'cloud',
  'provider_name',
  'api',
  'endpoint_host',
  'region',
  'model_asked',
  'model_served',
  'system_fingerprint',
  'service_tier',
  'request_id',
  'status',
  'finish_reason',
  'error_kind',
  'input_tokens',
  'cached_input_tokens',
  'output_tokens',
  'reasoning_tokens',
  'cost_usd',
  'price_source',
  'price_date',
  'ttft_ms',
  'tokens_per_second',
  'total_ms',
  'failover_attempts',
  'vote',
] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];
export type AuditRow = Record<AuditColumn, string | number | null>;

interface Row {
  created_at: number;
  conversation_id: string;
  turn_id: string;
  id: string;
  pane_id: string;
  profile_id: string | null;
  provider_kind: string | null;
  provider_name: string | null;
  model: string | null;
  provider_model_id: string | null;
  region: string | null;
  request_id: string | null;
  status: string;
  finish_reason: string | null;
  error_kind: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  reasoning_tokens: number | null;
  cost_json: string | null;
  ttft_ms: number | null;
  tokens_per_second: number | null;
  total_ms: number | null;
  extras_json: string | null;
}

interface Extras {
  attempts?: FailedAttempt[];
  vote?: string;
  api?: string;
  systemFingerprint?: string;
  serviceTier?: string;
  usage?: { cachedInputTokens?: number };
}
interface StoredCost {
  total?: number;
  source?: string;
  priceDate?: string;
  byUser?: boolean;
}

/** Where a profile sends its requests; undefined once the profile is deleted. */
export type AuditEndpointLookup = (profileId: string) => AuditEndpoint | undefined;

export function toAuditRow(row: Row, endpointOf: AuditEndpointLookup): AuditRow {
  const extras = (row.extras_json === null ? {} : JSON.parse(row.extras_json)) as Extras;
  const cost = (row.cost_json === null ? undefined : JSON.parse(row.cost_json)) as
    StoredCost | undefined;
  const endpoint = row.profile_id === null ? undefined : endpointOf(row.profile_id);
  const source =
    cost?.byUser === true ? `your price${cost.source ? ` (${cost.source})` : ''}` : cost?.source;
  return {
    time: new Date(row.created_at).toISOString(),
    conversation_id: row.conversation_id,
    turn_id: row.turn_id,
    message_id: row.id,
    pane_id: row.pane_id,
    cloud: row.provider_kind,
    provider_name: row.provider_name,
    api: extras.api ?? endpoint?.api ?? null,
    endpoint_host: endpoint?.host ?? null,
    region: row.region,
    model_asked: row.model,
    model_served: row.provider_model_id,
    system_fingerprint: extras.systemFingerprint ?? null,
    service_tier: extras.serviceTier ?? null,
    request_id: row.request_id,
    status: row.status,
    finish_reason: row.finish_reason,
    error_kind: row.error_kind,
    input_tokens: row.input_tokens,
    cached_input_tokens: extras.usage?.cachedInputTokens ?? null,
    output_tokens: row.output_tokens,
    reasoning_tokens: row.reasoning_tokens,
    cost_usd: cost?.total ?? null,
    price_source: source ?? null,
    price_date: cost?.priceDate ?? null,
    ttft_ms: row.ttft_ms,
    tokens_per_second: row.tokens_per_second,
    total_ms: row.total_ms,
    failover_attempts: attemptsText(extras.attempts),
    vote: extras.vote ?? null,
  };
}

/**
 * The clouds a pane tried before the one that answered, oldest first, each with how it failed
 * and how long that took: "Bedrock (us-east-1): rate-limit 429 after 120 ms | …".
 */
function attemptsText(attempts: readonly FailedAttempt[] | undefined): string | null {
  if (!attempts || attempts.length === 0) return null;
  return attempts
    .map((a) => {
      const where = a.region ? `${a.providerName} (${a.region})` : a.providerName;
      const status = a.status !== undefined ? ` ${a.status}` : '';
      return `${where}: ${a.errorKind}${status} after ${Math.round(a.elapsedMs)} ms`;
    })
    .join(' | ');
}

export function createAuditExport(db: Database, now: () => number) {
  // The pane gives the profile (the answer keeps only its kind and name). Answers still
  // streaming have no outcome yet and are left out.
  const select = db.prepare<[{ from: number | null; to: number | null; ids: string | null }], Row>(
    `SELECT m.created_at, m.conversation_id, m.turn_id, m.id, m.pane_id, p.profile_id,
       m.provider_kind, m.provider_name, m.model, m.provider_model_id, m.region, m.request_id,
       m.status, m.finish_reason, m.error_kind, m.input_tokens, m.output_tokens,
       m.reasoning_tokens, m.cost_json, m.ttft_ms, m.tokens_per_second, m.total_ms,
       m.extras_json
     FROM messages m
     LEFT JOIN panes p ON p.conversation_id = m.conversation_id AND p.pane_id = m.pane_id
     WHERE m.role = 'assistant' AND m.status != 'streaming'
       AND (@from IS NULL OR m.created_at >= @from) AND (@to IS NULL OR m.created_at <= @to)
       AND (@ids IS NULL OR m.conversation_id IN (SELECT value FROM json_each(@ids)))
     ORDER BY m.created_at, m.rid`,
  );

  return (input: AuditExportInput, endpointOf: AuditEndpointLookup): ExportResult => {
    const params = {
      from: input.from ?? null,
      to: input.to ?? null,
      ids: input.conversationIds === undefined ? null : JSON.stringify(input.conversationIds),
    };
    const rows = select.all(params).map((row) => toAuditRow(row, endpointOf));
    const date = new Date(now()).toISOString().slice(0, 10);
    if (input.format === 'csv') {
      return {
        fileName: `polycloud-chat-audit-${date}.csv`,
        mimeType: 'text/csv',
        content: toCsv(
          AUDIT_COLUMNS,
          rows.map((row) => AUDIT_COLUMNS.map((column): CsvCell => row[column])),
        ),
      };
    }
    return {
      fileName: `polycloud-chat-audit-${date}.jsonl`,
      mimeType: 'application/x-ndjson',
      content: rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
    };
  };
}
