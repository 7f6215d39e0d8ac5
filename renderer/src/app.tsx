// The app shell: history sidebar, compare workspace, settings; or the guided setup on first run.
import { useEffect } from 'react';
import { HistorySidebar } from './components/history/history-sidebar';
import { SettingsDialog } from './components/settings/settings-dialog';
import { FirstRunSetup } from './components/setup/first-run-setup';
import { CompareWorkspace } from './components/workspace/compare-workspace';
import { MainTabs } from './components/workspace/main-tabs';
import { TopBar } from './components/workspace/top-bar';
import { useApiEvents } from './hooks/use-api-events';
import { api, errorMessage } from './lib/api';
import { LinkOpenerContext, type OpenLink } from './markdown/link-context';
import { useKeyboardShortcuts } from './hooks/use-keyboard-shortcuts';
import { useTheme } from './hooks/use-theme';
import { useAppStore } from './store/app-store';
import { settingsSelectors } from './store/slices/settings/selectors';

// Links in answers open in the user's browser through main, which allows only https.
const openLink: OpenLink = (url) => {
  api.openExternal({ url }).catch((error: unknown) => {
    useAppStore.getState().notify('workspace', errorMessage(error));
  });
};

export function App() {
  const providersLoaded = useAppStore((s) => s.providersLoaded);
  const needsSetup = useAppStore(settingsSelectors.needsSetup);
  const settingsOpen = useAppStore((s) => s.settingsOpen);
  const settingsError = useAppStore((s) => s.notices.settings?.text);

  useApiEvents();
  useKeyboardShortcuts();
  useTheme();

  useEffect(() => {
    const { loadSettings, loadProviders, refreshConversations } = useAppStore.getState();
    void loadSettings();
    void loadProviders();
    void refreshConversations();
  }, []);

  if (!providersLoaded) {
    return (
      <main className="app app--loading" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  }

  if (needsSetup) {
    return (
      <main className="app app--setup">
        {settingsError && (
          <p role="alert" className="notice notice--error">
            {settingsError}
          </p>
        )}
        <FirstRunSetup />
      </main>
    );
  }

  return (
    <LinkOpenerContext value={openLink}>
      <div className="app">
        <HistorySidebar />
        <main className="app__main">
          <MainTabs
            workspace={
              <>
                <TopBar />
                <CompareWorkspace />
              </>
            }
          />
        </main>
        {settingsOpen && <SettingsDialog />}
      </div>
    </LinkOpenerContext>
  );
}
