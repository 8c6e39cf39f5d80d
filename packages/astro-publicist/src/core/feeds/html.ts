/**
 * Rendered article HTML made fit for a feed: every URL absolute (a feed reader resolves relative
 * URLs against the feed, or not at all), and nothing that runs or styles (scripts, style sheets,
 * event handlers, `javascript:` URLs, a syntax highlighter's coloured spans in code blocks). Parsed with parse5, the HTML standard's parsing algorithm.
 */
import { parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'link', 'meta', 'base', 'template', 'object', 'embed', 'applet', 'frame', 'frameset']);

/** Wrappers dropped while their content stays: Astro's island wrappers, and noscript (a reader runs no scripts). */
const UNWRAPPED = new Set(['astro-island', 'astro-slot', 'astro-static-slot', 'noscript']);

/** Attributes holding one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction', 'background', 'longdesc', 'xlink:href', 'itemid']);

/** Attributes holding a list of image candidates (`url 2x, url 480w`). */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Schemes that execute code when followed. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript):$/;

/** Astro's own markers (scoped-style ids, dev source locations): meaningless once styles are gone. */
const isAstroMarker = (name: string) => name.startsWith('data-astro-');

/** `value` resolved against the page; undefined when it cannot be a safe URL. */
function absolute(value: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), pageUrl);
  } catch {
    return undefined;
  }
  if (SCRIPT_SCHEME.test(url.protocol)) return undefined;
  // Already absolute: keep the author's spelling (data: URIs, odd but valid escapes).
  return URL.canParse(value.trim()) ? value.trim() : url.href;
}

/** Splits a srcset into [url, descriptor] candidates as the HTML standard does (URLs may contain commas). */
export function parseSrcset(srcset: string): [string, string][] {
  const candidates: [string, string][] = [];
  let i = 0;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    if (i >= srcset.length) break;
    let url = '';
    while (i < srcset.length && !isSpace(srcset[i])) url += srcset[i++];
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let inParens = false;
      while (i < srcset.length) {
        const c = srcset[i]!;
        if (c === '(') inParens = true;
        else if (c === ')') inParens = false;
        else if (c === ',' && !inParens) break;
        descriptor += c;
        i++;
      }
      i++; // the comma
    }
    candidates.push([url, descriptor.trim()]);
  }
  return candidates;
}

function absoluteSrcset(value: string, pageUrl: string): string | undefined {
  const candidates = parseSrcset(value)
    .map(([url, descriptor]) => {
      const abs = absolute(url, pageUrl);
      return abs === undefined ? undefined : descriptor ? `${abs} ${descriptor}` : abs;
    })
    .filter((c): c is string => c !== undefined);
  return candidates.length ? candidates.join(', ') : undefined;
}

function cleanAttributes(element: T.Element, pageUrl: string): void {
  const kept: T.Element['attrs'] = [];
  for (const attr of element.attrs) {
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    if (name.startsWith('on') || name === 'srcdoc' || isAstroMarker(name)) continue;
    if (URL_ATTRIBUTES.has(name)) {
      const value = absolute(attr.value, pageUrl);
      if (value !== undefined) kept.push({ ...attr, value });
      continue;
    }
    if (SRCSET_ATTRIBUTES.has(name)) {
      const value = absoluteSrcset(attr.value, pageUrl);
      if (value !== undefined) kept.push({ ...attr, value });
      continue;
    }
    kept.push(attr);
  }
  element.attrs = kept;
}

const isElement = (node: T.ChildNode): node is T.Element => 'tagName' in node;

/** Attributes of a highlighter's markup on a code block (Shiki, Prism): colours and theme names, no content. */
const THEME_ATTRIBUTES = new Set(['style', 'class', 'tabindex', 'data-language', 'data-theme']);
const isThemeOnly = (element: T.Element) => element.attrs.every((a) => THEME_ATTRIBUTES.has(a.name.toLowerCase()));

/**
 * A code block as a feed reader should get it: the text, without a highlighter's coloured
 * `<span style>` per token and the theme's attributes on `<pre>`. The language stays, as the
 * `language-*` class on `<code>` that readers know.
 */
function plainCodeBlock(pre: T.Element): void {
  const language = pre.attrs.find((a) => a.name === 'data-language')?.value;
  pre.attrs = pre.attrs.filter((a) => !THEME_ATTRIBUTES.has(a.name.toLowerCase()));
  const unwrapSpans = (parent: T.ParentNode): void => {
    const result: T.ChildNode[] = [];
    for (const child of parent.childNodes) {
      if (isElement(child)) unwrapSpans(child);
      if (isElement(child) && child.tagName.toLowerCase() === 'span' && isThemeOnly(child)) {
        for (const grandchild of child.childNodes) {
          grandchild.parentNode = parent;
          result.push(grandchild);
        }
        continue;
      }
      result.push(child);
    }
    // Adjacent text nodes (the tokens of one line) become one.
    parent.childNodes = result.reduce<T.ChildNode[]>((merged, node) => {
      const last = merged.at(-1);
      if (last?.nodeName === '#text' && node.nodeName === '#text') (last as T.TextNode).value += (node as T.TextNode).value;
      else merged.push(node);
      return merged;
    }, []);
  };
  unwrapSpans(pre);
  const code = pre.childNodes.find((n): n is T.Element => isElement(n) && n.tagName.toLowerCase() === 'code');
  if (code) {
    code.attrs = code.attrs.filter((a) => a.name.toLowerCase() !== 'style');
    if (language && /^[\w+#.-]+$/.test(language) && !code.attrs.some((a) => a.name === 'class')) code.attrs.push({ name: 'class', value: `language-${language}` });
  }
}

function cleanChildren(parent: T.ParentNode, pageUrl: string): void {
  const result: T.ChildNode[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeName === '#comment') continue;
    if (!isElement(child)) {
      result.push(child);
      continue;
    }
    const name = child.tagName.toLowerCase();
    if (DROPPED.has(name)) continue;
    cleanAttributes(child, pageUrl);
    cleanChildren(child, pageUrl);
    if (name === 'pre') plainCodeBlock(child);
    if (UNWRAPPED.has(name)) {
      for (const grandchild of child.childNodes) {
        grandchild.parentNode = parent;
        result.push(grandchild);
      }
      continue;
    }
    result.push(child);
  }
  parent.childNodes = result;
}

/** The article HTML for a feed item: absolute URLs, no scripts, styles, event handlers or highlighter markup. */
export function feedHtml(html: string, pageUrl: string): string {
  // Without scripting, <noscript> content is parsed as markup, the way a feed reader sees it.
  const fragment = parseFragment(html, { scriptingEnabled: false });
  cleanChildren(fragment, pageUrl);
  return serialize(fragment).trim();
}
