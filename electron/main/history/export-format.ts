// The JSON export format, version 2 (documented in docs/history-export-format.md). Import
// upgrades an older file to this version (export-upgrade.ts), then validates it against these
// schemas, so a file is either taken whole or rejected with a reason.
import { z } from 'zod';
import { messageRecordSchema } from '../../../shared/answer';
import {
  ATTACHMENT_MEDIA_TYPES,
  attachmentIdSchema,
  MAX_ATTACHMENT_BYTES,
  promptAttachmentsSchema,
} from '../../../shared/attachments';
import { paneSettingsSchema } from '../../../shared/chat';
import { costTotalSchema } from '../../../shared/cost-totals';
import { PROVIDER_KINDS } from '../../../shared/providers';

export const EXPORT_FORMAT_NAME = 'polycloud-chat-history';
export const EXPORT_FORMAT_VERSION = 2;

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
  /** The prompt's files in the order they were attached: references only, bytes are below. */
  attachments: promptAttachmentsSchema,
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

/** Standard base64 of MAX_ATTACHMENT_BYTES, rounded up. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/**
 * One file's bytes, once per export however many prompts carry it. The name is not here: each
 * prompt keeps the name the user had for the file. Whether the bytes really are this id, this
 * size and this type is checked by import (history-import.ts), where hashing is at hand.
 */
export const exportedAttachmentSchema = z.object({
  id: attachmentIdSchema,
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  /** The bytes, standard base64 with padding. */
  data: z.string().min(1).max(MAX_BASE64_CHARS),
});

export const historyExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT_NAME),
    version: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.string().max(40),
    /**
     * True when the text and the files' bytes were left out (Settings: redactContent). Prompts
     * still name their files; import drops those references, since there is nothing to keep.
     */
    contentLeftOut: z.boolean().default(false),
    conversations: z.array(exportedConversationSchema),
    /** Written last, so a reader streaming the file meets the references before the bytes. */
    attachments: z.array(exportedAttachmentSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.attachments.forEach((attachment, index) => {
      if (seen.has(attachment.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attachments', index, 'id'],
          message: 'this file is already in the export (each file appears once)',
        });
      }
      seen.add(attachment.id);
    });
  });

export type HistoryExport = z.infer<typeof historyExportSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;
