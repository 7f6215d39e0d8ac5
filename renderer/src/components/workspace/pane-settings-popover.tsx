// A pane's model settings: system prompt, temperature, max output tokens and reasoning effort,
// applied to this pane or to every pane. A control the pane's model cannot take is disabled
// with the reason (rules in shared/model-capabilities.ts); a value set earlier that the model
// refuses can still be cleared. Non-modal: Esc or Cancel closes it and focus goes back to the
// button that opened it (the caller's job, through onClose).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  paneSettingsSchema,
  REASONING_EFFORTS,
  type PaneFallback,
  type PaneSettings,
  type ReasoningEffort,
} from '../../../../shared/chat';
import { modelCapabilities, type ModelTarget } from '../../../../shared/model-capabilities';
import '../../styles/pane-settings.css';
import { PaneFailoverField, type FailoverCandidate } from './pane-failover-field';

export const EFFORT_LABELS: Record<ReasoningEffort, string> = {
  none: 'None (no reasoning)',
  minimal: 'Minimal',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  xhigh: 'Extra high',
};

interface Draft {
  systemPrompt: string;
  temperature: string;
  maxOutputTokens: string;
  reasoningEffort: ReasoningEffort | '';
}

function draftOf(settings: PaneSettings): Draft {
  return {
    systemPrompt: settings.systemPrompt ?? '',
    temperature: settings.temperature === undefined ? '' : String(settings.temperature),
    maxOutputTokens: settings.maxOutputTokens === undefined ? '' : String(settings.maxOutputTokens),
    reasoningEffort: settings.reasoningEffort ?? '',
  };
}

type Parsed =
  { ok: true; settings: PaneSettings } | { ok: false; field: keyof Draft; message: string };

function parseDraft(draft: Draft): Parsed {
  const settings: PaneSettings = {};
  if (draft.systemPrompt.trim()) settings.systemPrompt = draft.systemPrompt;
  if (draft.temperature.trim()) {
    const value = Number(draft.temperature);
    if (!Number.isFinite(value) || value < 0 || value > 2) {
      return { ok: false, field: 'temperature', message: 'Enter a temperature from 0 to 2.' };
    }
    settings.temperature = value;
  }
  if (draft.maxOutputTokens.trim()) {
    const value = Number(draft.maxOutputTokens);
    if (!Number.isInteger(value) || value < 1 || value > 200_000) {
      return {
        ok: false,
        field: 'maxOutputTokens',
        message: 'Enter a whole number of tokens from 1 to 200,000.',
      };
    }
    settings.maxOutputTokens = value;
  }
  if (draft.reasoningEffort) settings.reasoningEffort = draft.reasoningEffort;
  const checked = paneSettingsSchema.safeParse(settings);
  if (!checked.success) {
    return { ok: false, field: 'systemPrompt', message: 'The system prompt is too long.' };
  }
  return { ok: true, settings: checked.data };
}

interface PaneSettingsPopoverProps {
  paneNumber: number;
  /** What the pane aims at; undefined until it has a provider. */
  target: ModelTarget | undefined;
  settings: PaneSettings;
  paneCount: number;
  /** Other clouds serving the pane's model, and those chosen to fail over to (this pane only). */
  failover: { candidates: FailoverCandidate[]; chosen: PaneFallback[]; modelLabel: string };
  onApply(settings: PaneSettings, scope: 'pane' | 'all', fallbacks: PaneFallback[]): void;
  onClose(): void;
}

