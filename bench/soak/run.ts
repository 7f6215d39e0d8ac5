// Soak (npm run bench:soak; not part of npm test): 100 compare turns of four streams each
// (OpenAI, Azure OpenAI, Bedrock, an OpenAI-compatible server) against the cloud simulator, in
// this one process, through the real main services (history in a real SQLite file), with a
// fault in one pane of every third turn. Handles, sockets, process listeners and the heap are
// sampled after the first WARMUP turns (pools and caches filled) and at the end; the run fails
// if any grew past its bound, if SQLite's integrity check is not "ok", or if an answer is
// missing from history. Ten conversations of ten turns, so threads grow as a user's would.
//
// SOAK_TURNS (default 100) shortens or lengthens it.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SendTurnResult } from '../../shared/chat';
import { startMainServices } from '../../tests/support/main-services-fixture';
import { sampleProcess, type ProcessSample } from './measure';

const TURNS = Number(process.env['SOAK_TURNS'] ?? 100);
const TURNS_PER_CONVERSATION = 10;
const WARMUP = 10;
const PANES = ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-compatible'];
// Faults a pane can meet; each reaches one cloud only (`[[sim@kind …]]`), the others answer.
const FAULTS = [
  '[[sim@openai fault=server]]',
  '[[sim@azure-openai fault=midstream at=5]]',
  '[[sim@bedrock fault=midstream at=3 exception=throttlingException]]',
  '[[sim@openai-compatible fault=drop at=4]]',
  '[[sim@openai fault=content-filter at=6]]',
  '[[sim@bedrock fault=malformed at=2]]',
  '[[sim@azure-openai fault=auth]]',
];
// Bounds for "flat": what may differ between the sample after warm-up and the last one.
const BOUNDS = { handles: 4, sockets: 4, processListeners: 0, heapUsedMb: 16 };

if (!globalThis.gc) {
  console.error('Run with --expose-gc (npm run bench:soak does).');
  process.exit(2);
}

const fx = await startMainServices();
let before: ProcessSample | undefined;
let conversationId: string | undefined;
let faultsSent = 0;
const outcomes: Record<string, number> = {};
const started = Date.now();

for (let turn = 0; turn < TURNS; turn++) {
  if (turn % TURNS_PER_CONVERSATION === 0) conversationId = undefined;
  const fault = turn % 3 === 2 ? FAULTS[faultsSent++ % FAULTS.length] : '';
  const result = await fx.call<SendTurnResult>('sendTurn', {
    conversationId,
    prompt: `Soak turn ${turn + 1} [[sim tokens=80 rate=0]] ${fault}`,
    panes: PANES.map((id) => fx.paneOn(id)),
  });
  conversationId = result.conversationId;
  const done = await fx.waitForDone(result);
  for (const event of done.values()) {
    outcomes[event.outcome.status] = (outcomes[event.outcome.status] ?? 0) + 1;
  }
  // The fixture keeps every event for tests to read; a soak would only measure that list.
  fx.events.length = 0;
  fx.results.length = 0;
  fx.logLines.length = 0;
  if (turn + 1 === WARMUP) before = await sampleProcess();
}
const after = await sampleProcess();
const seconds = (Date.now() - started) / 1000;

const db = new Database(join(fx.dir.path, 'history.sqlite'), { readonly: true });
const integrity = db.pragma('integrity_check', { simple: true });
const counts = db
  .prepare(
    `SELECT
       (SELECT count(*) FROM turns) AS turns,
       (SELECT count(*) FROM messages WHERE role = 'assistant') AS answers,
       (SELECT count(*) FROM messages WHERE role = 'assistant' AND status = 'streaming') AS unfinished,
       (SELECT count(*) FROM messages WHERE role = 'assistant' AND status = 'complete' AND content = '') AS emptyComplete`,
  )
  .get() as { turns: number; answers: number; unfinished: number; emptyComplete: number };
db.close();
await fx.close();

const streams = TURNS * PANES.length;
const row = (name: string, a: number, b: number, bound: number, unit = '') =>
  `${name.padEnd(18)} ${a.toFixed(unit ? 1 : 0).padStart(8)}${unit} ${b.toFixed(unit ? 1 : 0).padStart(8)}${unit}   +${(b - a).toFixed(unit ? 1 : 0)} (bound +${bound}${unit})`;
const b0 = before ?? after;
console.log(
  `Soak: ${TURNS} turns x ${PANES.length} streams = ${streams} streams in ${seconds.toFixed(1)} s, ` +
    `${faultsSent} faults mixed in; outcomes ${JSON.stringify(outcomes)}`,
);
console.log(`${''.padEnd(18)} after ${WARMUP}    after ${TURNS}`);
console.log(row('handles', b0.handles, after.handles, BOUNDS.handles));
console.log(row('TCP sockets', b0.sockets, after.sockets, BOUNDS.sockets));
console.log(row('process listeners', b0.processListeners, after.processListeners, 0));
console.log(row('heap used', b0.heapUsedMb, after.heapUsedMb, BOUNDS.heapUsedMb, ' MB'));
console.log(`resources at the end: ${JSON.stringify(after.resources)}`);
console.log(
  `history: integrity_check ${String(integrity)}; ${counts.turns} turns, ${counts.answers} answers recorded ` +
    `(${counts.unfinished} left streaming, ${counts.emptyComplete} complete but empty)`,
);

const problems: string[] = [];
if (after.handles - b0.handles > BOUNDS.handles) problems.push('handles grew');
if (after.sockets - b0.sockets > BOUNDS.sockets) problems.push('sockets grew');
if (after.processListeners - b0.processListeners > BOUNDS.processListeners)
  problems.push('process listeners grew');
if (after.heapUsedMb - b0.heapUsedMb > BOUNDS.heapUsedMb) problems.push('heap grew');
if (integrity !== 'ok') problems.push(`integrity_check said ${String(integrity)}`);
if (counts.turns !== TURNS) problems.push(`${counts.turns} turns recorded, not ${TURNS}`);
if (counts.answers !== streams) problems.push(`${counts.answers} answers recorded, not ${streams}`);
if (counts.unfinished > 0) problems.push(`${counts.unfinished} answers left streaming`);
if (counts.emptyComplete > 0) problems.push(`${counts.emptyComplete} complete answers empty`);
const outcomeCount = Object.values(outcomes).reduce((a, b) => a + b, 0);
if (outcomeCount !== streams) problems.push(`${outcomeCount} streams ended, not ${streams}`);
if (problems.length) {
  console.error(`Soak FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('Soak passed.');
