// What each cloud and model can take of a prompt's files, checked before a request is sent (main,
// per pane) and while composing (renderer, as a warning). Pure rules on references only, from
// the clouds' documentation; a model the rules do not know is let through, since its cloud will
// say what it refuses and the pane shows that in words.
import {
  attachmentKind,
  formatBytes,
  type AttachmentRef,
  type ImageMediaType,
} from './attachments';
import type { ModelTarget } from './model-capabilities';
import type { ProviderKind } from './providers';

const MiB = 1024 * 1024;

/** A cloud's documented limits on the files of one message (undefined: none known). */
export interface AttachmentLimits {
  /** How the cloud is named in a sentence ("Bedrock takes images up to 3.75 MB"). */
  cloud: string;
  maxImageBytes?: number;
  maxImages?: number;
  maxImageBytesTotal?: number;
  maxDocumentBytes?: number;
  maxDocuments?: number;
  maxDocumentBytesTotal?: number;
  /** Limits on the whole request: every message's files, earlier prompts' included. */
  perRequest?: { maxImages?: number; maxDocuments?: number };
  /** Where the figures come from. */
  source: string;
}

/**
 * Per cloud. Bedrock's figures are MiB: 3.75 MiB is exactly what fits the 5 MiB base64 field
 * an image travels in. OpenAI-on-Bedrock (Mantle) and OpenAI-compatible servers publish no
 * limits of their own, so nothing is checked there beyond the app's 20 MB ceiling per file.
 */
export const ATTACHMENT_LIMITS: Record<ProviderKind, AttachmentLimits> = {
  bedrock: {
    cloud: 'Bedrock',
    maxImageBytes: 3.75 * MiB,
    maxImages: 20,
    maxDocumentBytes: 4.5 * MiB,
    maxDocuments: 5,
    // "You can't include more than 5 documents in a request." (Bedrock's ValidationException;
    // the user guide's "API restrictions": up to 5 documents per request).
    perRequest: { maxDocuments: 5 },
    source:
      'Bedrock API reference, Message (Converse): up to 20 images of at most 3.75 MB and 8000 × 8000 px, up to five documents of at most 4.5 MB each. (The user guide\'s "API restrictions" lifts the 4.5 MB for PDFs read by Claude 4+ and Nova; the message-level figure is kept, as the console still applies it.)',
  },
  openai: {
    cloud: 'OpenAI',
    maxImageBytes: 20 * MiB,
    maxImages: 500,
    maxImageBytesTotal: 50 * MiB,
    maxDocumentBytesTotal: 32 * MiB,
    source:
      'OpenAI "Images and vision" guide, image input requirements (20 MB an image, 500 images and 50 MB of image bytes a request); "File inputs" guide (PDFs: 32 MB of files and 100 pages a request).',
  },
  'azure-openai': {
    cloud: 'Azure OpenAI',
    maxImageBytes: 20 * MiB,
    maxImages: 10,
    perRequest: { maxImages: 10 },
    source:
      'Microsoft Learn, "Vision-enabled chat models", input limitations: images up to 20 MB, 10 images a chat call; "Quotas and limits": 10 images in the messages array / conversation history of a request.',
  },
  'openai-on-bedrock': {
    cloud: 'OpenAI on Bedrock',
    source: "Bedrock's OpenAI-compatible endpoint publishes no file limits of its own.",
  },
  'openai-compatible': {
    cloud: 'The server',
    source: 'An OpenAI-compatible server sets its own limits.',
  },
};

/** What a model reads: true, false, or undefined when the rules do not know it. */
export interface ModelReading {
  /** A family name for sentences ("Llama 3.3"); the model id when unknown. */
  name: string;
  images: boolean | undefined;
  pdfs: boolean | undefined;
}

/** The model id without Bedrock's cross-region prefix, lower case. */
function bareId(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^(us|eu|apac|jp|au|ca|us-gov|global)\./, '');
}

const reads = (name: string, images: boolean, pdfs = images): ModelReading => ({
  name,
  images,
  pdfs,
});

/**
 * OpenAI's families by id (Azure deployments by their name, which usually carries the model's).
 * Vision: GPT-4o, GPT-4.1, GPT-4.5, GPT-4 Turbo (2024-04-09), GPT-5.x, o1, o3, o4-mini (OpenAI
 * model pages; Azure's "vision-enabled chat models": o-series, GPT-5, GPT-4.1, GPT-4.5, GPT-4o).
 * PDFs are read by the models with vision ("File inputs" guide). Text only: gpt-oss (model
 * card), o1-mini, o3-mini, GPT-3.5, GPT-4.
 */
