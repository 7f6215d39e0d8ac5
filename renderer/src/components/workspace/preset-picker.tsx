// "Compare a model across my clouds": one entry per model family the user's clouds serve, filling
// the panes with every cloud and region that has it and saying which clouds do not; and each
// provider's default model.
import { useMemo } from 'react';
import { buildPresets, servedByDeploymentOf } from '../../lib/presets';
import { useProfiles } from '../../hooks/use-profiles';
import { useAppStore } from '../../store/app-store';

export function PresetPicker() {
  const profiles = useProfiles();
  const models = useAppStore((s) => s.models);
  // Azure deployments' base models are learnt from answers: re-read them when turns change,
  // not on every streamed token.
  const turns = useAppStore((s) => s.turns);
  const presets = useMemo(() => {
    const answers = Object.values(useAppStore.getState().answers);
    return buildPresets(profiles, models, servedByDeploymentOf(answers, profiles));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- turns is the trigger (above)
  }, [profiles, models, turns]);
  const families = presets.filter((p) => p.group === 'family');
  const others = presets.filter((p) => p.group === 'defaults');

  return (
    <label className="inline-field">
      <span>Preset</span>
      <select
        aria-label="Quick preset"
        value=""
        onChange={(event) => {
          const preset = presets.find((p) => p.id === event.target.value);
          if (!preset) return;
          const { applyPreset, notify } = useAppStore.getState();
          applyPreset(preset);
          if (preset.note) notify('workspace', { kind: 'info', text: preset.note });
        }}
      >
        <option value="">{presets.length > 0 ? 'Choose…' : 'None available'}</option>
        {families.length > 0 && (
          <optgroup label="Compare a model across my clouds">
            {families.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label} ({preset.panes.length} {preset.panes.length === 1 ? 'pane' : 'panes'}
                )
              </option>
            ))}
          </optgroup>
        )}
        {others.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label} ({preset.panes.length} panes)
          </option>
        ))}
      </select>
    </label>
  );
}
