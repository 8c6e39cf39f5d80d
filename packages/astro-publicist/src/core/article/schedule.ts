/**
 * Scheduled publishing: an article dated in the future is left out of a production build until
 * its date, like a draft (Hugo's `buildFuture: false`). "Now" is the build's clock, read once on
 * the Astro side and handed in as data.
 */
import type { Article } from '../types.ts';

export type ScheduledMode = 'exclude' | 'include';

export function isScheduled(article: Pick<Article, 'published'>, now: Date): boolean {
  return article.published.date.getTime() > now.getTime();
}

export interface Publication<T> {
  /** What a production build publishes: no drafts, and no future articles unless they are included. */
  published: T[];
  /** Future-dated articles left out of this build, soonest first. */
  scheduled: T[];
}

/** Split normalized articles (or items carrying one) into what a production build publishes and what waits for its date. */
export function selectPublished<T>(items: readonly T[], articleOf: (item: T) => Article, settings: { now: Date; scheduled: ScheduledMode }): Publication<T> {
  const published: T[] = [];
  const scheduled: T[] = [];
  for (const item of items) {
    const article = articleOf(item);
    if (article.draft) continue;
    if (settings.scheduled === 'exclude' && isScheduled(article, settings.now)) scheduled.push(item);
    else published.push(item);
  }
  scheduled.sort((a, b) => articleOf(a).published.date.getTime() - articleOf(b).published.date.getTime() || articleOf(a).slug.localeCompare(articleOf(b).slug));
  return { published, scheduled };
}
