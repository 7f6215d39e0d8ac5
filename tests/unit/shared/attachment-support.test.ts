import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  attachmentProblem,
  modelReading,
  requestAttachmentProblem,
} from '../../../shared/attachment-support';
import type { AttachmentRef } from '../../../shared/attachments';
import type { ModelTarget } from '../../../shared/model-capabilities';

const MiB = 1024 * 1024;
let next = 0;
function ref(name: string, mediaType: AttachmentRef['mediaType'], size = 1000): AttachmentRef {
  next += 1;
  return { id: next.toString(16).padStart(64, '0'), name, mediaType, size };
}
const png = (name = 'chart.png', size?: number) => ref(name, 'image/png', size);
const pdf = (name = 'report.pdf', size?: number) => ref(name, 'application/pdf', size);
const bedrock = (model: string): ModelTarget => ({ kind: 'bedrock', model });
const openai = (model: string): ModelTarget => ({ kind: 'openai', api: 'responses', model });

describe('attachmentProblem', () => {
  it('lets nothing through a model that reads no images, naming it and the file', () => {
    expect(attachmentProblem(bedrock('us.meta.llama3-3-70b-instruct-v1:0'), [png()])).toBe(
      'Llama 3.3 70B (us.meta.llama3-3-70b-instruct-v1:0) on Bedrock cannot read images (chart.png). Pick a model that reads images, or remove it.',
    );
    expect(
      attachmentProblem(bedrock('amazon.nova-micro-v1:0'), [png('a.png'), png('b.png')]),
    ).toMatch(/Nova Micro .* cannot read images \(a\.png, b\.png\)\. .* remove them\./);
  });

  it('takes images on the models that read them', () => {
    for (const model of [
      'anthropic.claude-3-haiku-20240307-v1:0',
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'amazon.nova-lite-v1:0',
      'amazon.nova-premier-v1:0',
      'us.meta.llama3-2-90b-instruct-v1:0',
      'us.meta.llama4-maverick-17b-instruct-v1:0',
      'mistral.pixtral-large-2502-v1:0',
    ]) {
      expect(attachmentProblem(bedrock(model), [png(), pdf()]), model).toBeUndefined();
    }
    for (const model of ['gpt-4o', 'gpt-4.1-mini', 'gpt-5.5', 'o3', 'o4-mini', 'o1']) {
      expect(attachmentProblem(openai(model), [png(), pdf()]), model).toBeUndefined();
    }
  });

  it('refuses images and PDFs to OpenAI text-only models, but not text documents', () => {
    const target: ModelTarget = {
      kind: 'openai-on-bedrock',
      api: 'responses',
      model: 'openai.gpt-oss-120b-1:0',
    };
    expect(attachmentProblem(target, [png(), pdf()])).toBe(
      'gpt-oss (openai.gpt-oss-120b-1:0) on OpenAI on Bedrock cannot read images (chart.png). Pick a model that reads images, or remove it. ' +
        'gpt-oss (openai.gpt-oss-120b-1:0) on OpenAI on Bedrock cannot read PDFs (report.pdf). Pick a model that reads PDFs, or remove it.',
    );
    expect(attachmentProblem(target, [ref('notes.md', 'text/markdown')])).toBeUndefined();
    expect(attachmentProblem(openai('o3-mini'), [png()])).toMatch(/cannot read images/);
    expect(attachmentProblem(openai('gpt-3.5-turbo'), [pdf()])).toMatch(
      /GPT-3\.5 .* cannot read PDFs/,
    );
  });

  it('lets PDFs through to Bedrock text models (Converse reads their text)', () => {
    expect(attachmentProblem(bedrock('meta.llama3-1-8b-instruct-v1:0'), [pdf()])).toBeUndefined();
  });

  it("says Bedrock's size and count limits, naming each file", () => {
    const claude = bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0');
    expect(attachmentProblem(claude, [png('photo.jpg', 5.1 * MiB)])).toBe(
      'Bedrock takes images up to 3.75 MB: photo.jpg is 5.1 MB.',
    );
    expect(attachmentProblem(claude, [png('ok.png', 3.75 * MiB)])).toBeUndefined();
    expect(attachmentProblem(claude, [pdf('big.pdf', 6 * MiB)])).toBe(
      'Bedrock takes documents up to 4.5 MB: big.pdf is 6.0 MB.',
    );
    const six = Array.from({ length: 6 }, (_, i) => ref(`n${i}.txt`, 'text/plain'));
    expect(attachmentProblem(claude, six)).toBe('Bedrock takes at most 5 documents in a message.');
    expect(attachmentProblem(claude, six.slice(0, 5))).toBeUndefined();
  });

  it('puts every problem in one answer', () => {
    const problem = attachmentProblem(bedrock('meta.llama3-3-70b-instruct-v1:0'), [
      png('photo.png', 5 * MiB),
      pdf('big.pdf', 5 * MiB),
    ]);
    expect(problem).toContain('cannot read images (photo.png)');
    expect(problem).toContain('Bedrock takes images up to 3.75 MB: photo.png is 5.0 MB.');
    expect(problem).toContain('Bedrock takes documents up to 4.5 MB: big.pdf is 5.0 MB.');
  });

  it("says Azure's ten images and OpenAI's totals", () => {
    const azure: ModelTarget = {
      kind: 'azure-openai',
      api: 'chat-completions',
      model: 'gpt-4o-prod',
    };
    const eleven = Array.from({ length: 11 }, (_, i) => png(`p${i}.png`));
    expect(attachmentProblem(azure, eleven)).toBe(
      'Azure OpenAI takes at most 10 images in a message.',
    );
    const big = Array.from({ length: 3 }, (_, i) => png(`p${i}.png`, 18 * MiB));
    expect(attachmentProblem(openai('gpt-4o'), big)).toBe(
      'OpenAI takes at most 50 MB of images in a request: these are 54.0 MB.',
    );
  });

  it('lets a model the rules do not know through, on every cloud', () => {
    expect(attachmentProblem(bedrock('acme.new-model-v1:0'), [png(), pdf()])).toBeUndefined();
    expect(attachmentProblem(openai('my-fine-tune'), [png(), pdf()])).toBeUndefined();
    expect(
      attachmentProblem(
        { kind: 'openai-compatible', api: 'chat-completions', model: 'qwen2.5vl:7b' },
        [png()],
      ),
    ).toBeUndefined();
    expect(attachmentProblem(openai('gpt-4o'), [])).toBeUndefined();
  });

  it('knows local text models by their usual names', () => {
    const local = (model: string): ModelTarget => ({
      kind: 'openai-compatible',
      api: 'chat-completions',
      model,
    });
    expect(attachmentProblem(local('llama3.1:8b'), [png()])).toMatch(
      /on this server cannot read images/,
    );
    expect(attachmentProblem(local('gpt-oss:20b'), [png()])).toMatch(/cannot read images/);
    expect(attachmentProblem(local('llama3.2-vision:11b'), [png()])).toBeUndefined();
  });
});

