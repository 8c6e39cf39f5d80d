/**
 * The card service: the cards of a build or dev session. Each card's cache key comes from its inputs (key.ts), so a
 * cached card is served by reading its file, with no layout work. A card not in the cache is
 * prepared (main thread), rendered on the worker pool and written to the cache as soon as it is
 * done, so finished cards are not held in memory.
 * A build plans every card when Astro asks for the card route's paths (`planAll`): the cards the
 * cache lacks are queued, and a bounded number are prepared and rendered at a time while Astro
 * writes pages (the first page is not held back); when the build is done, `writeAll` puts each
 * card from the cache into the output (a hard link, no bytes read or copied). In `astro dev` each
 * request asks for its card (`card`).
 * Outputs that name a card with its size (feed enclosures, the Bluesky thumbnail) ask for its byte
 * length (`cardLength`) before they are written: the cache tells it from the entry's name, else the
 * card is rendered then, and only the number is kept.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PublicistError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import { CARD_FORMATS, cardImages, cardSettings, pageCardImage, pageCardSlug, type CardVariant } from '../../core/cards/card-files.ts';
import { articleCardKey, articleCardKeys, pageCardKey, prepareCard, preparePageCard, type PageCardContent } from '../../core/cards/prepare.ts';
import type { CardEnvironment, RenderJob } from '../../core/cards/environment.ts';
import { CardCache } from './cache.ts';
import { RenderPool } from './pool.ts';
import { writeAtomically } from '../write-output.ts';

/** The largest card a platform takes (X: under 5 MB; LinkedIn 5 MB). */
export const MAX_CARD_BYTES = 5 * 1024 * 1024;
/** Up to this many cards to render (a rebuild after an edit), one thread renders them: a second one's start-up would cost more than it saves. */
const FEW_CARDS = 16;

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

/** A card ready to render, and whose it is (for messages). */
interface Preparation {
  job: RenderJob;
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

/** One card this service knows: its key, and its bytes only when there is no cache to keep them in. */
interface Produced {
  key: string;
  bytes?: Uint8Array;
}

/** A rendering waiting for its turn in a build. */
interface Queued {
  start: () => void;
}

/** A card a build writes into its output folder: which, where, and how to make it when the cache lacks it. */
interface Planned {
  id: string;
  key: string;
  /** Site-relative path (with base). */
  path: string;
  prepare: () => Promise<Preparation>;
}

export class CardService {
  private readonly cache?: CardCache;
  private readonly pool: RenderPool;
  /** Cards rendered (or being rendered) in this build, by `slug|variant`. */
  private readonly cards = new Map<string, Promise<Produced>>();
  private readonly queue = new Map<string, Queued>();
  private readonly planned = new Map<string, Planned>();
  /** Byte lengths of the cards asked for by `cardLength`, by cache key: numbers only, never the bytes. */
  private readonly lengths = new Map<string, Promise<number>>();
  private active = 0;
  private readonly maxActive: number;
  private total = 0;
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
    // Enough prepared jobs to keep every thread busy, few enough to bound memory.
    this.maxActive = Math.max(2, options.concurrency * 3);
  }

  /**
   * A build: every card of these articles and pages is written into the output folder by
   * `writeAll` (a cache hit is a hard link into the output, not a route Astro renders). The cards the cache lacks
   * are queued now and rendered a few at a time; each goes into the cache as soon as it is done.
   */
  planAll(requests: CardRequest[], pages: PageCardContent[]): void {
    const { options } = this.options.env;
    const plans: Planned[] = [];
    for (const request of requests) {
      const images = cardImages(request.article, options);
      const keys = articleCardKeys(request.article, images.map((image) => image.variant), this.options.env, request.coverFile, request.avatarFiles);
      images.forEach((image, i) => {
        plans.push({ id: `${request.article.slug}|${image.variant}`, key: keys[i]!, path: image.path, prepare: () => this.prepareArticle(request, image.variant) });
      });
    }
    for (const content of pages) {
      const image = pageCardImage(content.page, options, content.title);
      plans.push({ id: `page:${pageCardSlug(content.page)}`, key: pageCardKey(content, this.options.env), path: image.path, prepare: () => this.preparePage(content) });
    }
    for (const plan of plans) {
      if (this.planned.has(plan.id)) continue;
      this.planned.set(plan.id, plan);
      this.total++;
      // In the cache, or already rendered because an output asked for its length.
      if (this.cache?.has(plan.key) || this.cards.has(plan.id)) continue;
      this.queueCard(plan.id, plan.key, plan.prepare);
    }
    if (this.queue.size) this.pool.start(this.queue.size > FEW_CARDS ? this.pool.size : 1);
    this.pump();
  }

