// Stream-overhead benchmark (npm run bench:stream; not a test). How much the main process adds
// over each cloud's raw SDK against the same local cloud simulator: the raw SDK, the app's
// provider layer (createProvider + measureStream) and the whole main path (keychain, history,
// batching, IPC events) stream the same answers, interleaved run by run, so a noisy machine
// slows every variant alike. Figures only; nothing is asserted.
//
// BENCH_RUNS (throughput runs per variant, default 30) and BENCH_REALISTIC_RUNS (default 8, each
// stream lasts 2.5 s) trade precision for time; the defaults keep a run near three minutes.
// To include real keychain reads, run it in a private D-Bus session with an unlocked keyring:
//   XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- bash -c \
//     'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; npm run bench:stream'
// Otherwise the keys are held in memory for the run, and the header says so.
import { DEFAULT_BATCH_INTERVAL_MS } from '../../electron/main/chat/part-batcher';
import { simulatorProfiles, type SimulatorProfile } from '../../tests/support/simulator-profiles';
import { startMainPath, type MainPath } from './main-path-variant';
import { createProviderVariant } from './provider-variant';
import {
  createRawBedrockVariant,
  createRawOpenAiVariant,
  createRawResponsesVariant,
} from './raw-variants';
import { startRemoteSimulator } from './remote-simulator';
import { printScenario, type VariantResult } from './report';
import { sampleStream, type Variant } from './stream-sample';

const TTFT_MS = 50;
const TOKENS = 500;
const TARGET_OVERHEAD_PERCENT = 5;
const TARGET_IPC_PER_SECOND = 60;

interface Scenario {
  name: string;
  rate: number;
  runs: number;
  warmupRounds: number;
  /** Adds a provider built once and reused, to separate client construction from streaming. */
  diagnostic: boolean;
}

const runsFrom = (value: string | undefined, fallback: number): number =>
  Math.max(1, Number(value) || fallback);

const SCENARIOS: Scenario[] = [
  {
    name: 'throughput',
    rate: 0,
    runs: runsFrom(process.env.BENCH_RUNS, 30),
    warmupRounds: 3,
    diagnostic: true,
  },
  {
    name: 'realistic',
    rate: 200,
    runs: runsFrom(process.env.BENCH_REALISTIC_RUNS, 8),
    warmupRounds: 1,
    diagnostic: false,
  },
];

interface Cloud {
  label: string;
  variants: Variant[];
}

function pick(profiles: SimulatorProfile[], id: string): SimulatorProfile {
  const found = profiles.find((p) => p.profile.id === id);
  if (!found) throw new Error(`No simulator profile "${id}".`);
  return found;
}

/** OpenAI's profile on the other protocol, so both are measured against their raw SDK call. */
function withApi(
  target: SimulatorProfile,
  api: 'responses' | 'chat-completions',
): SimulatorProfile {
  if (target.profile.kind !== 'openai') throw new Error('The simulator profiles changed shape.');
  return { ...target, profile: { ...target.profile, id: `${target.profile.id}-${api}`, api } };
}

function clouds(profiles: SimulatorProfile[], mainPath: MainPath, scenario: Scenario): Cloud[] {
  const openai = pick(profiles, 'sim-openai-chat-completions');
  const responses = pick(profiles, 'sim-openai-responses');
  const bedrock = pick(profiles, 'sim-bedrock-keys');
  if (openai.profile.kind !== 'openai' || bedrock.profile.kind !== 'bedrock') {
    throw new Error('The simulator profiles changed shape.');
  }
  // The raw SDK comes first and the main path third: the report compares against the first.
  const withApp = (target: SimulatorProfile): Variant[] => [
    createProviderVariant(target.profile, target.credentials, target.model),
    mainPath.variantFor(target),
    ...(scenario.diagnostic
      ? [createProviderVariant(target.profile, target.credentials, target.model, { reuse: true })]
      : []),
  ];
  return [
    {
      label: `OpenAI Responses API (${responses.model})`,
      variants: [
        createRawResponsesVariant({
          baseURL: responses.profile.endpoint ?? '',
          apiKey: responses.credentials.apiKey ?? '',
          model: responses.model,
        }),
        ...withApp(responses),
      ],
    },
    {
      label: `OpenAI Chat Completions (${openai.model})`,
      variants: [
        createRawOpenAiVariant({
          baseURL: openai.profile.endpoint ?? '',
          apiKey: openai.credentials.apiKey ?? '',
          model: openai.model,
        }),
        ...withApp(openai),
      ],
    },
    {
      label: `Bedrock ConverseStream, SigV4 (${bedrock.model})`,
      variants: [
        createRawBedrockVariant({
          endpoint: bedrock.profile.endpoint ?? '',
          region: bedrock.profile.region,
          accessKeyId: bedrock.credentials.accessKeyId ?? '',
          secretAccessKey: bedrock.credentials.secretAccessKey ?? '',
          model: bedrock.model,
        }),
        ...withApp(bedrock),
      ],
    },
  ];
}

