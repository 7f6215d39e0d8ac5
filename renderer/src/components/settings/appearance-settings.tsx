import { THEMES, type AppSettings } from '../../../../shared/settings';
import { useAppStore } from '../../store/app-store';

const THEME_LABELS: Record<AppSettings['theme'], string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function AppearanceSettings() {
  const settings = useAppStore((s) => s.settings);
  const store = useAppStore.getState;
  return (
    <>
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
          onChange={(event) => void store().updateSettings({ syncScroll: event.target.checked })}
        />
        <span>Scroll panes together</span>
      </label>
    </>
  );
}
