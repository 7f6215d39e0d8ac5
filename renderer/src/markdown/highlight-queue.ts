// Highlighting off the streaming path. While an answer streams, its finished code blocks are
// highlighted in idle time, as many per idle period as fit, never inside a frame's update; the
// result is cached by content, so a block that mounts again (the tail becoming a finished block,
// a turn scrolled back into view) is not highlighted twice.
import { highlightCode, type HighlightNode } from './highlight';

const CACHE_LIMIT = 200;
const cache = new Map<string, HighlightNode[]>();

function keyOf(code: string, info: string): string {
  return `${info}\u0000${code}`;
}

export function cachedHighlight(code: string, info: string): HighlightNode[] | undefined {
  return cache.get(keyOf(code, info));
}

/** Highlights now (or returns the cached result). */
export function highlightNow(code: string, info: string): HighlightNode[] {
  const key = keyOf(code, info);
  const hit = cache.get(key);
  if (hit) return hit;
  const nodes = highlightCode(code, info);
  cache.set(key, nodes);
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return nodes;
}

interface Job {
  code: string;
  info: string;
  done(): void;
  cancelled: boolean;
}

const queue: Job[] = [];
let scheduled = false;

interface IdleDeadlineLike {
  timeRemaining(): number;
}

function runJobs(deadline: IdleDeadlineLike | undefined): void {
  scheduled = false;
  let first = true;
  while (queue.length > 0 && (first || (deadline?.timeRemaining() ?? 0) > 1)) {
    const job = queue.shift();
    if (!job || job.cancelled) continue;
    first = false;
    highlightNow(job.code, job.info);
    job.done();
  }
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps highlighting coming when a busy stream leaves no idle time at all.
    requestIdleCallback(runJobs, { timeout: 500 });
  } else {
    setTimeout(() => runJobs(undefined), 16);
  }
}

/** Highlights in idle time, then calls `done`. Returns a cancel function. */
export function highlightWhenIdle(code: string, info: string, done: () => void): () => void {
  const job: Job = { code, info, done, cancelled: false };
  queue.push(job);
  schedule();
  return () => {
    job.cancelled = true;
  };
}
