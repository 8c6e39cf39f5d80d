/** One collection entry plus the resolved options becomes one immutable `Article`. */
import { PublicistError, describeValue } from '../errors.ts';
import { truncateHead } from '../text/truncate.ts';
import { cleanLine } from '../text/clean.ts';
import type { Article, ArticleImage, ResolvedAuthor, ResolvedOptions, SocialPlatform } from '../types.ts';
import { analyzeBody } from './body.ts';
import { articleDate, isoWithOffset, localizeDateOnly, writtenDateProblem } from './dates.ts';
import { ogLocale } from './locale.ts';

/** What Astro's content layer gives us for an entry. */
export interface EntryInput {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** Source file, relative to the project root. */
  filePath?: string;
  /**
   * The frontmatter as written (YAML text), when the source file could be read: dates are checked
   * against what was written, before YAML rolled an impossible one over, and errors name the line.
   */
  rawFrontmatter?: string;
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

/** The line of a top-level frontmatter field in the source file (the opening `---` is line 1). */
export function frontmatterLine(raw: string | undefined, field: string): number | undefined {
  if (!raw) return undefined;
  const key = field.split('.')[0]!;
  const index = raw.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1 + (raw.startsWith('\n') || raw.startsWith('\r\n') ? 0 : 1);
}

/** The entry's source file (relative to the project root) and its frontmatter as written, for messages. */
interface Source {
  file: string;
  raw?: string;
}

function fail(source: Source, field: string, message: string): never {
  const { file } = source;
  throw new PublicistError(`publicist: ${file}: ${field} ${message}`, { file, field, line: frontmatterLine(source.raw, field) });
}

/** A date field as written in the frontmatter, refused when it names a day that does not exist. */
function checkWrittenDate(source: Source, field: string): void {
  const line = source.raw?.split(/\r?\n/).find((l) => l.startsWith(`${field}:`));
  const wrong = line && writtenDateProblem(line.slice(field.length + 1));
  if (wrong) fail(source, field, `must be a real calendar date, got "${wrong.written}" (${wrong.problem})`);
}

export function shorten(text: string, max: number): string {
  return truncateHead(text, max).text;
}

function resolveCover(data: Record<string, unknown>, source: Source, options: ResolvedOptions): ArticleImage | undefined {
  const cover = data.cover as ImageMetadataLike | string | undefined;
  if (cover === undefined) return undefined;
  const alt = data.coverAlt;
  if (typeof alt !== 'string' || !alt.trim()) fail(source, 'coverAlt', 'must be alt text for the cover image (cover is set), got nothing');
  if (typeof cover === 'string') {
    // A path, never a way out of the site: `../../secret.jpg` is refused rather than resolved.
    if (!/^[a-z][a-z\d+.-]*:/i.test(cover) && cover.split(/[\\/]/).includes('..')) {
      fail(source, 'cover', `must be a path inside the project or an absolute URL, got ${describeValue(cover)}, which leaves it`);
    }
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

function resolveAuthors(data: Record<string, unknown>, source: Source, options: ResolvedOptions): ResolvedAuthor[] {
  const ids = Array.isArray(data.author) ? data.author : [data.author];
  return ids.map((id) => {
    const author = typeof id === 'string' ? options.authors[id] : undefined;
    if (!author) {
      const known = Object.keys(options.authors);
      fail(
        source,
        'author',
        `must be an author id defined in publicist({ authors }), got ${describeValue(id)}; ${known.length ? `known ids: ${known.join(', ')}` : 'no authors are defined'}`,
      );
    }
    return author;
  });
}

/** Frontmatter `card`, its shorter title cleaned like the title. */
function cardSettings(card: unknown): Article['card'] {
  const settings = { ...((card ?? {}) as Article['card']) };
  if (typeof settings.title === 'string') settings.title = cleanLine(settings.title);
  return settings;
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
  const source: Source = { file, raw: entry.rawFrontmatter };
  const collection = options.collections.find((c) => c.name === entry.collection);
  if (!collection) fail(source, 'collection', `must be one of the article collections (${options.collections.map((c) => c.name).join(', ')}), got ${describeValue(entry.collection)}`);

  // Frontmatter is untrusted: every text an output shows is cleaned here, once (control characters, noncharacters…).
  const title = cleanLine(String(data.title ?? ''));
  if (!title) fail(source, 'title', `must be a title, got ${describeValue(data.title)}`);
  if (!(data.pubDate instanceof Date) || Number.isNaN(data.pubDate.getTime())) fail(source, 'pubDate', `must be a date, got ${describeValue(data.pubDate)}`);
  checkWrittenDate(source, 'pubDate');
  checkWrittenDate(source, 'updatedDate');
  const updated = data.updatedDate;
  if (updated !== undefined && (!(updated instanceof Date) || updated < data.pubDate)) {
    fail(source, 'updatedDate', `must be a date on or after pubDate (${isoWithOffset(localizeDateOnly(data.pubDate, options.timezone), options.timezone)}), got ${updated instanceof Date ? isoWithOffset(localizeDateOnly(updated, options.timezone), options.timezone) : describeValue(updated)}`);
  }

  const format = file.endsWith('.md') ? 'md' : 'mdx';
  let body;
  try {
    body = analyzeBody(entry.body ?? '', format);
  } catch (error) {
    fail(source, 'body', `must be valid ${format.toUpperCase()}: ${(error as Error).message}`);
  }

  const frontmatterDescription = typeof data.description === 'string' ? cleanLine(data.description) : '';
  const fromBody = truncateHead(cleanLine(body.firstParagraph), DESCRIPTION_MAX);
  const description = frontmatterDescription || fromBody.text;
  if (!description) fail(source, 'description', 'must be set in the frontmatter when the body has no paragraph to take it from, got nothing');

  let path = collection.url({ collection: entry.collection, id: entry.id, data });
  if (typeof path !== 'string' || !path.startsWith('/')) {
    fail(source, 'url', `must be a site-relative path starting with "/" (from the collection's url option), got ${describeValue(path)}`);
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
    descriptionShortened: !frontmatterDescription && fromBody.truncated,
    published: articleDate(data.pubDate, options.timezone),
    modified: articleDate((updated as Date | undefined) ?? data.pubDate, options.timezone),
    authors: resolveAuthors(data, source, options),
    tags: Array.isArray(data.tags) ? [...new Set(data.tags.map((tag) => cleanLine(String(tag))).filter(Boolean))] : [],
    lang,
    locale: ogLocale(lang),
    section: collection.section,
    cover: resolveCover(data, source, options),
    draft: data.draft === true,
    noindex: data.noindex === true || data.draft === true,
    translationKey: typeof data.translationKey === 'string' ? data.translationKey : undefined,
    social: { ...social },
    card: cardSettings(data.card),
    wordCount: body.wordCount,
    readingTimeMinutes: Math.max(1, Math.ceil(body.wordCount / options.wordsPerMinute)),
    headings: body.headings,
    excerpt: shorten(cleanLine(body.text), EXCERPT_MAX),
    data: { ...data },
  });
}

/** Translations of an article: every other article with the same translationKey. */
export function translationsOf(article: Article, all: readonly Article[]): Article[] {
  if (!article.translationKey) return [];
  return all.filter((a) => a !== article && a.translationKey === article.translationKey && !a.draft);
}
