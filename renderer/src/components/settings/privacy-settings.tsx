// For people who must not move prompt and answer text: exports (history and audit) and logs
// then leave it out, keeping every figure.
import { useAppStore } from '../../store/app-store';

export function PrivacySettings() {
  const redact = useAppStore((s) => s.settings.redactContent);
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={redact}
        onChange={(event) =>
          void useAppStore.getState().updateSettings({ redactContent: event.target.checked })
        }
      />
      <span>Leave prompt and answer text out of exports and logs</span>
    </label>
  );
}
