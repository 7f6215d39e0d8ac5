// Settings: provider profiles, where keys are kept, appearance.
import { useRef, useState } from 'react';
import type { ProviderKind } from '../../../../shared/providers';
import { useDialogFocus } from '../../hooks/use-dialog-focus';
import { useAppStore } from '../../store/app-store';
import { AppearanceSettings } from './appearance-settings';
import { PrivacySettings } from './privacy-settings';
import { SynthesisSettings } from './synthesis-settings';
import { ProviderForm } from './provider-form';
import { ProviderList } from './provider-list';

type Editing =
  /** `returnTo`: the provider whose form was just left, whose Edit button gets the focus. */
  | { mode: 'list'; returnTo?: string }
  | { mode: 'edit'; profileId: string; justSaved?: boolean }
  | { mode: 'add'; kind: ProviderKind };

export function SettingsDialog() {
  const providers = useAppStore((s) => s.providers);
  const backend = useAppStore((s) => s.credentialBackend);
  const settingsError = useAppStore((s) => s.notices.settings?.text);
  const [editing, setEditing] = useState<Editing>({ mode: 'list' });
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => useAppStore.getState().setSettingsOpen(false);

  useDialogFocus(dialog, close);

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
            <ProviderList
              focusProfileId={editing.returnTo}
              onEdit={(profileId) => setEditing({ mode: 'edit', profileId })}
              onAdd={(kind) => setEditing({ mode: 'add', kind })}
            />
          )}
          {editing.mode === 'add' && (
            <ProviderForm
              key={`add-${editing.kind}`}
              kind={editing.kind}
              submitLabel="Save provider"
              onSaved={(view) =>
                setEditing({ mode: 'edit', profileId: view.profile.id, justSaved: true })
              }
              onCancel={() => setEditing({ mode: 'list' })}
            />
          )}
          {editingView && (
            <ProviderForm
              key={editingView.profile.id}
              kind={editingView.profile.kind}
              existing={editingView}
              justSaved={editing.mode === 'edit' && editing.justSaved}
              submitLabel="Save changes"
              onCancel={() => setEditing({ mode: 'list', returnTo: editingView.profile.id })}
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
          <AppearanceSettings />
        </section>

        <section aria-labelledby="comparing-heading" className="dialog__section">
          <h3 id="comparing-heading">Comparing</h3>
          <SynthesisSettings />
        </section>

        <section aria-labelledby="privacy-heading" className="dialog__section">
          <h3 id="privacy-heading">Privacy</h3>
          <PrivacySettings />
        </section>
      </div>
    </div>
  );
}
