// SQLite rows of the history tables and their mapping to the records the renderer sees.
import type { AttachmentRef } from '../../../shared/attachments';
import type { PaneSettings } from '../../../shared/chat';
import type {
  ConversationSummary,
  MessageRecord,
  PaneRecord,
  TurnRecord,
} from '../../../shared/history';
import type { ProviderKind } from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';

export interface ConversationRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  pinned: number;
  archived: number;
  message_count: number;
}

export interface PaneRow {
  conversation_id: string;
  pane_id: string;
  position: number;
  profile_id: string;
  provider_kind: string;
  provider_name: string;
  model: string;
  region: string | null;
  settings_json: string;
}

export interface TurnRow {
  id: string;
  conversation_id: string;
  seq: number;
  prompt: string;
  created_at: number;
  pane_ids_json: string;
  /** JSON array of the turn's AttachmentRefs in order (TURN_ATTACHMENTS_SQL); absent: none. */
  attachments_json?: string | null;
}

/**
 * The turn's files as one JSON column of a turns query (`t` is the turn), in the order they
 * were attached.
 */
export const TURN_ATTACHMENTS_SQL = `(SELECT json_group_array(json(ref)) FROM (
    SELECT json_object('id', a.id, 'name', ta.name, 'mediaType', a.media_type, 'size', a.size)
      AS ref
    FROM turn_attachments ta JOIN attachments a ON a.id = ta.attachment_id
    WHERE ta.turn_id = t.id ORDER BY ta.position)) AS attachments_json`;

/**
 * Where each field of an answer's record is kept. Fields with a column of their own are the ones
 * searched (content, provider, model), read by the thread rules (status, finish reason) or
 * aggregated (figures, tokens); every other field of the record (a new metric, cached input
 * tokens, whatever the schema gains) goes to `extras_json`, so it needs no column or migration.
 */
const COLUMN_OF = {
  providerKind: 'provider_kind',
  providerName: 'provider_name',
  model: 'model',
  content: 'content',
  reasoning: 'reasoning',
  status: 'status',
  errorKind: 'error_kind',
  errorMessage: 'error_message',
  finishReason: 'finish_reason',
  ttftMs: 'ttft_ms',
  tokensPerSecond: 'tokens_per_second',
  totalMs: 'total_ms',
  providerModelId: 'provider_model_id',
  region: 'region',
  requestId: 'request_id',
} as const satisfies Partial<Record<keyof MessageRecord, string>>;
const JSON_COLUMN_OF = {
  cost: 'cost_json',
  settings: 'settings_json',
} as const satisfies Partial<Record<keyof MessageRecord, string>>;
const USAGE_COLUMN_OF = {
  inputTokens: 'input_tokens',
  outputTokens: 'output_tokens',
  totalTokens: 'total_tokens',
  reasoningTokens: 'reasoning_tokens',
} as const satisfies Partial<Record<keyof Usage, string>>;
const IDENTITY_COLUMN_OF = {
  id: 'id',
  conversationId: 'conversation_id',
  turnId: 'turn_id',
  paneId: 'pane_id',
  role: 'role',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Partial<Record<keyof MessageRecord, string>>;

type Column =
  | (typeof COLUMN_OF)[keyof typeof COLUMN_OF]
  | (typeof JSON_COLUMN_OF)[keyof typeof JSON_COLUMN_OF]
  | (typeof USAGE_COLUMN_OF)[keyof typeof USAGE_COLUMN_OF]
  | 'extras_json';

/** The stored columns of an answer besides its identity, each bound as `@column` by messageParams. */
export const ANSWER_COLUMNS: readonly Column[] = [
  ...Object.values(COLUMN_OF),
  ...Object.values(JSON_COLUMN_OF),
  ...Object.values(USAGE_COLUMN_OF),
  'extras_json',
];

export type MessageRow = {
  [K in (typeof IDENTITY_COLUMN_OF)[keyof typeof IDENTITY_COLUMN_OF]]: K extends
    'created_at' | 'updated_at'
    ? number
    : string;
} & { [K in Column]: string | number | null };

/** SQL column list matching MessageRow, for SELECTs. */
export const MESSAGE_COLUMNS = [...Object.values(IDENTITY_COLUMN_OF), ...ANSWER_COLUMNS].join(', ');

/** The one mapping of an answer's record onto its columns, as named parameters (`@column`). */
export function messageParams(record: Partial<MessageRecord>): Record<Column, unknown> {
  const params = {} as Record<Column, unknown>;
  const extras: Record<string, unknown> = {};
  const known = new Set<string>([
    ...Object.keys(IDENTITY_COLUMN_OF),
    ...Object.keys(COLUMN_OF),
    ...Object.keys(JSON_COLUMN_OF),
    'usage',
  ]);
  for (const [field, column] of Object.entries(COLUMN_OF)) {
    params[column] = record[field as keyof typeof COLUMN_OF] ?? null;
  }
  for (const [field, column] of Object.entries(JSON_COLUMN_OF)) {
    const value = record[field as keyof typeof JSON_COLUMN_OF];
    params[column] = value === undefined ? null : JSON.stringify(value);
  }
  const usage: Partial<Usage> = { ...record.usage };
  for (const [field, column] of Object.entries(USAGE_COLUMN_OF)) {
    params[column] = usage[field as keyof typeof USAGE_COLUMN_OF] ?? null;
    delete usage[field as keyof typeof USAGE_COLUMN_OF];
  }
  if (Object.keys(usage).length > 0) extras.usage = usage;
  for (const [field, value] of Object.entries(record)) {
    if (!known.has(field) && value !== undefined && value !== null) extras[field] = value;
  }
  params.extras_json = Object.keys(extras).length > 0 ? JSON.stringify(extras) : null;
  return params;
}

/** SQL for a conversation with its message count, for SELECTs `FROM conversations c`. */
export const CONVERSATION_COLUMNS = `c.id, c.title, c.created_at, c.updated_at, c.pinned,
  c.archived, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count`;

// Optional fields are left out rather than set to undefined, so records compare and serialise
// cleanly.
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function toConversationSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    pinned: row.pinned === 1,
    archived: row.archived === 1,
    messageCount: row.message_count,
  };
}

