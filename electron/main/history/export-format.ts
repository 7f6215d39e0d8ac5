// The JSON export format, version 1 (documented in docs/history-export-format.md). Import
// validates against these schemas, so a file is either taken whole or rejected with a reason.
import { z } from 'zod';
import { messageRecordSchema } from '../../../shared/answer';
import { paneSettingsSchema } from '../../../shared/chat';
import { costTotalSchema } from '../../../shared/cost-totals';
import { PROVIDER_KINDS } from '../../../shared/providers';

export const EXPORT_FORMAT_NAME = 'polycloud-chat-history';
export const EXPORT_FORMAT_VERSION = 1;

const id = z.string().min(1).max(100);
const time = z.number().int().nonnegative();

export const exportedPaneSchema = z.object({
  paneId: id,
  position: z.number().int().nonnegative(),
  profileId: id,
  providerKind: z.enum(PROVIDER_KINDS),
  providerName: z.string().max(200),
  model: z.string().max(200),
  region: z.string().max(40).optional(),
  settings: paneSettingsSchema,
});

export const exportedTurnSchema = z.object({
  id,
  prompt: z.string(),
  createdAt: time,
  paneIds: z.array(id),
});

/**
 * What the conversation's answers cost, in all and per turn. Written for readers of the file;
 * derived from the messages, so import ignores it.
 */
export const exportedTotalsSchema = z.object({
  conversation: costTotalSchema,
  turns: z.array(costTotalSchema.extend({ turnId: id })),
});

/** An answer as the file has it: its history record, without the conversation it sits in. */
export const exportedMessageSchema = messageRecordSchema.omit({ conversationId: true });

export const exportedConversationSchema = z
  .object({
    id,
    title: z.string().min(1).max(200),
    createdAt: time,
    updatedAt: time,
    pinned: z.boolean(),
    archived: z.boolean(),
    panes: z.array(exportedPaneSchema),
    turns: z.array(exportedTurnSchema),
    messages: z.array(exportedMessageSchema),
    totals: exportedTotalsSchema.optional(),
  })
  .superRefine((conversation, ctx) => {
    // Every message must belong to a turn and a pane of its own conversation.
    const turnIds = new Set(conversation.turns.map((turn) => turn.id));
    const paneIds = new Set(conversation.panes.map((pane) => pane.paneId));
    conversation.messages.forEach((message, index) => {
      if (!turnIds.has(message.turnId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['messages', index, 'turnId'],
          message: 'refers to a turn that is not in this conversation',
        });
      }
      if (!paneIds.has(message.paneId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['messages', index, 'paneId'],
          message: 'refers to a pane that is not in this conversation',
        });
      }
    });
  });

export const historyExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT_NAME),
  version: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string().max(40),
  conversations: z.array(exportedConversationSchema),
});

export type HistoryExport = z.infer<typeof historyExportSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