function openAiReading(id: string): ModelReading | undefined {
  if (/gpt-oss/.test(id)) return reads('gpt-oss', false);
  if (/(audio|realtime|transcribe|tts|embedding|image|dall-e|whisper)/.test(id)) return undefined;
  if (/gpt-5/.test(id)) return reads('GPT-5', true);
  if (/gpt-4\.1|gpt-4\.5|gpt-4o|chatgpt-4o|gpt-4-vision/.test(id)) return reads('GPT-4', true);
  if (/gpt-4-turbo(?!-preview)/.test(id)) return reads('GPT-4 Turbo', true);
  if (/(^|[^a-z0-9])o(1-mini|1-preview|3-mini)($|[^a-z0-9])/.test(id)) {
    return reads('This o-series mini model', false);
  }
  if (/(^|[^a-z0-9])o[134](-mini|-pro|-deep-research)?($|[^a-z0-9])/.test(id)) {
    return reads('o-series', true);
  }
  if (/gpt-3\.5|gpt-4(-0\d{3}|-32k|-\d{4}-preview|-turbo-preview)?($|[^a-z0-9.])/.test(id)) {
    return reads(/gpt-3\.5/.test(id) ? 'GPT-3.5' : 'GPT-4', false);
  }
  return undefined;
}

/**
 * Bedrock's models by id: vision per Bedrock's model cards and the Converse "supported models
 * and features" table. PDFs are left to Bedrock (Converse reads a document block's text for
 * models without vision), so only images are refused here.
 */
function bedrockReading(id: string): ModelReading | undefined {
  const withPdfs = (name: string, images: boolean): ModelReading => ({
    name,
    images,
    pdfs: undefined,
  });
  if (id.startsWith('anthropic.')) {
    if (/claude-(v2|instant)/.test(id)) return withPdfs('Claude 2', false);
    if (/claude-3|claude-(opus|sonnet|haiku)-4/.test(id)) return withPdfs('Claude', true);
    return undefined;
  }
  if (id.startsWith('amazon.')) {
    if (/nova-micro/.test(id)) return withPdfs('Nova Micro', false);
    if (/nova-(2-)?(lite|pro|premier)/.test(id)) return withPdfs('Nova', true);
    if (/titan-text/.test(id)) return withPdfs('Titan Text', false);
    return undefined;
  }
  if (id.startsWith('meta.')) {
    if (/llama4/.test(id)) return withPdfs('Llama 4', true);
    if (/llama3-2-(11b|90b)/.test(id)) return withPdfs('Llama 3.2 Vision', true);
    const three = /llama3(?:-([123]))?-(\d+b)/.exec(id);
    if (three)
      return withPdfs(
        `Llama 3${three[1] ? `.${three[1]}` : ''} ${three[2]?.toUpperCase() ?? ''}`.trim(),
        false,
      );
    return undefined;
  }
  if (id.startsWith('mistral.')) {
    if (/pixtral|mistral-large-3|ministral-3/.test(id)) return withPdfs('Mistral', true);
    if (/mistral-7b|mixtral|mistral-large-24|mistral-small-24/.test(id)) {
      return withPdfs('This Mistral text model', false);
    }
    return undefined;
  }
  if (id.startsWith('openai.')) {
    const family = openAiReading(id.slice('openai.'.length));
    return family && { ...family, pdfs: undefined };
  }
  if (/^(deepseek\.|cohere\.command|ai21\.|writer\.)/.test(id)) {
    return withPdfs('This text model', false);
  }
  if (id.startsWith('qwen.'))
    return /vl/.test(id) ? withPdfs('Qwen VL', true) : withPdfs('Qwen', false);
  return undefined;
}

/**
 * A local server's model by its usual names (Ollama, LM Studio, vLLM): only the families whose
 * names say they are text-only, and OpenAI's families behind a gateway.
 */
function localReading(id: string): ModelReading | undefined {
  if (/vision|llava|vl\b|-vl|pixtral/.test(id)) return { name: id, images: true, pdfs: undefined };
  if (/llama-?3[.-]?[13]\b|llama-?3[.-]?[13][:-]|llama-?3[.-]2[:-](1|3)b/.test(id)) {
    return reads('This Llama 3 text model', false);
  }
  return openAiReading(id);
}

/** What the target's model is known to read. */
export function modelReading(target: ModelTarget): ModelReading {
  const id = bareId(target.model);
  const known =
    target.kind === 'bedrock'
      ? bedrockReading(id)
      : target.kind === 'openai-compatible'
        ? localReading(id)
        : openAiReading(id.replace(/^openai\./, ''));
  return known ?? { name: target.model.trim(), images: undefined, pdfs: undefined };
}

/** "3.75 MB", "20 MB": a limit as the cloud's documentation writes it. */
function formatLimit(bytes: number): string {
  return `${Number((bytes / MiB).toFixed(2))} MB`;
}

