/**
 * Escaping for values that go into HTML. Frontmatter is untrusted text; nothing reaches the
 * page without passing through here (attributes, `<title>`) or the JSON-LD serializer.
 */

import { stripUnsafe } from '../text/clean.ts';

/**
 * What HTML can carry of a value, by the one cleaning every output shares (core/text/clean.ts):
 * control characters, bidi overrides and noncharacters dropped, a lone surrogate as U+FFFD, so the
 * parsed page reads back exactly the cleaned value.
 */
export function htmlSafeText(value: string): string {
  return stripUnsafe(value);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const ATTRIBUTE_SPECIAL = /[&"<>\r]/;
const TEXT_SPECIAL = /[&<>\r]/;

/** A double-quoted attribute value. CR is written as a reference, as the parser turns a raw CR into LF. */
export function escapeAttribute(value: string): string {
  const safe = htmlSafeText(value);
  // Most values have nothing to escape: one scan, no replacement.
  return ATTRIBUTE_SPECIAL.test(safe) ? safe.replace(/[&"<>\r]/g, (c) => ENTITIES[c]!) : safe;
}

/** Text of an RCDATA element such as `<title>`. */
export function escapeText(value: string): string {
  const safe = htmlSafeText(value);
  return TEXT_SPECIAL.test(safe) ? safe.replace(/[&<>\r]/g, (c) => ENTITIES[c]!) : safe;
}
