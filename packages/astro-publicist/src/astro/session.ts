/**
 * The one process-wide channel between the integration and the code running inside Astro.
 *
 * Why a global at all: in `astro build` the pages, routes and the middleware are prerendered in
 * the process that ran the config, but from Astro's bundle, which has its own copies of our
 * modules; in `astro dev` they run in Vite's module runner, again with their own copies. A
 * module-level variable set by the integration is therefore not seen by the routes. What both
 * sides must share lives in ONE object on globalThis under ONE symbol, and this module is the only
 * one that touches it: everything else goes through the typed accessors below.
 *
 * Lifetime: `astro:config:setup` opens a new session (a config reload in dev opens another), and
 * `astro:build:start` gives it an empty build record. A process that did not run the config (an
 * on-demand server) gets an empty session on first use: no logger (lines go to the console), no
 * card service.
 *
 * What it holds, and who writes / reads it:
 * - `logger`: the integration's logger (set at config setup), used by `runtimeLog` from the runtime;
 * - `cards`: the card service (set by the cards feature), asked by the card, feed and social routes;
 * - `record`: what a build's routes hand over for the report, as they render: the articles and the
 *   scheduled ones (`reportArticles`, called by our own routes, never by the public helpers), each
 *   page's head merge, the site URLs each page and feed file links (for the link check), the feed
 *   files and their enclosures, the social files and kit pages the posts feature writes. The
 *   features read it in `astro:build:done`; nothing is rewritten after the build.
 * - `loggedLines`: runtime lines already printed (dev loads the articles on every request);
 * - `avatarFetches`: remote avatars fetched (or being fetched) in this run, by URL;
 * - `contentSavedAt`: when a content file was last saved in `astro dev` (the toolbar's watcher);
 * - `inProcessOptions`: the options publicist() was given, for a config passed through Astro's
 *   JavaScript API (no file the config module could import again).
 *
 * Options never travel through here: the runtime reads them from `virtual:astro-publicist/config`.
 */
import type { Article } from '../core/types.ts';
import type { PostsEntry } from './kept-posts.ts';
import type { CardService } from './cards/service.ts';
import type { DroppedThumbnail } from './posts-output.ts';

/** What the runtime logs through: the integration's logger, handed over in `astro:config:setup`. */
export interface RuntimeLogger {
  info: (message: string) => void;
  warn: (message: string) => void;
}

/**
 * Every article's social file, handed over by the `/social/<slug>.json` route for the posts
 * feature to write after the build, with the one question the writer asks of the runtime: the
 * byte length of an article's link card (the Bluesky thumbnail's size), known once the cards are written.
 */
export interface PostsFilesRecord {
  entries: readonly PostsEntry[];
  linkCardLength: (slug: string) => Promise<number | undefined>;
  outputKey?: PostsOutputKey;
}

/**
 * A key for an output made from one posts file (and the options) alone, `what` naming the output
 * and whatever else it is made from (routes/posts/_data.ts); undefined when there is none. A rebuild
 * links the file an earlier build made from the same key, without making it again.
 */
export type PostsOutputKey = (entry: PostsEntry, what: string) => string | undefined;

/** Every article's kit page, handed over by the kit route. */
export interface KitPagesRecord {
  entries: readonly PostsEntry[];
  outputKey?: PostsOutputKey;
}

/** What the routes of one build hand over for the report. */
export interface BuildRecord {
  /** The published articles of this build, as normalized by the runtime. */
  articles?: readonly Article[];
  /** Future-dated articles this build leaves out (scheduled publishing), for the report. */
  scheduled?: readonly Article[];
  /** Per page path: what the head merge replaced of the page's own head. */
  heads: Map<string, string[]>;
  /**
   * Per page path or feed file path (with base): the site's URLs we wrote into it, each once
   * (recordLinks). Only strings, and each distinct URL stored once (`linkStrings`) however many
   * pages link it: at 10,000 pages this stays a few MB.
   */
  links: Map<string, readonly string[]>;
  linkStrings: Map<string, string>;
  /** Per feed file (site-relative path): how many of its items carry the share card as enclosure. */
  feeds: Map<string, number>;
  /** The social files to write (set by the social route; undefined when it did not run). */
  postsFiles?: PostsFilesRecord;
  /** The articles whose kit pages to write (set by the kit route; undefined when it did not run). */
  kitPages?: KitPagesRecord;
  /** The writing of the kit pages and of the social files, when it started as they were handed over (see PostsOutput). */
  kitPagesWritten?: Promise<void>;
  socialFilesWritten?: Promise<DroppedThumbnail[]>;
}

/**
 * Writes the posts outputs as the routes hand them over, while Astro still renders pages: set by
 * the posts feature when the build starts and the output folder is certain; without it the files
 * are written when the build is done.
 */
export interface PostsOutput {
  kitPages: (record: KitPagesRecord) => Promise<void>;
  socialFiles: (record: PostsFilesRecord) => Promise<DroppedThumbnail[]>;
}

