// markdown-it with raw HTML off: tags in an answer stay text. We use only its tokens and render
// them to React ourselves, so nothing from an answer is ever assigned as HTML.
import MarkdownIt, { type Token } from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export interface TokenNode {
  token: Token;
  children: TokenNode[];
}

/** Nests markdown-it's flat open/close token list into a tree. */
export function nestTokens(tokens: Token[]): TokenNode[] {
  const root: TokenNode[] = [];
  const stack: TokenNode[][] = [root];
  for (const token of tokens) {
    const current = stack[stack.length - 1] ?? root;
    if (token.nesting === 1) {
      const node: TokenNode = { token, children: [] };
      current.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      current.push({ token, children: token.children ? nestTokens(token.children) : [] });
    }
  }
  return root;
}

export function parseMarkdown(source: string): TokenNode[] {
  return nestTokens(markdown.parse(source, {}));
}

/** Only web links may be followed; everything else (javascript:, file:, data:) renders as text. */
export function safeLinkHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
}
