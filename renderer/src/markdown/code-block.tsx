// A fenced code block: plain while it streams, highlighted once when finished, with a copy button.
import { memo, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CopyButton } from '../components/common/copy-button';
import type { HighlightNode } from './highlight';
import { DeferHighlightContext } from './highlight-context';
import { cachedHighlight, highlightNow, highlightWhenIdle } from './highlight-queue';

function renderHighlight(nodes: HighlightNode[]): ReactNode[] {
  return nodes.map((node, index) =>
    typeof node === 'string' ? (
      node
    ) : (
      <span key={index} className={node.className}>
        {renderHighlight(node.children)}
      </span>
    ),
  );
}

interface CodeBlockProps {
  code: string;
  info: string;
  /** False while the block is still streaming: highlighting waits for the closing fence. */
  finished: boolean;
}

export const CodeBlock = memo(function CodeBlock({ code, info, finished }: CodeBlockProps) {
  const language = info.trim().split(/\s+/)[0] ?? '';
  // In a streaming answer a finished block is highlighted in idle time, not in the frame that
  // closed its fence (four panes can close theirs in the same frame).
  const defer = useContext(DeferHighlightContext);
  const [, setHighlighted] = useState(0);
  const nodes = !finished
    ? undefined
    : defer
      ? cachedHighlight(code, info)
      : highlightNow(code, info);
  const waiting = finished && nodes === undefined;
  useEffect(() => {
    if (!waiting) return;
    return highlightWhenIdle(code, info, () => setHighlighted((n) => n + 1));
  }, [waiting, code, info]);
  const highlighted = useMemo(() => (nodes ? renderHighlight(nodes) : null), [nodes]);
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span className="code-block__lang">{language || 'text'}</span>
        <CopyButton text={code} label="Copy code" />
      </div>
      <pre>
        <code className={highlighted ? 'hljs' : undefined}>{highlighted ?? code}</code>
      </pre>
    </div>
  );
});
