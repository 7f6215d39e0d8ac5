// Four panes of one React Markdown renderer, fed by the shared token feed, each kept scrolled to
// the bottom the way the static baselines do it (all writes after one render per frame).
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { startFeed, type PaneFrame } from './feed';

type RenderAnswer = (text: string, streaming: boolean) => ReactNode;

let setPanes: (panes: PaneFrame[]) => void = () => undefined;

function Panes({ count, renderAnswer }: { count: number; renderAnswer: RenderAnswer }) {
  const [panes, set] = useState<PaneFrame[]>(() =>
    Array.from({ length: count }, () => ({ text: '', streaming: true })),
  );
  setPanes = set;
  return (
    <div className="panes">
      {panes.map((pane, index) => (
        <div key={index} className="pane">
          {renderAnswer(pane.text, pane.streaming)}
        </div>
      ))}
    </div>
  );
}

export function mountPeer(renderAnswer: RenderAnswer): void {
  const workload = window.__workload;
  const host = document.getElementById('root');
  if (!host) throw new Error('No #root in the page.');
  flushSync(() =>
    createRoot(host).render(<Panes count={workload.panes} renderAnswer={renderAnswer} />),
  );
  const elements = () => [...document.querySelectorAll<HTMLElement>('.pane')];
  startFeed(
    workload,
    (panes) => flushSync(() => setPanes(panes)),
    (touched) => {
      const all = elements();
      for (const index of touched) {
        const element = all[index];
        if (element) element.scrollTop = element.scrollHeight;
      }
    },
  );
}
