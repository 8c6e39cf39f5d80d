/**
 * The integration's state for one run of Astro, created in `astro:config:setup` and passed
 * explicitly to each feature's hooks. Code running inside Astro reads its options from the virtual
 * module (config/current.ts), never from here; what the routes hand back to the features goes
 * through the one session channel (session.ts).
 */
import { join } from 'node:path';
import type { ResolvedOptions } from '../core/types.ts';
import type { LinkedFileCache } from './linked-files.ts';
import type { CarriedOutput } from './carried-output.ts';

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
  /** Patterns of the routes rendered on demand (from `astro:routes:resolved`): their pages are not in the build output. */
  onDemand?: RegExp[];
  /** The build's clock, read once when the config is set up: what "now" means for scheduling and empty feeds. */
  now: Date;
  /**
   * Whether this build's prerendered pages go to `outDir` (a static build without an adapter),
   * known from `astro:config:done` on; otherwise they go where `astro:build:done` says.
   */
  pagesInOutDir?: () => boolean;
  /** A build's social files and kit pages, kept to be linked into the next build's output (linked-files.ts). */
  outputCache?: LinkedFileCache;
  /** A static build's folders of cache-linked files, carried over from the last build (carried-output.ts). */
  carried?: CarriedOutput;
}

/** A site-relative path (with base) as a file in the build output. */
export function outputFile(state: Pick<PublicistState, 'outDir' | 'options'>, path: string): string {
  return join(state.outDir, decodeURIComponent(path.slice(state.options.base.length)));
}
