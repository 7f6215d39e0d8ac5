// The page-side token feed every React peer uses: the same tokens, first-token delay, rate and
// pacing rule as the simulator (and the static baselines), handed to the page once per animation
// frame. window.__startStream() begins; window.__done is set once every pane shows its last token.

export interface FeedWorkload {
  tokens: string[];
  rate: number;
  ttftMs: number;
  panes: number;
}

export interface PaneFrame {
  text: string;
  streaming: boolean;
}

declare global {
  interface Window {
    __workload: FeedWorkload;
    __startStream(): void;
    __done: boolean;
  }
}

/** Calls `render` once per frame with every pane's text; `afterRender` runs after it. */
export function startFeed(
  workload: FeedWorkload,
  render: (panes: PaneFrame[]) => void,
  afterRender: (touched: number[]) => void,
): void {
  const { tokens, rate, ttftMs } = workload;
  const panes = Array.from({ length: workload.panes }, () => ({ text: '', pending: '', sent: 0 }));
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const touched: number[] = [];
    panes.forEach((pane, index) => {
      if (pane.pending === '') return;
      pane.text += pane.pending;
      pane.pending = '';
      touched.push(index);
    });
    render(panes.map((p) => ({ text: p.text, streaming: p.sent < tokens.length })));
    afterRender(touched);
    if (panes.every((p) => p.sent === tokens.length && p.pending === '')) window.__done = true;
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(flush);
  };
  const startPane = (pane: (typeof panes)[number]) => {
    const interval = rate > 0 ? 1000 / rate : 0;
    let begin = 0;
    const pump = () => {
      const due =
        interval === 0
          ? tokens.length
          : Math.min(tokens.length, 1 + Math.floor((performance.now() - begin) / interval));
      if (due > pane.sent) {
        pane.pending += tokens.slice(pane.sent, due).join('');
        pane.sent = due;
        schedule();
      }
      if (pane.sent < tokens.length) {
        setTimeout(pump, Math.max(1, begin + pane.sent * interval - performance.now()));
      }
    };
    setTimeout(() => {
      begin = performance.now();
      pump();
    }, ttftMs);
  };
  window.__done = false;
  window.__startStream = () => panes.forEach(startPane);
}
