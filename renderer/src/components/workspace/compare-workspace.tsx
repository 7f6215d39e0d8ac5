// The panes side by side (stacked on narrow windows), resizable, with one composer under them.
import { useLayoutEffect, useMemo, useState } from 'react';
import { createScrollSync } from '../../lib/scroll-sync';
import { useAppStore } from '../../store/app-store';
import { Composer } from './composer';
import { Pane } from './pane';
import { PaneResizer } from './pane-resizer';
import { VerdictStrip } from './verdict-strip';

export function CompareWorkspace() {
  const panes = useAppStore((s) => s.panes);
  const syncScroll = useAppStore((s) => s.settings.syncScroll);
  const workspaceError = useAppStore((s) => s.notices.workspace?.text);
  const hasOlder = useAppStore((s) => s.hasOlder);
  const scrollSync = useMemo(() => createScrollSync(), []);
  // Relative widths by pane id; panes without one share equally.
  const [weights, setWeights] = useState<Record<string, number>>({});

  // In the commit that shows the box checked: a passive effect could run after the user's next
  // scroll, which the other panes then never followed.
  useLayoutEffect(() => scrollSync.setEnabled(syncScroll), [scrollSync, syncScroll]);

  return (
    <section className="workspace" aria-label="Compare workspace">
      {workspaceError && (
        <div role="alert" className="notice notice--error workspace__error">
          <span>{workspaceError}</span>
          <button
            type="button"
            className="ghost-button"
            aria-label="Dismiss message"
            onClick={() => useAppStore.getState().dismissNotice('workspace')}
          >
            ×
          </button>
        </div>
      )}
      {hasOlder && (
        <button
          type="button"
          className="ghost-button workspace__older"
          onClick={() => void useAppStore.getState().loadOlder()}
        >
          Load older messages
        </button>
      )}
      <div className="panes">
        {panes.map((pane, index) => (
          <div
            key={pane.paneId}
            className="panes__slot"
            style={{ flexGrow: weights[pane.paneId] ?? 1 }}
          >
            <Pane paneId={pane.paneId} index={index} scrollSync={scrollSync} />
            {index < panes.length - 1 && (
              <PaneResizer
                label={`Resize panes ${index + 1} and ${index + 2}`}
                onResize={(delta) => {
                  const next = panes[index + 1];
                  if (!next) return;
                  setWeights((current) => {
                    const left = current[pane.paneId] ?? 1;
                    const right = current[next.paneId] ?? 1;
                    const moved = Math.max(-left + 0.2, Math.min(right - 0.2, delta));
                    return {
                      ...current,
                      [pane.paneId]: left + moved,
                      [next.paneId]: right - moved,
                    };
                  });
                }}
              />
            )}
          </div>
        ))}
      </div>
      <VerdictStrip />
      <Composer />
    </section>
  );
}
