import type { BreadcrumbList, ListItem } from 'schema-dts';
import { absoluteUrl, homeUrl, tagPageUrl } from '../../urls.ts';
import { headLabels } from '../../meta/labels.ts';
import type { Article, ResolvedOptions } from '../../types.ts';
import type { GraphContext, GraphPiece } from '../types.ts';

interface Crumb {
  name: string;
  url: string;
}

/**
 * The crumb between Home and an article: the `sectionCrumb` option's, else the article's first tag
 * and its tag page (`tagPath`, the one page path the project defines for a group of articles; a
 * collection's folder such as `/artikel/` often has no page of its own).
 */
function sectionCrumb(article: Article, options: ResolvedOptions): Crumb | undefined {
  const custom = options.head.sectionCrumb;
  if (custom) {
    const crumb = custom(article);
    return crumb ? { name: crumb.name, url: absoluteUrl(crumb.path, options) } : undefined;
  }
  const tag = article.tags[0];
  const url = tag === undefined ? undefined : tagPageUrl(tag, options);
  return tag === undefined || url === undefined ? undefined : { name: tag, url };
}

/** Home → (section →) page; just Home on the home page. */
export function breadcrumbItems({ page, options }: GraphContext): Crumb[] {
  const home = { name: headLabels(page.lang).home, url: homeUrl(options) };
  if (page.kind === 'home') return [home];
  const section = page.article ? sectionCrumb(page.article, options) : undefined;
  return [home, ...(section ? [section] : []), { name: page.title, url: page.url }];
}

export const breadcrumbPiece: GraphPiece = {
  name: 'breadcrumb',
  build: (context): BreadcrumbList | undefined => {
    const items = breadcrumbItems(context);
    if (items.length < 2) return undefined;
    return {
      '@type': 'BreadcrumbList',
      '@id': context.ids.breadcrumb,
      itemListElement: items.map((crumb, i): ListItem => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
    };
  },
};
