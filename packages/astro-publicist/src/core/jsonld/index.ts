export { buildGraph } from './graph.ts';
export { graphIds, type GraphIds } from './ids.ts';
export { serializeJsonLd, jsonLdScript } from './serialize.ts';
export { defaultPieces, breadcrumbItems, imageObject } from './pieces/index.ts';
export type { GraphContext, GraphPiece } from './types.ts';
