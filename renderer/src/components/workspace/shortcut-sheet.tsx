// The "?" sheet: every keyboard shortcut in one table. Esc or Close puts focus back.
import { useRef } from 'react';
import { SHORTCUTS } from '../../hooks/shortcut-list';
import { useDialogFocus } from '../../hooks/use-dialog-focus';

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, onClose);
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
        className="dialog dialog--narrow"
      >
        <header className="dialog__header">
          <h2>Keyboard shortcuts</h2>
          <button
            type="button"
            className="ghost-button"
            aria-label="Close keyboard shortcuts"
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
