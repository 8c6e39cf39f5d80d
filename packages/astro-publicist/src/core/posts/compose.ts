/**
 * Fit a post into a platform's rule: the fixed parts (byline, link, hashtags) are laid out
 * first, and only the prose (title and description) is shortened, with the platform's own
 * counter deciding what fits, so the link is never cut and the ellipsis is counted by that rule.
 */
import { graphemeCount } from '../text/graphemes.ts';
import { truncate } from '../text/truncate.ts';
import { fits, type PostRule } from './rules/index.ts';

/** Keep at least this much prose before giving up hashtags and then the byline. */
export const PROSE_MIN_GRAPHEMES = 60;

export interface PostParts {
  prose: string;
  byline?: string;
  hashtags: string[];
}

/** Lay the parts out as the platform's post; empty parts leave no gap. */
export type Layout = (parts: PostParts) => string;

export interface ComposedText {
  text: string;
  /** The prose as it stands in the text (shortened or not). */
  prose: string;
  truncated: boolean;
  hashtags: string[];
}

/** Blocks joined by a blank line, empty ones left out. */
export function paragraphs(...blocks: (string | undefined)[]): string {
  return blocks.filter((b): b is string => Boolean(b)).join('\n\n');
}

export function composeText(rule: PostRule, parts: PostParts, layout: Layout, locale?: string): ComposedText {
  let { byline, hashtags } = parts;
  const minimal = truncate(parts.prose, { fits: (s) => graphemeCount(s) <= PROSE_MIN_GRAPHEMES, locale }).text;
  // Give up what matters least until a useful start of the prose fits next to the link.
  while (!fits(rule, layout({ prose: minimal, byline, hashtags }))) {
    if (hashtags.length) hashtags = hashtags.slice(0, -1);
    else if (byline) byline = undefined;
    else break;
  }
  const shortened = truncate(parts.prose, { fits: (prose) => fits(rule, layout({ prose, byline, hashtags })), locale });
  return { text: layout({ prose: shortened.text, byline, hashtags }), prose: shortened.text, truncated: shortened.truncated, hashtags };
}
