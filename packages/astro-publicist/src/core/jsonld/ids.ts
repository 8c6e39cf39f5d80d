/** Stable `@id`s: site-wide nodes hang off the site URL, page nodes off the page URL. */
import type { HeadPage } from '../meta/head-page.ts';
import type { ResolvedOptions } from '../types.ts';

export interface GraphIds {
  website: string;
  publisher: string;
  logo: string;
  webpage: string;
  primaryImage: string;
  breadcrumb: string;
  article: string;
  person: (authorId: string) => string;
}

export function graphIds(page: Pick<HeadPage, 'url'>, options: Pick<ResolvedOptions, 'site' | 'publisher'>): GraphIds {
  const { site } = options;
  return {
    website: `${site}#website`,
    publisher: options.publisher.type === 'Organization' ? `${site}#organization` : `${site}#publisher`,
    logo: `${site}#logo`,
    webpage: `${page.url}#webpage`,
    primaryImage: `${page.url}#primaryimage`,
    breadcrumb: `${page.url}#breadcrumb`,
    article: `${page.url}#article`,
    person: (authorId) => `${site}#/schema/person/${encodeURIComponent(authorId)}`,
  };
}
