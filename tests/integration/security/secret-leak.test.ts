// Keys go into the keychain and come out only in main, at the moment a cloud client is built.
// Configure every provider with a distinctive key, stream through the simulator (successes and
// failures), then look everywhere a key could escape to: every file the app wrote (history
// database with its WAL, settings, profiles, logs), every log line and every IPC payload.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult } from '../../../shared/chat';
import { allSecrets } from '../../simulator/sim-credentials';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';
import { simulatorProfiles } from '../../support/simulator-profiles';

const WRONG_KEYS = {
  openai: 'sk-leaktest-wrong-openai-key-7c31a9f0',
  awsSecret: 'leakTestWrongAwsSecret/Zq81+xT4pLm9',
  sessionToken: 'LeakTestSessionToken0123456789abcdefSESSION',
};

let fx: MainServicesFixture;
let secrets: string[];

beforeAll(async () => {
  fx = await startMainServices({
    profiles: (sim) => {
      const ready = simulatorProfiles(sim);
      const openai = ready.find((p) => p.profile.kind === 'openai');
      const bedrock = ready.find((p) => p.profile.id === 'sim-bedrock-keys');
      if (!openai || !bedrock) throw new Error('simulator profiles changed');
      return [
        ...ready.map((p) =>
          // Every key-less profile gets one too, so that path is covered as well.
          p.profile.kind === 'openai-compatible'
            ? {
                ...p,
                profile: { ...p.profile, requiresKey: true },
                credentials: { apiKey: sim.credentials.compatibleKey },
              }
            : p,
        ),
        {
          ...openai,
          profile: { ...openai.profile, id: 'leak-wrong-openai', name: 'Wrong OpenAI key' },
          credentials: { apiKey: WRONG_KEYS.openai },
        },
        {
          ...bedrock,
          profile: { ...bedrock.profile, id: 'leak-wrong-aws', name: 'Wrong AWS secret' },
          credentials: {
            accessKeyId: sim.credentials.awsAccessKeyId,
            secretAccessKey: WRONG_KEYS.awsSecret,
            sessionToken: WRONG_KEYS.sessionToken,
          },
        },
      ];
    },
  });
  secrets = [...allSecrets(fx.sim.credentials), ...Object.values(WRONG_KEYS)];
}, 60_000);

afterAll(async () => {
  await fx?.close();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * The full value and its random tail: a leak of part of a key is still a leak. (The head is
 * left out: prefixes such as "sim-compatible" also name the simulator's profiles.)
 */
function fragments(secret: string): string[] {
  return [secret, secret.slice(-12)];
}

function findLeaks(haystack: string, where: string): string[] {
  return secrets.flatMap((secret) =>
    fragments(secret)
      .filter((piece) => haystack.includes(piece))
      .map((piece) => `${where} contains "${piece}"`),
  );
}

describe('no key escapes main', () => {
  it('streams, fails, tests connections and lists models without a key reaching any output', async () => {
    const panes = fx.profiles.map((p) => ({
      paneId: p.profile.id,
      profileId: p.profile.id,
      model: p.model,
    }));
    const prompts = [
      'Plain answer please',
      '[[sim fault=rate-limit retryAfter=1]]',
      '[[sim fault=midstream at=3]]',
      '[[sim fault=drop at=3]]',
      '[[sim fault=server]]',
      '[[sim fault=validation]]',
    ];
    for (let i = 0; i < prompts.length; i += 4) {
      // Four panes at a time, as the workspace would.
      for (let p = 0; p < panes.length; p += 4) {
        const batch = panes.slice(p, p + 4);
        for (const prompt of prompts.slice(i, i + 4)) {
          const result = await fx.call<SendTurnResult>('sendTurn', { prompt, panes: batch });
          await fx.waitForDone(result);
        }
      }
    }
    for (const { profile } of fx.profiles) {
      await fx.invoke('testConnection', { profileId: profile.id });
      await fx.invoke('listModels', { profileId: profile.id });
    }
    await fx.invoke('listProviders', {});
    await fx.invoke('exportHistory', { format: 'json' });
    await fx.invoke('exportHistory', { format: 'markdown' });
    await fx.invoke('searchHistory', { query: 'answer' });

    // Sanity: failures happened and were recorded, so the error paths were exercised.
    const outcomes = fx.events.filter((e) => e.event === 'streamDone');
    expect(outcomes.length).toBeGreaterThanOrEqual(prompts.length * panes.length);
    const serialisedEvents = JSON.stringify(fx.events);
    expect(serialisedEvents).toContain('"kind":"auth"');
    expect(serialisedEvents).toContain('"kind":"rate-limit"');
    expect(serialisedEvents).toContain('"status":"complete"');

    // Close so the database checkpoints its WAL and every file is final.
    await fx.services.dispose();

    const leaks: string[] = [];
    leaks.push(...findLeaks(serialisedEvents, 'an IPC event'));
    leaks.push(...findLeaks(JSON.stringify(fx.results), 'an IPC result'));
    leaks.push(...findLeaks(fx.logLines.join('\n'), 'the log'));
    const files = await filesUnder(fx.dir.path);
    expect(files.some((f) => f.endsWith('history.sqlite'))).toBe(true);
    expect(files.some((f) => f.endsWith('profiles.json'))).toBe(true);
    for (const file of files) {
      const bytes = await readFile(file);
      // Both encodings SQLite or JSON could hold text in.
      leaks.push(...findLeaks(bytes.toString('utf8'), file));
      leaks.push(...findLeaks(bytes.toString('utf16le'), file));
    }
    expect(leaks).toEqual([]);
  });
});
