import type { BlogPosting, ImageObject, IdReference } from 'schema-dts';
import { cardImages } from '../../cards/card-files.ts';
import type { GraphPiece } from '../types.ts';
import { imageObject } from './image.ts';

/**
 * The BlogPosting. Its images: the primary image (link card) by reference, the other share cards
 * (1:1, 4:5), then the cover; Google picks among several aspect ratios.
 */
export const articlePiece: GraphPiece = {
  name: 'article',
  build: ({ page, options, ids }): BlogPosting | undefined => {
    const { article } = page;
    if (!article) return undefined;
    const images: (ImageObject | IdReference)[] = page.image ? [{ '@id': ids.primaryImage }] : [];
    const seen = new Set(page.image ? [page.image.url] : []);
    const others = [...cardImages(article, options), ...(article.cover ? [article.cover] : [])];
    for (const image of others) {
      if (seen.has(image.url)) continue;
      seen.add(image.url);
      images.push(imageObject(image));
    }
    return {
      '@type': 'BlogPosting',
      '@id': ids.article,
      headline: article.title,
      description: page.description,
      url: page.url,
      datePublished: article.published.iso,
      dateModified: article.modified.iso,
      // Without an author the publisher is credited (Google accepts an Organization as author).
      author: article.authors.length ? article.authors.map((a) => ({ '@id': ids.person(a.id) })) : [{ '@id': ids.publisher }],
      publisher: { '@id': ids.publisher },
      ...(images.length ? { image: images } : {}),
      mainEntityOfPage: { '@id': ids.webpage },
      isPartOf: { '@id': ids.webpage },
      inLanguage: article.lang,
      ...(article.tags.length ? { keywords: article.tags } : {}),
      wordCount: article.wordCount,
      articleSection: article.section,
    };
  },
};
