// Search snippets mark matches with \u0002 … \u0003; split them into plain and marked parts so
// the UI can wrap matches in <mark> without any HTML.
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let current = '';
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = char === SNIPPET_MARK_START;
    } else {
      current += char;
    }
  }
  if (current) parts.push({ text: current, marked });
  return parts;
}
