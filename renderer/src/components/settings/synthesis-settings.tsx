// What the model that merges a turn's answers is told ("Merge answers"): shown, editable, and
// saved when the field is left; an empty field puts the default back.
import { useId, useState } from 'react';
import { DEFAULT_SYNTHESIS_PROMPT } from '../../../../shared/settings';
import { useAppStore } from '../../store/app-store';

export function SynthesisSettings() {
  const id = useId();
  const saved = useAppStore((s) => s.settings.synthesisPrompt);
  const [draft, setDraft] = useState(saved);
  const [status, setStatus] = useState('');

  const save = async () => {
    const text = draft.trim() || DEFAULT_SYNTHESIS_PROMPT;
    if (text === saved) return;
    await useAppStore.getState().updateSettings({ synthesisPrompt: text });
    setDraft(text);
    setStatus('Saved.');
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-prompt`}>Instructions for “Merge answers”</label>
      <textarea
        id={`${id}-prompt`}
        rows={4}
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          setStatus('');
        }}
        onBlur={() => void save()}
      />
      <p id={`${id}-hint`} className="field__hint">
        The merging model gets these, then the question and each answer labelled A, B, … with its
        cloud and model. Leave it empty for the default. <span aria-live="polite">{status}</span>
      </p>
    </div>
  );
}
