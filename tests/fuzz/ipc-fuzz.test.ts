// Every invoke channel, fed property-based inputs from its schema's boundaries and beyond,
// through the real handler map (createMainServices over a real SQLite file, the real key store,
// the SDKs against the cloud simulator). Whatever arrives, a call answers { ok, value | error }
// and never throws; input the schema refuses is refused as invalid and changes no stored data;
// nothing reaches Object.prototype.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHANNELS, IPC_ERROR_CODES, ipcChannels, type IpcResult } from '../../shared/ipc';
import type { SendTurnResult } from '../../shared/chat';
import { startMainServices, type MainServicesFixture } from '../support/main-services-fixture';
import { channelInputs } from './schema-arbitrary';

// Enough to reach every boundary of every channel a few times, few enough to stay in seconds.
const RUNS_PER_CHANNEL = 40;

let fx: MainServicesFixture;
let casesRun = 0;
let invalidCases = 0;

beforeAll(async () => {
  fx = await startMainServices();
  // Something in history for the history channels to damage, if they could.
  const turn = await fx.call<SendTurnResult>('sendTurn', {
    prompt: 'Seed the history',
    panes: [fx.paneOn('sim-openai'), fx.paneOn('sim-bedrock-keys')],
  });
  await fx.waitForDone(turn);
});

afterAll(async () => {
  console.log(
    `IPC fuzz: ${casesRun} cases over ${CHANNELS.length} channels (${invalidCases} invalid inputs refused, stored data unchanged)`,
  );
  await fx?.close();
});

/** Everything the app stores: settings and profiles files, every history table, key statuses. */
async function storedData(): Promise<string> {
  const files = ['settings.json', 'profiles.json'].map((name) => {
    const file = join(fx.dir.path, name);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  });
  const db = new Database(join(fx.dir.path, 'history.sqlite'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    const rows = tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`).raw().all());
    const keys = await fx.invoke('listProviders', {});
    return JSON.stringify({ files, rows, keys }, (_k, v: unknown) =>
      Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v,
    );
  } finally {
    db.close();
  }
}

function expectIpcResult(result: unknown): asserts result is IpcResult<unknown> {
  expect(result).toBeTypeOf('object');
  const r = result as IpcResult<unknown>;
  if (r.ok) {
    expect(Object.keys(r)).toContain('value');
  } else {
    expect(IPC_ERROR_CODES).toContain(r.error.code);
    expect(r.error.message).toBeTypeOf('string');
    expect(r.error.message.length).toBeGreaterThan(0);
  }
}

it('answers every input on every channel with a typed result and keeps stored data on invalid input', async () => {
  for (const channel of CHANNELS) {
    const schema = ipcChannels[channel].input;
    await fc.assert(
      fc.asyncProperty(channelInputs(schema), async (input) => {
        casesRun++;
        const valid = schema.safeParse(input ?? {}).success;
        const before = valid ? undefined : await storedData();
        let result: unknown;
        try {
          result = await fx.invoke(channel, input);
        } catch (error) {
          throw new Error(`${channel} threw: ${String(error)}`, { cause: error });
        }
        expectIpcResult(result);
        if (!valid) {
          invalidCases++;
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          expect(await storedData()).toBe(before);
        }
        // A turn the fuzzer managed to start must not write while the next case is compared.
        if (result.ok && ['sendTurn', 'regenerate', 'synthesize'].includes(channel)) {
          await fx.waitForDone(result.value as SendTurnResult);
        }
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(casesRun).toBe(RUNS_PER_CHANNEL * CHANNELS.length);
}, 120_000);

it('refuses an unknown channel in words', async () => {
  const result = await fx.invoke('__proto__', {});
  expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
});
