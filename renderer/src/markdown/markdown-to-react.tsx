// Renders markdown-it's token tree as React elements. Raw HTML never reaches the DOM as markup:
// markdown-it runs with html off, and every token becomes an element we choose here.
import { Fragment, useContext, type CSSProperties, type ReactNode } from 'react';
import { CodeBlock } from './code-block';
import { LinkOpenerContext } from './link-context';
import { safeLinkHref, type TokenNode } from './markdown-parser';

function alignOf(node: TokenNode): CSSProperties | undefined {
  const style = String(node.token.attrGet('style') ?? '');
  const match = /text-align:(left|right|center)/.exec(style);
  return match ? { textAlign: match[1] as CSSProperties['textAlign'] } : undefined;
}

function MarkdownLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const open = useContext(LinkOpenerContext);
  if (!href) return <span className="md-link--blocked">{children}</span>;
  return (
    <a
      href={href}
      title={href}
      rel="noreferrer noopener"
      onClick={(event) => {
        // The app window never navigates: links open in the user's browser through main.
        event.preventDefault();
        open(href);
      }}
    >
      {children}
    </a>
  );
}

interface RenderOptions {
  /** Whether the block is complete (code blocks are highlighted only then). */
  finished: boolean;
}

function renderChildren(nodes: TokenNode[], options: RenderOptions): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, options));
}

function renderNode(node: TokenNode, key: number, options: RenderOptions): ReactNode {
  const { token } = node;
  const children = () => renderChildren(node.children, options);
  switch (token.type) {
    case 'inline':
      return <Fragment key={key}>{children()}</Fragment>;
    case 'text':
      return token.content;
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return <br key={key} />;
    case 'code_inline':
      return <code key={key}>{token.content}</code>;
    case 'html_inline':
    case 'html_block':
      return token.content;
    case 'fence':
      return (
        <CodeBlock key={key} code={token.content} info={token.info} finished={options.finished} />
      );
    case 'code_block':
      return <CodeBlock key={key} code={token.content} info="" finished={options.finished} />;
    case 'hr':
      return <hr key={key} />;
    case 'image':
      // Remote images are not loaded: the renderer never touches the network.
      return (
        <span key={key} className="md-image">
          [image: {token.content || token.attrGet('alt') || 'untitled'}]
        </span>
      );
    case 'paragraph_open':
      return token.hidden ? children() : <p key={key}>{children()}</p>;
    case 'heading_open':
    case 'blockquote_open':
    case 'bullet_list_open':
    case 'list_item_open':
    case 'thead_open':
    case 'tbody_open':
    case 'tr_open':
    case 'strong_open':
    case 'em_open':
    case 's_open':
      return renderTag(token.tag, key, children());
    case 'ordered_list_open': {
      const start = Number(token.attrGet('start') ?? '1');
      return (
        <ol key={key} start={Number.isFinite(start) ? start : 1}>
          {children()}
        </ol>
      );
    }
    case 'table_open':
      return (
        <div key={key} className="md-table">
          <table>{children()}</table>
        </div>
      );
    case 'th_open':
      return (
        <th key={key} style={alignOf(node)}>
          {children()}
        </th>
      );
    case 'td_open':
      return (
        <td key={key} style={alignOf(node)}>
          {children()}
        </td>
      );
    case 'link_open':
      return (
        <MarkdownLink key={key} href={safeLinkHref(String(token.attrGet('href') ?? ''))}>
          {children()}
        </MarkdownLink>
      );
    default:
      return node.children.length > 0 ? <span key={key}>{children()}</span> : token.content;
  }
}

const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'li',
  'thead',
  'tbody',
  'tr',
  'strong',
  'em',
  's',
]);

function renderTag(tag: string, key: number, children: ReactNode[]): ReactNode {
  const Tag = (ALLOWED_TAGS.has(tag) ? tag : 'span') as 'span';
  return <Tag key={key}>{children}</Tag>;
}

export function renderMarkdownTree(nodes: TokenNode[], finished: boolean): ReactNode[] {
  return renderChildren(nodes, { finished });
}