export function toPaneRecord(row: PaneRow): PaneRecord {
  return {
    paneId: row.pane_id,
    position: row.position,
    profileId: row.profile_id,
    providerKind: row.provider_kind as ProviderKind,
    providerName: row.provider_name,
    model: row.model,
    ...optional('region', row.region),
    settings: JSON.parse(row.settings_json) as PaneSettings,
  };
}

export function toTurnRecord(row: TurnRow): TurnRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    prompt: row.prompt,
    createdAt: row.created_at,
    paneIds: JSON.parse(row.pane_ids_json) as string[],
    attachments:
      row.attachments_json == null ? [] : (JSON.parse(row.attachments_json) as AttachmentRef[]),
  };
}

export function toMessageRecord(row: MessageRow): MessageRecord {
  const extras = (row.extras_json === null ? {} : JSON.parse(String(row.extras_json))) as Partial<
    MessageRecord & { usage: Partial<Usage> }
  >;
  const record = { ...extras } as Record<string, unknown>;
  for (const [field, column] of Object.entries(IDENTITY_COLUMN_OF)) record[field] = row[column];
  for (const [field, column] of Object.entries(COLUMN_OF)) {
    if (row[column] !== null) record[field] = row[column];
  }
  for (const [field, column] of Object.entries(JSON_COLUMN_OF)) {
    if (row[column] !== null) record[field] = JSON.parse(String(row[column]));
  }
  if (record.reasoning === '') delete record.reasoning;
  const input = row.input_tokens;
  const output = row.output_tokens;
  if (typeof input === 'number' && typeof output === 'number') {
    record.usage = {
      inputTokens: input,
      outputTokens: output,
      totalTokens: row.total_tokens ?? input + output,
      ...optional('reasoningTokens', row.reasoning_tokens),
      ...extras.usage,
    };
  } else {
    delete record.usage;
  }
  return record as MessageRecord;
}
