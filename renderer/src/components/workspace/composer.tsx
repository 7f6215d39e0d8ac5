// One composer for every pane (or the one picked): Enter sends, Shift+Enter adds a line.
import { hasLongWord, LONG_WORDS_CLASS } from '../../lib/long-words';
import { useShallow } from 'zustand/react/shallow';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { providersSelectors } from '../../store/slices/providers/selectors';
import { threadSelectors } from '../../store/slices/thread/selectors';

export const COMPOSER_ID = 'composer-input';

export function Composer() {
  const text = useAppStore((s) => s.composerText);
  const target = useAppStore((s) => s.target);
  const panes = useAppStore((s) => s.panes);
  const sending = useAppStore((s) => s.sending);
  const anyStreaming = useAppStore(threadSelectors.isAnyStreaming);
  const focusRequest = useAppStore((s) => s.composerFocusRequest);
  const profiles = useAppStore(useShallow(providersSelectors.profiles));
  const hasTurns = useAppStore((s) => s.turns.length > 0);
  const editing = useAppStore((s) => s.editingTurnId !== undefined);
  const input = useRef<HTMLTextAreaElement>(null);
  const { setComposerText, setTarget, sendPrompt, stopAll, editLastPrompt, cancelEdit } =
    useAppStore.getState();
  // Main answers a new prompt from finished answers only, so it waits for panes still streaming.
  const status =
    sending && anyStreaming
      ? 'Sending once the answers still streaming have finished…'
      : editing
        ? 'Editing your last prompt: sending replaces it and its answers.'
        : '';

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  return (
    <form
      className="composer"
      aria-label="Composer"
      onSubmit={(event) => {
        event.preventDefault();
        void sendPrompt();
      }}
    >
      <textarea
        id={COMPOSER_ID}
        ref={input}
        className={`composer__input${hasLongWord(text) ? ` ${LONG_WORDS_CLASS}` : ''}`}
        aria-label="Message"
        placeholder="Ask every pane at once… (Enter sends, Shift+Enter for a new line)"
        rows={2}
        value={text}
        onChange={(event) => setComposerText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void sendPrompt();
          }
        }}
      />
      <p className="composer__status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="composer__actions">
        <label className="inline-field">
          <span>Send to</span>
          <select
            aria-label="Send to"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value="all">All panes</option>
            {panes.map((pane, index) => {
              const profile = profiles.find((p) => p.id === pane.profileId);
              return (
                <option key={pane.paneId} value={pane.paneId}>
                  Pane {index + 1}: {profile?.name ?? 'no provider'} · {pane.model || 'no model'}
                </option>
              );
            })}
          </select>
        </label>
        {editing ? (
          <button type="button" className="ghost-button" onClick={() => cancelEdit()}>
            Cancel edit
          </button>
        ) : (
          <button
            type="button"
            className="ghost-button"
            onClick={() => editLastPrompt()}
            disabled={!hasTurns}
          >
            Edit last prompt
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void stopAll()}
          disabled={!anyStreaming}
        >
          Stop all
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={sending || text.trim() === ''}
        >
          {editing ? 'Replace and send' : target === 'all' ? 'Send to all' : 'Send'}
        </button>
      </div>
    </form>
  );
}
