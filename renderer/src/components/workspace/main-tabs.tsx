// The two views beside the history: the compare workspace and the leaderboard over history. The
// workspace stays mounted while the leaderboard is shown, so streams, scroll and the prompt wait
// where they were; the leaderboard is asked again each time it is opened.
import { useState, type ReactNode } from 'react';
import { LeaderboardView } from '../leaderboard/leaderboard-view';

const TABS = [
  { id: 'compare', label: 'Compare' },
  { id: 'leaderboard', label: 'Leaderboard' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function MainTabs({ workspace }: { workspace: ReactNode }) {
  const [tab, setTab] = useState<TabId>('compare');
  return (
    <>
      <div className="main-tabs" role="tablist" aria-label="Views">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              // Arrow keys move between tabs, as in any tab list.
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next =
                TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              if (!next) return;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id="panel-compare"
        role="tabpanel"
        aria-labelledby="tab-compare"
        className="main-tabs__panel"
        hidden={tab !== 'compare'}
      >
        {workspace}
      </div>
      {tab === 'leaderboard' && (
        <div
          id="panel-leaderboard"
          role="tabpanel"
          aria-labelledby="tab-leaderboard"
          className="main-tabs__panel"
        >
          <LeaderboardView />
        </div>
      )}
    </>
  );
}
