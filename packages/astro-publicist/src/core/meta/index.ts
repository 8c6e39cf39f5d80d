/**
 * The head of a page: meta/link tags and the JSON-LD script, as one HTML string. The Head
 * component renders exactly this; tests render it without Astro.
 */
import { jsonLdScript } from '../jsonld/serialize.ts';
import { buildGraph } from '../jsonld/graph.ts';
import type { ResolvedOptions } from '../types.ts';
import { resolvePage, type HeadInput } from './head-page.ts';
import { renderTags } from './render.ts';
import { headTags, type HeadTag } from './tags.ts';

/** The name by which `omit` leaves out the JSON-LD script. */
export const JSONLD_TAG_NAME = 'jsonld';

export interface HeadParts {
  tags: HeadTag[];
  /** The JSON-LD graph, unless omitted. */
  graph?: ReturnType<typeof buildGraph>;
}

export function headParts(input: HeadInput, options: ResolvedOptions, omit: readonly string[] = []): HeadParts {
  const page = resolvePage(input, options);
  return { tags: headTags(page, options, omit), graph: omit.includes(JSONLD_TAG_NAME) ? undefined : buildGraph(page, options) };
}

/** The parts as HTML: one tag per line, the JSON-LD script last (`jsonLd`: the graph already serialized). */
export function renderHeadParts(parts: HeadParts, jsonLd?: string): string {
  const html = [renderTags(parts.tags)];
  if (parts.graph) html.push(jsonLdScript(parts.graph, jsonLd));
  return html.join('\n');
}

export function renderHead(input: HeadInput, options: ResolvedOptions, omit: readonly string[] = []): string {
  return renderHeadParts(headParts(input, options, omit));
}

export { resolvePage, type HeadInput, type HeadPage, type PageImage, type PageAlternate, type ImageSize } from './head-page.ts';
export { headTags, type HeadTag } from './tags.ts';
export { renderTag, renderTags } from './render.ts';
export { escapeAttribute, escapeText, htmlSafeText } from './escape.ts';
export { formatMinutes, formatNames } from '../i18n/intl.ts';
export { mergeHead, pageHints, headElementKey, jsonLdTypes, graphTypes, type PageHeadElement, type OwnHead, type HeadMerge, type PageHints } from './merge.ts';
