/**
 * Hashtags: made from an article's tags in readable CamelCase (`Social Media Marketing` →
 * `#SocialMediaMarketing`, umlauts kept), and found in a post's text the way Bluesky's
 * rich-text parser finds them (for facets and Instagram's hashtag limit).
 */
import { graphemeCount } from '../text/graphemes.ts';
import { spellSymbols } from '../text/symbols.ts';

/** Bluesky's tag facet allows 64 graphemes; a longer hashtag is not a tag anywhere useful. */
export const HASHTAG_MAX_GRAPHEMES = 64;

const WORD_SEPARATOR = /[^\p{L}\p{M}\p{N}_]+/u;

function capitalize(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  // `ß` has no single capital; upper-casing it would change the word ("SSport").
  return (first === 'ß' ? first : first.toUpperCase()) + rest.join('');
}

/** `Social Media Marketing` → `#SocialMediaMarketing`; undefined when nothing tag-like is left. */
export function hashtagFromTag(tag: string): string | undefined {
  // `C++` keeps its meaning as `#CPlusPlus` rather than becoming `#C`.
  const body = spellSymbols(tag.normalize('NFC').replace(/^#/, '')).split(WORD_SEPARATOR).filter(Boolean).map(capitalize).join('');
  // A hashtag needs a letter (X and Bluesky ignore `#2026`).
  if (!/[\p{L}_]/u.test(body) || graphemeCount(body) > HASHTAG_MAX_GRAPHEMES) return undefined;
  return `#${body}`;
}

/** The hashtags for an article: frontmatter `social.hashtags` when given, else its tags; no duplicates (case-insensitive). */
export function articleHashtags(article: { tags: readonly string[]; social: { hashtags?: readonly string[] } }): string[] {
  const source = article.social.hashtags ?? article.tags;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of source) {
    const hashtag = hashtagFromTag(tag);
    if (!hashtag || seen.has(hashtag.toLowerCase())) continue;
    seen.add(hashtag.toLowerCase());
    out.push(hashtag);
  }
  return out;
}

export interface FoundHashtag {
  /** UTF-16 offsets of `#tag` (with the `#`); `end` exclusive. */
  start: number;
  end: number;
  /** Without the `#`. */
  tag: string;
}

// Bluesky's TAG_REGEX and trailing-punctuation rule (packages/api/src/rich-text/util.ts), restated.
const INVISIBLE = '\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20e2';
const TAG = new RegExp(`(^|\\s)[#＃]((?!\\ufe0f)[^\\s${INVISIBLE}]*[^\\d\\s\\p{P}${INVISIBLE}]+[^\\s${INVISIBLE}]*)?`, 'gu');

export function findHashtags(text: string): FoundHashtag[] {
  const found: FoundHashtag[] = [];
  for (const match of text.matchAll(TAG)) {
    const [, lead = '', raw] = match;
    if (!raw) continue;
    const tag = raw.trim().replace(/\p{P}+$/u, '');
    if (!tag || graphemeCount(tag) > HASHTAG_MAX_GRAPHEMES) continue;
    const start = match.index + lead.length;
    found.push({ start, end: start + 1 + tag.length, tag });
  }
  return found;
}
