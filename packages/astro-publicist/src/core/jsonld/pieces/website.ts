import type { WebSite } from 'schema-dts';
import type { GraphPiece } from '../types.ts';

export const websitePiece: GraphPiece = {
  name: 'website',
  build: ({ options, ids }): WebSite => ({
    '@type': 'WebSite',
    '@id': ids.website,
    url: options.site,
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    publisher: { '@id': ids.publisher },
    inLanguage: options.defaultLocale,
  }),
};
