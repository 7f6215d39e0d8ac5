// One composer for every pane (or the one picked): Enter sends, Shift+Enter adds a line.
import { hasLongWord, LONG_WORDS_CLASS } from '../../lib/long-words';
import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MEDIA_TYPES } from '../../../../shared/attachments';
import { AttachmentList } from '../attachments/attachment-list';
import { AttachmentWarnings } from './attachment-warnings';
import { useProfiles } from '../../hooks/use-profiles';
import { useAppStore } from '../../store/app-store';
import { threadSelectors } from '../../store/slices/thread/selectors';

export const COMPOSER_ID = 'composer-input';

/** What the file picker offers: the types main accepts, by media type and by extension. */
const ACCEPT = [
  ...ATTACHMENT_MEDIA_TYPES,
  ...Object.keys(ATTACHMENT_EXTENSIONS).map((extension) => `.${extension}`),
].join(',');

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Files pasted with no text beside them (a screenshot, a copied file). Copied cells or a web
 * page carry text and an image of it: then the text is what the user meant, and pastes as usual.
 */
function pastedFiles(event: ClipboardEvent): File[] {
  const data = event.clipboardData;
  if (data.files.length === 0 || data.types.includes('text/plain')) return [];
  return [...data.files];
}

export function Composer() {
  const text = useAppStore((s) => s.composerText);
  const target = useAppStore((s) => s.target);
  const panes = useAppStore((s) => s.panes);
  const sending = useAppStore((s) => s.sending);
  const anyStreaming = useAppStore(threadSelectors.isAnyStreaming);
  const focusRequest = useAppStore((s) => s.composerFocusRequest);
  const profiles = useProfiles();
  const hasTurns = useAppStore((s) => s.turns.length > 0);
  const editing = useAppStore((s) => s.editingTurnId !== undefined);
  const attachments = useAppStore((s) => s.composerAttachments);
  const attaching = useAppStore((s) => s.attaching);
  const [dropping, setDropping] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const {
    setComposerText,
    setTarget,
    sendPrompt,
    stopAll,
    editLastPrompt,
    cancelEdit,
    attachFiles,
    removeAttachment,
  } = useAppStore.getState();
  // Main answers a new prompt from finished answers only, so it waits for panes still streaming.
  const status =
    attaching > 0
      ? `Adding ${attaching === 1 ? 'a file' : `${attaching} files`}…`
      : sending && anyStreaming
        ? 'Sending once the answers still streaming have finished…'
        : editing
          ? 'Editing your last prompt: sending replaces it and its answers.'
          : '';

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  return (
    <form
      className={`composer${dropping ? ' composer--dropping' : ''}`}
      aria-label="Composer"
      onSubmit={(event) => {
        event.preventDefault();
        void sendPrompt();
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        void attachFiles([...event.dataTransfer.files]);
      }}
    >
      <AttachmentList
        files={attachments}
        label="Attached files"
        onRemove={(id) => {
          removeAttachment(id);
          input.current?.focus();
        }}
      />
      <textarea
        id={COMPOSER_ID}
        ref={input}
        className={`composer__input${hasLongWord(text) ? ` ${LONG_WORDS_CLASS}` : ''}`}
        aria-label="Message"
        placeholder="Ask every pane at once… (Enter sends, Shift+Enter for a new line)"
        rows={2}
        value={text}
        onChange={(event) => setComposerText(event.target.value)}
        onPaste={(event) => {
          const files = pastedFiles(event);
          if (files.length === 0) return;
          event.preventDefault();
          void attachFiles(files);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void sendPrompt();
          }
        }}
      />
      <AttachmentWarnings />
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
        <input
          ref={picker}
          className="composer__file-input"
          type="file"
          multiple
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so picking the same file again after removing it still fires a change.
            event.target.value = '';
            if (files.length > 0) void attachFiles(files);
          }}
        />
        <button
          type="button"
          className="ghost-button"
          title="Attach images (PNG, JPEG, WebP, GIF) or documents (PDF, text, Markdown, CSV). You can also drop or paste them."
          onClick={() => picker.current?.click()}
        >
          Attach files
        </button>
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
          disabled={sending || attaching > 0 || text.trim() === ''}
        >
          {editing ? 'Replace and send' : target === 'all' ? 'Send to all' : 'Send'}
        </button>
      </div>
    </form>
  );
}
