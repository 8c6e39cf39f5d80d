/** Measurable links: the article URL with UTM parameters for one share target. */
import { defaultUtmMedium, defaultUtmSource, type ShareTarget } from '../platforms/registry.ts';
import { fillTemplate } from '../text/template.ts';
import type { UtmOptions } from '../options.ts';

export type { ShareTarget };

/** The resolved `posts.utm` options. */
export type UtmSettings = UtmOptions;

export interface UtmArticle {
  id: string;
  slug: string;
  collection: string;
  lang: string;
}

/** `url` with the UTM parameters for `target`; unchanged when UTM is off (`false`). Existing query parameters are kept. */
export function utmLink(url: string, target: ShareTarget, article: UtmArticle, utm: UtmSettings | false): string {
  if (!utm) return url;
  const values = { id: article.id, slug: article.slug, collection: article.collection, lang: article.lang, platform: target };
  const link = new URL(url);
  const params: [string, string | undefined][] = [
    [utm.names.source, utm.source[target] ?? defaultUtmSource(target)],
    [utm.names.medium, defaultUtmMedium(target) ?? utm.medium],
    [utm.names.campaign, fillTemplate(utm.campaign, values)],
    [utm.names.content, utm.content === undefined ? undefined : fillTemplate(utm.content, values)],
  ];
  for (const [name, value] of params) if (value) link.searchParams.set(name, value);
  return link.href;
}
