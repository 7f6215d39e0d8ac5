// One Markdown block, memoised by its text: a finished block is parsed once and then skipped
// on every later token of the same answer.
import { memo, useMemo } from 'react';
import { renderMarkdownTree } from './markdown-to-react';
import { parseMarkdown, type LinkReferences } from './markdown-parser';

interface MarkdownBlockProps {
  source: string;
  finished: boolean;
  /** Link definitions from the whole answer (a new object only when one is added). */
  references?: LinkReferences;
}

export const MarkdownBlock = memo(function MarkdownBlock({
  source,
  finished,
  references,
}: MarkdownBlockProps) {
  const content = useMemo(
    () => renderMarkdownTree(parseMarkdown(source, references), finished),
    [source, finished, references],
  );
  return <div className="md-block">{content}</div>;
});