const list = (files: readonly AttachmentRef[]): string => files.map((f) => f.name).join(', ');
const them = (files: readonly unknown[]): string => (files.length === 1 ? 'it' : 'them');
const sizes = (files: readonly AttachmentRef[]): string =>
  files.map((f) => `${f.name} is ${formatBytes(f.size)}`).join(', ');
const totalOf = (files: readonly AttachmentRef[]): number =>
  files.reduce((sum, f) => sum + f.size, 0);

/** One kind of file against a cloud's per-file, per-message and per-request size limits. */
function sizeProblems(
  cloud: string,
  files: readonly AttachmentRef[],
  noun: string,
  totalNoun: string,
  limit: {
    maxBytes?: number | undefined;
    maxCount?: number | undefined;
    maxTotal?: number | undefined;
  },
): string[] {
  const { maxBytes, maxCount, maxTotal } = limit;
  const problems: string[] = [];
  const big = maxBytes === undefined ? [] : files.filter((f) => f.size > maxBytes);
  if (maxBytes !== undefined && big.length > 0) {
    problems.push(`${cloud} takes ${noun} up to ${formatLimit(maxBytes)}: ${sizes(big)}.`);
  }
  if (maxCount !== undefined && files.length > maxCount) {
    problems.push(`${cloud} takes at most ${maxCount} ${noun} in a message.`);
  }
  if (maxTotal !== undefined && totalOf(files) > maxTotal) {
    problems.push(
      `${cloud} takes at most ${formatLimit(maxTotal)} of ${totalNoun} in a request: these are ${formatBytes(totalOf(files))}.`,
    );
  }
  return problems;
}

export const isImage = (ref: AttachmentRef): ref is AttachmentRef & { mediaType: ImageMediaType } =>
  attachmentKind(ref.mediaType) === 'image';

/**
 * Why this target cannot take these files (one message's), in sentences for the user, or
 * undefined when it can as far as the rules know. Names the cloud or model, each file it
 * cannot take and why.
 */
export function attachmentProblem(
  target: ModelTarget,
  files: readonly AttachmentRef[],
): string | undefined {
  if (files.length === 0) return undefined;
  const limits = ATTACHMENT_LIMITS[target.kind];
  const reading = modelReading(target);
  const where = `${reading.name === target.model.trim() ? reading.name : `${reading.name} (${target.model.trim()})`} on ${limits.cloud === 'The server' ? 'this server' : limits.cloud}`;
  const images = files.filter(isImage);
  const documents = files.filter((f) => !isImage(f));
  const pdfs = documents.filter((f) => f.mediaType === 'application/pdf');
  const problems: string[] = [];

  if (reading.images === false && images.length > 0) {
    problems.push(
      `${where} cannot read images (${list(images)}). Pick a model that reads images, or remove ${them(images)}.`,
    );
  }
  if (reading.pdfs === false && pdfs.length > 0) {
    problems.push(
      `${where} cannot read PDFs (${list(pdfs)}). Pick a model that reads PDFs, or remove ${them(pdfs)}.`,
    );
  }

  problems.push(
    ...sizeProblems(limits.cloud, images, 'images', 'images', {
      maxBytes: limits.maxImageBytes,
      maxCount: limits.maxImages,
      maxTotal: limits.maxImageBytesTotal,
    }),
    ...sizeProblems(limits.cloud, documents, 'documents', 'files', {
      maxBytes: limits.maxDocumentBytes,
      maxCount: limits.maxDocuments,
      maxTotal: limits.maxDocumentBytesTotal,
    }),
  );
  return problems.length > 0 ? problems.join(' ') : undefined;
}

/**
 * Why this target cannot take a whole request's files (one list per message, earlier prompts'
 * included), for the limits a cloud counts over the request rather than one message (Bedrock's
 * five documents, Azure's ten images), or undefined.
 */
export function requestAttachmentProblem(
  target: ModelTarget,
  perMessage: readonly (readonly AttachmentRef[])[],
): string | undefined {
  const limits = ATTACHMENT_LIMITS[target.kind];
  const all = perMessage.flat();
  const images = all.filter(isImage);
  const documents = all.filter((f) => !isImage(f));
  const over = (what: string, max: number, files: readonly AttachmentRef[]): string =>
    `${limits.cloud} takes at most ${max} ${what} in a request, and this conversation's prompts hold ${files.length} (${list(files)}). Start a new conversation, or send fewer.`;
  const problems: string[] = [];
  const maxImages = limits.perRequest?.maxImages;
  if (maxImages !== undefined && images.length > maxImages) {
    problems.push(over('images', maxImages, images));
  }
  const maxDocuments = limits.perRequest?.maxDocuments;
  if (maxDocuments !== undefined && documents.length > maxDocuments) {
    problems.push(over('documents', maxDocuments, documents));
  }
  return problems.length > 0 ? problems.join(' ') : undefined;
}
