import type { StateCreator } from 'zustand';
import { SYNTHESIS_PANE_ID, type PaneSettings, type PaneSpec } from '../../../../../shared/chat';
import { modelTargetOf, settingsTheModelTakes } from '../../../../../shared/model-capabilities';
import { MAX_ATTACHMENTS_PER_PROMPT } from '../../../../../shared/attachments';
import { addAttachment } from '../../../lib/add-attachment';
import { api, errorMessage } from '../../../lib/api';
import { defaultModelFor } from '../../../lib/profile-info';
import type { Preset } from '../../../lib/presets';
import type { AppStore } from '../../app-store';
import {
  initialWorkspaceState,
  MAX_PANES,
  type ComposerTarget,
  type PaneConfig,
} from './initial-state';
import { workspaceSelectors } from './selectors';

export interface WorkspaceAction {
  addPane(): void;
  removePane(paneId: string): void;
  updatePane(paneId: string, patch: Partial<Omit<PaneConfig, 'paneId'>>): void;
  /** The pane's settings (system prompt, temperature, max output tokens, reasoning effort). */
  setPaneSettings(paneId: string, settings: PaneSettings): void;
  /** The same settings in every pane, less what a pane's model is known to refuse. */
  applySettingsToAllPanes(settings: PaneSettings): void;
  /** Makes sure there is at least one pane once profiles are known. */
  internal_ensurePanes(): void;
  applyPreset(preset: Preset): void;
  setTarget(target: ComposerTarget): void;
  focusComposer(target?: ComposerTarget): void;
  setComposerText(text: string): void;
  /** Adds picked, dropped or pasted files to the next prompt; a refused one is named in a notice. */
  attachFiles(files: readonly File[]): Promise<void>;
  removeAttachment(id: string): void;
  newConversation(): void;
  sendPrompt(): Promise<void>;
  stopPane(paneId: string): Promise<void>;
  stopAll(): Promise<void>;
  regeneratePane(paneId: string): Promise<void>;
  /** Puts the last prompt back in the composer; sending then replaces that turn. */
  editLastPrompt(): void;
  cancelEdit(): void;
  /** Opens a conversation; `revealMessageId` (a search hit) is scrolled into view and marked. */
  openConversation(conversationId: string, revealMessageId?: string): Promise<void>;
  loadOlder(): Promise<void>;
}

let paneCounter = 0;
const newPaneId = () => `pane-${Date.now().toString(36)}-${(paneCounter += 1)}`;

