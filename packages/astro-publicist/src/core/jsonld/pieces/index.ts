import type { HeadPage } from '../../meta/head-page.ts';
import type { GraphPiece } from '../types.ts';
import { articlePiece } from './article.ts';
import { breadcrumbPiece } from './breadcrumb.ts';
import { personPiece } from './person.ts';
import { primaryImagePiece } from './primary-image.ts';
import { publisherPiece } from './publisher.ts';
import { webpagePiece } from './webpage.ts';
import { websitePiece } from './website.ts';

/** The pieces of a page's graph, in output order. */
export function defaultPieces(page: HeadPage): GraphPiece[] {
  return [
    websitePiece,
    publisherPiece,
    webpagePiece,
    primaryImagePiece,
    breadcrumbPiece,
    articlePiece,
    ...(page.article?.authors ?? []).map(personPiece),
  ];
}

export { articlePiece, breadcrumbPiece, personPiece, primaryImagePiece, publisherPiece, webpagePiece, websitePiece };
export { breadcrumbItems } from './breadcrumb.ts';
export { imageObject } from './image.ts';
