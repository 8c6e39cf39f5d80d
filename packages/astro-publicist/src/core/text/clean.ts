/**
 * The one cleaning of untrusted text (frontmatter, options) for everything we emit: pages, the
 * social kit, post texts, share intents, feeds and head tags. Well-formed, NFC, no control,
 * bidi-override or noncharacter code points.
 */

/**
 * Code points no output should carry: C0 controls but tab, LF and CR; DEL and the C1 controls;
 * bidi embeddings, overrides and isolates; the BOM; the noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

// A lone surrogate (half an emoji, say) becomes U+FFFD, as String#toWellFormed does.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any code unit either rule above might act on (a surrogate of either half among them): most text
 * has none, and one scan for them is much cheaper than the two replacements.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The text with unsafe code points dropped and lone surrogates replaced; nothing else changes. */
export function stripUnsafe(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, '');
}

/** Several lines kept (a hand-written post): cleaned, NFC, line ends as LF, trimmed. */
export function cleanText(text: string): string {
  return stripUnsafe(text).normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** One line: every run of white space becomes one space (a title, a description, a tag). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ');
}
