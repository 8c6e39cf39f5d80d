/**
 * The head of a page: meta/link tags and the JSON-LD script, as one HTML string. The Head
 * component renders exactly this; tests render it without Astro.
 */
import { jsonLdScript } from '../jsonld/serialize.ts';
import { buildGraph } from '../jsonld/graph.ts';
import type { ResolvedOptions } from '../types.ts';
import { resolvePage, type HeadInput } from './page.ts';
import { renderTags } from './render.ts';
import { headTags } from './tags.ts';

/** The name by which `omit` leaves out the JSON-LD script. */
export const JSONLD_TAG_NAME = 'jsonld';

export function renderHead(input: HeadInput, options: ResolvedOptions, omit: readonly string[] = []): string {
  const page = resolvePage(input, options);
  const parts = [renderTags(headTags(page, options, omit))];
  if (!omit.includes(JSONLD_TAG_NAME)) parts.push(jsonLdScript(buildGraph(page, options)));
  return parts.join('\n');
}

export { resolvePage, type HeadInput, type HeadPage, type PageImage, type PageAlternate, type ImageSize } from './page.ts';
export { headTags, type HeadTag } from './tags.ts';
export { renderTag, renderTags } from './render.ts';
export { escapeAttribute, escapeText, htmlSafeText } from './escape.ts';
export { headLabels, formatMinutes, formatNames } from './labels.ts';
