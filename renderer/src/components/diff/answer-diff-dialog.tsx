// Two answers of one turn compared word by word, side by side or inline, with one line saying how
// alike they are. The same model on two clouds at temperature 0 should read the same; this shows
// where it does not.
import type { Change } from 'diff';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { describeSimilarity, diffAnswers } from '../../lib/answer-diff';

export interface DiffCandidate {
  messageId: string;
  /** "1. OpenAI (gpt-5.5-2026-04-23)". */
  label: string;
  text: string;
}

interface Props {
  turnNumber: number;
  candidates: DiffCandidate[];
  onClose(): void;
}

/** One answer's side (A without B's words, B without A's), or both interleaved. */
function Side({ changes, side }: { changes: Change[]; side: 'a' | 'b' | 'both' }) {
  return (
    <div className="answer-diff__text">
      {changes.map((change, index) => {
        if (side === 'a' && change.added) return null;
        if (side === 'b' && change.removed) return null;
        if (change.removed) return <del key={index}>{change.value}</del>;
        if (change.added) return <ins key={index}>{change.value}</ins>;
        return <span key={index}>{change.value}</span>;
      })}
    </div>
  );
}

export function AnswerDiffDialog({ turnNumber, candidates, onClose }: Props) {
  const id = useId();
  const [a, setA] = useState(candidates[0]?.messageId ?? '');
  const [b, setB] = useState(candidates[1]?.messageId ?? '');
  const [layout, setLayout] = useState<'side-by-side' | 'inline'>('side-by-side');
  const first = useRef<HTMLSelectElement>(null);
  const diff = useMemo(() => {
    const textOf = (messageId: string) =>
      candidates.find((c) => c.messageId === messageId)?.text ?? '';
    return diffAnswers(textOf(a), textOf(b));
  }, [a, b, candidates]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    first.current?.focus();
    // Focus goes back where it was when the dialog closes.
    return () => opener?.focus();
  }, []);

  const picker = (label: string, value: string, set: (v: string) => void, ref?: typeof first) => (
    <label className="inline-field">
      <span>{label}</span>
      <select ref={ref} value={value} onChange={(event) => set(event.target.value)}>
        {candidates.map((c) => (
          <option key={c.messageId} value={c.messageId}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="dialog answer-diff"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="answer-diff__head">
          <h2 id={`${id}-title`}>Compare answers of turn {turnNumber}</h2>
          <button type="button" className="ghost-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="answer-diff__controls">
          {picker('Answer A', a, setA, first)}
          {picker('Answer B', b, setB)}
          <fieldset className="answer-diff__layout">
            <legend>Show</legend>
            {(['side-by-side', 'inline'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`${id}-layout`}
                  checked={layout === option}
                  onChange={() => setLayout(option)}
                />
                {option === 'side-by-side' ? 'Side by side' : 'Inline'}
              </label>
            ))}
          </fieldset>
        </div>
        <p className="answer-diff__similarity" aria-live="polite">
          {describeSimilarity(diff)}
        </p>
        {layout === 'side-by-side' ? (
          <div className="answer-diff__columns">
            <section aria-label="Answer A, with the words B lacks struck out">
              <Side changes={diff.changes} side="a" />
            </section>
            <section aria-label="Answer B, with the words A lacks marked">
              <Side changes={diff.changes} side="b" />
            </section>
          </div>
        ) : (
          <section aria-label="Both answers, A's own words struck out and B's marked">
            <Side changes={diff.changes} side="both" />
          </section>
        )}
      </div>
    </div>
  );
}
