/**
 * Reading what the theme fixtures (sites made from common Astro themes with only the publicist()
 * line added) built, through third-party parsers; fixture.ts builds them.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, jsonLdScripts as jsonLdTexts, type Element } from './head.ts';

export { attr };
type ParentNode = DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode'];
export type JsonNode = Record<string, unknown>;

/** Replace text in a file of a fixture copy; fails when the text is not there. */
export function replaceIn(file: string, search: string | RegExp, replacement: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(search, replacement);
  if (after === before) throw new Error(`${file} does not contain ${String(search)}`);
  writeFileSync(file, after);
}

export function elements(html: string, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (n: ParentNode) => {
    if ('tagName' in n && n.tagName === tagName) found.push(n as Element);
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(parse(html));
  return found;
}

/** Every ld+json script of a page, parsed. */
export function jsonLdScripts(html: string): JsonNode[] {
  return jsonLdTexts(html).map((text) => JSON.parse(text) as JsonNode);
}

/** The nodes of every ld+json script (a graph's nodes, or the script itself). */
export function jsonLdNodes(html: string): JsonNode[] {
  return jsonLdScripts(html).flatMap((doc) => (Array.isArray(doc['@graph']) ? (doc['@graph'] as JsonNode[]) : [doc]));
}

/** The values of a meta tag by name or property. */
export function metaValues(html: string, key: string): string[] {
  return elements(html, 'meta')
    .filter((m) => attr(m, 'name') === key || attr(m, 'property') === key)
    .map((m) => attr(m, 'content')!);
}

export async function openGraph(html: string) {
  const { result, error } = await ogs({ html });
  if (error) throw new Error('open-graph-scraper could not read the page');
  return result;
}

/** Lines of the build output that contain `text`. */
export const logLines = (output: string, text: string) => output.split('\n').filter((line) => line.includes(text));

/** The built file a URL path of the site is served from, trying the shapes Astro writes. */
export function builtFile(outDir: string, pathWithoutBase: string): string | undefined {
  const path = decodeURIComponent(pathWithoutBase).replace(/^\//, '');
  const candidates = path === '' ? ['index.html'] : [path, `${path.replace(/\/$/, '')}.html`, join(path, 'index.html')];
  return candidates.map((c) => join(outDir, c)).find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
}
