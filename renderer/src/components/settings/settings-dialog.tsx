// Settings: provider profiles, where keys are kept, appearance.
import { useEffect, useRef, useState } from 'react';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { THEMES, type AppSettings } from '../../../../shared/settings';
import { providerLabel, regionOf } from '../../lib/profile-info';
import { useAppStore } from '../../store/app-store';
import { ProviderForm } from './provider-form';

type Editing =
  { mode: 'list' } | { mode: 'edit'; profileId: string } | { mode: 'add'; kind: ProviderKind };

const THEME_LABELS: Record<AppSettings['theme'], string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsDialog() {
  const providers = useAppStore((s) => s.providers);
  const settings = useAppStore((s) => s.settings);
  const backend = useAppStore((s) => s.credentialBackend);
  const settingsError = useAppStore((s) => s.settingsError);
  const [editing, setEditing] = useState<Editing>({ mode: 'list' });
  const [addKind, setAddKind] = useState<ProviderKind>('openai');
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const dialog = useRef<HTMLDivElement>(null);
  const store = useAppStore.getState;
  const close = () => store().setSettingsOpen(false);

  useEffect(() => {
    dialog.current?.focus();
  }, []);

  const editingView =
    editing.mode === 'edit' ? providers.find((v) => v.profile.id === editing.profileId) : undefined;

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label="Settings"
        tabIndex={-1}
        className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <header className="dialog__header">
          <h2>Settings</h2>
          <button
            type="button"
            className="ghost-button"
            aria-label="Close settings"
            onClick={close}
          >
            ×
          </button>
        </header>
        {settingsError && (
          <p role="alert" className="notice notice--error">
            {settingsError}
          </p>
        )}

        <section aria-labelledby="providers-heading" className="dialog__section">
          <h3 id="providers-heading">Providers</h3>
          {editing.mode === 'list' && (
            <>
              <ul className="provider-list">
                {providers.map((view) => {
                  const missing = view.secrets.some((s) => !s.set && s.field !== 'sessionToken');
                  return (
                    <li key={view.profile.id} className="provider-list__item">
                      <div>
                        <strong>{view.profile.name}</strong>
                        <span className="provider-list__meta">
                          {providerLabel(view.profile)} · {regionOf(view.profile)}
                          {missing ? ' · key missing' : ''}
                        </span>
                      </div>
                      <div className="provider-list__actions">
                        <button
                          type="button"
                          className="ghost-button"
                          aria-label={`Edit ${view.profile.name}`}
                          onClick={() => setEditing({ mode: 'edit', profileId: view.profile.id })}
                        >
                          Edit
                        </button>
                        {confirmDelete === view.profile.id ? (
                          <>
                            <button
                              type="button"
                              className="ghost-button danger"
                              aria-label={`Confirm remove ${view.profile.name}`}
                              onClick={() => {
                                setConfirmDelete(undefined);
                                void store().deleteProvider(view.profile.id);
                              }}
                            >
                              Remove with its keys
                            </button>
                            <button
                              type="button"
                              className="ghost-button"
                              onClick={() => setConfirmDelete(undefined)}
                            >
                              Keep
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            className="ghost-button danger"
                            aria-label={`Remove ${view.profile.name}`}
                            onClick={() => setConfirmDelete(view.profile.id)}
                          >
                            Remove
                          </button>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
              <div className="provider-add">
                <label className="inline-field">
                  <span>Cloud</span>
                  <select
                    aria-label="Cloud for the new provider"
                    value={addKind}
                    onChange={(event) => setAddKind(event.target.value as ProviderKind)}
                  >
                    {PROVIDER_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {PROVIDER_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button"
                  onClick={() => setEditing({ mode: 'add', kind: addKind })}
                >
                  Add provider
                </button>
              </div>
            </>
          )}
          {editing.mode === 'add' && (
            <ProviderForm
              key={`add-${editing.kind}`}
              kind={editing.kind}
              submitLabel="Save provider"
              onSaved={(view) => setEditing({ mode: 'edit', profileId: view.profile.id })}
              onCancel={() => setEditing({ mode: 'list' })}
            />
          )}
          {editingView && (
            <ProviderForm
              key={editingView.profile.id}
              kind={editingView.profile.kind}
              existing={editingView}
              submitLabel="Save changes"
              onCancel={() => setEditing({ mode: 'list' })}
            />
          )}
        </section>

        <section aria-labelledby="keys-heading" className="dialog__section">
          <h3 id="keys-heading">Where keys are kept</h3>
          <p className="credential-backend">{backend?.description ?? 'Checking…'}</p>
          {backend && !backend.persistent && (
            <p className="notice notice--warning">Keys will be forgotten when the app closes.</p>
          )}
        </section>

        <section aria-labelledby="appearance-heading" className="dialog__section">
          <h3 id="appearance-heading">Appearance</h3>
          <fieldset className="theme-choice">
            <legend>Theme</legend>
            {THEMES.map((theme) => (
              <label key={theme} className="checkbox">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => void store().updateSettings({ theme })}
                />
                <span>{THEME_LABELS[theme]}</span>
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.syncScroll}
              onChange={(event) =>
                void store().updateSettings({ syncScroll: event.target.checked })
              }
            />
            <span>Scroll panes together</span>
          </label>
        </section>
      </div>
    </div>
  );
}
