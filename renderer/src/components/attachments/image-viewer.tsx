// An attached image at full size, in a modal: Esc, the Close button or a click outside closes it.
import { useRef } from 'react';
import { useDialogFocus } from '../../hooks/use-dialog-focus';

interface ImageViewerProps {
  name: string;
  url: string;
  onClose(): void;
}

export function ImageViewer({ name, url, onClose }: ImageViewerProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, onClose);
  return (
    <div
      className="dialog-backdrop"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label={name}
        tabIndex={-1}
        className="dialog image-viewer"
      >
        <header className="dialog__header">
          <h2 className="image-viewer__title">{name}</h2>
          <button type="button" className="ghost-button" aria-label="Close image" onClick={onClose}>
            ×
          </button>
        </header>
        <img className="image-viewer__image" src={url} alt={name} />
      </div>
    </div>
  );
}
