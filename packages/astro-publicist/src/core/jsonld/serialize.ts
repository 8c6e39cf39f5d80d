/**
 * JSON for a `<script type="application/ld+json">`. The script's text ends at the first
 * `</script`, and `<!--` changes how the parser reads it, so `<`, `>` and `&` are written as
 * JSON `\u` escapes (never HTML entities, which JSON would keep literally); U+2028/U+2029 too,
 * for consumers that evaluate the JSON as JavaScript. `JSON.parse` gives back the exact strings.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The script of `value`; `json`: its serializeJsonLd, when the caller has it already. */
export function jsonLdScript(value: unknown, json = serializeJsonLd(value)): string {
  return `<script type="application/ld+json">${json}</script>`;
}
