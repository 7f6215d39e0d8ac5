// A prompt's files through every provider path's real SDK against the cloud simulator: an image,
// a PDF and a Markdown note arrive in each API's own parts (the simulator's reply names what it
// received) and count as input tokens; what a cloud refuses (a model that reads no images, an
// image over Bedrock's limit, a sixth document, a bad document name, bad base64, a mislabelled
// image) comes back as a refused file in words, and the app's own rules say so before sending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { simulatorProfiles } from '../../support/simulator-profiles';
import {
  attached,
  chartPng,
  notesMd,
  pngBytes,
  PDF_BYTES,
  reportPdf,
} from '../../support/attachment-fixtures';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { attachmentProblem } from '../../../shared/attachment-support';
import { modelTargetOf } from '../../../shared/model-capabilities';
import { runStream } from './run-stream';
import { echoPrompt, expectEndsWithError } from './stream-checks';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { SimulatorProfile } from '../../support/simulator-profiles';
import type { AttachedFile } from '../../../shared/attachments';

let sim: CloudSimulator;
let paths: SimulatorProfile[] = [];

beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 5, rate: 0 } });
  paths = simulatorProfiles(sim);
});
afterAll(async () => {
  await sim.close();
});

const pathNamed = (name: string): SimulatorProfile => {
  const found = paths.find((p) => p.profile.name === name);
  if (!found) throw new Error(`no simulator profile ${name}`);
  return found;
};
const recordWith = (marker: string) => sim.requests.find((r) => r.lastUserText?.includes(marker));

const png = chartPng();
const pdf = reportPdf();
const md = notesMd();
const pngLine = `image/png ${png.size} bytes 64×32`;
const pdfLine = `application/pdf ${pdf.size} bytes`;
const mdLine = `text/markdown ${md.size} bytes`;

// What each protocol's simulator saw: Chat Completions gets the note inline as text, Responses as
// an input_file, Converse as a document named without its extension.
const ACCEPTING = [
  {
    name: 'OpenAI (simulator)',
    received: `${pngLine}; ${pdfLine} (report.pdf); ${mdLine} (notes.md, inline)`,
  },
  {
    name: 'Azure OpenAI (simulator)',
    received: `${pngLine}; ${pdfLine} (report.pdf); ${mdLine} (notes.md, inline)`,
  },
  {
    name: 'Bedrock access keys (simulator)',
    received: `${pngLine}; ${pdfLine} (report); ${mdLine} (notes)`,
  },
  {
    name: 'Bedrock API key (simulator)',
    received: `${pngLine}; ${pdfLine} (report); ${mdLine} (notes)`,
  },
  {
    name: 'OpenAI GPT-5 (simulator)',
    received: `${pngLine}; ${pdfLine} (report.pdf); ${mdLine} (notes.md)`,
  },
  {
    name: 'Azure OpenAI v1 (simulator)',
    received: `${pngLine}; ${pdfLine} (report.pdf); ${mdLine} (notes.md)`,
  },
  {
    name: 'OpenAI on Bedrock GPT-5 (simulator)',
    received: `${pngLine}; ${pdfLine} (report.pdf); ${mdLine} (notes.md)`,
  },
];

describe.each(ACCEPTING)('$name', ({ name, received }) => {
  it('sends an image, a PDF and a note in its API’s own parts, counted as input tokens', async () => {
    const path = pathNamed(name);
    const files = [png, pdf, md];
    expect(attachmentProblem(modelTargetOf(path.profile, path.model), files)).toBeUndefined();
    const { text, marker } = echoPrompt('');
    const provider = createProvider(path.profile, path.credentials);
    const run = await runStream(provider, text, path.model, { attachments: files });
    expect(run.error).toBeUndefined();
    expect(run.text.startsWith(`Received 3 files: ${received}.\n\n`)).toBe(true);
    expect(run.text).toContain(marker);
    const record = recordWith(marker);
    const fileTokens = (record?.files ?? []).reduce((sum, f) => sum + f.tokens, 0);
    // The one-page PDF alone is 1,500 tokens; the image adds its tiles or pixels.
    expect(fileTokens).toBeGreaterThan(1500);
    expect(run.finish?.usage?.inputTokens).toBeGreaterThan(fileTokens);
  });
});

