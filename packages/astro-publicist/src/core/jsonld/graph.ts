/** A page's JSON-LD: one `@graph` of the pieces' nodes, after the user's `jsonld.pieces` function. */
import type { Graph, Thing } from 'schema-dts';
import { PublicistError, describeValue } from '../errors.ts';
import type { HeadPage } from '../meta/head-page.ts';
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
  return { '@context': 'https://schema.org', '@graph': withoutDanglingReferences(nodes, options.site) };
}

const isReference = (v: unknown): v is { '@id': string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { '@id'?: unknown })['@id'] === 'string';

/**
 * A dropped piece leaves `{ "@id" }` references to it in other nodes (drop `breadcrumb` and the
 * WebPage still points at it). References into this site that no node defines are removed.
 */
function withoutDanglingReferences(nodes: Thing[], site: string): Thing[] {
  const defined = new Set<string>();
  const referenced: string[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (typeof v === 'object' && v !== null) {
      const id = (v as { '@id'?: unknown })['@id'];
      if (isReference(v)) referenced.push(v['@id']);
      else if (typeof id === 'string') defined.add(id);
      Object.values(v).forEach(collect);
    }
  };
  collect(nodes);
  const undefinedHere = (id: string) => id.startsWith(site) && !defined.has(id);
  // The usual page: every reference is defined, and the nodes are returned as built.
  if (!referenced.some(undefinedHere)) return nodes;
  const dangling = (v: unknown) => isReference(v) && undefinedHere(v['@id']);
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => !dangling(x)).map(prune);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      if (dangling(value)) continue;
      const pruned = prune(value);
      if (Array.isArray(pruned) && pruned.length === 0 && Array.isArray(value) && value.length > 0) continue;
      out[key] = pruned;
    }
    return out;
  };
  return nodes.map((node) => prune(node) as Thing);
}
