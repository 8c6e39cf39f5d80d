import type { Person } from 'schema-dts';
import type { ResolvedAuthor } from '../../types.ts';
import type { GraphPiece } from '../types.ts';

/** One piece per author of the article: a Person with only the name in `name`, and `url`/`sameAs`. */
export function personPiece(author: ResolvedAuthor): GraphPiece {
  return {
    name: `person:${author.id}`,
    build: ({ ids }): Person => ({
      '@type': 'Person',
      '@id': ids.person(author.id),
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
      ...(author.sameAs.length ? { sameAs: author.sameAs } : {}),
      ...(author.avatar ? { image: { '@type': 'ImageObject', url: author.avatar, contentUrl: author.avatar, caption: author.name } } : {}),
      ...(author.bio ? { description: author.bio } : {}),
    }),
  };
}