export interface BuildSession {
  logger?: RuntimeLogger;
  cards?: CardService;
  record: BuildRecord;
  loggedLines: Set<string>;
  avatarFetches: Map<string, Promise<string | undefined>>;
  contentSavedAt?: number;
  inProcessOptions?: unknown;
  postsOutput?: PostsOutput;
}

const SESSION = Symbol.for('astro-publicist:session');
type Holder = { [SESSION]?: BuildSession };

/** The code the config module writes to read `inProcessOptions` (it runs inside Astro's bundle, without this module). */
export const IN_PROCESS_OPTIONS_SOURCE = `globalThis[Symbol.for(${JSON.stringify(SESSION.description)})]?.inProcessOptions`;

function emptyRecord(): BuildRecord {
  return { heads: new Map(), links: new Map(), linkStrings: new Map(), feeds: new Map() };
}

/** The session of this process (an empty one where the config did not run). */
export function session(): BuildSession {
  return ((globalThis as Holder)[SESSION] ??= { record: emptyRecord(), loggedLines: new Set(), avatarFetches: new Map() });
}

/** A new session, in `astro:config:setup`: what the previous run of the config left is dropped. */
export function openSession(init: { logger: RuntimeLogger; inProcessOptions: unknown }): BuildSession {
  const opened: BuildSession = { ...init, record: emptyRecord(), loggedLines: new Set(), avatarFetches: new Map() };
  (globalThis as Holder)[SESSION] = opened;
  return opened;
}

/** A build starts with an empty record, its posts outputs written when the build is done unless a feature says otherwise. */
export function startBuildRecord(): void {
  session().record = emptyRecord();
  session().postsOutput = undefined;
}

/** From now on, the posts outputs are written as the routes hand them over. */
export function writePostsOutputOnHandOver(output: PostsOutput): void {
  session().postsOutput = output;
}

/** A write started now and awaited when the build is done: its failure is not unhandled meanwhile. */
function started<T>(write: Promise<T>): Promise<T> {
  write.catch(() => {});
  return write;
}

/** The kit route hands over the articles whose kit pages a build writes. */
export function handOverKitPages(pages: KitPagesRecord): void {
  const record = buildRecord();
  record.kitPages = pages;
  const output = session().postsOutput;
  if (output) record.kitPagesWritten = started(output.kitPages(pages));
}

/** The social route hands over the social files a build writes. */
export function handOverSocialFiles(files: PostsFilesRecord): void {
  const record = buildRecord();
  record.postsFiles = files;
  const output = session().postsOutput;
  if (output) record.socialFilesWritten = started(output.socialFiles(files));
}

export function buildRecord(): BuildRecord {
  return session().record;
}

/**
 * Our own routes hand the build's articles to the report with the index they loaded (the public
 * helpers such as getArticles() never do: they only return data). Cheap when called again.
 */
export function reportArticles(index: { readonly articles: readonly Article[]; readonly scheduled: readonly Article[] }): void {
  const record = buildRecord();
  if (record.articles === index.articles) return;
  record.articles = index.articles;
  record.scheduled = index.scheduled;
}

/** The URLs a page or feed file of this build links (core/report/written-links.ts), for the link check after the build. */
export function recordLinks(path: string, urls: readonly string[]): void {
  const { links, linkStrings } = buildRecord();
  links.set(
    path,
    urls.map((url) => {
      const known = linkStrings.get(url);
      if (known !== undefined) return known;
      linkStrings.set(url, url);
      return url;
    }),
  );
}

export function setCardService(service: CardService | undefined): void {
  session().cards = service;
}

/** The card service when the cards feature is set up in this process, else undefined. */
export function cardServiceIfAny(): CardService | undefined {
  return session().cards;
}

export function getCardService(): CardService {
  const service = session().cards;
  if (!service) throw new Error('publicist: the cards feature is not set up; add publicist() to integrations in astro.config');
  return service;
}

/**
 * A line from code running inside Astro (the collections it picked, a field mapping, an avatar it
 * could not fetch), in Astro's log like the integration's own lines; on the console where the
 * runtime runs in another process than the config.
 */
export function runtimeLog(level: 'info' | 'warn', message: string): void {
  const { logger } = session();
  if (logger) logger[level](message);
  else console[level](`[publicist] ${message}`);
}

/** Like runtimeLog, but a line already printed in this session is not printed again. */
export function runtimeLogOnce(level: 'info' | 'warn', line: string): void {
  const logged = session().loggedLines;
  if (logged.has(line)) return;
  logged.add(line);
  runtimeLog(level, line);
}

export function recordContentSaved(at = Date.now()): void {
  session().contentSavedAt = at;
}

/** Milliseconds since a content file was last saved, or undefined when nothing was saved. */
export function msSinceContentSaved(now = Date.now()): number | undefined {
  const at = session().contentSavedAt;
  return at === undefined ? undefined : now - at;
}
