// A prompt's files in a row, with a full-size view of an image (Escape or a click closes it).
import { useState } from 'react';
import type { AttachmentRef } from '../../../../shared/attachments';
import { AttachmentChip } from './attachment-chip';
import { ImageViewer } from './image-viewer';
import '../../styles/attachments.css';

interface AttachmentListProps {
  files: readonly AttachmentRef[];
  label: string;
  onRemove?: (id: string) => void;
}

export function AttachmentList({ files, label, onRemove }: AttachmentListProps) {
  const [open, setOpen] = useState<{ file: AttachmentRef; url: string }>();
  if (files.length === 0) return null;
  return (
    <>
      <ul className="attachments" aria-label={label}>
        {files.map((file) => (
          <AttachmentChip
            key={file.id}
            file={file}
            onOpenImage={(shown, url) => setOpen({ file: shown, url })}
            {...(onRemove ? { onRemove: () => onRemove(file.id) } : {})}
          />
        ))}
      </ul>
      {open ? (
        <ImageViewer name={open.file.name} url={open.url} onClose={() => setOpen(undefined)} />
      ) : null}
    </>
  );
}
