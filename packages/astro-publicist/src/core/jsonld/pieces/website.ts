import type { WebSite } from 'schema-dts';
import type { GraphPiece } from '../types.ts';
import { homeUrl } from '../../urls.ts';

export const websitePiece: GraphPiece = {
  name: 'website',
  build: ({ options, ids }): WebSite => ({
    '@type': 'WebSite',
    '@id': ids.website,
    url: homeUrl(options),
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    publisher: { '@id': ids.publisher },
    inLanguage: options.defaultLocale,
  }),
};
