// First run: pick a cloud, fill its fields, paste the key, test the connection. Credentials
// found in the environment are offered first, described without their values.
import { useCallback, useEffect, useState } from 'react';
import type { EnvCredentialOffer } from '../../../../shared/credentials';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store/app-store';
import { ProviderForm } from '../settings/provider-form';

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
  const [pending, setPending] = useState<{ profileId: string } | undefined>();
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
    setPending(undefined);
    store().setSetupInProgress(false);
    void store().loadProviders();
  };

  return (
    <section className="setup" aria-labelledby="setup-heading">
      <h1 id="setup-heading">Set up your first cloud</h1>
      <p className="setup__intro">
        Polycloud Chat asks several clouds the same question and shows the answers side by side. Add
        one to start; keys stay in your system keychain and never leave this computer except to call
        that cloud.
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
        <li className={kind ? 'current' : ''}>Fill in its details and key</li>
        <li>Test the connection</li>
      </ol>

      {!kind ? (
        <div className="setup__kinds" role="group" aria-label="Clouds">
          {PROVIDER_KINDS.map((k) => (
            <button key={k} type="button" className="kind-card" onClick={() => setKind(k)}>
              <strong>{PROVIDER_LABELS[k]}</strong>
              <span>{KIND_HINTS[k]}</span>
            </button>
          ))}
        </div>
      ) : (
        <div className="setup__form">
          <h2>{PROVIDER_LABELS[kind]}</h2>
          {!pending ? (
            <ProviderForm
              kind={kind}
              submitLabel="Save and test connection"
              onSaved={(view) => setPending({ profileId: view.profile.id })}
              onCancel={() => setKind(undefined)}
            />
          ) : (
            <SetupDone onContinue={finish} profileId={pending.profileId} />
          )}
        </div>
      )}
    </section>
  );
}

function SetupDone({ profileId, onContinue }: { profileId: string; onContinue(): void }) {
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  const [testing, setTesting] = useState(true);
  const store = useAppStore.getState;
  const runTest = useCallback(
    () =>
      store()
        .testConnection(profileId)
        .then(
          (r) => setResult(r),
          (error: unknown) => setResult({ ok: false, message: errorMessage(error) }),
        )
        .finally(() => setTesting(false)),
    [profileId, store],
  );
  useEffect(() => {
    void runTest();
  }, [runTest]);
  return (
    <div className="setup__done">
      <p
        role="status"
        aria-label="Connection test result"
        className={`notice ${result?.ok ? 'notice--ok' : result ? 'notice--error' : ''}`}
      >
        {testing || !result ? 'Testing the connection…' : result.message}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setTesting(true);
            void runTest();
          }}
          disabled={testing}
        >
          Test again
        </button>
        <button type="button" className="button button--primary" onClick={onContinue}>
          Start comparing
        </button>
      </div>
    </div>
  );
}
