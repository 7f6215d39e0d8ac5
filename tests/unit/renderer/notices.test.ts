import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store/app-store';

describe('notices', () => {
  it('keeps one notice per place, a bare string being an error, until it is dismissed', () => {
    const store = createAppStore();
    store.getState().notify('workspace', 'The cloud is down.');
    store.getState().notify('history', { kind: 'info', text: 'Exported chat.json.' });
    expect(store.getState().notices).toEqual({
      workspace: { kind: 'error', text: 'The cloud is down.' },
      history: { kind: 'info', text: 'Exported chat.json.' },
    });
    store.getState().dismissNotice('workspace');
    expect(store.getState().notices).toEqual({
      history: { kind: 'info', text: 'Exported chat.json.' },
    });
  });

  it('says in the workspace when a prompt has no pane to go to, and a new conversation clears it', async () => {
    const store = createAppStore();
    store.setState({ composerText: 'Hello', panes: [] });
    await store.getState().sendPrompt();
    expect(store.getState().notices.workspace).toEqual({
      kind: 'error',
      text: 'Add a pane first.',
    });
    store.getState().newConversation();
    expect(store.getState().notices.workspace).toBeUndefined();
  });
});
