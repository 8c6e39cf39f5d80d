/** The text a platform's card shows: the tag it reads, cut to the table's length or Google's pixel width. */
import { graphemeCount } from '../text/graphemes.ts';
import { truncate } from '../text/truncate.ts';
import { GOOGLE_RESULT_RULE, type LinkPreviewRule } from './rules.ts';

/** A page's head as the previews read it: `<title>`, every `<meta>` (by name or property) in order, `<link>`s, JSON-LD blocks. */
export interface HeadTags {
  title?: string;
  meta: readonly { key: string; content: string }[];
  links: readonly { rel: string; href: string }[];
  jsonld: readonly string[];
}

/** The content of the first tag present among `keys` (`title` is the `<title>` element). */
export function readTag(head: HeadTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = key === 'title' ? head.title : head.meta.find((m) => m.key === key)?.content;
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** Every value of a meta tag, in document order. */
export function metaValues(head: HeadTags, key: string): string[] {
  return head.meta.filter((m) => m.key === key).map((m) => m.content);
}

// Sentence ends are no better place to stop in a card: cut at the last word that fits.
const NO_SENTENCE = 2;

/** Cut to at most `max` graphemes, ellipsis included, at a word where possible; null shows nothing. */
export function cutToLength(text: string, max: number | null): string | null {
  if (max === null) return null;
  if (graphemeCount(text) <= max) return text;
  return truncate(text, { fits: (s) => graphemeCount(s) <= max, sentenceShare: NO_SENTENCE }).text;
}

export interface CardText {
  title: string | null;
  description: string | null;
  /** The author the card names in place of the description, when it does. */
  author?: string;
  image: string | undefined;
}

/** What the platform's card shows, from the page's head. */
export function cardText(head: HeadTags, rule: LinkPreviewRule): CardText {
  const title = readTag(head, rule.reads.title) ?? '';
  const image = readTag(head, rule.reads.image);
  const author = rule.authorInsteadOfDescription && readTag(head, rule.authorInsteadOfDescription);
  if (author) return { title: cutToLength(title, rule.titleMax), description: null, author, image };
  const description = rule.reads.description.length ? (readTag(head, rule.reads.description) ?? '') : '';
  return {
    title: cutToLength(title, rule.titleMax),
    description: rule.descriptionMax === null || !description ? null : cutToLength(description, rule.descriptionMax),
    image,
  };
}

/** Text width in CSS pixels for a font (the browser's canvas measureText in the toolbar). */
export type MeasureText = (text: string, font: string) => number;

/** Cut to `maxPx` as drawn in `font`, at a word, with Google's " ..." (counted in the width). */
export function cutToWidth(text: string, maxPx: number, font: string, measure: MeasureText): { text: string; truncated: boolean; width: number } {
  const width = measure(text, font);
  if (width <= maxPx) return { text, truncated: false, width };
  const cut = truncate(text, { fits: (s) => measure(s, font) <= maxPx, ellipsis: GOOGLE_RESULT_RULE.ellipsis, sentenceShare: NO_SENTENCE });
  return { text: cut.text, truncated: true, width };
}

/** Google's result: title and description cut by width. */
export function googleResult(head: HeadTags, measure: MeasureText) {
  const g = GOOGLE_RESULT_RULE;
  const title = readTag(head, ['title', 'og:title']) ?? '';
  const description = readTag(head, ['description', 'og:description']) ?? '';
  return {
    title: cutToWidth(title, g.titleMaxPx, g.titleFont, measure),
    description: cutToWidth(description, g.descriptionMaxPx, g.descriptionFont, measure),
  };
}
