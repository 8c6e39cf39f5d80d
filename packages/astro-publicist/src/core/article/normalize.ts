/** One collection entry plus the resolved options becomes one immutable `Article`. */
import { PublicistError, describeValue } from '../errors.ts';
import { truncateHead } from '../text/truncate.ts';
import { cleanLine } from '../text/clean.ts';
import type { Article, ArticleImage, ResolvedAuthor, ResolvedOptions, SocialPlatform } from '../types.ts';
import { resolveAuthors } from './authors.ts';
import { pagePath, urlOnSite } from '../urls.ts';
import { detectFields, fieldLabel, FIELD_CANDIDATES, isImageMetadata, readField, type FieldMapping, type FieldRole } from './fields.ts';
import { EXCERPT_MAX, summarizeBody, type SummarizeBody } from './body.ts';
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
export { EXCERPT_MAX };

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

/** The first line of the frontmatter that sets `field`, without its line end. */
function writtenLine(raw: string | undefined, field: string): string | undefined {
  if (!raw) return undefined;
  // A line break put in front makes the first line like the others; the index is then the line's start in `raw`.
  const start = `\n${raw}`.indexOf(`\n${field}:`);
  if (start < 0) return undefined;
  const end = raw.indexOf('\n', start);
  return raw.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

/** A date field as written in the frontmatter, refused when it names a day that does not exist. */
function checkWrittenDate(source: Source, field: string): void {
  const line = writtenLine(source.raw, field);
  const wrong = line && writtenDateProblem(line.slice(field.length + 1));
  if (wrong) fail(source, field, `must be a real calendar date, got "${wrong.written}" (${wrong.problem})`);
}

export function shorten(text: string, max: number): string {
  return truncateHead(text, max).text;
}

/** How an entry's fields are read: the collection's mapping and the authors its references point to. */
export interface NormalizeContext {
  /** Default: guessed from this entry alone (and the collection's `fields`). */
  mapping?: FieldMapping;
  /** Authors of referenced authors-collection entries, by `collection/id`. */
  referenced?: ReadonlyMap<string, ResolvedAuthor>;
  /** Default summarizeBody; a caller may pass one that remembers summaries (by body) between runs. */
  summarize?: SummarizeBody;
}

interface Read {
  source: Source;
  mapping: FieldMapping;
  entry: { id: string; data: Record<string, unknown> };
}

const read = (r: Read, role: FieldRole) => readField(r.mapping, role, r.entry);

/** A date from a YAML date, a string or a timestamp, whatever the theme's schema left it as. */
function readDate(r: Read, role: 'pubDate' | 'updatedDate'): Date | undefined {
  const value = read(r, role);
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  const field = fieldLabel(r.mapping, role);
  if (!date || Number.isNaN(date.getTime())) fail(r.source, field, `must be a date like 2026-03-01, got ${describeValue(value)}`);
  if (r.mapping[role].kind === 'path') checkWrittenDate(r.source, field);
  return date;
}

function resolveCover(r: Read, title: string, options: ResolvedOptions): ArticleImage | undefined {
  const cover = read(r, 'cover');
  if (cover === undefined || cover === null || cover === '') return undefined;
  const coverField = fieldLabel(r.mapping, 'cover');
  const written = read(r, 'coverAlt');
  let alt = typeof written === 'string' ? written.trim() : '';
  if (!alt) {
    // Our own schema pairs `cover` with `coverAlt`; a theme without an alt field gets the title.
    if (coverField === 'cover') fail(r.source, 'coverAlt', 'must be alt text for the cover image (cover is set), got nothing');
    alt = title;
  }
  if (typeof cover === 'string') {
    // A path, never a way out of the site: `../../secret.jpg` is refused rather than resolved.
    if (!/^[a-z][a-z\d+.-]*:/i.test(cover) && cover.split(/[\\/]/).includes('..')) {
      fail(r.source, coverField, `must be a path inside the project or an absolute URL, got ${describeValue(cover)}, which leaves it`);
    }
    const url = /^https?:\/\//i.test(cover) ? cover : urlOnSite(cover, options.site);
    const ext = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
    return { url, path: new URL(url).pathname, alt, type: IMAGE_TYPES[ext] };
  }
  if (!isImageMetadata(cover)) fail(r.source, coverField, `must be an image (an image() field or a path), got ${describeValue(cover)}`);
  const path = cover.src.startsWith('/') ? cover.src : `/${cover.src}`;
  return {
    url: urlOnSite(path, new URL(options.site).origin + '/'),
    path,
    width: cover.width,
    height: cover.height,
    type: IMAGE_TYPES[cover.format],
    alt,
    file: cover.fsPath,
  };
}

function readTags(r: Read): string[] {
  const value = read(r, 'tags');
  const list = Array.isArray(value) ? value : typeof value === 'string' && value.trim() ? [value] : [];
  return [...new Set(list.filter((t) => t !== undefined && t !== null).map((t) => cleanLine(String(t))).filter(Boolean))];
}

function readCanonical(r: Read, url: string, options: ResolvedOptions): string {
  const value = read(r, 'canonical');
  if (typeof value !== 'string' || !value.trim()) return value instanceof URL ? value.href : url;
  if (/^https?:\/\//i.test(value)) return value;
  if (value.startsWith('/')) return urlOnSite(value, new URL(options.site).origin + '/');
  fail(r.source, fieldLabel(r.mapping, 'canonical'), `must be an absolute URL or a path starting with "/", got ${describeValue(value)}`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Frontmatter `card`, its shorter title cleaned like the title. */
function cardSettings(card: unknown): Article['card'] {
  const settings = { ...((card ?? {}) as Article['card']) };
  if (typeof settings.title === 'string') settings.title = cleanLine(settings.title);
  return settings;
}

/** Freeze everything the Article owns; `data` only shallowly, as its values belong to Astro. */
function freezeArticle(article: Article): Article {
  for (const [key, value] of Object.entries(article)) if (key !== 'data') deepFreeze(value);
  Object.freeze(article.data);
  return Object.freeze(article);
}

export function normalizeArticle(entry: EntryInput, options: ResolvedOptions, context: NormalizeContext = {}): Article {
  const { data } = entry;
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  const source: Source = { file, raw: entry.rawFrontmatter };
  const collection = options.collections.find((c) => c.name === entry.collection);
  if (!collection) fail(source, 'collection', `must be one of the article collections (${options.collections.map((c) => c.name).join(', ')}), got ${describeValue(entry.collection)}`);
  const mapping = context.mapping ?? detectFields([data], collection.fields);
  const r: Read = { source, mapping, entry: { id: entry.id, data } };

  // Frontmatter is untrusted: every text an output shows is cleaned here, once (control characters, noncharacters…).
  const titleValue = read(r, 'title');
  const title = cleanLine(String(titleValue ?? ''));
  if (!title) fail(source, fieldLabel(mapping, 'title'), `must be a title, got ${describeValue(titleValue)}`);
  const pubDate = readDate(r, 'pubDate');
  if (!pubDate) {
    const names = mapping.pubDate.kind === 'none' ? FIELD_CANDIDATES.pubDate.join(', ') : fieldLabel(mapping, 'pubDate');
    fail(source, fieldLabel(mapping, 'pubDate'), `must be the publication date (frontmatter ${names}, or set fields.pubDate for the collection), got nothing`);
  }
  const updated = readDate(r, 'updatedDate');
  if (updated !== undefined && updated < pubDate) {
    const iso = (date: Date) => isoWithOffset(localizeDateOnly(date, options.timezone), options.timezone);
    fail(source, fieldLabel(mapping, 'updatedDate'), `must be a date on or after ${fieldLabel(mapping, 'pubDate')} (${iso(pubDate)}), got ${iso(updated)}`);
  }

  const format = file.endsWith('.md') ? 'md' : 'mdx';
  let body;
  try {
    body = (context.summarize ?? summarizeBody)(entry.body ?? '', format);
  } catch (error) {
    fail(source, 'body', `must be valid ${format.toUpperCase()}: ${(error as Error).message}`);
  }

  const descriptionValue = read(r, 'description');
  const frontmatterDescription = typeof descriptionValue === 'string' ? cleanLine(descriptionValue) : '';
  const fromBody = truncateHead(cleanLine(body.firstParagraph), DESCRIPTION_MAX);
  const description = frontmatterDescription || fromBody.text;
  if (!description) fail(source, 'description', 'must be set in the frontmatter when the body has no paragraph to take it from, got nothing');

  let path = collection.url({ collection: entry.collection, id: entry.id, data });
  if (typeof path !== 'string' || !path.startsWith('/')) {
    fail(source, 'url', `must be a site-relative path starting with "/" (from the collection's url option), got ${describeValue(path)}`);
  }
  path = pagePath(path, options);
  const url = urlOnSite(path, new URL(options.site).origin + '/');
  const lang = typeof data.lang === 'string' ? data.lang : options.defaultLocale;
  const social = (data.social ?? {}) as Partial<Record<SocialPlatform, string>> & { hashtags?: string[] };
  const slug = `${entry.collection}/${entry.id}`;
  const draft = read(r, 'draft') === true;

  return freezeArticle({
    collection: entry.collection,
    id: entry.id,
    slug,
    file,
    path,
    url,
    canonical: readCanonical(r, url, options),
    title,
    description,
    descriptionFromBody: !frontmatterDescription,
    descriptionShortened: !frontmatterDescription && fromBody.truncated,
    published: articleDate(pubDate, options.timezone),
    modified: articleDate(updated ?? pubDate, options.timezone),
    authors: resolveAuthors(read(r, 'author'), {
      file,
      field: fieldLabel(mapping, 'author'),
      // Looked up only for a message: most articles never need it.
      get line() {
        return frontmatterLine(source.raw, fieldLabel(mapping, 'author'));
      },
      options,
      referenced: context.referenced ?? new Map(),
    }),
    tags: readTags(r),
    lang,
    locale: ogLocale(lang),
    section: collection.section,
    cover: resolveCover(r, title, options),
    draft,
    noindex: data.noindex === true || draft,
    translationKey: typeof data.translationKey === 'string' ? data.translationKey : undefined,
    social: { ...social },
    card: cardSettings(data.card),
    wordCount: body.wordCount,
    readingTimeMinutes: Math.max(1, Math.ceil(body.wordCount / options.wordsPerMinute)),
    headings: body.headings,
    excerpt: body.excerpt,
    data: { ...data },
  });
}

/** Translations of an article: every other article with the same translationKey. */
export function translationsOf(article: Article, all: readonly Article[]): Article[] {
  if (!article.translationKey) return [];
  return all.filter((a) => a !== article && a.translationKey === article.translationKey && !a.draft);
}
