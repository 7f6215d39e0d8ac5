// The setup's last step: the connection test of the provider just saved, the models it found
// (pick the default from them), a way back to the form, and a nudge to add a second cloud.
import { useCallback, useEffect, useState } from 'react';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../shared/ipc';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store/app-store';

interface SetupTestStepProps {
  view: ProviderProfileView;
  onBack(): void;
  onAddAnother(): void;
  onContinue(): void;
}

export function SetupTestStep({ view, onBack, onAddAnother, onContinue }: SetupTestStepProps) {
  const [result, setResult] = useState<ConnectionTestResult>();
  const [testing, setTesting] = useState(true);
  const [defaultModel, setDefaultModel] = useState(view.profile.defaultModel ?? '');
  const [saved, setSaved] = useState<string>();
  const profileId = view.profile.id;
  // Sets state only when the answer comes, so the first test can start from an effect.
  const runTest = useCallback(() => {
    return api
      .testConnection({ profileId })
      .then(
        (r) => setResult(r),
        (error: unknown) => setResult({ ok: false, message: errorMessage(error), latencyMs: 0 }),
      )
      .finally(() => setTesting(false));
  }, [profileId]);
  useEffect(() => {
    void runTest();
  }, [runTest]);

  const pickDefault = (model: string) => {
    setDefaultModel(model);
    setSaved(undefined);
    useAppStore
      .getState()
      .saveProvider({ ...view.profile, defaultModel: model })
      .then(
        () => setSaved(`Saved: new panes on ${view.profile.name} start with ${model}.`),
        (error: unknown) => setSaved(errorMessage(error)),
      );
  };
  const models = result?.ok ? (result.models ?? []) : [];

  return (
    <div className="setup__done">
      <p
        role="status"
        aria-label="Connection test result"
        className={`notice ${result?.ok ? 'notice--ok' : result ? 'notice--error' : ''}`}
      >
        {testing || !result ? 'Testing the connection…' : result.message}
      </p>
      {models.length > 0 && (
        <div className="field">
          <label htmlFor="setup-default-model">Default model</label>
          <select
            id="setup-default-model"
            value={models.includes(defaultModel) ? defaultModel : ''}
            onChange={(event) => pickDefault(event.target.value)}
          >
            {!models.includes(defaultModel) && (
              <option value="">{defaultModel || 'Pick a model…'}</option>
            )}
            {models.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
          <p className="field__hint">The models {view.profile.name} listed.</p>
        </div>
      )}
      {saved && (
        <p role="status" aria-label="Save result" className="notice notice--ok">
          {saved}
        </p>
      )}
      {result?.ok && (
        <p className="setup__nudge">
          Comparing is the point: add a second cloud to ask both the same question.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="ghost-button" onClick={onBack}>
          Back to edit
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (testing) return;
            setTesting(true);
            void runTest();
          }}
          // Not disabled while testing: a disabled button would drop the keyboard focus.
          aria-disabled={testing}
        >
          Test again
        </button>
        <button type="button" className="button" onClick={onAddAnother}>
          Add a second cloud
        </button>
        <button type="button" className="button button--primary" onClick={onContinue}>
          Start comparing
        </button>
      </div>
    </div>
  );
}
