// A pane's thread in a windowed list: only the turns near the viewport are in the DOM.
import { useAppStore } from '../../store/app-store';
import type { ScrollSync } from '../../lib/scroll-sync';
import { streamingSelectors } from '../../store/slices/streaming/selectors';
import { VirtualList } from '../common/virtual-list';
import { AnswerView } from './answer-view';

interface PaneThreadProps {
  paneId: string;
  paneNumber: number;
  scrollSync: ScrollSync;
}

export function PaneThread({ paneId, paneNumber, scrollSync }: PaneThreadProps) {
  const items = useAppStore((s) => streamingSelectors.paneThread(s, paneId));
  if (items.length === 0) {
    return (
      <div className="pane__empty">
        <p>Answers for pane {paneNumber} appear here.</p>
      </div>
    );
  }
  return (
    <VirtualList
      className="pane__thread"
      label={`Thread of pane ${paneNumber}`}
      count={items.length}
      itemKey={(index) => items[index]?.turn.id ?? String(index)}
      estimate={240}
      scrollSync={scrollSync}
      renderItem={(index) => {
        const item = items[index];
        if (!item) return null;
        return (
          <div className="turn">
            <div className="turn__prompt" aria-label="Your message">
              {item.turn.prompt}
            </div>
            {item.answer ? (
              <AnswerView answer={item.answer} paneNumber={paneNumber} />
            ) : (
              <p className="turn__missing">No answer was kept for this message.</p>
            )}
          </div>
        );
      }}
    />
  );
}
