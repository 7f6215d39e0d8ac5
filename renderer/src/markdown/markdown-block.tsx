// One Markdown block, memoised by its text: a finished block is parsed once and then skipped
// on every later token of the same answer.
import { memo, useMemo } from 'react';
import { renderMarkdownTree } from './markdown-to-react';
import { parseMarkdown } from './markdown-parser';

interface MarkdownBlockProps {
  source: string;
  finished: boolean;
}

export const MarkdownBlock = memo(function MarkdownBlock({ source, finished }: MarkdownBlockProps) {
  const content = useMemo(
    () => renderMarkdownTree(parseMarkdown(source), finished),
    [source, finished],
  );
  return <div className="md-block">{content}</div>;
});
