/** The cards of pages that are not articles: one for the site, one per tag. */
import type { Article, ResolvedOptions } from '../types.ts';
import type { PageCard } from './card-files.ts';
import type { PageCardContent } from './prepare.ts';
import { tagCardEyebrow } from '../i18n/phrases.ts';

/** The title a page card shows, which is also its alt text. */
export function pageCardTitle(page: PageCard, options: Pick<ResolvedOptions, 'name'>): string {
  return page.kind === 'site' ? options.name : page.tag;
}

export function pageCardContents(tags: readonly { tag: string; articles: readonly Article[] }[], options: ResolvedOptions): PageCardContent[] {
  const lang = options.defaultLocale;
  const site: PageCardContent = {
    page: { kind: 'site' },
    title: pageCardTitle({ kind: 'site' }, options),
    description: options.description,
    eyebrow: new URL(options.site).host,
    lang,
  };
  return [
    site,
    ...tags.map(({ tag, articles }): PageCardContent => ({
      page: { kind: 'tag', tag },
      title: pageCardTitle({ kind: 'tag', tag }, options),
      description: options.description,
      eyebrow: tagCardEyebrow(articles.length, lang, options.strings),
      lang,
    })),
  ];
}
