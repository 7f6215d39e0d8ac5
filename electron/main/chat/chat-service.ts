// One compare turn = N pane streams. Each pane streams on its own: a failure or a stop in one
// pane never touches the others, and every answer is recorded as it streams.
import { randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import type {
  ChatMessage,
  ChatRequest,
  PaneSpec,
  RegenerateInput,
  SendTurnInput,
  SendTurnResult,
  StreamEventTarget,
  SynthesizeInput,
} from '../../../shared/chat';
import { SYNTHESIS_PANE_ID } from '../../../shared/chat';
import {
  emptyAnswer,
  finishAnswer,
  foldStreamParts,
  outcomeOf,
  type Answer,
  type AnswerApi,
} from '../../../shared/answer';
import type { EventName, IpcEvents } from '../../../shared/ipc';
import { modelTargetOf } from '../../../shared/model-capabilities';
import { PROVIDER_LABELS, profileRegion, type ProviderProfile } from '../../../shared/providers';
import type { StreamMetrics } from '../../../shared/stream';
import { UserFacingError } from '../ipc/user-facing-error';
import type { Logger } from '../logging/logger';
import type { Provider, ProviderCredentials } from '../providers/provider';
import { estimateUsage } from '../pricing/estimate-usage';
import type { PricedAnswer, PriceQuery } from '../pricing/price-book';
import { errorPart } from '../providers/error-part';
import { measureStream } from '../providers/stream-metrics';
import type { AttachedFile } from '../../../shared/attachments';
import type { AttachmentSource, ChatRecorder, RecordedPane, TurnAnswer } from './chat-recorder';
import { streamWithFailover, type FailoverTarget } from './failover';
import { fitAttachments } from './fit-attachments';
import { createPartsOutbox } from './part-batcher';

export type EmitEvent = <E extends EventName>(event: E, payload: IpcEvents[E]) => void;

export interface ChatServiceDeps {
  getProfile(profileId: string): ProviderProfile | undefined;
  /** Reads the profile's secrets from the credential store, in main, at the moment of use. */
  readCredentials(profile: ProviderProfile): Promise<ProviderCredentials>;
  createProvider(
    profile: ProviderProfile,
    credentials: ProviderCredentials,
    options: { idleTimeoutMs: number },
  ): Provider;
  recorder: ChatRecorder;
  attachments: AttachmentSource;
  priceAnswer(query: PriceQuery): PricedAnswer;
  emit: EmitEvent;
  /** The app-wide idle limit; a profile's own `idleTimeoutMs` wins. */
  idleTimeoutMs(): number;
  /** What the merging model is told (Settings). */
  synthesisPrompt(): string;
  batchIntervalMs?: number;
  /** Clock and wait for failover timings; tests may pass their own. */
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  log?: Logger;
}

export interface ChatService {
  sendTurn(input: SendTurnInput): Promise<SendTurnResult>;
  regenerate(input: RegenerateInput): Promise<SendTurnResult>;
  /** One model reads a turn's answers and writes one, streamed into the synthesis pane. */
  synthesize(input: SynthesizeInput): Promise<SendTurnResult>;
  stop(streamId: string): void;
  stopAll(): void;
  /** Resolves when every running stream has ended and been recorded. */
  idle(): Promise<void>;
  dispose(): Promise<void>;
}

interface RunningStream {
  job: StreamJob;
  controller: AbortController;
  done: Promise<void>;
}

interface StreamJob {
  conversationId: string;
  turnId: string;
  messageId: string;
  pane: PaneSpec;
  profile: ProviderProfile;
  /** The profiles of the pane's fallbacks that still exist, in the pane's order. */
  fallbackProfiles: ProviderProfile[];
  messages: ChatMessage[];
}

/** The protocol a profile's answers come over. */
const apiOf = (profile: ProviderProfile): AnswerApi =>
  profile.kind === 'bedrock' ? 'converse' : profile.api;

/** The merging model's request: the instructions, then the question and each answer, labelled. */
function synthesisThread(
  instructions: string,
  prompt: string,
  answers: readonly TurnAnswer[],
): ChatMessage[] {
  const labelled = answers.map(
    (answer, i) =>
      `### Answer ${String.fromCharCode(65 + i)} (${answer.providerName}, ${answer.model})\n\n${answer.content}`,
  );
  return [
    { role: 'system', content: instructions },
    { role: 'user', content: [`## Question\n\n${prompt}`, ...labelled].join('\n\n') },
  ];
}

function threadFor(
  pane: PaneSpec,
  history: ChatMessage[],
  prompt: string,
  attachments: AttachedFile[],
): ChatMessage[] {
  const system = pane.settings.systemPrompt?.trim();
  return [
    ...(system ? [{ role: 'system' as const, content: system }] : []),
    ...history,
    { role: 'user', content: prompt, ...(attachments.length > 0 ? { attachments } : {}) },
  ];
}

export function createChatService(deps: ChatServiceDeps): ChatService {
  const running = new Map<string, RunningStream>();
  // Every stream's parts share one IPC message per interval.
  const outbox = createPartsOutbox(
    (events) => deps.emit('streamParts', events),
    deps.batchIntervalMs,
  );

  const resolveProfile = (pane: PaneSpec): ProviderProfile => {
    const profile = deps.getProfile(pane.profileId);
    if (!profile) {
      throw new UserFacingError(
        'The provider chosen for a pane no longer exists. Pick another provider in that pane.',
        'not-found',
      );
    }
    return profile;
  };

  const recordedPane = (pane: PaneSpec, profile: ProviderProfile): RecordedPane => ({
    ...pane,
    providerKind: profile.kind,
    providerName: profile.name,
    region: profileRegion(profile),
  });

  const clock = deps.now ?? (() => performance.now());
  const sleep =
    deps.sleep ?? ((ms: number, signal: AbortSignal) => wait(ms, undefined, { signal }));

  /** The pane's cloud first, then its fallbacks, each opened only if the one before failed. */
  const failoverTargets = (job: StreamJob, signal: AbortSignal): FailoverTarget[] => {
    // The system prompt is already the thread's first message.
    const { systemPrompt: _system, ...settings } = job.pane.settings;
    const fallbackModels = new Map(
      (job.pane.fallbacks ?? []).map((fallback) => [fallback.profileId, fallback.model]),
    );
    const asked = [
      { profile: job.profile, model: job.pane.model },
      ...job.fallbackProfiles.map((profile) => ({
        profile,
        model: fallbackModels.get(profile.id) ?? job.pane.model,
      })),
    ];
    return asked.map(({ profile, model }) => ({
      profileId: profile.id,
      providerKind: profile.kind,
      providerName: profile.name,
      model,
      region: profileRegion(profile),
      async *open() {
        const fitted = fitAttachments(modelTargetOf(profile, model), job.messages);
        if ('refused' in fitted) {
          yield errorPart('unsupported-input', fitted.refused);
          return;
        }
        const credentials = await deps.readCredentials(profile);
        const provider = deps.createProvider(profile, credentials, {
          idleTimeoutMs: profile.idleTimeoutMs ?? deps.idleTimeoutMs(),
        });
        const request: ChatRequest = { ...settings, model, messages: fitted.messages };
        yield* provider.stream(request, signal);
      },
    }));
  };

  /** A pane's fallbacks as profiles; one whose profile was deleted since is left out. */
  const fallbackProfilesOf = (pane: PaneSpec): ProviderProfile[] =>
    (pane.fallbacks ?? []).flatMap((fallback) => {
      const profile = deps.getProfile(fallback.profileId);
      return profile && profile.id !== pane.profileId ? [profile] : [];
    });

  const runStream = async (job: StreamJob, streamId: string, signal: AbortSignal) => {
    const { pane, profile } = job;
    const target: StreamEventTarget = {
      streamId,
      paneId: pane.paneId,
      conversationId: job.conversationId,
      turnId: job.turnId,
      messageId: job.messageId,
    };
    let answer: Answer = {
      ...emptyAnswer({
        messageId: job.messageId,
        conversationId: job.conversationId,
        turnId: job.turnId,
        paneId: pane.paneId,
        providerKind: profile.kind,
        providerName: profile.name,
        model: pane.model,
        settings: pane.settings,
        region: profileRegion(profile),
      }),
      api: apiOf(profile),
    };
    const batcher = outbox.stream(target);
    let metrics: StreamMetrics = { ttftMs: null, totalMs: 0, tokensPerSecond: null };
    // The profile whose cloud answered: the pane's, or a fallback it failed over to.
    let answering = profile;
    try {
      const measured = measureStream(
        streamWithFailover(failoverTargets(job, signal), signal, { now: clock, sleep }),
      );
      for await (const part of measured.parts) {
        if (part.type === 'failover') {
          answering = job.fallbackProfiles.find((p) => p.id === part.next.profileId) ?? answering;
        }
        answer = foldStreamParts(answer, [part]);
        batcher.push(part);
        if (part.type === 'text-delta') deps.recorder.appendDelta(job.messageId, part.delta);
        if (part.type === 'reasoning-delta')
          deps.recorder.appendDelta(job.messageId, '', part.delta);
      }
      metrics = measured.metrics();
    } catch {
      // Providers report failures as parts; reaching here is a bug or a credential-store
      // failure. Keep the partial answer and say so without internals (they may hold secrets).
      const part = {
        type: 'error' as const,
        kind: 'server' as const,
        message: `The app could not complete the request to ${PROVIDER_LABELS[answering.kind]}. Your partial answer is kept.`,
        retryable: true,
      };
      answer = foldStreamParts(answer, [part]);
      batcher.push(part);
    } finally {
      batcher.close();
    }
    answer = finishAnswer(answer, metrics);
    // A pane that failed over answered over the fallback's protocol.
    if (answering !== profile) answer = { ...answer, api: apiOf(answering) };
    // Every answer whose tokens were billed is priced: a stopped or cut answer the cloud sent no
    // usage for is priced from counted tokens, and the cost says it is an estimate.
    const counted = metrics.usage
      ? undefined
      : estimateUsage({
          kind: answering.kind,
          model: answer.providerModelId ?? answer.model ?? pane.model,
          messages: job.messages,
          text: answer.text,
          reasoning: answer.reasoning,
        });
    const usage = metrics.usage ?? counted?.usage;
    const priced = usage
      ? deps.priceAnswer({
          kind: answering.kind,
          model: answer.model ?? pane.model,
          providerModelId: answer.providerModelId,
          region: answer.region,
          usage,
          estimatedWith: counted?.counter,
          filesLeftOut: counted?.filesLeftOut,
          azureDeploymentType:
            answering.kind === 'azure-openai' ? answering.deploymentType : undefined,
        })
      : undefined;
    if (priced?.cost) answer = { ...answer, cost: priced.cost };
    else if (priced) answer = { ...answer, unpricedReason: priced.reason };
    const built = outcomeOf(answer);
    deps.log?.log(built.status === 'error' ? 'warn' : 'info', 'stream-ended', {
      provider: answering.kind,
      failedOver: built.attempts
        ?.map((attempt) => `${attempt.providerKind}:${attempt.errorKind}`)
        .join(' '),
      model: pane.model,
      servedBy: built.providerModelId,
      region: built.region,
      status: built.status,
      errorKind: built.error?.kind,
      ttftMs: metrics.ttftMs,
      totalMs: Math.round(metrics.totalMs),
      outputTokens: metrics.usage?.outputTokens,
    });
    deps.recorder.finish(job.messageId, built);
    deps.emit('streamDone', { ...target, outcome: built });
  };

  const start = (job: StreamJob): string => {
    const streamId = randomUUID();
    const controller = new AbortController();
    const done = runStream(job, streamId, controller.signal)
      .catch((error: unknown) => {
        // Recording failed (e.g. the disk is full): the renderer already has the text.
        deps.log?.error('stream-record-failed', {
          provider: job.profile.kind,
          reason: error instanceof Error ? error.name : 'unknown',
        });
      })
      .finally(() => running.delete(streamId));
    running.set(streamId, { job, controller, done });
    return streamId;
  };

  const streamsWhere = (match: (job: StreamJob) => boolean): RunningStream[] =>
    [...running.values()].filter((stream) => match(stream.job));

  /**
   * Waits for the panes' answers still streaming in this conversation: a new prompt is answered
   * from the finished thread, so every pane of a turn answers the same conversation, never a
   * half-written answer.
   */
  const settle = async (conversationId: string | undefined, paneIds: Set<string>) => {
    if (conversationId === undefined) return;
    const busy = streamsWhere(
      (job) => job.conversationId === conversationId && paneIds.has(job.pane.paneId),
    );
    await Promise.all(busy.map((stream) => stream.done));
  };

  return {
    async sendTurn(input) {
      const profiles = input.panes.map(resolveProfile);
      const ids = new Set(input.panes.map((p) => p.paneId));
      if (ids.size !== input.panes.length) {
        throw new UserFacingError('Each pane can receive the prompt only once.', 'invalid-input');
      }
      if (input.replaceTurnId !== undefined) {
        // The edited turn's answers are being replaced: stop any still streaming.
        for (const stream of streamsWhere((job) => job.turnId === input.replaceTurnId)) {
          stream.controller.abort();
        }
      }
      // Read before the turn is recorded: a file that is gone is refused with nothing written.
      const attachments = deps.attachments.resolve(input.attachments);
      await settle(input.conversationId, ids);
      const turn = deps.recorder.beginTurn({
        conversationId: input.conversationId,
        prompt: input.prompt,
        attachments,
        panes: input.panes.map((pane, i) => recordedPane(pane, profiles[i] as ProviderProfile)),
        ...(input.replaceTurnId !== undefined ? { replaceTurnId: input.replaceTurnId } : {}),
      });
      const streams = input.panes.map((pane, i) => {
        const messageId = turn.messages.find((m) => m.paneId === pane.paneId)?.messageId;
        if (!messageId) throw new Error(`history returned no message for pane ${pane.paneId}`);
        const history = deps.recorder.paneThread(turn.conversationId, pane.paneId, turn.turnId);
        const streamId = start({
          conversationId: turn.conversationId,
          turnId: turn.turnId,
          messageId,
          pane,
          profile: profiles[i] as ProviderProfile,
          fallbackProfiles: fallbackProfilesOf(pane),
          messages: threadFor(pane, history, input.prompt, attachments),
        });
        return { paneId: pane.paneId, streamId, messageId };
      });
      deps.attachments.forget(attachments.map((file) => file.id));
      deps.emit('historyChanged', { conversationId: turn.conversationId });
      return { conversationId: turn.conversationId, turnId: turn.turnId, streams };
    },

    async regenerate({ conversationId, pane }) {
      const profile = resolveProfile(pane);
      await settle(conversationId, new Set([pane.paneId]));
      const again = deps.recorder.beginRegenerate(conversationId, recordedPane(pane, profile));
      const history = deps.recorder.paneThread(conversationId, pane.paneId, again.turnId);
      const streamId = start({
        conversationId,
        turnId: again.turnId,
        messageId: again.messageId,
        pane,
        profile,
        fallbackProfiles: fallbackProfilesOf(pane),
        messages: threadFor(pane, history, again.prompt, again.attachments),
      });
      return {
        conversationId,
        turnId: again.turnId,
        streams: [{ paneId: pane.paneId, streamId, messageId: again.messageId }],
      };
    },

    async synthesize(input) {
      const pane: PaneSpec = {
        paneId: SYNTHESIS_PANE_ID,
        profileId: input.profileId,
        model: input.model,
        settings: {},
      };
      const profile = resolveProfile(pane);
      const answers = deps.recorder.turnAnswers(input.conversationId, input.turnId);
      if (answers.length < 2) {
        throw new UserFacingError(
          'Merging needs at least two complete answers to this turn.',
          'invalid-input',
        );
      }
      await settle(input.conversationId, new Set([SYNTHESIS_PANE_ID]));
      const begun = deps.recorder.beginSynthesis(
        input.conversationId,
        input.turnId,
        recordedPane(pane, profile),
      );
      const streamId = start({
        conversationId: input.conversationId,
        turnId: input.turnId,
        messageId: begun.messageId,
        pane,
        profile,
        fallbackProfiles: [],
        messages: synthesisThread(deps.synthesisPrompt(), begun.prompt, answers),
      });
      return {
        conversationId: input.conversationId,
        turnId: input.turnId,
        streams: [{ paneId: SYNTHESIS_PANE_ID, streamId, messageId: begun.messageId }],
      };
    },

    stop(streamId) {
      running.get(streamId)?.controller.abort();
    },

    stopAll() {
      for (const stream of running.values()) stream.controller.abort();
    },

    async idle() {
      await Promise.all([...running.values()].map((s) => s.done));
    },

    async dispose() {
      for (const stream of running.values()) stream.controller.abort();
      await Promise.all([...running.values()].map((s) => s.done));
    },
  };
}
