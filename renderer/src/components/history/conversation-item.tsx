import { useState } from 'react';
import type { ConversationSummary } from '../../../../shared/history';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store/app-store';
import { ConversationMenu } from './conversation-menu';

export function ConversationItem({ conversation }: { conversation: ConversationSummary }) {
  const active = useAppStore((s) => s.conversationId === conversation.id);
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [title, setTitle] = useState(conversation.title);
  const store = useAppStore.getState;

  if (mode === 'rename') {
    return (
      <li className="conversation conversation--editing">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void store()
              .renameConversation(conversation.id, title)
              .then((ok) => ok && setMode('view'));
          }}
        >
          <input
            aria-label="New title"
            value={title}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setMode('view');
              }
            }}
          />
          <button type="submit" className="ghost-button">
            Save
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className={`conversation${active ? ' conversation--active' : ''}`}>
      <button
        type="button"
        className="conversation__open"
        aria-current={active ? 'true' : undefined}
        onClick={() => void store().openConversation(conversation.id)}
      >
        <span className="conversation__title">{conversation.title}</span>
        <span className="conversation__date">{formatDate(conversation.updatedAt)}</span>
      </button>
      {mode === 'confirm-delete' ? (
        <div className="conversation__actions conversation__actions--confirm">
          <span>Delete?</span>
          <button
            type="button"
            className="ghost-button danger"
            aria-label={`Confirm delete ${conversation.title}`}
            onClick={() => void store().deleteConversation(conversation.id)}
          >
            Delete
          </button>
          <button
            type="button"
            className="ghost-button"
            // Focus goes to the confirmation, so a keyboard user is not left on the removed menu.
            autoFocus
            onClick={() => setMode('view')}
          >
            Keep
          </button>
        </div>
      ) : (
        <ConversationMenu
          title={conversation.title}
          actions={[
            {
              label: 'Rename',
              run: () => {
                setTitle(conversation.title);
                setMode('rename');
              },
            },
            {
              label: conversation.pinned ? 'Unpin' : 'Pin',
              run: () => void store().setPinned(conversation.id, !conversation.pinned),
            },
            {
              label: 'Export as Markdown',
              run: () => void store().exportHistory('markdown', conversation.id),
            },
            { label: 'Delete', danger: true, run: () => setMode('confirm-delete') },
          ]}
        />
      )}
    </li>
  );
}
