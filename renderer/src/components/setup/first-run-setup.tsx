// First run: pick a cloud, fill its fields, paste the key, test the connection, then (comparing
// is the point) a second cloud. Credentials found in the environment are offered first,
// described without their values. The test step can always go back to the form.
import { useEffect, useState } from 'react';
import type { EnvCredentialOffer } from '../../../../shared/credentials';
import type { ProviderProfileView } from '../../../../shared/ipc';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store/app-store';
import { ProviderForm } from '../settings/provider-form';
import { SetupTestStep } from './setup-test-step';

const KIND_HINTS: Record<ProviderKind, string> = {
  openai: 'An API key from your OpenAI account.',
  'azure-openai':
    'Your resource endpoint, deployment names, and a key or your Microsoft Entra ID sign-in.',
  bedrock: 'A region and AWS access keys, an AWS profile, or a Bedrock API key.',
  'openai-on-bedrock': "OpenAI's open-weight models served by Bedrock.",
  'openai-compatible': 'Any server speaking the OpenAI API, local ones included.',
};

export function FirstRunSetup() {
  const [kind, setKind] = useState<ProviderKind>();
  const [offers, setOffers] = useState<EnvCredentialOffer[]>([]);
  const [offerError, setOfferError] = useState<string>();
  /** The saved profile being tested; undefined while its form is shown. */
  const [testing, setTesting] = useState<ProviderProfileView>();
  /** A saved profile sent back to its form from the test step. */
  const [editing, setEditing] = useState<ProviderProfileView>();
  const providerCount = useAppStore((s) => s.providers.length);
  /** After the first cloud: the same steps, for the second. */
  const [second, setSecond] = useState(false);
  const store = useAppStore.getState;

  useEffect(() => {
    // Keep this screen up after the first save, until the user has seen the connection test.
    store().setSetupInProgress(true);
    let live = true;
    api.listEnvCredentials().then(
      (found) => live && setOffers(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store]);

  const finish = () => {
    // The workspace appears once the saved profile is in the store.
    setTesting(undefined);
    store().setSetupInProgress(false);
    void store().loadProviders();
  };
  const addAnother = () => {
    setTesting(undefined);
    setEditing(undefined);
    setKind(undefined);
    setSecond(true);
  };

  return (
    <section className="setup" aria-labelledby="setup-heading">
      <h1 id="setup-heading">{second ? 'Add a second cloud' : 'Set up your first cloud'}</h1>
      <p className="setup__intro">
        {second
          ? 'Comparing is the point: add another cloud (or the same model through another one) to see their answers, speed and cost side by side.'
          : 'Polycloud Chat asks several clouds the same question and shows the answers side by side. Add one to start; keys stay in your system keychain and never leave this computer except to call that cloud.'}
      </p>

      {offers.length > 0 && !kind && (
        <div className="setup__offers">
          <h2>Found on this computer</h2>
          <ul>
            {offers.map((offer) => (
              <li key={offer.id}>
                <span>
                  {offer.description} ({offer.variables.join(', ')})
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    api.importEnvCredentials({ offerId: offer.id }).then(
                      () => finish(),
                      (error: unknown) => setOfferError(errorMessage(error)),
                    );
                  }}
                >
                  Use these
                </button>
              </li>
            ))}
          </ul>
          {offerError && (
            <p role="alert" className="notice notice--error">
              {offerError}
            </p>
          )}
        </div>
      )}

      <ol className="setup__steps">
        <li className={kind ? 'done' : 'current'}>Pick a cloud</li>
        <li className={kind && !testing ? 'current' : kind ? 'done' : ''}>
          Fill in its details and key
        </li>
        <li className={testing ? 'current' : ''}>Test the connection</li>
      </ol>

      {!kind ? (
        <>
          <div className="setup__kinds" role="group" aria-label="Clouds">
            {PROVIDER_KINDS.map((k) => (
              <button key={k} type="button" className="kind-card" onClick={() => setKind(k)}>
                <strong>{PROVIDER_LABELS[k]}</strong>
                <span>{KIND_HINTS[k]}</span>
              </button>
            ))}
          </div>
          {providerCount > 0 && (
            <div className="form-actions">
              <button type="button" className="ghost-button" onClick={finish}>
                Not now: start comparing
              </button>
            </div>
          )}
        </>
      ) : (
        <div className="setup__form">
          <h2>{PROVIDER_LABELS[kind]}</h2>
          {!testing ? (
            <ProviderForm
              key={editing?.profile.id ?? `new-${kind}`}
              kind={kind}
              existing={editing}
              submitLabel="Save and test connection"
              onSaved={(view) => setTesting(view)}
              onCancel={editing ? undefined : () => setKind(undefined)}
            />
          ) : (
            <SetupTestStep
              view={testing}
              onBack={() => {
                setEditing(testing);
                setTesting(undefined);
              }}
              onAddAnother={addAnother}
              onContinue={finish}
            />
          )}
        </div>
      )}
    </section>
  );
}
