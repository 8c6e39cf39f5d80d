/**
 * The integration's state for one run of Astro, created in `astro:config:setup` and passed
 * explicitly to each feature. Code running inside Astro reads its options from the virtual module
 * (config/current.ts), never from here.
 *
 * One channel runs the other way: during a build, routes and the middleware report what they made
 * (the articles, each page's head merge) for the report in `astro:build:done`. The prerendering
 * runs in the process that ran the config, in a bundle with its own copies of our modules, so the
 * record lives on globalThis under one symbol.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Article, ResolvedOptions } from '../core/types.ts';

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
  /** Site-relative paths of the feed files we wrote in this build. */
  feedFiles?: string[];
  /** The build's clock, read once when the config is set up: what "now" means for scheduling and empty feeds. */
  now: Date;
}

/** A site-relative path (with base) as a file in the build output. */
export function outputFile(state: Pick<PublicistState, 'outDir' | 'options'>, path: string): string {
  return join(state.outDir, decodeURIComponent(path.slice(state.options.base.length)));
}

/** What the runtime reports back during a build. */
export interface BuildRecord {
  /** The published articles of this build, as normalized by the runtime. */
  articles?: readonly Article[];
  /** Per page path: what the head merge replaced of the page's own head. */
  heads: Map<string, string[]>;
  /** Future-dated articles this build leaves out (scheduled publishing), for the report. */
  scheduled?: readonly Article[];
}

const KEY = Symbol.for('astro-publicist:build-record');
type Holder = { [KEY]?: BuildRecord };

export function buildRecord(): BuildRecord {
  return ((globalThis as Holder)[KEY] ??= { heads: new Map() });
}

/** A new build starts with an empty record. */
export function resetBuildRecord(): void {
  (globalThis as Holder)[KEY] = { heads: new Map() };
}

/** What the runtime logs through: the integration's logger, handed over in `astro:config:setup`. */
export interface RuntimeLogger {
  info: (message: string) => void;
  warn: (message: string) => void;
}

const LOGGER = Symbol.for('astro-publicist:runtime-logger');
type LoggerHolder = { [LOGGER]?: RuntimeLogger };

export function setRuntimeLogger(logger: RuntimeLogger): void {
  (globalThis as LoggerHolder)[LOGGER] = logger;
}

/**
 * A line from code running inside Astro (the collections it picked, a field mapping, an avatar it
 * could not fetch), in Astro's log like the integration's own lines; on the console where the
 * runtime runs in another process than the config.
 */
export function runtimeLog(level: 'info' | 'warn', message: string): void {
  const logger = (globalThis as LoggerHolder)[LOGGER];
  if (logger) logger[level](message);
  else console[level](`[publicist] ${message}`);
}
