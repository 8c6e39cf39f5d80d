/** One collection entry plus the resolved options becomes one immutable `Article`. */
import { PublicistError, describeValue } from '../errors.ts';
import { truncateHead } from '../text/truncate.ts';
import type { Article, ArticleImage, ResolvedAuthor, ResolvedOptions, SocialPlatform } from '../types.ts';
import { analyzeBody } from './body.ts';
import { articleDate } from './dates.ts';
import { ogLocale } from './locale.ts';

/** What Astro's content layer gives us for an entry. */
export interface EntryInput {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** Source file, relative to the project root. */
  filePath?: string;
}

/** The longest description taken from the body, in characters (graphemes). */
export const DESCRIPTION_MAX = 160;
export const EXCERPT_MAX = 300;

/** The shape of an `image()` result: Astro's ImageMetadata. */
interface ImageMetadataLike {
  src: string;
  width: number;
  height: number;
  format: string;
  fsPath?: string;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', svg: 'image/svg+xml',
};

function fail(file: string, field: string, message: string): never {
  throw new PublicistError(`publicist: ${file}: ${field} ${message}`, { file, field });
}

export function shorten(text: string, max: number): string {
  return truncateHead(text, max).text;
}

function resolveCover(data: Record<string, unknown>, file: string, options: ResolvedOptions): ArticleImage | undefined {
  const cover = data.cover as ImageMetadataLike | string | undefined;
  if (cover === undefined) return undefined;
  const alt = data.coverAlt;
  if (typeof alt !== 'string' || !alt.trim()) fail(file, 'coverAlt', 'must be alt text for the cover image (cover is set), got nothing');
  if (typeof cover === 'string') {
    const url = new URL(cover.replace(/^\//, ''), options.site).href;
    const ext = cover.split('.').pop()?.toLowerCase() ?? '';
    return { url, path: new URL(url).pathname, alt, type: IMAGE_TYPES[ext] };
  }
  const path = cover.src.startsWith('/') ? cover.src : `/${cover.src}`;
  return {
    url: new URL(path.replace(/^\//, ''), new URL(options.site).origin + '/').href,
    path,
    width: cover.width,
    height: cover.height,
    type: IMAGE_TYPES[cover.format],
    alt,
    file: cover.fsPath,
  };
}

function resolveAuthors(data: Record<string, unknown>, file: string, options: ResolvedOptions): ResolvedAuthor[] {
  const ids = Array.isArray(data.author) ? data.author : [data.author];
  return ids.map((id) => {
    const author = typeof id === 'string' ? options.authors[id] : undefined;
    if (!author) {
      const known = Object.keys(options.authors);
      fail(
        file,
        'author',
        `must be an author id defined in publicist({ authors }), got ${describeValue(id)}; ${known.length ? `known ids: ${known.join(', ')}` : 'no authors are defined'}`,
      );
    }
    return author;
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Freeze everything the Article owns; `data` only shallowly, as its values belong to Astro. */
function freezeArticle(article: Article): Article {
  for (const [key, value] of Object.entries(article)) if (key !== 'data') deepFreeze(value);
  Object.freeze(article.data);
  return Object.freeze(article);
}

export function normalizeArticle(entry: EntryInput, options: ResolvedOptions): Article {
  const { data } = entry;
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  const collection = options.collections.find((c) => c.name === entry.collection);
  if (!collection) fail(file, 'collection', `must be one of the article collections (${options.collections.map((c) => c.name).join(', ')}), got ${describeValue(entry.collection)}`);

  const title = String(data.title ?? '').trim();
  if (!title) fail(file, 'title', `must be a title, got ${describeValue(data.title)}`);
  if (!(data.pubDate instanceof Date) || Number.isNaN(data.pubDate.getTime())) fail(file, 'pubDate', `must be a date, got ${describeValue(data.pubDate)}`);
  const updated = data.updatedDate;
  if (updated !== undefined && (!(updated instanceof Date) || updated < data.pubDate)) {
    fail(file, 'updatedDate', `must be a date on or after pubDate (${data.pubDate.toISOString()}), got ${describeValue(updated)}`);
  }

  const format = file.endsWith('.md') ? 'md' : 'mdx';
  let body;
  try {
    body = analyzeBody(entry.body ?? '', format);
  } catch (error) {
    fail(file, 'body', `must be valid ${format.toUpperCase()}: ${(error as Error).message}`);
  }

  const frontmatterDescription = typeof data.description === 'string' ? data.description.trim() : '';
  const description = frontmatterDescription || shorten(body.firstParagraph, DESCRIPTION_MAX);
  if (!description) fail(file, 'description', 'must be set in the frontmatter when the body has no paragraph to take it from, got nothing');

  let path = collection.url({ collection: entry.collection, id: entry.id, data });
  if (typeof path !== 'string' || !path.startsWith('/')) {
    fail(file, 'url', `must be a site-relative path starting with "/" (from the collection's url option), got ${describeValue(path)}`);
  }
  path = options.base.replace(/\/$/, '') + path;
  const url = new URL(path.replace(/^\//, ''), new URL(options.site).origin + '/').href;
  const lang = typeof data.lang === 'string' ? data.lang : options.defaultLocale;
  const social = (data.social ?? {}) as Partial<Record<SocialPlatform, string>> & { hashtags?: string[] };
  const slug = `${entry.collection}/${entry.id}`;

  return freezeArticle({
    collection: entry.collection,
    id: entry.id,
    slug,
    file,
    path,
    url,
    canonical: typeof data.canonical === 'string' ? data.canonical : url,
    title,
    description,
    descriptionFromBody: !frontmatterDescription,
    published: articleDate(data.pubDate, options.timezone),
    modified: articleDate((updated as Date | undefined) ?? data.pubDate, options.timezone),
    authors: resolveAuthors(data, file, options),
    tags: Array.isArray(data.tags) ? [...new Set(data.tags.map(String))] : [],
    lang,
    locale: ogLocale(lang),
    section: collection.section,
    cover: resolveCover(data, file, options),
    draft: data.draft === true,
    noindex: data.noindex === true || data.draft === true,
    translationKey: typeof data.translationKey === 'string' ? data.translationKey : undefined,
    social: { ...social },
    card: { ...((data.card ?? {}) as Article['card']) },
    wordCount: body.wordCount,
    readingTimeMinutes: Math.max(1, Math.ceil(body.wordCount / options.wordsPerMinute)),
    headings: body.headings,
    excerpt: shorten(body.text.replace(/\n+/g, ' '), EXCERPT_MAX),
    data: { ...data },
  });
}

/** Translations of an article: every other article with the same translationKey. */
export function translationsOf(article: Article, all: readonly Article[]): Article[] {
  if (!article.translationKey) return [];
  return all.filter((a) => a !== article && a.translationKey === article.translationKey && !a.draft);
}
