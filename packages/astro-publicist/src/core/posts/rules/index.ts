/** A network's length rule; each network's record (core/platforms) names its own. */
export type { PostRule } from './types.ts';
export { fits } from './types.ts';
