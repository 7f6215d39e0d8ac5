// A thread's messages as OpenAI's two protocols take them, files included. Chat Completions:
// images as `image_url` data URLs, PDFs as `file` parts (`file_data` data URL + `filename`), and
// plain text, Markdown and CSV inline as text, since Chat Completions takes only PDFs as file
// parts (OpenAI's "File inputs" guide: "read the file in your application and send its contents
// as a text content part"). The same goes to OpenAI-compatible servers: gateways take `file`
// parts, and a local server that does not says so, which the pane shows. Responses: `input_image`
// and `input_file` (which takes text documents too).
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { ResponseInputContent, ResponseInputItem } from 'openai/resources/responses/responses';
import { messageParts, type AttachedFile, type MessagePart } from '../../../shared/attachments';
import type { ChatMessage } from '../../../shared/chat';

export function dataUrl(file: AttachedFile): string {
  return `data:${file.mediaType};base64,${Buffer.from(file.bytes).toString('base64')}`;
}

/** A text document's contents as the model reads them, named so it can tell files apart. */
export function inlineDocument(file: AttachedFile): string {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return `<file name="${file.name.replace(/"/g, "'")}" type="${file.mediaType}">\n${text}\n</file>`;
}

function chatPart(part: MessagePart): ChatCompletionContentPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image':
      return { type: 'image_url', image_url: { url: dataUrl(part.file) } };
    case 'document':
      return part.file.mediaType === 'application/pdf'
        ? { type: 'file', file: { file_data: dataUrl(part.file), filename: part.file.name } }
        : { type: 'text', text: inlineDocument(part.file) };
  }
}

export function chatCompletionsMessages(
  messages: readonly ChatMessage[],
): ChatCompletionMessageParam[] {
  return messages.map((m): ChatCompletionMessageParam => {
    const files = m.attachments ?? [];
    if (m.role !== 'user' || files.length === 0) return { role: m.role, content: m.content };
    const parts = messageParts(m.content, files).map(chatPart);
    // Text documents alone make plain text: servers that take no content arrays still read it.
    const texts = parts.flatMap((p) => (p.type === 'text' ? [p.text] : []));
    if (texts.length === parts.length) return { role: 'user', content: texts.join('\n\n') };
    return { role: 'user', content: parts };
  });
}

function responsesPart(part: MessagePart): ResponseInputContent {
  switch (part.type) {
    case 'text':
      return { type: 'input_text', text: part.text };
    case 'image':
      return { type: 'input_image', image_url: dataUrl(part.file), detail: 'auto' };
    case 'document':
      return { type: 'input_file', file_data: dataUrl(part.file), filename: part.file.name };
  }
}

export function responsesInput(messages: readonly ChatMessage[]): ResponseInputItem[] {
  return messages.map((m): ResponseInputItem => {
    const files = m.attachments ?? [];
    if (m.role !== 'user' || files.length === 0) {
      return { type: 'message', role: m.role, content: m.content };
    }
    return {
      type: 'message',
      role: 'user',
      content: messageParts(m.content, files).map(responsesPart),
    };
  });
}
