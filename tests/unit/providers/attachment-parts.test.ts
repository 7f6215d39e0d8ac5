// Files as each API takes them (the SDKs' own part types), Bedrock document names, and a cloud's
// refusal of a file read back in words.
import { describe, expect, it } from 'vitest';
import { APIError } from 'openai';
import { ValidationException } from '@aws-sdk/client-bedrock-runtime';
import {
  chatCompletionsMessages,
  responsesInput,
} from '../../../electron/main/providers/openai-message-parts';
import {
  BEDROCK_DOCUMENT_NAME,
  bedrockDocumentName,
  converseUserContent,
} from '../../../electron/main/providers/converse-content';
import { mapOpenAiError } from '../../../electron/main/providers/map-openai-error';
import { mapBedrockError } from '../../../electron/main/providers/map-bedrock-error';
import type { AttachedFile } from '../../../shared/attachments';
import type { ChatMessage } from '../../../shared/chat';

const bytes = (text: string) => new TextEncoder().encode(text);
function file(name: string, mediaType: AttachedFile['mediaType'], content = 'x'): AttachedFile {
  const data = bytes(content);
  return { id: 'a'.repeat(64), name, mediaType, size: data.length, bytes: data };
}
const png = file('chart.png', 'image/png', 'PNGDATA');
const pdf = file('report.pdf', 'application/pdf', '%PDF-1.4');
const md = file('notes.md', 'text/markdown', '# Notes\nhello');
const thread: ChatMessage[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'What is this?', attachments: [png, pdf, md] },
  { role: 'assistant', content: 'A chart.' },
  { role: 'user', content: 'Thanks' },
];
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('Chat Completions parts', () => {
  it('sends images as data URLs, PDFs as file parts and text documents inline', () => {
    const messages = chatCompletionsMessages(thread);
    expect(messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(messages[1]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${b64('PNGDATA')}` } },
        {
          type: 'file',
          file: {
            file_data: `data:application/pdf;base64,${b64('%PDF-1.4')}`,
            filename: 'report.pdf',
          },
        },
        {
          type: 'text',
          text: '<file name="notes.md" type="text/markdown">\n# Notes\nhello\n</file>',
        },
      ],
    });
    expect(messages[3]).toEqual({ role: 'user', content: 'Thanks' });
  });

  it('sends a prompt with text documents alone as plain text', () => {
    const [message] = chatCompletionsMessages([
      { role: 'user', content: 'Sum up', attachments: [md] },
    ]);
    expect(message).toEqual({
      role: 'user',
      content: 'Sum up\n\n<file name="notes.md" type="text/markdown">\n# Notes\nhello\n</file>',
    });
  });
});

describe('Responses parts', () => {
  it('sends input_image and input_file', () => {
    const input = responsesInput(thread);
    expect(input[1]).toEqual({
      type: 'message',
      role: 'user',
      content: [
        { type: 'input_text', text: 'What is this?' },
        {
          type: 'input_image',
          image_url: `data:image/png;base64,${b64('PNGDATA')}`,
          detail: 'auto',
        },
        {
          type: 'input_file',
          file_data: `data:application/pdf;base64,${b64('%PDF-1.4')}`,
          filename: 'report.pdf',
        },
        {
          type: 'input_file',
          file_data: `data:text/markdown;base64,${b64('# Notes\nhello')}`,
          filename: 'notes.md',
        },
      ],
    });
    expect(input[2]).toEqual({ type: 'message', role: 'assistant', content: 'A chart.' });
  });
});

describe('Converse blocks', () => {
  it('derives names Bedrock accepts, unique in the request', () => {
    const taken = new Set<string>();
    const names = [
      'Q3_report.final.pdf',
      'résumé 2024.pdf',
      "John's  report (v2) [draft].txt",
      '分析.csv',
      'q3 report final.md',
      '.pdf',
    ].map((name) => bedrockDocumentName(name, taken));
    expect(names).toEqual([
      'Q3 report final',
      'resume 2024',
      'John s report (v2) [draft]',
      'Document',
      'q3 report final (2)',
      'Document (2)',
    ]);
    for (const name of names) expect(name).toMatch(BEDROCK_DOCUMENT_NAME);
    expect('two  spaces').not.toMatch(BEDROCK_DOCUMENT_NAME);
    expect('a.pdf').not.toMatch(BEDROCK_DOCUMENT_NAME);
  });

  it('sends image and document blocks, with the text block a document needs', () => {
    const blocks = converseUserContent('Compare', [png, pdf, md], new Set());
    expect(blocks).toEqual([
      { text: 'Compare' },
      { image: { format: 'png', source: { bytes: png.bytes } } },
      { document: { format: 'pdf', name: 'report', source: { bytes: pdf.bytes } } },
      { document: { format: 'md', name: 'notes', source: { bytes: md.bytes } } },
    ]);
    expect(converseUserContent('', [pdf], new Set())[0]).toEqual({ text: 'Attached: report.pdf' });
    expect(converseUserContent('', [png], new Set())).toHaveLength(1);
  });
});

describe('a refused file, in words', () => {
  it('OpenAI: a model that reads no images', () => {
    const error = APIError.generate(
      400,
      {
        error: {
          message: 'Invalid content type. image_url is only supported by certain models.',
          type: 'invalid_request_error',
          param: 'messages.[1].content.[1].type',
          code: null,
        },
      },
      undefined,
      new Headers(),
    );
    const part = mapOpenAiError(error, { label: 'OpenAI', credentialName: 'API key', secrets: [] });
    expect(part).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(part.message).toBe(
      'OpenAI refused an attached file (400). The server said: "Invalid content type. image_url is only supported by certain models." Remove the file, or pick a model that reads it.',
    );
  });

  it('Bedrock: a ValidationException about a document name', () => {
    const error = new ValidationException({
      message:
        'The document file name can only contain alphanumeric characters, whitespace characters, hyphens, parentheses, and square brackets.',
      $metadata: { httpStatusCode: 400 },
    });
    const part = mapBedrockError(error, {
      label: 'AWS Bedrock (us-east-1)',
      credentialName: 'AWS access keys',
      secrets: [],
    });
    expect(part.kind).toBe('bad-request');
    expect(part.message).toMatch(
      /^AWS Bedrock \(us-east-1\) refused an attached file \(400\)\. AWS said: ".*" Remove the file, or pick a model that reads it\.$/,
    );
  });

  it('leaves other refusals as they were, documentation links included', () => {
    const error = new ValidationException({
      message:
        'The model returned the following errors: `max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking',
      $metadata: { httpStatusCode: 400 },
    });
    const part = mapBedrockError(error, {
      label: 'AWS Bedrock (us-east-1)',
      credentialName: 'AWS access keys',
      secrets: [],
    });
    expect(part.message).toMatch(/refused the request \(400\)/);
  });
});
