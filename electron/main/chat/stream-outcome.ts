// Folds a stream's parts into what is kept and shown when it ends.
import type { StreamOutcome } from '../../../shared/chat';
import type { StreamMetrics, StreamPart } from '../../../shared/stream';

export interface OutcomeBuilder {
  add(part: StreamPart): void;
  readonly text: string;
  build(metrics: StreamMetrics): StreamOutcome;
}

export function createOutcomeBuilder(region: string | undefined): OutcomeBuilder {
  let text = '';
  let reasoning = '';
  let outcome: Omit<StreamOutcome, 'metrics' | 'text' | 'reasoning'> = {
    // A stream that ends with neither finish nor error was cut short somewhere we could not see.
    status: 'error',
    error: {
      kind: 'network',
      message: 'The answer ended without saying it was finished.',
      retryable: true,
    },
    region,
  };

  return {
    add(part) {
      switch (part.type) {
        case 'start':
          outcome = { ...outcome, region: part.region ?? region, requestId: part.requestId };
          break;
        case 'text-delta':
          text += part.delta;
          break;
        case 'reasoning-delta':
          reasoning += part.delta;
          break;
        case 'finish':
          outcome = {
            ...outcome,
            status: 'complete',
            error: undefined,
            finishReason: part.finishReason,
            providerModelId: part.providerModelId,
          };
          break;
        case 'error':
          outcome = {
            ...outcome,
            // A stop the user asked for is not a failure: the partial answer is simply kept.
            status: part.kind === 'cancelled' ? 'stopped' : 'error',
            error: { kind: part.kind, message: part.message, retryable: part.retryable },
          };
          break;
      }
    },
    get text() {
      return text;
    },
    build(metrics) {
      const built: StreamOutcome = { ...outcome, text, reasoning, metrics };
      if (built.error === undefined) delete built.error;
      return built;
    },
  };
}
