// Export one conversation or all history as the versioned JSON format or as readable Markdown.
import { emptyCostTotal, sumCosts, sumCostsBy } from '../../../shared/cost-totals';
import type { ConversationDetail, ExportResult } from '../../../shared/history';
import type { AttachmentStore } from './attachment-store';
import type { ConversationQueries } from './conversation-queries';
import {
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  type ExportedAttachment,
  type ExportedConversation,
  type HistoryExport,
} from './export-format';
import { conversationToMarkdown } from './markdown-export';

const ALL = Number.MAX_SAFE_INTEGER;

export function toExportedConversation(detail: ConversationDetail): ExportedConversation {
  const { conversation } = detail;
  return {
    id: conversation.id,
    title: conversation.title,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    pinned: conversation.pinned,
    archived: conversation.archived,
    panes: detail.panes,
    turns: detail.turns.map(({ conversationId: _c, ...turn }) => turn),
    messages: detail.messages.map(({ conversationId: _c, ...message }) => message),
    totals: totalsOf(detail),
  };
}

function totalsOf(detail: ConversationDetail): ExportedConversation['totals'] {
  const byTurn = sumCostsBy(detail.messages, (message) => message.turnId);
  return {
    conversation: sumCosts(detail.messages),
    turns: detail.turns.map((turn) => ({
      turnId: turn.id,
      ...(byTurn.get(turn.id) ?? emptyCostTotal()),
    })),
  };
}

/**
 * The export file around its conversations: each file the prompts carry, once, in the order it
 * first appears, unless the content was left out (then the prompts name their files and no
 * bytes follow). Used by export and by a branch, so both write files the same way.
 */
export function buildHistoryExport(input: {
  conversations: ExportedConversation[];
  exportedAt: string;
  contentLeftOut: boolean;
  readBytes: AttachmentStore['storedBytes'];
}): HistoryExport {
  const attachments = new Map<string, ExportedAttachment>();
  if (!input.contentLeftOut) {
    for (const conversation of input.conversations) {
      for (const ref of conversation.turns.flatMap((turn) => turn.attachments)) {
        if (attachments.has(ref.id)) continue;
        const data = input.readBytes(ref.id).toString('base64');
        attachments.set(ref.id, { id: ref.id, mediaType: ref.mediaType, size: ref.size, data });
      }
    }
  }
  return {
    format: EXPORT_FORMAT_NAME,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    contentLeftOut: input.contentLeftOut,
    conversations: input.conversations,
    attachments: [...attachments.values()],
  };
}

export const REDACTED_TITLE = 'Conversation (text left out)';

/**
 * A conversation without its prompt and answer text (Settings: redactContent): titles (made
 * from prompts), prompts, answers, reasoning and system prompts are left out; who answered,
 * the figures and the costs stay. Prompts keep their files' names, types and sizes; the bytes
 * are content too, and buildHistoryExport leaves them out.
 */
export function withoutContent(detail: ConversationDetail): ConversationDetail {
  const withoutSystemPrompt = <T extends { settings?: { systemPrompt?: string } }>(item: T): T => {
    if (item.settings?.systemPrompt === undefined) return item;
    const { systemPrompt: _left, ...settings } = item.settings;
    return { ...item, settings };
  };
  return {
    ...detail,
    conversation: { ...detail.conversation, title: REDACTED_TITLE },
    panes: detail.panes.map(withoutSystemPrompt),
    turns: detail.turns.map((turn) => ({ ...turn, prompt: '' })),
    messages: detail.messages.map(({ reasoning: _reasoning, ...message }) =>
      withoutSystemPrompt({ ...message, content: '' }),
    ),
  };
}

function slug(title: string): string {
  const cleaned = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'conversation';
}

export function createHistoryExport(
  queries: ConversationQueries,
  allConversationIds: () => string[],
  now: () => number,
  readBytes: AttachmentStore['storedBytes'],
) {
  const details = (conversationId?: string): ConversationDetail[] => {
    const ids = conversationId === undefined ? allConversationIds() : [conversationId];
    return ids.map((id) => queries.get({ conversationId: id, limit: ALL }));
  };

  return (input: {
    conversationId?: string;
    format: 'markdown' | 'json';
    redactContent?: boolean;
  }): ExportResult => {
    const exportedAt = new Date(now());
    const loaded = details(input.conversationId).map((detail) =>
      input.redactContent === true ? withoutContent(detail) : detail,
    );
    const base =
      input.conversationId !== undefined && loaded[0]
        ? slug(loaded[0].conversation.title)
        : `polycloud-chat-history-${exportedAt.toISOString().slice(0, 10)}`;
    if (input.format === 'json') {
      const file = buildHistoryExport({
        conversations: loaded.map(toExportedConversation),
        exportedAt: exportedAt.toISOString(),
        contentLeftOut: input.redactContent === true,
        readBytes,
      });
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(file, null, 2)}\n`,
      };
    }
    return {
      fileName: `${base}.md`,
      mimeType: 'text/markdown',
      content: `${loaded.map(conversationToMarkdown).join('\n---\n\n')}`,
    };
  };
}
