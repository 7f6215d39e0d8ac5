// In a pane's settings: the other clouds that serve the pane's model, to ask in order when the
// pane's cloud fails before answering (rate limit, quota, server error, timeout, network). Off
// until the user ticks one; the candidates come from the model catalog and the live model lists.
import type { PaneFallback } from '../../../../shared/chat';

export interface FailoverCandidate extends PaneFallback {
  /** "Azure Sweden · gpt-5.5-prod". */
  label: string;
}

interface Props {
  candidates: readonly FailoverCandidate[];
  chosen: readonly PaneFallback[];
  onChange(next: PaneFallback[]): void;
  modelLabel: string;
}

export function PaneFailoverField({ candidates, chosen, onChange, modelLabel }: Props) {
  const isChosen = (c: FailoverCandidate) => chosen.some((f) => f.profileId === c.profileId);
  return (
    <fieldset className="field pane-failover">
      <legend>Failover</legend>
      {candidates.length === 0 ? (
        <p className="field__hint">No other configured cloud is known to serve {modelLabel}.</p>
      ) : (
        <>
          <p className="field__hint">
            If this cloud fails before answering (rate limit, quota, server error, timeout or
            network), ask the same model on:
          </p>
          {candidates.map((candidate) => (
            <label key={candidate.profileId} className="pane-failover__option">
              <input
                type="checkbox"
                checked={isChosen(candidate)}
                onChange={(event) =>
                  onChange(
                    // Kept in the candidates' order, which is the order they are tried in.
                    candidates
                      .filter((c) =>
                        c.profileId === candidate.profileId ? event.target.checked : isChosen(c),
                      )
                      .map(({ profileId, model }) => ({ profileId, model })),
                  )
                }
              />
              {candidate.label}
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}
