/** The JSON-LD graph is assembled from pieces, one node each, linked by `@id` (like Yoast's schema pieces). */
import type { Thing } from 'schema-dts';
import type { HeadPage } from '../meta/head-page.ts';
import type { ResolvedOptions } from '../types.ts';
import type { GraphIds } from './ids.ts';

export interface GraphContext {
  page: HeadPage;
  options: ResolvedOptions;
  /** The `@id` of every default node, so added pieces can link to them. */
  ids: GraphIds;
}

export interface GraphPiece {
  /** What the piece is, to find it: `website`, `publisher`, `webpage`, `primaryImage`, `breadcrumb`, `article`, `person:<author id>`. */
  name: string;
  /** The node, or `undefined` when this page has none. Nodes should carry an `@id`. */
  build: (context: GraphContext) => Thing | undefined;
}
