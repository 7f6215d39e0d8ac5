// Highlighting outside the frames that draw the answers. A finished code block first shows plain
// and gets its colours in the next idle moment: highlighted in the frame where the block closed,
// four panes closing the same block (and compiling the grammar on first use) made that frame the
// longest of the stream. Jobs run one at a time, as long as the idle period lasts, and results
// are kept by language and code, so four panes with the same block highlight it once and a block
// scrolled back into view is coloured at once.
import { highlightCode, resolveLanguage, type HighlightNode } from './highlight';

type Job = { kind: 'compile'; language: string } | HighlightJob;

interface HighlightJob {
  kind: 'highlight';
  key: string;
  code: string;
  info: string;
  /** Every block waiting for this key; each can withdraw on its own. */
  waiting: Set<(nodes: HighlightNode[]) => void>;
}

/** Enough for every code block of a few long answers; the oldest is dropped first. */
const CACHE_LIMIT = 400;
/** Below this much idle time left, the next job waits for the next idle period. */
const MIN_IDLE_MS = 4;
/** Colours arrive within this long even if the page is never idle. */
const IDLE_TIMEOUT_MS = 500;

const cache = new Map<string, HighlightNode[]>();
const queue: Job[] = [];
const pending = new Map<string, HighlightJob>();
/** Languages compiled, or queued to be. */
const compiled = new Set<string>();
let scheduled = false;

/** A block's highlighting if known (a language highlight.js lacks is plain), else its cache key. */
function lookUp(
  code: string,
  info: string,
): { known: HighlightNode[] } | { known: undefined; key: string } {
  const language = resolveLanguage(info);
  if (!language) return { known: [code] };
  const key = `${language}\u0000${code}`;
  const known = cache.get(key);
  return known ? { known } : { known: undefined, key };
}

/** The highlighted code if it is known already (a language highlight.js lacks stays plain). */
export function highlightedNow(code: string, info: string): HighlightNode[] | undefined {
  return lookUp(code, info).known;
}

/**
 * Highlights the code in an idle moment and hands the result to `done`. Returns a function that
 * withdraws the request (the block was unmounted or changed first).
 */
export function highlightWhenIdle(
  code: string,
  info: string,
  done: (nodes: HighlightNode[]) => void,
): () => void {
  const found = lookUp(code, info);
  if (found.known) {
    done(found.known);
    return () => undefined;
  }
  const { key } = found;
  let job = pending.get(key);
  if (!job) {
    job = { kind: 'highlight', key, code, info, waiting: new Set() };
    pending.set(key, job);
    enqueue(job);
  }
  const waiting = job.waiting;
  waiting.add(done);
  return () => waiting.delete(done);
}

/**
 * Compiles a language's grammar in an idle moment, once, when a fence naming it starts to stream,
 * so the first highlight of that language does not also pay for the compile.
 */
export function warmHighlighter(info: string): void {
  const language = resolveLanguage(info);
  if (!language || compiled.has(language)) return;
  compiled.add(language);
  enqueue({ kind: 'compile', language });
}

function enqueue(job: Job): void {
  queue.push(job);
  if (scheduled) return;
  scheduled = true;
  whenIdle(runJobs);
}

function runJobs(deadline: IdleDeadline): void {
  scheduled = false;
  let ran = false;
  while (queue.length > 0 && (!ran || deadline.timeRemaining() > MIN_IDLE_MS)) {
    const job = queue.shift();
    if (job) ran = run(job) || ran;
  }
  if (queue.length > 0) {
    scheduled = true;
    whenIdle(runJobs);
  }
}

/** Runs one job; false when there was nothing left to do for it. */
function run(job: Job): boolean {
  if (job.kind === 'compile') {
    // highlight.js compiles a grammar on its first use, whatever the code.
    highlightCode('', job.language);
    return true;
  }
  pending.delete(job.key);
  if (job.waiting.size === 0) return false;
  const nodes = highlightCode(job.code, job.info);
  cache.set(job.key, nodes);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  for (const done of job.waiting) done(nodes);
  return true;
}

function whenIdle(callback: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    // No idle callbacks (older engines): soon after, with no idle time to spend beyond one job.
    setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 0);
  }
}
