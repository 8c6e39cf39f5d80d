import type { GraphPiece } from '../types.ts';
import { imageObject } from './image.ts';

/** The page's main image (the link card on articles), referenced by the WebPage and the article. */
export const primaryImagePiece: GraphPiece = {
  name: 'primaryImage',
  build: ({ page, ids }) => (page.image ? imageObject(page.image, ids.primaryImage) : undefined),
};
