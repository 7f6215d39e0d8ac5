// A labelled select with an optional hint tied to it for screen readers, the companion of TextField.
import { useId } from 'react';

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly V[];
  labels: Record<V, string>;
  onChange(value: V): void;
  hint?: string;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  hint,
}: SelectFieldProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        // The value can only be one of the options rendered below.
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
