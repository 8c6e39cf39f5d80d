/**
 * The page's head as parse5 reads it, with where each element sits in the source, and an edit
 * that removes elements and inserts ours without re-serializing the rest of the page.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { PageHeadElement } from '../../core/meta/merge.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface LocatedElement extends PageHeadElement {
  start: number;
  end: number;
}

export interface PageDocument {
  elements: LocatedElement[];
  /** Where `</head>` starts in the source. */
  headEnd: number;
  /** `<html lang>`. */
  lang?: string;
  /** The markup readPage was told to skip was found (and its elements are not listed). */
  skipped: boolean;
}

const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'script']);
export const isElement = (node: Node): node is Element => 'tagName' in node;
/** An element's attribute value. */
export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
/** The text of an element such as `<title>` or `<script>`. */
export const textOf = (element: Element) =>
  element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/**
 * Maps an offset in what parse5 read back to the page. A start at the cut is the first character
 * after it; an end at the cut is the last one before it.
 */
type Offset = (offset: number, end?: boolean) => number;

function located(element: Element, inHead: boolean, offset: Offset): LocatedElement | undefined {
  const location = element.sourceCodeLocation;
  if (!location) return undefined;
  const end = location.endTag?.endOffset ?? location.endOffset;
  return {
    element: element.tagName,
    attributes: element.attrs.map((a) => [a.name, a.value] as const),
    text: element.tagName === 'title' || element.tagName === 'script' ? textOf(element) : undefined,
    inHead,
    start: offset(location.startOffset),
    end: offset(end, true),
  };
}

/**
 * The page's head elements and its JSON-LD scripts anywhere; undefined for a fragment without a
 * written `</head>`. With `skip` (markup the page holds exactly once, such as the block `<Head>`
 * wrote), that markup is left out of what parse5 reads: its elements are not listed, and the
 * others' offsets are still offsets in `html`.
 */
export function readPage(html: string, skip?: string): PageDocument | undefined {
  // Most pages carry JSON-LD in the head only: then parsing up to `</head>` is enough (and the
  // offsets are the same); the body is parsed only when it may hold a JSON-LD script.
  const headClose = html.search(/<\/head\s*>/i);
  const bodyJsonLd = headClose < 0 || /application\/ld\+json/i.test(html.slice(headClose));
  let source = bodyJsonLd ? html : html.slice(0, html.indexOf('>', headClose) + 1);
  const at = skip ? source.indexOf(skip) : -1;
  const cut = at >= 0 ? skip!.length : 0;
  if (cut) source = source.slice(0, at) + source.slice(at + cut);
  const offset: Offset = cut ? (o, end) => (o > at || (o === at && !end) ? o + cut : o) : (o) => o;
  const document = parse(source, { sourceCodeLocationInfo: true });
  const root = document.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html');
  const head = root?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'head');
  const headClosedAt = head?.sourceCodeLocation?.endTag?.startOffset;
  const headEnd = headClosedAt === undefined ? undefined : offset(headClosedAt);
  if (!root || !head || headEnd === undefined) return undefined;
  const elements: LocatedElement[] = [];
  for (const child of head.childNodes) {
    if (isElement(child) && HEAD_ELEMENTS.has(child.tagName)) {
      const e = located(child, true, offset);
      if (e) elements.push(e);
    }
  }
  const body = root.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'body');
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'script' && attr(child, 'type')?.trim().toLowerCase() === 'application/ld+json') {
        const e = located(child, false, offset);
        if (e) elements.push(e);
      } else walk(child);
    }
  };
  if (body) walk(body);
  return { elements, headEnd, lang: attr(root, 'lang'), skipped: at >= 0 };
}

/** The start of an element's line when only blanks precede it there, so a removed tag leaves no empty line. */
function lineStart(html: string, start: number): number {
  let i = start;
  while (i > 0 && (html[i - 1] === ' ' || html[i - 1] === '\t')) i--;
  return i > 0 && html[i - 1] === '\n' ? i - 1 : start;
}

/** Remove the given elements; insert `insert` where the first removed head element was, else before `</head>`. */
export function editPage(html: string, page: PageDocument, remove: readonly number[], insert: string): string {
  const removed = remove.map((i) => page.elements[i]!).sort((a, b) => a.start - b.start);
  const firstInHead = removed.find((e) => e.inHead);
  const at = firstInHead ? firstInHead.start : page.headEnd;
  const edits = removed.map((e) => ({ from: e === firstInHead ? e.start : lineStart(html, e.start), to: e.end, text: e === firstInHead ? insert : '' }));
  if (!firstInHead && insert) edits.push({ from: at, to: at, text: `${insert}\n` });
  let out = html;
  for (const edit of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  return out;
}
