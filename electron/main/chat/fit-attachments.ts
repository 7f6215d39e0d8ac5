// Before a request: the files a pane's model can take. The new prompt's files are checked
// whole: a model or cloud that cannot take one of them is not asked at all, and the pane says
// which file and why (the other panes go on). Files of earlier turns that this model cannot take
// (the pane switched model since they were sent), or that would put the request over a cloud's
// per-request limit (Bedrock's five documents), are replaced by a line naming them, oldest
// first, so the conversation still reads right to the model and the new prompt is answered.
import { attachmentProblem, requestAttachmentProblem } from '../../../shared/attachment-support';
import { formatBytes, type AttachedFile } from '../../../shared/attachments';
import type { ChatMessage } from '../../../shared/chat';
import type { ModelTarget } from '../../../shared/model-capabilities';

export type FittedThread = { messages: ChatMessage[] } | { refused: string };

const noteFor = (files: readonly AttachedFile[]): string =>
  `\n\n[Attached earlier, not sent to this model: ${files
    .map((file) => `${file.name} (${file.mediaType}, ${formatBytes(file.size)})`)
    .join('; ')}]`;

function withoutFiles(message: ChatMessage): ChatMessage {
  const { attachments, ...rest } = message;
  return attachments && attachments.length > 0
    ? { ...rest, content: message.content + noteFor(attachments) }
    : message;
}

const filesOf = (messages: readonly ChatMessage[]) => messages.map((m) => m.attachments ?? []);

export function fitAttachments(
  target: ModelTarget,
  messages: readonly ChatMessage[],
): FittedThread {
  const last = messages.length - 1;
  const current = messages[last]?.attachments ?? [];
  const refused = current.length > 0 ? attachmentProblem(target, current) : undefined;
  if (refused !== undefined) return { refused };
  const fitted = messages.map((message, index) => {
    const files = message.attachments;
    if (index === last || !files || files.length === 0) return message;
    return attachmentProblem(target, files) === undefined ? message : withoutFiles(message);
  });
  for (let index = 0; index < last; index += 1) {
    if (requestAttachmentProblem(target, filesOf(fitted)) === undefined) break;
    fitted[index] = withoutFiles(fitted[index] as ChatMessage);
  }
  const overRequest = requestAttachmentProblem(target, filesOf(fitted));
  return overRequest === undefined ? { messages: fitted } : { refused: overRequest };
}
