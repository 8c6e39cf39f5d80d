/** A page's JSON-LD: one `@graph` of the pieces' nodes, after the user's `jsonld.pieces` function. */
import type { Graph, Thing } from 'schema-dts';
import { PublicistError, describeValue } from '../errors.ts';
import type { HeadPage } from '../meta/page.ts';
import type { ResolvedOptions } from '../types.ts';
import { graphIds } from './ids.ts';
import { defaultPieces } from './pieces/index.ts';
import type { GraphContext, GraphPiece } from './types.ts';

function checkPieces(pieces: unknown, where: string): GraphPiece[] {
  if (!Array.isArray(pieces) || pieces.some((p) => !p || typeof p.name !== 'string' || typeof p.build !== 'function')) {
    throw new PublicistError(`publicist: head.jsonld.pieces must return a list of { name, build } pieces (on ${where}), got ${describeValue(pieces)}`, { field: 'head.jsonld.pieces' });
  }
  return pieces as GraphPiece[];
}

export function buildGraph(page: HeadPage, options: ResolvedOptions): Graph {
  const context: GraphContext = { page, options, ids: graphIds(page, options) };
  let pieces = defaultPieces(page);
  const extend = options.head.jsonld.pieces;
  if (extend) pieces = checkPieces(extend(pieces, context), page.article?.file ?? page.url);
  const nodes = pieces.map((piece) => piece.build(context)).filter((node): node is Thing => node !== undefined && node !== null);
  return { '@context': 'https://schema.org', '@graph': nodes };
}