export const createWorkspaceSlice: StateCreator<AppStore, [], [], WorkspaceAction> = (set, get) => {
  const paneFor = (profileId: string, model?: string): PaneConfig => {
    const profile = get().providers.find((v) => v.profile.id === profileId)?.profile;
    return {
      paneId: newPaneId(),
      profileId,
      model: model ?? (profile ? defaultModelFor(profile, get().models[profileId]) : ''),
      settings: {},
    };
  };

  const specOf = (pane: PaneConfig, index: number): PaneSpec => {
    if (!get().providers.some((v) => v.profile.id === pane.profileId)) {
      throw new Error(`Pick a provider in pane ${index + 1}.`);
    }
    if (!pane.model.trim()) throw new Error(`Pick a model in pane ${index + 1}.`);
    return {
      paneId: pane.paneId,
      profileId: pane.profileId,
      model: pane.model.trim(),
      settings: pane.settings,
      ...(pane.fallbacks?.length ? { fallbacks: pane.fallbacks } : {}),
    };
  };

  return {
    addPane() {
      const { panes, providers } = get();
      if (panes.length >= MAX_PANES) return;
      // A new pane starts on a profile not yet on screen, if there is one.
      const used = new Set(panes.map((p) => p.profileId));
      const profile =
        providers.find((v) => !used.has(v.profile.id))?.profile ?? providers[0]?.profile;
      set({ panes: [...panes, paneFor(profile?.id ?? '')] });
    },

    removePane(paneId) {
      const { panes, target } = get();
      if (panes.length <= 1) return;
      set({
        panes: panes.filter((p) => p.paneId !== paneId),
        target: target === paneId ? 'all' : target,
      });
    },

    updatePane(paneId, patch) {
      set({
        panes: get().panes.map((pane) => {
          if (pane.paneId !== paneId) return pane;
          const next = { ...pane, ...patch };
          // Fallbacks were chosen for the pane's cloud and model: a new one starts without.
          const moved =
            (patch.profileId !== undefined && patch.profileId !== pane.profileId) ||
            (patch.model !== undefined && patch.model !== pane.model);
          if (moved && patch.fallbacks === undefined) delete next.fallbacks;
          // A new profile gets that profile's default model unless a model came with it.
          if (patch.profileId && patch.profileId !== pane.profileId && patch.model === undefined) {
            const profile = get().providers.find((v) => v.profile.id === patch.profileId)?.profile;
            next.model = profile ? defaultModelFor(profile, get().models[patch.profileId]) : '';
          }
          return next;
        }),
      });
    },

    setPaneSettings(paneId, settings) {
      set({
        panes: get().panes.map((pane) => (pane.paneId === paneId ? { ...pane, settings } : pane)),
      });
    },

    applySettingsToAllPanes(settings) {
      const { providers } = get();
      set({
        panes: get().panes.map((pane) => {
          const profile = providers.find((v) => v.profile.id === pane.profileId)?.profile;
          const target = profile ? modelTargetOf(profile, pane.model) : undefined;
          return { ...pane, settings: target ? settingsTheModelTakes(target, settings) : settings };
        }),
      });
    },

    internal_ensurePanes() {
      const { panes, providers } = get();
      if (providers.length === 0) return;
      if (panes.length === 0) {
        const initial = providers.slice(0, 2).map((v) => paneFor(v.profile.id));
        set({ panes: initial });
        return;
      }
      // Panes whose profile was deleted fall back to the first profile.
      const ids = new Set(providers.map((v) => v.profile.id));
      const first = providers[0]?.profile.id;
      if (first && panes.some((p) => !ids.has(p.profileId))) {
        set({
          panes: panes.map((p) =>
            ids.has(p.profileId) ? p : { ...paneFor(first), paneId: p.paneId },
          ),
        });
      }
    },

    applyPreset(preset) {
      const panes = preset.panes.slice(0, MAX_PANES).map((p) => paneFor(p.profileId, p.model));
      get().internal_clearThreads();
      get().dismissNotice('workspace');
      set({
        panes,
        conversationId: undefined,
        target: 'all',
        editingTurnId: undefined,
        hasOlder: false,
      });
    },

    setTarget(target) {
      set({ target });
    },

    focusComposer(target) {
      set({
        composerFocusRequest: get().composerFocusRequest + 1,
        ...(target ? { target } : {}),
      });
    },

    setComposerText(text) {
      set({ composerText: text });
    },

    async attachFiles(files) {
      const room = MAX_ATTACHMENTS_PER_PROMPT - get().composerAttachments.length;
      const problems: string[] = [];
      if (files.length > room) {
        problems.push(
          `A message can carry at most ${MAX_ATTACHMENTS_PER_PROMPT} files; ${files.length - Math.max(room, 0)} were not added.`,
        );
      }
      const taken = files.slice(0, Math.max(room, 0));
      set({ attaching: get().attaching + taken.length });
      // One at a time: each file crosses IPC whole, and the composer shows each as it is ready.
      for (const file of taken) {
        try {
          const ref = await addAttachment(file);
          const current = get().composerAttachments;
          if (!current.some((held) => held.id === ref.id)) {
            set({ composerAttachments: [...current, ref] });
          }
        } catch (error) {
          problems.push(errorMessage(error));
        } finally {
          set({ attaching: get().attaching - 1 });
        }
      }
      if (problems.length > 0) get().notify('workspace', problems.join(' '));
    },

    removeAttachment(id) {
      set({ composerAttachments: get().composerAttachments.filter((ref) => ref.id !== id) });
    },

    newConversation() {
      get().internal_clearThreads();
      get().dismissNotice('workspace');
      set({
        conversationId: undefined,
        target: 'all',
        composerText: '',
        composerAttachments: [],
        editingTurnId: undefined,
        hasOlder: false,
        composerFocusRequest: get().composerFocusRequest + 1,
      });
    },

    async sendPrompt() {
      const state = get();
      const prompt = state.composerText.trim();
      if (!prompt || state.sending) return;
      if (state.attaching > 0) {
        get().notify('workspace', 'Wait a moment: files are still being added.');
        return;
      }
      const targets = workspaceSelectors.targetPanes(state);
      let panes: PaneSpec[];
      try {
        panes = targets.map((pane) => specOf(pane, state.panes.indexOf(pane)));
      } catch (error) {
        get().notify('workspace', errorMessage(error));
        return;
      }
      if (panes.length === 0) {
        get().notify('workspace', 'Add a pane first.');
        return;
      }
      // An edit replaces the last turn only while that turn is still the last one on screen.
      const replaceTurnId =
        state.editingTurnId !== undefined && state.turns.at(-1)?.id === state.editingTurnId
          ? state.editingTurnId
          : undefined;
      get().dismissNotice('workspace');
      set({ sending: true });
      try {
        const attachments = state.composerAttachments;
        const result = await api.sendTurn({
          conversationId: state.conversationId,
          prompt,
          attachments,
          panes,
          ...(replaceTurnId ? { replaceTurnId } : {}),
        });
        // A prompt sent to one pane (Ctrl+1…4 or the picker) is a one-off: the next goes to all.
        set({
          conversationId: result.conversationId,
          composerText: '',
          composerAttachments: [],
          target: 'all',
          editingTurnId: undefined,
        });
        if (replaceTurnId) get().internal_removeTurn(replaceTurnId);
        get().internal_beginTurn(
          result,
          prompt,
          panes.map((p) => p.paneId),
          attachments,
        );
        void get().refreshConversations();
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      } finally {
        set({ sending: false });
      }
    },

    async stopPane(paneId) {
      const state = get();
      const streams = (state.streamingByPane[paneId] ?? [])
        .map((id) => state.answers[id])
        .filter((a) => a?.streamId !== undefined);
      try {
        await Promise.all(streams.map((a) => api.stopStream({ streamId: a?.streamId ?? '' })));
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      }
    },

    async stopAll() {
      try {
        await api.stopAll();
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      }
    },

    async regeneratePane(paneId) {
      const state = get();
      const index = state.panes.findIndex((p) => p.paneId === paneId);
      const pane = state.panes[index];
      if (!state.conversationId || !pane) return;
      try {
        const result = await api.regenerate({
          conversationId: state.conversationId,
          pane: specOf(pane, index),
        });
        get().internal_beginRegenerate(result);
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      }
    },

    editLastPrompt() {
      const last = get().turns[get().turns.length - 1];
      if (!last) return;
      set({
        composerText: last.prompt,
        composerAttachments: last.attachments,
        target: 'all',
        editingTurnId: last.id,
        composerFocusRequest: get().composerFocusRequest + 1,
      });
    },

    cancelEdit() {
      set({
        editingTurnId: undefined,
        composerText: '',
        composerAttachments: [],
        composerFocusRequest: get().composerFocusRequest + 1,
      });
    },

    async openConversation(conversationId, revealMessageId) {
      try {
        const detail = await api.getConversation({ conversationId });
        // The synthesis pane holds "Merge answers" results, shown under turns, not as a pane.
        const panes: PaneConfig[] = detail.panes
          .filter((p) => p.paneId !== SYNTHESIS_PANE_ID)
          .sort((a, b) => a.position - b.position)
          .slice(0, MAX_PANES)
          .map((p) => ({
            paneId: p.paneId,
            profileId: get().providers.some((v) => v.profile.id === p.profileId) ? p.profileId : '',
            model: p.model,
            settings: p.settings,
          }));
        // The thread first, then the workspace around it: both land in the same render.
        get().internal_loadThread(detail);
        set({
          ...initialWorkspaceState,
          conversationId,
          editingTurnId: undefined,
          panes: panes.length > 0 ? panes : get().panes,
          hasOlder: detail.hasOlder,
          composerFocusRequest: get().composerFocusRequest,
          revealMessageId,
        });
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      }
    },

    async loadOlder() {
      const state = get();
      if (!state.conversationId || !state.hasOlder) return;
      // A turn's answers are created with it, so its time is the cursor for older messages.
      const oldest = state.turns[0]?.createdAt;
      try {
        const detail = await api.getConversation({
          conversationId: state.conversationId,
          before: oldest,
        });
        get().internal_prependOlder(detail);
        set({ hasOlder: detail.hasOlder });
      } catch (error) {
        get().notify('workspace', errorMessage(error));
      }
    },
  };
};
