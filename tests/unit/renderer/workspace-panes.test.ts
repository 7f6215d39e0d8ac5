import { describe, expect, it } from 'vitest';
import type { ProviderProfileView } from '../../../shared/ipc';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { workspaceSelectors } from '../../../renderer/src/store/slices/workspace/selectors';

const view = (id: string, defaultModel: string): ProviderProfileView => ({
  profile: { kind: 'openai', api: 'chat-completions', id, name: id, defaultModel },
  secrets: [{ field: 'apiKey', set: true, hint: '…abcd' }],
});

describe('workspace panes', () => {
  it('starts with a pane for each of the first two profiles, on their default models', () => {
    const store = createAppStore();
    store.setState({
      providers: [view('a', 'gpt-4o'), view('b', 'gpt-4.1'), view('c', 'o4-mini')],
    });
    store.getState().internal_ensurePanes();
    expect(store.getState().panes.map((p) => [p.profileId, p.model])).toEqual([
      ['a', 'gpt-4o'],
      ['b', 'gpt-4.1'],
    ]);
  });

  it('adds panes on profiles not yet on screen, up to four', () => {
    const store = createAppStore();
    store.setState({ providers: [view('a', 'm'), view('b', 'm'), view('c', 'm')] });
    store.getState().internal_ensurePanes();
    for (let i = 0; i < 5; i += 1) store.getState().addPane();
    expect(store.getState().panes.map((p) => p.profileId)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('moves a pane whose profile was deleted to an existing profile', () => {
    const store = createAppStore();
    store.setState({ providers: [view('a', 'm1'), view('b', 'm2')] });
    store.getState().internal_ensurePanes();
    store.setState({ providers: [view('b', 'm2')] });
    store.getState().internal_ensurePanes();
    expect(store.getState().panes.map((p) => p.profileId)).toEqual(['b', 'b']);
  });

  it('aims the composer at one pane, and back at all when that pane is removed', () => {
    const store = createAppStore();
    store.setState({ providers: [view('a', 'm'), view('b', 'm')] });
    store.getState().internal_ensurePanes();
    const second = store.getState().panes[1]!;
    store.getState().focusComposer(second.paneId);
    expect(workspaceSelectors.targetPanes(store.getState())).toEqual([second]);
    store.getState().removePane(second.paneId);
    expect(store.getState().target).toBe('all');
  });

  it('gives a pane the new profile’s default model when its profile changes', () => {
    const store = createAppStore();
    store.setState({ providers: [view('a', 'gpt-4o'), view('b', 'gpt-4.1')] });
    store.getState().internal_ensurePanes();
    const first = store.getState().panes[0]!;
    store.getState().updatePane(first.paneId, { profileId: 'b' });
    expect(store.getState().panes[0]).toMatchObject({ profileId: 'b', model: 'gpt-4.1' });
  });
});