  /**
   * Write every planned card into the build output (`fileOf` maps a site-relative path to its
   * file): a card in the cache is placed there without being read (a hard link, see CardCache.place),
   * one rendered without a cache is written from memory; a card whose cache file is damaged is
   * rendered again. At most one card's bytes are held at a time. `placed` is told every file.
   */
  async writeAll(fileOf: (path: string) => string, placed?: (file: string) => void): Promise<void> {
    this.started ??= performance.now();
    const madeDirs = new Set<string>();
    for (const plan of this.planned.values()) {
      const file = fileOf(plan.path);
      const dir = dirname(file);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true }), madeDirs.add(dir);
      const queued = this.queue.get(plan.id);
      if (queued) this.begin(plan.id, queued);
      const produced = this.cards.get(plan.id);
      const bytes = produced ? (await produced).bytes : undefined;
      if (bytes) writeAtomically(file, bytes);
      else if (this.cache?.place(plan.key, file)) {
        if (!produced) this.fromCache++;
      } else {
        // Not in the cache, or its file there was damaged: render it now.
        const result = await this.produce(plan.key, plan.prepare);
        if (result.bytes) writeAtomically(file, result.bytes);
        else if (!this.cache?.place(plan.key, file)) throw new Error(`publicist: the card ${plan.path} was rendered but could not be read back from the cache`);
      }
      placed?.(file);
      this.done++;
      this.finished = performance.now();
      this.options.onProgress?.(this.done, this.total);
    }
    this.planned.clear();
  }

  /**
   * Start the render threads now, before any card is asked for: in `astro dev` once the first page
   * has been answered, so the threads load satori and sharp while the browser reads that page, and
   * its first card (the toolbar's preview, a link shared) does not wait for them.
   */
  warmUp(): void {
    this.pool.start();
  }

  /** Whether the card cache is in use (the cards in the output are links into it). */
  get cacheEnabled(): boolean {
    return this.cache?.enabled ?? false;
  }

  /** How many render threads run. */
  get renderThreads(): number {
    return this.pool.threads;
  }

  /** Where cards render: on threads, in-process (threads could not start), undefined before the threads start. */
  get renderMode(): 'threads' | 'in-process' | undefined {
    return this.pool.mode;
  }

  /** A card that renders when `pump` gives it its turn (a rejection is the asker's to handle). */
  private queueCard(id: string, key: string, prepare: () => Promise<Preparation>): Promise<Produced> {
    const card = new Promise<void>((start) => this.queue.set(id, { start })).then(() => this.produce(key, prepare));
    card.catch(() => {});
    this.cards.set(id, card);
    return card;
  }

  /** A rendering that waits for its turn; in dev it is forgotten when done (each request asks again). */
  private enqueue(id: string, key: string, prepare: () => Promise<Preparation>): Promise<Produced> {
    const card = this.queueCard(id, key, prepare);
    if (!this.options.memoize) void card.finally(() => this.cards.delete(id)).catch(() => {});
    this.pump();
    return card;
  }

  private pump(): void {
    for (const [id, queued] of this.queue) {
      if (this.active >= this.maxActive) break;
      this.begin(id, queued);
    }
  }

  private begin(id: string, queued: Queued): void {
    this.queue.delete(id);
    this.active++;
    queued.start();
    void this.cards.get(id)!.finally(() => {
      this.active--;
      this.pump();
    }).catch(() => {});
  }

  private async prepareArticle({ article, coverFile, avatarFiles }: CardRequest, variant: CardVariant): Promise<Preparation> {
    return { ...(await prepareCard(article, variant, this.options.env, coverFile, avatarFiles)), owner: `${article.file}: the ${variant} card`, file: article.file };
  }

  card(request: CardRequest, variant: CardVariant): Promise<Uint8Array> {
    return this.serve(`${request.article.slug}|${variant}`, articleCardKey(request.article, variant, this.options.env, request.coverFile, request.avatarFiles), () => this.prepareArticle(request, variant));
  }

  /**
   * The byte length of an article's card, for an output that names the card with its size before
   * the card file is written: from the cache entry's name (its file checked to be that long), else from this
   * build's rendering of it (started now if it was only queued), else rendered now, kept for
   * `writeAll` like a planned card. Memoized by the card's key.
   */
  cardLength(request: CardRequest, variant: CardVariant): Promise<number> {
    const key = articleCardKey(request.article, variant, this.options.env, request.coverFile, request.avatarFiles);
    let length = this.lengths.get(key);
    if (!length) {
      length = this.measure(`${request.article.slug}|${variant}`, key, () => this.prepareArticle(request, variant));
      this.lengths.set(key, length);
      // A failed rendering is reported to each asker; the next one tries again.
      length.catch(() => this.lengths.delete(key));
    }
    return length;
  }

  private async measure(id: string, key: string, prepare: () => Promise<Preparation>): Promise<number> {
    const cached = this.cache?.length(key);
    if (cached !== undefined) return cached;
    // A build's rendering of the card (queued, running or done), else one queued now: a feed asks
    // for many cards at once, and the queue bounds how many are prepared at a time.
    const produced = (this.options.memoize && this.cards.get(id)) || this.enqueue(this.options.memoize ? id : `${id}|${key}`, key, prepare);
    const result = await produced;
    const length = result.bytes?.byteLength ?? this.cache?.length(key);
    if (length === undefined) throw new Error(`publicist: the card ${id} was rendered but could not be read back from the cache`);
    return length;
  }

  private async preparePage(content: PageCardContent): Promise<Preparation> {
    return { ...(await preparePageCard(content, this.options.env)), owner: `the card of ${content.page.kind === 'site' ? 'the site' : `the tag "${content.title}"`}` };
  }

  /** The link card of a page that is not an article (the site's, a tag's). */
  pageCard(content: PageCardContent): Promise<Uint8Array> {
    return this.serve(`page:${pageCardSlug(content.page)}`, pageCardKey(content, this.options.env), () => this.preparePage(content));
  }

  /** The card's bytes: from a rendering of this build, else the cache, else rendered now. */
  private async serve(id: string, key: string, prepare: () => Promise<Preparation>): Promise<Uint8Array> {
    this.started ??= performance.now();
    const queued = this.queue.get(id);
    if (queued) this.begin(id, queued);
    let produced = this.options.memoize ? this.cards.get(id) : undefined;
    let bytes: Uint8Array | undefined;
    if (produced) bytes = (await produced).bytes ?? this.cache?.get(key);
    else {
      bytes = this.cache?.get(key);
      if (bytes) {
        this.fromCache++;
        if (this.options.memoize) this.cards.set(id, Promise.resolve({ key }));
      }
    }
    if (!bytes) {
      // Not in the cache (or its file was damaged): render it now.
      produced = this.produce(key, prepare);
      if (this.options.memoize) this.cards.set(id, produced);
      const result = await produced;
      bytes = result.bytes ?? this.cache?.get(key);
      if (!bytes) throw new Error(`publicist: the card ${id} was rendered but could not be read back from the cache`);
    }
    this.done++;
    this.finished = performance.now();
    this.options.onProgress?.(this.done, Math.max(this.total, this.done));
    return bytes;
  }

  /** Prepare and render one card, check its size and store it; the bytes are kept only when there is no cache. */
  private async produce(key: string, prepare: () => Promise<Preparation>): Promise<Produced> {
    this.started ??= performance.now();
    const prepared = await prepare();
    const bytes = await this.pool.render(prepared.job);
    const maxBytes = this.options.maxBytes ?? MAX_CARD_BYTES;
    if (bytes.byteLength > maxBytes) {
      throw new PublicistError(
        `publicist: ${prepared.owner} must be at most ${megabytes(maxBytes)} MB (what X and LinkedIn accept), got ${megabytes(bytes.byteLength)} MB; use a smaller cover image or cards.format "jpeg"`,
        { file: prepared.file, field: 'card' },
      );
    }
    this.rendered++;
    this.finished = performance.now();
    const cached = this.cache?.trySet(key, bytes, CARD_FORMATS[cardSettings(this.options.env.options).format].extension) ?? false;
    return cached ? { key } : { key, bytes };
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
