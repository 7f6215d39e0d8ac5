// Under a turn's verdict: "Merge answers" with a model the user picks, and the synthesis it
// streams, marked as one, with its own figures and cost.
import { useId, useState } from 'react';
import { SYNTHESIS_PANE_ID } from '../../../../shared/chat';
import { StreamingMarkdown } from '../../markdown/streaming-markdown';
import { useAppStore } from '../../store/app-store';
import { threadSelectors } from '../../store/slices/thread/selectors';
import { MetricsLine } from './metrics-line';

export function SynthesisRow({ turnId, canMerge }: { turnId: string; canMerge: boolean }) {
  const id = useId();
  const synthesis = useAppStore((s) => threadSelectors.paneAnswer(s, SYNTHESIS_PANE_ID, turnId));
  const profiles = useAppStore((s) => s.providers);
  const firstPane = useAppStore((s) => s.panes[0]);
  const [open, setOpen] = useState(false);
  const [profileId, setProfileId] = useState(firstPane?.profileId ?? profiles[0]?.profile.id ?? '');
  const [model, setModel] = useState(firstPane?.model ?? '');
  const streaming = synthesis?.status === 'streaming';

  return (
    <div className="synthesis">
      {!open ? (
        <button
          type="button"
          className="ghost-button"
          disabled={!canMerge || streaming}
          title="One model reads this turn's answers and writes one, saying where they disagree"
          onClick={() => setOpen(true)}
        >
          {synthesis ? 'Merge again…' : 'Merge answers…'}
        </button>
      ) : (
        <form
          className="synthesis__form"
          aria-label="Merge answers"
          onSubmit={(event) => {
            event.preventDefault();
            setOpen(false);
            void useAppStore.getState().synthesize(turnId, profileId, model.trim());
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <label className="inline-field" htmlFor={`${id}-profile`}>
            <span>Merge with</span>
          </label>
          <select
            id={`${id}-profile`}
            aria-label="Provider that merges"
            value={profileId}
            onChange={(event) => setProfileId(event.target.value)}
          >
            {profiles.map((view) => (
              <option key={view.profile.id} value={view.profile.id}>
                {view.profile.name}
              </option>
            ))}
          </select>
          <input
            aria-label="Model that merges"
            value={model}
            required
            onChange={(event) => setModel(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={!model.trim()}>
            Merge
          </button>
          <button type="button" className="ghost-button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      )}
      {synthesis && (
        <section
          className="synthesis__answer"
          aria-label="Synthesis"
          aria-busy={streaming}
          data-status={synthesis.status}
        >
          <p className="synthesis__label">
            Synthesis · {synthesis.providerName ?? 'merging model'} · {synthesis.model}
          </p>
          {synthesis.text ? (
            <StreamingMarkdown text={synthesis.text} streaming={streaming} />
          ) : (
            streaming && <p className="answer__waiting">Reading the answers…</p>
          )}
          {synthesis.error && synthesis.error.kind !== 'cancelled' && (
            <p role="alert" className="answer__error">
              {synthesis.error.message}
            </p>
          )}
          <MetricsLine answer={synthesis} />
        </section>
      )}
    </div>
  );
}
