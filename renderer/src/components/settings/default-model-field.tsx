// The model a new pane on this provider starts with. Before a test it is typed, with the
// suggested models offered; once a test has listed the cloud's models, it is picked from them.
import { useId } from 'react';
import { suggestedModelsFor } from '../../../../shared/providers';
import { TextField } from '../common/text-field';
import type { ProfileDraft } from './profile-draft';

interface DefaultModelFieldProps {
  draft: ProfileDraft;
  /** The models the last connection test found, if it listed any. */
  found: string[] | undefined;
  error?: string;
  onChange(model: string): void;
}

function hintFor(draft: ProfileDraft): string | undefined {
  if (draft.kind === 'azure-openai')
    return 'Which of your deployments a new pane starts with: one of the deployment names above.';
  return undefined;
}

export function DefaultModelField({ draft, found, error, onChange }: DefaultModelFieldProps) {
  const id = useId();
  const listId = `${id}-models`;
  if (found && found.length > 0) {
    const options =
      found.includes(draft.defaultModel) || !draft.defaultModel
        ? found
        : [draft.defaultModel, ...found];
    return (
      <div className="field">
        <label htmlFor={id}>Default model</label>
        <select
          id={id}
          value={draft.defaultModel}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        >
          {!draft.defaultModel && <option value="">Pick a model…</option>}
          {options.map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="field__hint">
          {found.length === 1 ? 'The model' : `The ${found.length} models`} this provider listed in
          the test.
        </p>
      </div>
    );
  }
  const region =
    draft.kind === 'bedrock' || draft.kind === 'openai-on-bedrock' ? draft.region : undefined;
  const suggestions = suggestedModelsFor(draft.kind, region);
  return (
    <>
      <TextField
        label="Default model"
        value={draft.defaultModel}
        onChange={onChange}
        error={error}
        hint={hintFor(draft) ?? 'Test the connection to pick from the models this provider lists.'}
        spellCheck={false}
        list={suggestions.length > 0 ? listId : undefined}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((model) => (
            <option key={model.id} value={model.id} />
          ))}
        </datalist>
      )}
    </>
  );
}
