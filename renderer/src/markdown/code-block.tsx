// A fenced code block: plain while it streams, highlighted once when finished, with a copy button.
import { memo, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { CopyButton } from '../components/common/copy-button';
import { highlightCode, warmHighlighter, type HighlightNode } from './highlight';

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
  // While the block streams, its language's grammar is compiled in an idle moment. A layout effect
  // (it only asks for an idle callback): a passive one made the frame that drew the block also
  // queue React's passive-effect task.
  useLayoutEffect(() => {
    if (!finished) warmHighlighter(info);
  }, [info, finished]);
  const highlighted = useMemo(
    () => (finished ? renderHighlight(highlightCode(code, info)) : null),
    [code, info, finished],
  );
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span className="code-block__lang">{language || 'text'}</span>
        <CopyButton text={code} label="Copy code" />
      </div>
      <pre>
        <code className={finished ? 'hljs' : undefined}>{highlighted ?? code}</code>
      </pre>
    </div>
  );
});
