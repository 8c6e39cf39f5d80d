/**
 * Escaping for values that go into HTML. Frontmatter is untrusted text; nothing reaches the
 * page without passing through here (attributes, `<title>`) or the JSON-LD serializer.
 */

/**
 * Characters HTML cannot carry: NUL and the C0 controls other than tab, LF, FF and CR (the parser
 * drops or replaces them) and lone surrogates (not encodable as UTF-8). They are dropped, or, for a
 * lone surrogate, replaced by U+FFFD, so the parsed page reads back exactly the cleaned value.
 */
// eslint-disable-next-line no-control-regex
const UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function htmlSafeText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(UNREPRESENTABLE, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** A double-quoted attribute value. CR is written as a reference, as the parser turns a raw CR into LF. */
export function escapeAttribute(value: string): string {
  return htmlSafeText(value).replace(/[&"<>\r]/g, (c) => ENTITIES[c]!);
}

/** Text of an RCDATA element such as `<title>`. */
export function escapeText(value: string): string {
  return htmlSafeText(value).replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}
