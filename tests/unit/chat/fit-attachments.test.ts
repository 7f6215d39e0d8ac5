import { describe, expect, it } from 'vitest';
import { fitAttachments } from '../../../electron/main/chat/fit-attachments';
import type { AttachedFile } from '../../../shared/attachments';
import type { ChatMessage } from '../../../shared/chat';

let n = 0;
function file(name: string, mediaType: AttachedFile['mediaType'], size = 1000): AttachedFile {
  n += 1;
  return { id: n.toString(16).padStart(64, '0'), name, mediaType, size, bytes: new Uint8Array(4) };
}

const user = (content: string, attachments?: AttachedFile[]): ChatMessage => ({
  role: 'user',
  content,
  ...(attachments ? { attachments } : {}),
});
const assistant = (content: string): ChatMessage => ({ role: 'assistant', content });

const gptOssOnBedrock = { kind: 'bedrock' as const, model: 'openai.gpt-oss-120b-1:0' };
const claudeOnBedrock = {
  kind: 'bedrock' as const,
  model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
};

describe('the files a pane is sent', () => {
  it('refuses the new prompt when its model cannot read one of its files', () => {
    const fitted = fitAttachments(gptOssOnBedrock, [
      user('What is this?', [file('chart.png', 'image/png')]),
    ]);
    expect(fitted).toEqual({ refused: expect.stringMatching(/cannot read images \(chart\.png\)/) });
  });

  it('names an earlier file the model cannot read instead of sending it, and answers the prompt', () => {
    const fitted = fitAttachments(gptOssOnBedrock, [
      user('What is this?', [file('chart.png', 'image/png', 2048)]),
      assistant('A chart.'),
      user('Summarise our talk.'),
    ]);
    if (!('messages' in fitted)) throw new Error(fitted.refused);
    expect(fitted.messages[0]?.attachments).toBeUndefined();
    expect(fitted.messages[0]?.content).toBe(
      'What is this?\n\n[Attached earlier, not sent to this model: chart.png (image/png, 2 KB)]',
    );
    expect(fitted.messages[2]).toEqual(user('Summarise our talk.'));
  });

  it('drops the oldest prompts’ documents to stay within Bedrock’s five a request', () => {
    const docs = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => file(`${prefix}${i}.pdf`, 'application/pdf'));
    const fitted = fitAttachments(claudeOnBedrock, [
      user('first', docs('a', 3)),
      assistant('ok'),
      user('second', docs('b', 2)),
      assistant('ok'),
      user('third', docs('c', 2)),
    ]);
    if (!('messages' in fitted)) throw new Error(fitted.refused);
    expect(fitted.messages.map((m) => m.attachments?.length ?? 0)).toEqual([0, 0, 2, 0, 2]);
    expect(fitted.messages[0]?.content).toContain('a0.pdf');
  });

  it('refuses when the new prompt alone is over a cloud’s limit', () => {
    const six = Array.from({ length: 6 }, (_, i) => file(`d${i}.pdf`, 'application/pdf'));
    expect(fitAttachments(claudeOnBedrock, [user('read these', six)])).toEqual({
      refused: expect.stringMatching(/at most 5 documents/),
    });
  });

  it('leaves a thread without files as it is', () => {
    const thread = [user('hi'), assistant('hello'), user('again')];
    expect(fitAttachments(claudeOnBedrock, thread)).toEqual({ messages: thread });
  });
});
