/** A platform's length rule: how it counts a post and what it refuses. */
import type { SocialPlatform } from '../../types.ts';

export interface PostRule {
  platform: SocialPlatform;
  /** The network's name as people write it: `X`, `Bluesky`. */
  name: string;
  /** The most the platform accepts, in `unit`. */
  limit: number;
  /** What `count` counts, for messages and the kit: `weighted characters`, `graphemes`… */
  unit: string;
  /** The post's length as the platform counts it. */
  count(text: string): number;
  /** Every way the text breaks the platform's rules, as readable phrases; empty when it is fine. */
  problems(text: string): string[];
  /** False where links in the text are not clickable (Instagram): the post points to the profile instead. */
  linkInText: boolean;
}

/** Problems of a plain "at most `limit` in `unit`" rule. */
export function overLimit(length: number, limit: number, unit: string): string[] {
  return length > limit ? [`${length} ${unit}, over the limit of ${limit}`] : [];
}

export const fits = (rule: PostRule, text: string): boolean => rule.problems(text).length === 0;

/**
 * A rule that counts UTF-16 code units (never fewer than the characters a reader sees), for
 * platforms that document a plain character limit and nothing about how they count.
 */
export function characterRule(platform: SocialPlatform, name: string, limit: number, extraProblems: (text: string) => string[] = () => []): PostRule {
  return {
    platform,
    name,
    limit,
    unit: 'characters',
    count: (text) => text.length,
    problems: (text) => [...overLimit(text.length, limit, 'characters'), ...extraProblems(text)],
    linkInText: true,
  };
}
