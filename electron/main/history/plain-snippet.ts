// Search snippets read as text, not as Markdown source: `**`, headings, backticks, list and
// quote markers, table pipes and link syntax are taken out, the highlight marks kept.
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';

const MARK = `${SNIPPET_MARK_START}${SNIPPET_MARK_END}`;

export function plainSnippet(snippet: string): string {
  const text = snippet
    // Images and links keep their text: ![alt](url) → alt, [text](url) → text. A snippet may end
    // inside the URL, hence the optional closing parenthesis.
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)?/g, '$1')
    // Reference links [text][ref] → text.
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    .replace(/```[^\s`]*/g, ' ')
    .replace(/`+/g, '')
    .replace(new RegExp(`(^|\\n)[ \\t]*(?:#{1,6}|>+|[-*+]|\\d+[.)])[ \\t]+`, 'g'), '$1')
    // Headings run into the middle of an FTS snippet too ("… ## Setup").
    .replace(new RegExp(`(^|\\s)#{1,6}(?=[ \\t${MARK}])`, 'g'), '$1')
    .replace(/(\*\*|__|~~)/g, '')
    // Single * or _ emphasis at a word's edge, not inside snake_case or 2*3.
    .replace(new RegExp(`(^|[\\s(${MARK}])[*_]+(?=[^\\s*_])`, 'g'), '$1')
    .replace(new RegExp(`([^\\s*_])[*_]+(?=[\\s).,;:!?${MARK}]|$)`, 'g'), '$1')
    // Table rules (|---|:--:|) and horizontal rules, then the cells' pipes.
    .replace(/(^|\||\s):?-{3,}:?(?=\||\s|$)/g, '$1')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return balanced(text);
}

/** A link's URL may have held a mark's start but not its end (or the reverse): close it. */
function balanced(text: string): string {
  let open = false;
  let out = '';
  for (const char of text) {
    if (char === SNIPPET_MARK_START) {
      if (open) continue;
      open = true;
    } else if (char === SNIPPET_MARK_END) {
      if (!open) continue;
      open = false;
    }
    out += char;
  }
  return open ? out + SNIPPET_MARK_END : out;
}

/** The start of an answer as a snippet, for a search by facets alone (no words to show). */
export function leadingSnippet(content: string, maxChars = 160): string {
  const plain = plainSnippet(content.slice(0, maxChars * 3));
  if (plain.length <= maxChars) return plain;
  const cut = plain.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars / 2 ? cut.slice(0, space) : cut}…`;
}