describe('modelReading', () => {
  it('names the family and what it reads', () => {
    expect(modelReading(bedrock('us.meta.llama3-2-11b-instruct-v1:0')).images).toBe(true);
    expect(modelReading(bedrock('meta.llama3-2-3b-instruct-v1:0')).images).toBe(false);
    expect(modelReading(bedrock('mistral.mistral-large-2407-v1:0')).images).toBe(false);
    expect(modelReading(openai('gpt-4o'))).toEqual({ name: 'GPT-4', images: true, pdfs: true });
    expect(modelReading(openai('unknown'))).toEqual({
      name: 'unknown',
      images: undefined,
      pdfs: undefined,
    });
  });

  it('has a source for every cloud', () => {
    for (const limits of Object.values(ATTACHMENT_LIMITS))
      expect(limits.source.length).toBeGreaterThan(10);
  });
});

describe('requestAttachmentProblem', () => {
  it("counts Bedrock's documents over the whole conversation", () => {
    const claude = bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0');
    const first = [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')];
    const second = [pdf('d.pdf'), pdf('e.pdf'), pdf('f.pdf')];
    expect(requestAttachmentProblem(claude, [first, second.slice(0, 2)])).toBeUndefined();
    expect(requestAttachmentProblem(claude, [first, [], second])).toBe(
      "Bedrock takes at most 5 documents in a request, and this conversation's prompts hold 6 (a.pdf, b.pdf, c.pdf, d.pdf, e.pdf, f.pdf). Start a new conversation, or send fewer.",
    );
  });

  it("counts Azure's images over the whole conversation, and nothing where no limit is known", () => {
    const azure: ModelTarget = { kind: 'azure-openai', api: 'responses', model: 'gpt-4o' };
    const six = Array.from({ length: 6 }, (_, i) => png(`p${i}.png`));
    expect(requestAttachmentProblem(azure, [six, six.slice(0, 4)])).toBeUndefined();
    expect(requestAttachmentProblem(azure, [six, six])).toMatch(
      /^Azure OpenAI takes at most 10 images in a request/,
    );
    expect(requestAttachmentProblem(openai('gpt-4o'), [six, six])).toBeUndefined();
  });
});