describe('models and clouds that refuse a file', () => {
  it('a text-only model behind Chat Completions refuses an image, in words', async () => {
    for (const name of ['OpenAI on Bedrock (simulator)', 'Local server (simulator)']) {
      const path = pathNamed(name);
      expect(attachmentProblem(modelTargetOf(path.profile, path.model), [png])).toMatch(
        /cannot read images \(chart\.png\)/,
      );
      const run = await runStream(
        createProvider(path.profile, path.credentials),
        echoPrompt('').text,
        path.model,
        { attachments: [png] },
      );
      expectEndsWithError(run, 'bad-request', '', sim.credentials);
      expect(run.error?.status).toBe(400);
      expect(run.error?.message).toContain('refused an attached file (400)');
      expect(run.error?.message).toContain(
        'Invalid content type. image_url is only supported by certain models.',
      );
    }
  });

  it('a text-only model behind the Responses API refuses an image and a PDF', async () => {
    const path = pathNamed('OpenAI on Bedrock GPT-5 (simulator)');
    const model = 'openai.gpt-oss-120b';
    expect(attachmentProblem(modelTargetOf(path.profile, model), [png, pdf])).toMatch(
      /cannot read images \(chart\.png\)\. .* cannot read PDFs \(report\.pdf\)/,
    );
    const provider = createProvider(path.profile, path.credentials);
    const image = await runStream(provider, echoPrompt('').text, model, { attachments: [png] });
    expect(image.error?.message).toContain('refused an attached file (400)');
    const file = await runStream(provider, echoPrompt('').text, model, { attachments: [pdf] });
    expect(file.error?.message).toContain('file is only supported by certain models');
    const note = await runStream(provider, echoPrompt('').text, model, { attachments: [md] });
    expect(note.text.startsWith(`Received 1 file: ${mdLine} (notes.md).`)).toBe(true);
  });

  it('a local server reads a Markdown note sent inline', async () => {
    const path = pathNamed('Local server (simulator)');
    const run = await runStream(
      createProvider(path.profile, path.credentials),
      echoPrompt('').text,
      path.model,
      { attachments: [md] },
    );
    expect(run.text.startsWith(`Received 1 file: ${mdLine} (notes.md, inline).`)).toBe(true);
  });

  const bedrock = (model?: string) => {
    const path = pathNamed('Bedrock access keys (simulator)');
    return {
      path,
      provider: createProvider(path.profile, path.credentials),
      model: model ?? path.model,
    };
  };

  it('Bedrock refuses an image over 3.75 MB, as the app says before sending', async () => {
    const big = attached('photo.png', 'image/png', pngBytes(8, 8, 4 * 1024 * 1024));
    const { path, provider, model } = bedrock();
    expect(attachmentProblem(modelTargetOf(path.profile, model), [big])).toBe(
      'Bedrock takes images up to 3.75 MB: photo.png is 4.0 MB.',
    );
    const run = await runStream(provider, echoPrompt('').text, model, { attachments: [big] });
    expectEndsWithError(run, 'bad-request', '', sim.credentials);
    expect(run.error?.message).toMatch(
      /refused an attached file \(400\)\. AWS said: ".*image exceeds 5 MB maximum/,
    );
  });

  it('Bedrock refuses a sixth document in a request', async () => {
    const six: AttachedFile[] = Array.from({ length: 6 }, (_, i) =>
      attached(`part ${i}.txt`, 'text/plain', new TextEncoder().encode(`part ${i}`)),
    );
    const { path, provider, model } = bedrock();
    expect(attachmentProblem(modelTargetOf(path.profile, model), six)).toBe(
      'Bedrock takes at most 5 documents in a message.',
    );
    const run = await runStream(provider, echoPrompt('').text, model, { attachments: six });
    expect(run.error?.message).toContain("You can't include more than 5 documents in a request.");
    const five = await runStream(provider, echoPrompt('').text, model, {
      attachments: six.slice(0, 5),
    });
    expect(five.text).toMatch(/^Received 5 files: text\/plain 6 bytes \(part 0\);/);
  });

  it('Bedrock refuses an image to a text-only model', async () => {
    const { path, provider, model } = bedrock('meta.llama3-3-70b-instruct-v1:0');
    expect(attachmentProblem(modelTargetOf(path.profile, model), [png])).toMatch(
      /^Llama 3\.3 70B \(meta\.llama3-3-70b-instruct-v1:0\) on Bedrock cannot read images \(chart\.png\)/,
    );
    const run = await runStream(provider, echoPrompt('').text, model, { attachments: [png] });
    expect(run.error?.message).toContain(
      "This model doesn't support the image field for user messages.",
    );
  });

  it('Bedrock takes a prompt of documents alone, with the text block it requires', async () => {
    const { provider, model } = bedrock();
    const run = await runStream(provider, '', model, { attachments: [pdf, pdf] });
    expect(run.text).toMatch(/^Received 2 files: .*\(report\); .*\(report \(2\)\)\./);
  });
});

