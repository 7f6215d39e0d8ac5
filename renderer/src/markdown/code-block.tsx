// A fenced code block: plain while it streams, highlighted in an idle moment once finished, with a
// copy button.
import { memo, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { CopyButton } from '../components/common/copy-button';
import type { HighlightNode } from './highlight';
import { highlightedNow, highlightWhenIdle, warmHighlighter } from './idle-highlight';

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

interface Highlighted {
  code: string;
  info: string;
  nodes: HighlightNode[];
}

/** The finished block's highlighting: at once when already known, else after an idle moment. */
function useHighlight(code: string, info: string, finished: boolean): HighlightNode[] | undefined {
  const [late, setLate] = useState<Highlighted>();
  const known = finished ? highlightedNow(code, info) : undefined;
  // Layout effects (they only queue work): a passive one made the frame that drew the block also
  // queue React's passive-effect task.
  useLayoutEffect(() => {
    if (!finished) warmHighlighter(info);
    else if (!known)
      return highlightWhenIdle(code, info, (nodes) => setLate({ code, info, nodes }));
    return undefined;
  }, [code, info, finished, known]);
  if (!finished) return undefined;
  return known ?? (late?.code === code && late.info === info ? late.nodes : undefined);
}

interface CodeBlockProps {
  code: string;
  info: string;
  /** False while the block is still streaming: highlighting waits for the closing fence. */
  finished: boolean;
}

export const CodeBlock = memo(function CodeBlock({ code, info, finished }: CodeBlockProps) {
  const language = info.trim().split(/\s+/)[0] ?? '';
  const nodes = useHighlight(code, info, finished);
  const highlighted = useMemo(() => (nodes ? renderHighlight(nodes) : undefined), [nodes]);
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span className="code-block__lang">{language || 'text'}</span>
        <CopyButton text={code} label="Copy code" />
      </div>
      <pre>
        {/* Busy while its colours wait for an idle moment, so whatever waits for them can tell
            a block still to colour from one that has none (a language highlight.js lacks). */}
        <code
          className={finished ? 'hljs' : undefined}
          aria-busy={finished && !highlighted ? true : undefined}
        >
          {highlighted ?? code}
        </code>
      </pre>
    </div>
  );
});