export function PaneSettingsPopover({
  paneNumber,
  target,
  settings,
  paneCount,
  failover,
  onApply,
  onClose,
}: PaneSettingsPopoverProps) {
  const [fallbacks, setFallbacks] = useState<PaneFallback[]>(failover.chosen);
  const id = useId();
  const first = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [error, setError] = useState<{ field: keyof Draft; message: string }>();
  const parsedEffort = draft.reasoningEffort || undefined;
  const caps = useMemo(
    () =>
      target
        ? modelCapabilities(target, parsedEffort ? { reasoningEffort: parsedEffort } : {})
        : undefined,
    [target, parsedEffort],
  );

  useEffect(() => {
    first.current?.focus();
  }, []);

  const change = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (error?.field === field) setError(undefined);
  };

  const apply = (scope: 'pane' | 'all') => {
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setError({ field: parsed.field, message: parsed.message });
      document.getElementById(`${id}-${parsed.field}`)?.focus();
      return;
    }
    onApply(parsed.settings, scope, fallbacks);
  };

  const temperatureOff = caps?.temperature.enabled === false;
  const effortRule = caps?.reasoningEffort;
  const effortOff = effortRule?.enabled === false;
  const effortValues = effortRule?.values ?? REASONING_EFFORTS;
  const effortRefused =
    draft.reasoningEffort !== '' && !effortValues.includes(draft.reasoningEffort);
  const described = (field: keyof Draft, extra: boolean) =>
    [error?.field === field ? `${id}-${field}-error` : '', extra ? `${id}-${field}-why` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (field: keyof Draft) =>
    error?.field === field && (
      <p id={`${id}-${field}-error`} className="field__error" role="alert">
        {error.message}
      </p>
    );

  return (
    <div
      role="dialog"
      aria-label={`Settings for pane ${paneNumber}`}
      className="pane-settings"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Esc closes the popover only; it must not also stop the streaming panes.
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply('pane');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-systemPrompt`}>System prompt</label>
          <textarea
            id={`${id}-systemPrompt`}
            ref={first}
            rows={3}
            value={draft.systemPrompt}
            placeholder="None"
            aria-describedby={described('systemPrompt', false)}
            onChange={(event) => change('systemPrompt', event.target.value)}
          />
          {fieldError('systemPrompt')}
        </div>

        <div className="pane-settings__row">
          <div className="field">
            <label htmlFor={`${id}-temperature`}>Temperature</label>
            <input
              id={`${id}-temperature`}
              type="number"
              inputMode="decimal"
              min={0}
              max={2}
              step={0.1}
              placeholder="Default"
              value={draft.temperature}
              disabled={temperatureOff}
              aria-invalid={error?.field === 'temperature' ? true : undefined}
              aria-describedby={described('temperature', temperatureOff)}
              onChange={(event) => change('temperature', event.target.value)}
            />
            {temperatureOff && (
              <p id={`${id}-temperature-why`} className="field__hint">
                {caps?.temperature.reason}
              </p>
            )}
            {temperatureOff && draft.temperature !== '' && (
              <button
                type="button"
                className="ghost-button pane-settings__clear"
                onClick={() => change('temperature', '')}
              >
                Clear temperature
              </button>
            )}
            {fieldError('temperature')}
          </div>

          <div className="field">
            <label htmlFor={`${id}-maxOutputTokens`}>Max output tokens</label>
            <input
              id={`${id}-maxOutputTokens`}
              type="number"
              inputMode="numeric"
              min={1}
              max={200_000}
              step={1}
              placeholder="Default"
              value={draft.maxOutputTokens}
              aria-invalid={error?.field === 'maxOutputTokens' ? true : undefined}
              aria-describedby={described('maxOutputTokens', false)}
              onChange={(event) => change('maxOutputTokens', event.target.value)}
            />
            {fieldError('maxOutputTokens')}
          </div>
        </div>

        <div className="field">
          <label htmlFor={`${id}-reasoningEffort`}>Reasoning effort</label>
          <select
            id={`${id}-reasoningEffort`}
            value={draft.reasoningEffort}
            disabled={effortOff && !effortRefused}
            aria-describedby={described(
              'reasoningEffort',
              !!(effortRule?.reason || effortRule?.hint),
            )}
            onChange={(event) => change('reasoningEffort', event.target.value)}
          >
            <option value="">Default (not sent)</option>
            {REASONING_EFFORTS.map((effort) => (
              <option key={effort} value={effort} disabled={!effortValues.includes(effort)}>
                {EFFORT_LABELS[effort]}
              </option>
            ))}
          </select>
          {(effortRule?.reason || effortRule?.hint) && (
            <p id={`${id}-reasoningEffort-why`} className="field__hint">
              {effortRule.reason ?? effortRule.hint}
            </p>
          )}
          {effortRefused && (
            <p className="field__error">
              This model does not take “{EFFORT_LABELS[draft.reasoningEffort as ReasoningEffort]}”;
              pick another or Default.
            </p>
          )}
        </div>

        <PaneFailoverField
          candidates={failover.candidates}
          chosen={fallbacks}
          onChange={setFallbacks}
          modelLabel={failover.modelLabel}
        />

        <div className="pane-settings__actions">
          <button type="submit" className="button button--primary">
            Apply to this pane
          </button>
          {paneCount > 1 && (
            <button type="button" className="button" onClick={() => apply('all')}>
              Apply to every pane
            </button>
          )}
          <button
            type="button"
            className="ghost-button"
            onClick={() => {
              setDraft(draftOf({}));
              setError(undefined);
            }}
          >
            Reset
          </button>
          <button type="button" className="ghost-button" onClick={onClose}>
            Cancel
          </button>
        </div>
        {paneCount > 1 && (
          <p className="field__hint">
            Every pane gets these settings, less what its model is known to refuse.
          </p>
        )}
      </form>
    </div>
  );
}
