import type { WebPage } from 'schema-dts';
import type { GraphPiece } from '../types.ts';
import { breadcrumbItems } from './breadcrumb.ts';

/** The page itself: part of the WebSite, with its breadcrumb and main image. */
export const webpagePiece: GraphPiece = {
  name: 'webpage',
  build: (context): WebPage => {
    const { page, ids } = context;
    const article = page.article;
    return {
      '@type': page.kind === 'tag' ? 'CollectionPage' : 'WebPage',
      '@id': ids.webpage,
      url: page.url,
      name: page.title,
      ...(page.description ? { description: page.description } : {}),
      isPartOf: { '@id': ids.website },
      ...(page.kind === 'home' ? { about: { '@id': ids.publisher } } : {}),
      ...(page.image ? { primaryImageOfPage: { '@id': ids.primaryImage }, image: { '@id': ids.primaryImage } } : {}),
      ...(article ? { datePublished: article.published.iso, dateModified: article.modified.iso } : {}),
      ...(breadcrumbItems(context).length > 1 ? { breadcrumb: { '@id': ids.breadcrumb } } : {}),
      inLanguage: page.lang,
    };
  },
};
