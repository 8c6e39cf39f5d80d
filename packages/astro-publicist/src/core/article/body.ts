/**
 * What an article's MDX (or Markdown) body says, as plain text: the first paragraph, word count,
 * headings and an excerpt. Parsed with remark-mdx so imports, exports, JSX and expressions are
 * recognised as such and left out, never shown as text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Nodes, Parents, Root } from 'mdast';
import type { ArticleHeading } from '../types.ts';
import { cleanLine } from '../text/clean.ts';
import { truncateHead } from '../text/truncate.ts';

/** Nodes that are code or MDX syntax, never prose. */
const NOT_PROSE = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'code',
  'html',
  'yaml',
  'toml',
  'definition',
  'footnoteDefinition',
  'image',
  'imageReference',
]);

/** JSX elements: their Markdown children are prose (a callout's text), their attributes are not. */
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Flow-level nodes whose text ends with a block break. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'tableRow']);

export interface BodyAnalysis {
  /** Plain text of the first paragraph outside any JSX element. */
  firstParagraph: string;
  /** All prose as plain text, blocks separated by blank lines. */
  text: string;
  wordCount: number;
  headings: ArticleHeading[];
}

function prose(node: Nodes): Nodes | undefined {
  if (NOT_PROSE.has(node.type)) return undefined;
  if ('children' in node) {
    const children = (node.children as Nodes[]).map(prose).filter((n): n is Nodes => n !== undefined);
    return { ...node, children } as Nodes;
  }
  return node;
}

/** The node with every JSX element (and what it wraps) removed. */
function withoutJsx(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).filter((n) => !JSX.has(n.type)).map(withoutJsx);
  return { ...node, children } as Nodes;
}

function plainText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
    if ('children' in n) for (const child of (n as Parents).children) walk(child as Nodes);
    if (BLOCKS.has(n.type)) parts.push('\n\n');
  };
  walk(node);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

export function parseBody(body: string, format: 'mdx' | 'md' = 'mdx'): Root {
  const processor = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  return processor.parse(body);
}

export function analyzeBody(body: string, format: 'mdx' | 'md' = 'mdx'): BodyAnalysis {
  const tree = prose(parseBody(body, format)) as Root;
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  let firstParagraph = '';
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      headings.push({ depth: node.depth, text, slug: slugger.slug(text) });
    }
    if (node.type === 'paragraph' && !firstParagraph) firstParagraph = plainText(withoutJsx(node));
    if ('children' in node && node.type !== 'heading' && node.type !== 'paragraph' && !JSX.has(node.type)) {
      for (const child of (node as Parents).children) visit(child as Nodes);
    }
  };
  visit(tree);
  const text = plainText(tree);
  return { firstParagraph, text, wordCount: countWords(text), headings };
}

/** The longest excerpt, in characters (graphemes). */
export const EXCERPT_MAX = 300;

/** What an Article takes from its body: a function of the body text and its format alone. */
export interface BodySummary {
  firstParagraph: string;
  wordCount: number;
  headings: ArticleHeading[];
  /** The prose's head as one line, shortened to EXCERPT_MAX. */
  excerpt: string;
}

export type SummarizeBody = (body: string, format: 'mdx' | 'md') => BodySummary;

export const summarizeBody: SummarizeBody = (body, format) => {
  const { firstParagraph, wordCount, headings, text } = analyzeBody(body, format);
  return { firstParagraph, wordCount, headings, excerpt: truncateHead(cleanLine(text), EXCERPT_MAX).text };
};
