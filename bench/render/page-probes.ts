// What every variant is measured with, in the same way: Chrome's own main-thread counters over
// CDP (Performance.getMetrics, in thread time) and in-page probes for long tasks, frame intervals
// and the long animation frames (what a slow frame spent its time on).
import type { Page } from 'playwright-core';

export interface RunFigures {
  variant: string;
  /** Wall time from the start of streaming to the last pane finishing. */
  seconds: number;
  scriptSeconds: number;
  taskSeconds: number;
  layoutSeconds: number;
  styleSeconds: number;
  frameP50: number;
  frameP95: number;
  frames: number;
  /** Durations (ms) of long tasks after load, while streaming and just after. */
  longTasks: number[];
  /** When each long task started, seconds after the start of streaming (same order). */
  longTaskStarts: number[];
  /**
   * What each frame over 50 ms spent its time on (Chromium's Long Animation Frames; one frame can
   * hold several tasks): when it started, its script by entry point, its style and layout.
   */
  longFrames: string[];
  /** JS heap in use after a full garbage collection at the end. */
  heapMb: number;
  /** Elements in the document at the end: what windowing keeps bounded. */
  domElements: number;
  /**
   * CPU the bench's own Node process used while the answers streamed (main services, SDKs,
   * simulator and Playwright), in % of one core; it competes with the page. For the app, and for
   * a peer streaming beside the backend load.
   */
  hostCpuPercent?: number;
}

/**
 * Starts counting the CPU this (the bench's Node) process uses; the returned function gives it
 * since then, in % of one core.
 */
export function startHostCpu(): () => number {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  return () => {
    const cpu = process.cpuUsage(cpuBefore);
    return ((cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore)) * 100;
  };
}

export interface Measurement {
  /** Stops the frame probe, lets trailing work land, then reads everything. */
  finish(variant: string): Promise<RunFigures>;
}

// Plain JavaScript run in the page (no bundler helpers in it).
const START_PROBES = `(() => {
  window.__longTasks = [];
  window.__probeStart = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push([Math.round(entry.duration), (entry.startTime - window.__probeStart) / 1000]);
    }
  }).observe({ type: 'longtask' });
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.startTime < window.__probeStart) continue;
      const end = e.startTime + e.duration;
      const scripts = e.scripts
        .slice()
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((s) => Math.round(s.duration) + ' ms ' + s.invokerType + (s.invoker ? ' ' + s.invoker : ''));
      window.__longFrames.push(
        Math.round(e.duration) + ' ms frame at ' + ((e.startTime - window.__probeStart) / 1000).toFixed(2) + ' s: ' +
        'script ' + (scripts.join(', ') || 'none over 5 ms') +
        '; style and layout ' + Math.round(e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0) + ' ms' +
        '; rendering (animation-frame callbacks, style, layout, paint) ' + Math.round(e.renderStart ? end - e.renderStart : 0) + ' ms'
      );
    }
  }).observe({ type: 'long-animation-frame' });
  window.__frames = [];
  window.__framesStopped = false;
  let last = performance.now();
  const tick = (now) => {
    if (window.__framesStopped) return;
    window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `window.__framesStopped = true`;
const READ_PROBES = `(() => {
  const frames = window.__frames.slice(5).sort((a, b) => a - b);
  const at = (q) => Math.round((frames[Math.floor(frames.length * q)] ?? 0) * 10) / 10;
  return { longTasks: window.__longTasks, longFrames: window.__longFrames, frameP50: at(0.5), frameP95: at(0.95), frames: frames.length };
})()`;

interface ProbeReadings {
  /** [duration ms, start s]. */
  longTasks: [number, number][];
  longFrames: string[];
  frameP50: number;
  frameP95: number;
  frames: number;
}

// Long enough for work queued by the last tokens (final render, highlighting) to be counted.
const SETTLE_MS = 500;

export async function startMeasuring(page: Page): Promise<Measurement> {
  const cdp = await page.context().newCDPSession(page);
  // Durations in the main thread's CPU time, not wall-clock time: on this machine's two shared
  // cores the page's thread also waits for a core (the backend, raster, the compositor, other
  // work on the host), and wall-clock time counted that wait as script. It gave the same build of
  // the app 1.12 to 1.58 s of script in one run's rounds; thread time gave 1.00 to 1.07 s, and
  // streamdown 3.64 to 3.79 s (2026-11-29). Frame intervals and long tasks stay wall-clock: they
  // are what the user sees.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const counters = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  await page.evaluate(START_PROBES);
  const before = await counters();
  const started = performance.now();
  return {
    async finish(variant) {
      const seconds = (performance.now() - started) / 1000;
      await page.evaluate(STOP_FRAMES);
      await page.waitForTimeout(SETTLE_MS);
      const after = await counters();
      const probes = (await page.evaluate(READ_PROBES)) as ProbeReadings;
      const domElements = (await page.evaluate(
        'document.getElementsByTagName("*").length',
      )) as number;
      // Counters first: the collection below is not the variant's work. Then the heap that is
      // still reachable, not whatever garbage the last frames left.
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
      return {
        variant,
        seconds,
        scriptSeconds: delta('ScriptDuration'),
        taskSeconds: delta('TaskDuration'),
        layoutSeconds: delta('LayoutDuration'),
        styleSeconds: delta('RecalcStyleDuration'),
        frameP50: probes.frameP50,
        frameP95: probes.frameP95,
        frames: probes.frames,
        longTasks: probes.longTasks.map(([duration]) => duration),
        longTaskStarts: probes.longTasks.map(([, start]) => start),
        longFrames: probes.longFrames,
        heapMb: usedSize / 1e6,
        domElements,
      };
    },
  };
}
