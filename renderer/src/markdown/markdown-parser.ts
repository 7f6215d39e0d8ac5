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

/** markdown-it's environment: where the parser keeps link definitions between rules. */
export type MarkdownEnv = Parameters<typeof markdown.parse>[1];

/** Link reference definitions (`[label]: url`) by markdown-it's normalised label. */
export type LinkReferences = Readonly<Record<string, { href: string; title?: string }>>;

export const NO_REFERENCES: LinkReferences = Object.freeze({});

/**
 * Parses one block of an answer. `references` are the definitions found anywhere in the answer,
 * so `[text][label]` in one block resolves against a definition in another, as in the whole.
 */
export function parseMarkdown(
  source: string,
  references: LinkReferences = NO_REFERENCES,
): TokenNode[] {
  // A copy: markdown-it adds the block's own definitions to env.references.
  const env: MarkdownEnv = { references: { ...references } as MarkdownEnv['references'] };
  const tokens = markdown.parse(source, env);
  // Past its nesting limit (a quote 100 deep, a list 50 deep) markdown-it stops parsing and
  // drops the rest of the block's text; the limit keeps hostile input from exhausting the stack.
  // A block that reaches it is shown as written instead, so nothing is lost.
  if (tokens.some((token) => token.level >= DEEPEST_LEVEL)) return [asWritten(source)];
  return nestTokens(tokens);
}

/** The level at which markdown-it is about to stop: one below its nesting limit. */
const DEEPEST_LEVEL = markdown.options.maxNesting - 1;

function asWritten(source: string): TokenNode {
  // markdown-it exports its Token class as a type only; its parser states make tokens.
  const token = new markdown.block.State('', markdown, {}, []).push('code_block', 'code', 0);
  token.content = source;
  return { token, children: [] };
}

/**
 * Block-level tokens only (no inline parsing): where each top-level block starts and ends, as the
 * parser that renders them sees it. Definitions found are added to `env.references`.
 */
export function lexBlocks(source: string, env: MarkdownEnv): Token[] {
  const tokens: Token[] = [];
  markdown.block.parse(source, markdown, env, tokens);
  return tokens;
}

/** Only web links may be followed; everything else (javascript:, file:, data:) renders as text. */
export function safeLinkHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
}
