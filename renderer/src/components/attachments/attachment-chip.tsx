// One attached file: an image as a thumbnail (opened full size on click), a document as a card
// with its type, name and size. In the composer it has a remove button.
import { useEffect, useState } from 'react';
import { attachmentKind, formatBytes, type AttachmentRef } from '../../../../shared/attachments';
import { attachmentUrl } from '../../lib/attachment-urls';

const DOCUMENT_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'text/plain': 'TXT',
  'text/markdown': 'MD',
  'text/csv': 'CSV',
};

function useImageUrl(ref: AttachmentRef): { url?: string; failed: boolean } {
  const [state, setState] = useState<{ url?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    let live = true;
    attachmentUrl(ref.id).then(
      (url) => live && setState({ url, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [ref.id]);
  return state;
}

function ImageThumb({ file, onOpen }: { file: AttachmentRef; onOpen: (url: string) => void }) {
  const { url, failed } = useImageUrl(file);
  if (failed) return <span className="attachment__missing">Image not available</span>;
  return (
    <button
      type="button"
      className="attachment__thumb"
      aria-label={`View ${file.name}`}
      disabled={!url}
      onClick={() => url && onOpen(url)}
    >
      {url ? <img src={url} alt={file.name} /> : null}
    </button>
  );
}

interface AttachmentChipProps {
  file: AttachmentRef;
  onRemove?: () => void;
  onOpenImage: (file: AttachmentRef, url: string) => void;
}

export function AttachmentChip({ file, onRemove, onOpenImage }: AttachmentChipProps) {
  const image = attachmentKind(file.mediaType) === 'image';
  return (
    <li className={`attachment attachment--${image ? 'image' : 'document'}`}>
      {image ? (
        <ImageThumb file={file} onOpen={(url) => onOpenImage(file, url)} />
      ) : (
        <span className="attachment__badge" aria-hidden="true">
          {DOCUMENT_LABELS[file.mediaType] ?? 'FILE'}
        </span>
      )}
      <span className="attachment__text" title={`${file.name} · ${formatBytes(file.size)}`}>
        <span className="attachment__name">{file.name}</span>
        <span className="attachment__size">{formatBytes(file.size)}</span>
      </span>
      {onRemove ? (
        <button
          type="button"
          className="attachment__remove"
          aria-label={`Remove ${file.name}`}
          onClick={onRemove}
        >
          ×
        </button>
      ) : null}
    </li>
  );
}
