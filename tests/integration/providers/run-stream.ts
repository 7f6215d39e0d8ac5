// Reads a provider stream to the end the way the chat service will, keeping what a user sees.
import { measureStream } from '../../../electron/main/providers/stream-metrics';
import type { Provider } from '../../../electron/main/providers/provider';
import type { AttachedFile } from '../../../shared/attachments';
import type { ChatRequest } from '../../../shared/chat';
import type {
  ErrorPart,
  FinishPart,
  StartPart,
  StreamMetrics,
  StreamPart,
} from '../../../shared/stream';

export interface StreamRun {
  parts: StreamPart[];
  text: string;
  start?: StartPart;
  finish?: FinishPart;
  error?: ErrorPart;
  metrics: StreamMetrics;
}

export async function runStream(
  provider: Provider,
  prompt: string,
  model: string,
  options: {
    signal?: AbortSignal;
    onPart?: (part: StreamPart, run: StreamRun) => void;
    maxOutputTokens?: number;
    /** Pane settings sent with the request (temperature, reasoning effort, …). */
    settings?: Omit<ChatRequest, 'model' | 'messages'>;
    /** Files sent with the prompt. */
    attachments?: AttachedFile[];
  } = {},
): Promise<StreamRun> {
  const signal = options.signal ?? new AbortController().signal;
  const measured = measureStream(
    provider.stream(
      {
        model,
        messages: [
          {
            role: 'user',
            content: prompt,
            ...(options.attachments ? { attachments: options.attachments } : {}),
          },
        ],
        ...(options.maxOutputTokens ? { maxOutputTokens: options.maxOutputTokens } : {}),
        ...options.settings,
      },
      signal,
    ),
  );
  const run: StreamRun = { parts: [], text: '', metrics: measured.metrics() };
  for await (const part of measured.parts) {
    run.parts.push(part);
    if (part.type === 'text-delta') run.text += part.delta;
    if (part.type === 'start') run.start = part;
    if (part.type === 'finish') run.finish = part;
    if (part.type === 'error') run.error = part;
    options.onPart?.(part, run);
  }
  run.metrics = measured.metrics();
  return run;
}

/** The contract: nothing after the single terminal part, and exactly one of them. */
export function terminalParts(run: StreamRun): StreamPart[] {
  return run.parts.filter((p) => p.type === 'finish' || p.type === 'error');
}
