/**
 * The cards of a build or dev session: prepare each card (main thread, cheap), serve it from the
 * cache when its key is there and intact, else render it on the worker pool and store it.
 * In a build every card is started at once (so all threads stay busy while Astro writes pages)
 * and each is awaited by its own route request; counts and time feed the build summary.
 */
import { PublicistError } from '../errors.ts';
import type { Article } from '../types.ts';
import { CARD_FORMATS, cardImages, cardSettings, pageCardSlug, type CardVariant } from './images.ts';
import { prepareCard, preparePageCard, type CardEnvironment, type PageCardContent } from './prepare.ts';
import type { RenderJob } from './render.ts';
import { CardCache } from './cache.ts';
import { RenderPool } from './pool.ts';

/** The largest card a platform takes (X: under 5 MB; LinkedIn 5 MB). */
export const MAX_CARD_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => String(Number((bytes / 1024 / 1024).toFixed(2)));

export interface CardServiceOptions {
  env: CardEnvironment;
  /** Astro's cacheDir; undefined disables the cache. */
  cacheDir?: string;
  concurrency: number;
  /** In a build each card is rendered once and kept; in dev every request renders afresh (or reads the cache). */
  memoize: boolean;
  onProgress?: (done: number, total: number) => void;
  /** A failed optional step (the cache): said once, and the build goes on. */
  onWarning?: (message: string) => void;
  /** The largest card allowed, in bytes; default MAX_CARD_BYTES. */
  maxBytes?: number;
}

/** A card ready to render or to read from the cache, and whose it is (for messages). */
interface Preparation {
  job: RenderJob;
  key: string;
  /** `src/content/articles/x.mdx: the link card`, `the card of the site`. */
  owner: string;
  file?: string;
}

export interface CardSummary {
  total: number;
  rendered: number;
  fromCache: number;
  seconds: number;
}

export interface CardRequest {
  article: Article;
  /** Source file of the cover image, when known. */
  coverFile?: string;
  /** The authors' avatar files, in author order (remote avatars already fetched); default: those in public/. */
  avatarFiles?: readonly (string | undefined)[];
}

export class CardService {
  private readonly cache?: CardCache;
  private readonly pool: RenderPool;
  private readonly cards = new Map<string, Promise<Uint8Array>>();
  private rendered = 0;
  private fromCache = 0;
  private done = 0;
  private started?: number;
  private finished?: number;

  private readonly options: CardServiceOptions;

  constructor(options: CardServiceOptions) {
    this.options = options;
    this.cache = options.cacheDir ? new CardCache(options.cacheDir, options.onWarning) : undefined;
    this.pool = new RenderPool(options.concurrency);
  }

  /** Start every card of these articles now; the route requests pick them up. */
  startAll(requests: CardRequest[]): void {
    for (const request of requests) for (const image of cardImages(request.article, this.options.env.options)) void this.card(request, image.variant).catch(() => {});
  }

  card(request: CardRequest, variant: CardVariant): Promise<Uint8Array> {
    const { article, coverFile, avatarFiles } = request;
    return this.memoized(`${article.slug}|${variant}`, async () => ({
      ...(await prepareCard(article, variant, this.options.env, coverFile, avatarFiles)),
      owner: `${article.file}: the ${variant} card`,
      file: article.file,
    }));
  }

  /** The link card of a page that is not an article (the site's, a tag's). */
  pageCard(content: PageCardContent): Promise<Uint8Array> {
    return this.memoized(`page:${pageCardSlug(content.page)}`, async () => ({
      ...(await preparePageCard(content, this.options.env)),
      owner: `the card of ${content.page.kind === 'site' ? 'the site' : `the tag "${content.title}"`}`,
    }));
  }

  private memoized(id: string, prepare: () => Promise<Preparation>): Promise<Uint8Array> {
    let card = this.options.memoize ? this.cards.get(id) : undefined;
    if (!card) {
      card = this.produce(prepare);
      if (this.options.memoize) this.cards.set(id, card);
    }
    return card;
  }

  private async produce(prepare: () => Promise<Preparation>): Promise<Uint8Array> {
    this.started ??= performance.now();
    const prepared = await prepare();
    let bytes = this.cache?.get(prepared.key);
    if (bytes) this.fromCache++;
    else {
      bytes = await this.pool.render(prepared.job);
      const maxBytes = this.options.maxBytes ?? MAX_CARD_BYTES;
      if (bytes.byteLength > maxBytes) {
        throw new PublicistError(
          `publicist: ${prepared.owner} must be at most ${megabytes(maxBytes)} MB (what X and LinkedIn accept), got ${megabytes(bytes.byteLength)} MB; use a smaller cover image or cards.format "jpeg"`,
          { file: prepared.file, field: 'card' },
        );
      }
      this.cache?.set(prepared.key, bytes, CARD_FORMATS[cardSettings(this.options.env.options).format].extension);
      this.rendered++;
    }
    this.done++;
    this.finished = performance.now();
    this.options.onProgress?.(this.done, this.cards.size);
    return bytes;
  }

  /** Counts for the summary; then stale cache entries are removed (a full build knows every card). */
  finish(prune: boolean): CardSummary & { pruned: number } {
    const pruned = prune && this.cache ? this.cache.prune() : 0;
    const seconds = this.started !== undefined && this.finished !== undefined ? (this.finished - this.started) / 1000 : 0;
    return { total: this.done, rendered: this.rendered, fromCache: this.fromCache, seconds, pruned };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

const KEY = Symbol.for('astro-publicist:cards');
type Holder = { [KEY]?: CardService };

/** The routes run in a bundle of their own; the integration hands them the service through globalThis. */
export function setCardService(service: CardService | undefined): void {
  (globalThis as Holder)[KEY] = service;
}

export function getCardService(): CardService {
  const service = (globalThis as Holder)[KEY];
  if (!service) throw new Error('publicist: the cards feature is not set up; add publicist() to integrations in astro.config');
  return service;
}
