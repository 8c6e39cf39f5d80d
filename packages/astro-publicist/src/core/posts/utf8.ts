/** UTF-8 lengths and offsets (Bluesky facets index the post's UTF-8 bytes). */
const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
