/** Frontmatter text made safe to post: well-formed, NFC, no control or bidi-override characters. */
// Control characters (but tab and newline), bidi embeddings/overrides, BOM and the noncharacters twitter-text rejects.
const UNPOSTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/gu;

// A lone surrogate (half an emoji, say) becomes U+FFFD, as String#toWellFormed does.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Several lines kept (a hand-written post). */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(/\r\n?/g, '\n').replace(UNPOSTABLE, '').trim();
}

/** One line: every run of white space becomes one space (a title, a description). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ');
}