describe('what the simulated clouds refuse on the wire', () => {
  const bedrockClient = () =>
    new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: sim.endpoints.bedrock,
      credentials: {
        accessKeyId: sim.credentials.awsAccessKeyId,
        secretAccessKey: sim.credentials.awsSecretAccessKey,
      },
      maxAttempts: 1,
    });
  const converse = (content: unknown[]) =>
    bedrockClient().send(
      new ConverseStreamCommand({
        modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
        messages: [{ role: 'user', content: content as never }],
      }),
    );
  const doc = (name: string) => ({
    document: { format: 'pdf', name, source: { bytes: PDF_BYTES } },
  });

  it('Bedrock: a document name with a dot, duplicate names, a document without text', async () => {
    await expect(converse([{ text: 'Read' }, doc('report.pdf')])).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(
        'The document file name can only contain alphanumeric characters',
      ),
    });
    await expect(converse([{ text: 'Read' }, doc('report'), doc('report')])).rejects.toMatchObject({
      message: "Messages can't contain duplicate document names.",
    });
    await expect(converse([doc('report')])).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('Bedrock: image bytes that are not the format declared', async () => {
    await expect(
      converse([{ text: 'See' }, { image: { format: 'jpeg', source: { bytes: png.bytes } } }]),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        'The model returned the following errors: The provided image does not match the specified image format.',
    });
  });

  const openai = () =>
    new OpenAI({ apiKey: sim.credentials.openaiKey, baseURL: sim.endpoints.openai, maxRetries: 0 });
  const withImage = (url: string) =>
    openai().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }],
    });

  it('OpenAI: bad base64, a mislabelled image, a URL that is not a data URL', async () => {
    await expect(withImage('data:image/png;base64,@@@@')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('Invalid base64 image_url.'),
    });
    const b64 = Buffer.from(png.bytes).toString('base64');
    await expect(withImage(`data:image/jpeg;base64,${b64}`)).rejects.toMatchObject({
      status: 400,
      code: 'invalid_image_format',
    });
    await expect(withImage('chart.png')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("but got a value without the 'data:' prefix"),
    });
  });

  it('OpenAI Responses: empty image bytes, a file part without a name', async () => {
    const input = (content: unknown[]) =>
      openai().responses.create({
        model: 'gpt-5.5',
        input: [{ type: 'message', role: 'user', content: content as never }],
      });
    await expect(
      input([{ type: 'input_image', image_url: 'data:image/png;base64,', detail: 'auto' }]),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('got empty base64-encoded bytes'),
    });
    await expect(
      input([
        {
          type: 'input_file',
          file_data: `data:application/pdf;base64,${Buffer.from(PDF_BYTES).toString('base64')}`,
        },
      ]),
    ).rejects.toMatchObject({ status: 400, code: 'missing_required_parameter' });
  });
});
