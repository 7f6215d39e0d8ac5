// A drag handle between two panes; arrow keys move it too. Reports changes as a share of weight.
import { useRef } from 'react';

interface PaneResizerProps {
  label: string;
  /** Positive moves the boundary right. In units of one pane's default share. */
  onResize(delta: number): void;
}

export function PaneResizer({ label, onResize }: PaneResizerProps) {
  const start = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      className="pane-resizer"
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onResize(-0.1);
        if (event.key === 'ArrowRight') onResize(0.1);
      }}
      onPointerDown={(event) => {
        const slot = event.currentTarget.parentElement;
        start.current = { x: event.clientX, width: slot?.getBoundingClientRect().width ?? 1 };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (!start.current) return;
        const dx = event.clientX - start.current.x;
        start.current.x = event.clientX;
        onResize(dx / Math.max(1, start.current.width));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
    />
  );
}
