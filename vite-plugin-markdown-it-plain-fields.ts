// markdown-it 15 ships its classes compiled with oxc's class-field helper: for every field of
// every token and parser state it converts the key, checks `key in object` along the prototype
// chain (a megamorphic lookup: every class has its own shape) and only then assigns. While four
// answers stream the tail block of each is parsed every frame, a dozen tokens at a time, and that
// helper was the hottest markdown-it function in bench/render/profile-app.ts. No markdown-it
// class has an accessor (checked by the test), so a field is a plain own property and an
// assignment makes the same object; markdown-it parsed a third faster with it (Node, 30,000
// parses of growing blocks).
import type { Plugin } from 'vite';

/** The file Vite bundles for `import MarkdownIt from 'markdown-it'` (package "exports"). */
const MARKDOWN_IT_ENTRY = /[\\/]node_modules[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/;

/** The helper as markdown-it's build emits it, up to its closing brace. */
const FIELD_HELPER = /function _defineProperty\(e, r, t\) \{\n[\s\S]*?\n\}\n/;

const PLAIN_FIELD_HELPER = 'function _defineProperty(e, r, t) {\n\te[r] = t;\n\treturn e;\n}\n';

/** markdown-it's bundled source with its class fields set by assignment. */
export function withPlainFields(source: string): string {
  if (!FIELD_HELPER.test(source)) {
    // Loud rather than silently slower: a markdown-it upgrade changed how its build emits fields.
    throw new Error(
      "markdown-it's class-field helper was not found: check vite-plugin-markdown-it-plain-fields.ts " +
        'against the installed markdown-it.',
    );
  }
  return source.replace(FIELD_HELPER, PLAIN_FIELD_HELPER);
}

export function markdownItPlainFields(): Plugin {
  return {
    name: 'polycloud-markdown-it-plain-fields',
    enforce: 'pre',
    transform(code, id) {
      if (!MARKDOWN_IT_ENTRY.test(id)) return null;
      return { code: withPlainFields(code), map: null };
    },
  };
}
