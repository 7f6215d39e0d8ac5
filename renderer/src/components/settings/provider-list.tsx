// The saved provider profiles, each with edit and remove (removal asks once, in place).
import { useEffect, useRef, useState } from 'react';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { providerLabel, regionOf } from '../../lib/profile-info';
import { useAppStore } from '../../store/app-store';
import { whyProviderCannotWork } from './provider-health';

interface ProviderListProps {
  /** Put the focus on this provider's Edit button (coming back from its form). */
  focusProfileId?: string;
  onEdit(profileId: string): void;
  onAdd(kind: ProviderKind): void;
}

export function ProviderList({ focusProfileId, onEdit, onAdd }: ProviderListProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusProfileId) return;
    list.current
      ?.querySelector<HTMLElement>(`[data-edit="${CSS.escape(focusProfileId)}"]`)
      ?.focus();
  }, [focusProfileId]);
  const providers = useAppStore((s) => s.providers);
  // A cloud not set up yet: comparing is the point.
  const [addKind, setAddKind] = useState<ProviderKind>(
    () =>
      PROVIDER_KINDS.find((kind) => !providers.some((v) => v.profile.kind === kind)) ?? 'openai',
  );
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const store = useAppStore.getState;
  return (
    <>
      <ul className="provider-list" ref={list}>
        {providers.map((view) => {
          const why = whyProviderCannotWork(view);
          const { id, name } = view.profile;
          return (
            <li key={id} className="provider-list__item">
              <div>
                <strong>{name}</strong>
                <span className="provider-list__meta">
                  {providerLabel(view.profile)} · {regionOf(view.profile)}
                  {why ? ` · cannot work: ${why}` : ''}
                </span>
              </div>
              <div className="provider-list__actions">
                <button
                  type="button"
                  className="ghost-button"
                  aria-label={`Edit ${name}`}
                  data-edit={id}
                  onClick={() => onEdit(id)}
                >
                  Edit
                </button>
                {confirmDelete === id ? (
                  <>
                    <button
                      type="button"
                      className="ghost-button danger"
                      aria-label={`Confirm remove ${name}`}
                      onClick={() => {
                        setConfirmDelete(undefined);
                        void store().deleteProvider(id);
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
                    aria-label={`Remove ${name}`}
                    onClick={() => setConfirmDelete(id)}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {providers.length === 1 && (
        <p className="setup__nudge">
          Comparing is the point: add a second cloud to ask both the same question.
        </p>
      )}
      <div className="provider-add">
        <label className="inline-field">
          <span>Cloud</span>
          <select
            aria-label="Cloud for the new provider"
            // With one provider, adding a second is what Settings is opened for.
            data-dialog-focus={providers.length === 1 ? true : undefined}
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
        <button type="button" className="button" onClick={() => onAdd(addKind)}>
          Add provider
        </button>
      </div>
    </>
  );
}
