import type { Organization, Person } from 'schema-dts';
import type { GraphPiece } from '../types.ts';
import { imageObject } from './image.ts';

/** The Organization or Person that publishes the site, with its logo. */
export const publisherPiece: GraphPiece = {
  name: 'publisher',
  build: ({ page, options, ids }): Organization | Person => {
    const { publisher } = options;
    const logo = page.logo ? imageObject(page.logo, ids.logo) : undefined;
    const common = {
      '@id': ids.publisher,
      name: publisher.name,
      url: publisher.url,
      ...(publisher.sameAs.length ? { sameAs: publisher.sameAs } : {}),
    };
    if (publisher.type === 'Person') return { '@type': 'Person', ...common, ...(logo ? { image: logo } : {}) };
    return { '@type': 'Organization', ...common, ...(logo ? { logo, image: { '@id': ids.logo } } : {}) };
  },
};
