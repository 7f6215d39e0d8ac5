// The probe both first-token pages are timed by (the app's and the floor's), and what makes a
// page cross-origin isolated: in a page that is not, Chromium rounds Element Timing's renderTime
// up to a multiple of 4 ms, so a paint read up to 4 ms (2 ms on average) late.

/** What makes a page cross-origin isolated (and its timers precise). */
export const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
} as const;

// Plain JavaScript run before each page loads: when the message now being handled arrived, read
// from the WebSocket's event before any listener runs. The probe's own listener runs after the
// app's, and the app renders an answer's first text inside its listener, so a clock read there
// would leave that render out of event → DOM and → paint.
export const MESSAGE_CLOCK = `(() => {
  const add = WebSocket.prototype.addEventListener;
  WebSocket.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'message' || typeof listener !== 'function') return add.call(this, type, listener, options);
    return add.call(this, type, function (event) {
      window.__messageAt = event.timeStamp;
      return listener.call(this, event);
    }, options);
  };
})()`;

// Plain JavaScript run in the page before each Enter. Listens through window.api like the app
// (the harness's bridge calls listeners in order, so this one runs right after the app's), and
// takes an event's time from MESSAGE_CLOCK.
export const PROBE = `(() => {
  const probe = { enter: 0, event: {}, dom: {}, paint: {}, frame: {}, marks: {} };
  window.__firstToken = probe;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !probe.enter) probe.enter = performance.now();
  }, { capture: true, once: true });
  const off = window.api.on('streamParts', (streams) => {
    for (const payload of streams) {
      if (probe.event[payload.paneId] !== undefined) continue;
      if (payload.parts.some((part) => part.type === 'text-delta')) {
        probe.event[payload.paneId] = window.__messageAt ?? performance.now();
      }
    }
  });
  const panes = () => [...document.querySelectorAll('[data-pane-id]')];
  const allIn = (record) => panes().every((pane) => record[pane.getAttribute('data-pane-id')] !== undefined);
  const paints = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = entry.identifier.replace('first-token-', '');
      if (probe.frame[id] !== undefined) continue;
      probe.frame[id] = entry.renderTime || entry.loadTime;
      if (entry.paintTime !== undefined) probe.paint[id] = entry.paintTime;
    }
    if (allIn(probe.frame)) paints.disconnect();
  });
  paints.observe({ type: 'element' });
  const observer = new MutationObserver(() => {
    for (const pane of panes()) {
      const id = pane.getAttribute('data-pane-id');
      if (probe.frame[id] !== undefined) continue;
      const text = pane.querySelector('.answer .markdown');
      if (!text || text.textContent.trim() === '') continue;
      if (probe.dom[id] === undefined) probe.dom[id] = performance.now();
      // Element Timing reports when the text is painted. Marked before the frame's paint, and
      // marked again until reported, as a re-render may replace the element before its paint.
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && node.textContent.trim() === '') node = walker.nextNode();
      const element = node && node.parentElement;
      if (element && !element.hasAttribute('elementtiming')) {
        element.setAttribute('elementtiming', 'first-token-' + id);
        (probe.marks[id] ??= []).push(performance.now());
      }
    }
    if (allIn(probe.frame)) {
      observer.disconnect();
      off();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

export interface ProbeResult {
  enter: number;
  event: Record<string, number>;
  dom: Record<string, number>;
  /**
   * Paint Timing's paintTime, per pane: the end of the rendering update that painted the text,
   * before the compositor and the display take the frame. Absent where Chromium lacks it.
   */
  paint: Record<string, number>;
  /** Element Timing's renderTime, per pane: when the frame with the text was presented. */
  frame: Record<string, number>;
  /** When each element was marked, per pane: more than one means the first was replaced. */
  marks: Record<string, number[]>;
}
