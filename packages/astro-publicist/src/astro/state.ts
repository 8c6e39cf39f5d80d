/**
 * Resolved options are shared with the runtime (routes, components) through globalThis rather
 * than serialized into a virtual module, because they hold user functions (URL rules, schema
 * pieces, templates, filters). Astro prerenders and serves dev pages in the process that ran the
 * config, so the runtime sees the same object.
 */
import type { Article, ResolvedOptions } from '../core/types.ts';

const KEY = Symbol.for('astro-publicist:state');

export interface PublicistState {
  options: ResolvedOptions;
  /** Absolute path of the project root. */
  root: string;
  /** Absolute path of public/. */
  publicDir: string;
  /** Absolute path of Astro's cacheDir. */
  cacheDir: string;
  /** Absolute path of the output directory (build). */
  outDir: string;
  command: 'dev' | 'build' | 'preview' | 'sync';
  /** What each feature made in this build, one line each for the build report (`cards: rendered 3, from cache 24`). */
  stats: Record<string, string>;
  /** The published articles of this build, as normalized by the runtime (for the report). */
  articles?: readonly Article[];
  /** Future-dated articles this build leaves out (scheduled publishing), for the report. */
  scheduled?: readonly Article[];
  /** The build's clock, read once when the config is set up: what "now" means for scheduling and empty feeds. */
  now: Date;
}

type Holder = { [KEY]?: PublicistState };

export function setState(state: PublicistState): void {
  (globalThis as Holder)[KEY] = state;
}

export function getState(): PublicistState {
  const state = (globalThis as Holder)[KEY];
  if (!state) throw new Error('publicist: the integration is not set up; add publicist() to integrations in astro.config');
  return state;
}

/**
 * True in `astro dev`, where content changes between requests and nothing may be memoized.
 * Asks for Astro's command, not import.meta.env.DEV: that follows NODE_ENV, which test runners set.
 */
export function isDev(): boolean {
  return getState().command === 'dev';
}
