// SQLite rows of the history tables and their mapping to the records the renderer sees.
import type { Cost, PaneSettings } from '../../../shared/chat';
import type {
  ConversationSummary,
  MessageRecord,
  PaneRecord,
  TurnRecord,
} from '../../../shared/history';
import type { ProviderKind } from '../../../shared/providers';
import type { ErrorKind, FinishReason, Usage } from '../../../shared/stream';

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
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  turn_id: string;
  pane_id: string;
  role: 'user' | 'assistant';
  provider_kind: string | null;
  provider_name: string | null;
  model: string | null;
  content: string;
  reasoning: string;
  status: MessageRecord['status'];
  error_kind: string | null;
  error_message: string | null;
  finish_reason: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  total_tokens: number | null;
  reasoning_tokens: number | null;
  cost_json: string | null;
  ttft_ms: number | null;
  tokens_per_second: number | null;
  total_ms: number | null;
  provider_model_id: string | null;
  region: string | null;
  request_id: string | null;
  settings_json: string | null;
  created_at: number;
  updated_at: number;
}

/** SQL column list matching MessageRow, for SELECTs. */
export const MESSAGE_COLUMNS = `id, conversation_id, turn_id, pane_id, role, provider_kind,
  provider_name, model, content, reasoning, status, error_kind, error_message, finish_reason,
  input_tokens, output_tokens, total_tokens, reasoning_tokens, cost_json, ttft_ms,
  tokens_per_second, total_ms, provider_model_id, region, request_id, settings_json, created_at,
  updated_at`;

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
  };
}

function toUsage(row: MessageRow): Usage | undefined {
  if (row.input_tokens === null || row.output_tokens === null) return undefined;
  return {
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    totalTokens: row.total_tokens ?? row.input_tokens + row.output_tokens,
    ...optional('reasoningTokens', row.reasoning_tokens),
  };
}

export function toMessageRecord(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    turnId: row.turn_id,
    paneId: row.pane_id,
    role: row.role,
    ...optional('providerKind', row.provider_kind as ProviderKind | null),
    ...optional('providerName', row.provider_name),
    ...optional('model', row.model),
    content: row.content,
    ...optional('reasoning', row.reasoning === '' ? null : row.reasoning),
    status: row.status,
    ...optional('errorKind', row.error_kind as ErrorKind | null),
    ...optional('errorMessage', row.error_message),
    ...optional('finishReason', row.finish_reason as FinishReason | null),
    ...optional('usage', toUsage(row)),
    ...optional('cost', row.cost_json === null ? null : (JSON.parse(row.cost_json) as Cost)),
    ...optional('ttftMs', row.ttft_ms),
    ...optional('tokensPerSecond', row.tokens_per_second),
    ...optional('totalMs', row.total_ms),
    ...optional('providerModelId', row.provider_model_id),
    ...optional('region', row.region),
    ...optional('requestId', row.request_id),
    ...optional(
      'settings',
      row.settings_json === null ? null : (JSON.parse(row.settings_json) as PaneSettings),
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
