import { useRef, useState } from 'react';

interface CopyButtonProps {
  text: string;
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The word goes back to "Copy" after a moment. Timed from the click, not by an effect: every
  // answer and code block has a button, and a mount effect each made a streamed frame that added
  // one also queue React's passive-effect task. (A timer outliving the button sets nothing.)
  const timer = useRef<number | undefined>(undefined);
  const show = (shown: 'copied' | 'failed') => {
    setState(shown);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button
      type="button"
      className={`ghost-button ${className ?? ''}`}
      aria-label={label}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => show('copied'),
          () => show('failed'),
        );
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
