// Blind comparison on or off: with it on, each turn's answers are labelled A–D in a shuffled
// order, with clouds, models and figures hidden until the turn is voted on.
import { useAppStore } from '../../store/app-store';

export function BlindToggle() {
  const blind = useAppStore((s) => s.settings.blindMode);
  return (
    <label
      className="inline-field"
      title="Hide which cloud and model wrote each answer, and their figures, until you vote"
    >
      <input
        type="checkbox"
        checked={blind}
        onChange={(event) =>
          void useAppStore.getState().updateSettings({ blindMode: event.target.checked })
        }
      />
      <span>Blind</span>
    </label>
  );
}
