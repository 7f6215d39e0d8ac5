// The app's provider layer alone: createProvider + measureStream with the credentials passed in
// (no keychain, no history, no IPC). By default one provider per stream, as the chat service
// builds them; `reuse` keeps one provider (one SDK client), to show what building costs.
import { appSettingsSchema } from '../../shared/settings';
import type { ProviderProfile } from '../../shared/providers';
import { createProvider } from '../../electron/main/providers/create-provider';
import type { ProviderCredentials } from '../../electron/main/providers/provider';
import { measureStream } from '../../electron/main/providers/stream-metrics';
import type { StreamTiming, Variant } from './stream-sample';

const IDLE_TIMEOUT_MS = appSettingsSchema.parse({}).idleTimeoutMs;

export function createProviderVariant(
  profile: ProviderProfile,
  credentials: ProviderCredentials,
  model: string,
  options: { reuse?: boolean } = {},
): Variant {
  const build = () => createProvider(profile, credentials, { idleTimeoutMs: IDLE_TIMEOUT_MS });
  const reused = options.reuse ? build() : undefined;
  return {
    name: options.reuse ? 'provider reused (diagnostic)' : 'createProvider + measureStream',
    async run(prompt): Promise<StreamTiming> {
      const startedAt = performance.now();
      let ttftMs: number | null = null;
      let chars = 0;
      const provider = reused ?? build();
      const measured = measureStream(
        provider.stream(
          { model, messages: [{ role: 'user', content: prompt }] },
          new AbortController().signal,
        ),
      );
      for await (const part of measured.parts) {
        if (part.type === 'error') throw new Error(`${profile.name}: ${part.message}`);
        if (part.type === 'text-delta' && part.delta.length > 0) {
          ttftMs ??= performance.now() - startedAt;
          chars += part.delta.length;
        }
      }
      return { ttftMs, totalMs: performance.now() - startedAt, chars };
    },
  };
}
