// Syntax highlighting for finished code blocks: highlight.js core with a few common languages, so
// the bundle stays small. Runs once per finished block, in idle time (idle-highlight.ts), never
// per token.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

const languages = {
  bash,
  c,
  cpp,
  css,
  diff,
  go,
  java,
  javascript,
  json,
  python,
  rust,
  shell,
  sql,
  typescript,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);

/** A highlighted fragment: plain text, or a span with highlight.js classes. */
export type HighlightNode = string | { className: string; children: HighlightNode[] };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Turns highlight.js output (escaped text and `<span class="…">` only) into a tree, so it is
 * rendered as React elements and never assigned as HTML.
 */
export function parseHighlightHtml(html: string): HighlightNode[] {
  const root: HighlightNode[] = [];
  const stack: HighlightNode[][] = [root];
  const pattern = /<span class="([^"<>]*)">|<\/span>|[^<]+|</g;
  for (const match of html.matchAll(pattern)) {
    const current = stack[stack.length - 1] ?? root;
    const token = match[0];
    if (match[1] !== undefined) {
      const node = { className: match[1], children: [] as HighlightNode[] };
      current.push(node);
      stack.push(node.children);
    } else if (token === '</span>') {
      if (stack.length > 1) stack.pop();
    } else {
      current.push(decode(token));
    }
  }
  return root;
}

const ALIASES: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  sh: 'bash',
  zsh: 'bash',
  console: 'shell',
  html: 'xml',
  yml: 'yaml',
  rs: 'rust',
  golang: 'go',
  'c++': 'cpp',
};

export function resolveLanguage(info: string): string | undefined {
  const name = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const resolved = ALIASES[name] ?? name;
  return hljs.getLanguage(resolved) ? resolved : undefined;
}

/** Highlights code in a known language; unknown languages come back as plain text. */
export function highlightCode(code: string, info: string): HighlightNode[] {
  const language = resolveLanguage(info);
  if (!language) return [code];
  return parseHighlightHtml(hljs.highlight(code, { language, ignoreIllegals: true }).value);
}