/** Runs every variant `runs` times, rotating the order each round (ABC, BCA, CAB, …). */
async function interleave(
  variants: Variant[],
  scenario: Scenario,
  runs: number,
): Promise<VariantResult[]> {
  const results = variants.map((v) => ({ name: v.name, samples: [] as VariantResult['samples'] }));
  for (let round = 0; round < runs; round += 1) {
    for (let k = 0; k < variants.length; k += 1) {
      const index = (round + k) % variants.length;
      const variant = variants[index] as Variant;
      const prompt = `Benchmark question ${round}. [[sim ttft=${TTFT_MS} rate=${scenario.rate} tokens=${TOKENS}]]`;
      results[index]?.samples.push(await sampleStream(variant, prompt));
    }
  }
  return results;
}

const started = performance.now();
const sim = await startRemoteSimulator();
const simulated = simulatorProfiles(sim);
const openAiProfile = pick(simulated, 'sim-openai');
const profiles = [
  ...simulated,
  withApi(openAiProfile, 'responses'),
  withApi(openAiProfile, 'chat-completions'),
];
const mainPath = await startMainPath(profiles).catch(async (error: unknown) => {
  await sim.close();
  throw error;
});
const worst = { overheadPercent: Number.NEGATIVE_INFINITY, ipcPerSecond: 0, where: '' };
try {
  console.log('Stream overhead: the app’s main process over the raw SDKs, same local simulator');
  console.log(
    `Simulator in a child process; CPU is this process's (process.cpuUsage) per stream. ` +
      `Keys for the main path: ${mainPath.credentialBackend.backend} (${mainPath.credentialBackend.description})`,
  );
  console.log(
    'Times in ms from just before the request; TTFT = first non-empty text; total = end of stream ' +
      '(main path: streamDone event, after the history write). IPC msgs = streamParts events.',
  );
  console.log(
    `The main path's first text waits for the part batcher's first flush ` +
      `(${DEFAULT_BATCH_INTERVAL_MS.toFixed(1)} ms timer), so up to that much of its TTFT overhead is batching.`,
  );
  for (const scenario of SCENARIOS) {
    const pace = scenario.rate === 0 ? 'rate=0 (as fast as possible)' : `rate=${scenario.rate}/s`;
    console.log(
      `\n== ${scenario.name}: ttft=${TTFT_MS} ms, ${TOKENS} tokens, ${pace}; ` +
        `${scenario.runs} runs per variant, interleaved, after ${scenario.warmupRounds} warm-up round(s) ==`,
    );
    for (const cloud of clouds(profiles, mainPath, scenario)) {
      await interleave(cloud.variants, scenario, scenario.warmupRounds);
      const results = await interleave(cloud.variants, scenario, scenario.runs);
      const [raw, , main] = printScenario(cloud.label, results);
      if (scenario.rate > 0 && raw && main) {
        const overhead = ((main.totalP50 - raw.totalP50) / raw.totalP50) * 100;
        if (overhead > worst.overheadPercent) {
          worst.overheadPercent = overhead;
          worst.where = cloud.label;
        }
        worst.ipcPerSecond = Math.max(worst.ipcPerSecond, main.ipcPerSecondP95);
      }
    }
  }
  console.log(
    `\nAgainst DESIGN targets (realistic pace, main path vs raw SDK): worst total-time overhead ` +
      `p50 ${worst.overheadPercent.toFixed(1)}% (${worst.where}; target ≤ ${TARGET_OVERHEAD_PERCENT}%), ` +
      `IPC ${worst.ipcPerSecond.toFixed(1)} msgs/s per stream at p95 (target ≤ ${TARGET_IPC_PER_SECOND}).`,
  );
  console.log(`Benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await mainPath.close();
  await sim.close();
}
