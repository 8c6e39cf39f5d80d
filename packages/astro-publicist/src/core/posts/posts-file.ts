/**
 * Everything the posts feature writes for an article (`/social/<slug>.json`), the index of them,
 * and the scheduler CSV: pure functions of the Articles and the options.
 */
import { cardImages, type CardImage } from '../cards/card-files.ts';
import { mention, postPlatform } from '../platforms/registry.ts';
import type { Article, ResolvedOptions, SocialPlatform } from '../types.ts';
import { fitsBlueskyThumb, type BlueskyRecord, type BlueskyThumb } from './bluesky-record.ts';
import type { BlueskyVariant } from './composers/bluesky.ts';
import type { ComposedVariant, PostVariant } from './composers/shared.ts';
import { paragraphs } from './compose.ts';
import { toCsv } from './csv.ts';
import { cleanLine } from '../text/clean.ts';
import { articleHashtags } from './hashtags.ts';
import { shareIntents, type IntentTarget } from './intents.ts';
import { postsFilePath, kitPagePath } from './paths.ts';
import { utmLink } from './utm.ts';
import { wordingFor } from './wording.ts';

export type { PostVariant };

export interface PostsArticleInfo {
  slug: string;
  id: string;
  collection: string;
  title: string;
  description: string;
  url: string;
  canonical: string;
  lang: string;
  published: string;
  modified: string;
  tags: string[];
  authors: string[];
}

export interface PostsFile {
  article: PostsArticleInfo;
  /** Site-relative paths of this file and of the article's page in the social kit. */
  file: string;
  kit: string;
  cards: CardImage[];
  /** One post per enabled platform, in the order of `posts.platforms`. */
  posts: Partial<Record<SocialPlatform, PostVariant & { record?: BlueskyRecord; thumbnail?: BlueskyThumb }>>;
  intents: Record<IntentTarget, string>;
}

/** The posts as composed, `prose` included (for tests and the kit). */
export function composePosts(article: Article, options: ResolvedOptions): Partial<Record<SocialPlatform, ComposedVariant>> & { bluesky?: BlueskyVariant } {
  const settings = options.posts;
  const wording = wordingFor(article.lang, settings.wording, options.strings);
  const hashtags = articleHashtags(article).slice(0, settings.maxHashtags);
  const cards = cardImages(article, options);
  const posts: Partial<Record<SocialPlatform, ComposedVariant>> = {};
  for (const id of new Set(settings.platforms)) {
    const { post } = postPlatform(id);
    const mentions = article.authors.map((author) => mention(id, (author.profiles as Partial<Record<string, string>>)[id]));
    posts[id] = post.compose({ article, rule: post.rule(settings), link: utmLink(article.url, id, article, settings.utm), wording, hashtags, cards, mentions });
  }
  return posts as Partial<Record<SocialPlatform, ComposedVariant>> & { bluesky?: BlueskyVariant };
}

function articleInfo(article: Article): PostsArticleInfo {
  return {
    slug: article.slug,
    id: article.id,
    collection: article.collection,
    title: cleanLine(article.title),
    description: cleanLine(article.description),
    url: article.url,
    canonical: article.canonical,
    lang: article.lang,
    published: article.published.iso,
    modified: article.modified.iso,
    tags: [...article.tags],
    authors: article.authors.map((a) => a.name),
  };
}

export function postsFile(article: Article, options: ResolvedOptions): PostsFile {
  const settings = options.posts;
  const composed = composePosts(article, options);
  const posts: PostsFile['posts'] = {};
  for (const [platform, { prose: _, ...variant }] of Object.entries(composed) as [SocialPlatform, ComposedVariant][]) posts[platform] = variant;
  const link = (target: IntentTarget) => utmLink(article.url, target, article, settings.utm);
  // A network without a post (switched off, or share-only) still gets an intent: the title and its link.
  const text = (target: IntentTarget) => (posts as Partial<Record<string, PostVariant>>)[target]?.text ?? paragraphs(article.title, link(target));
  return {
    article: articleInfo(article),
    file: postsFilePath(article, options.base),
    kit: kitPagePath(article, options),
    cards: cardImages(article, options),
    posts,
    intents: shareIntents({
      title: article.title,
      description: article.description,
      text,
      link,
      settings,
    }),
  };
}

/** JSON as the social files are written: two-space indent, a final newline. */
export function jsonBody(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The social file with the Bluesky thumbnail's size filled in, given the link card's byte length:
 * a card larger than Bluesky takes is left out (the post still goes out, without a thumbnail).
 * Without a length (no card service) the file stays as it is.
 */
export function withThumbnailSize(file: PostsFile, cardLength: number | undefined): PostsFile {
  const bluesky = file.posts.bluesky;
  if (!bluesky?.thumbnail || cardLength === undefined) return file;
  const { thumbnail, ...rest } = bluesky;
  const sized = fitsBlueskyThumb(cardLength) ? { ...rest, thumbnail: { ...thumbnail, size: cardLength } } : rest;
  return { ...file, posts: { ...file.posts, bluesky: sized } };
}

/** The image a network's post goes with: its preferred card when built (Instagram: square), else the link card. */
export function postImage(platform: SocialPlatform, cards: readonly CardImage[]): CardImage {
  const preferred = postPlatform(platform).post.card;
  return (preferred && cards.find((c) => c.variant === preferred)) || cards[0]!;
}

export interface PostsIndex {
  articles: { slug: string; title: string; url: string; lang: string; published: string; file: string; kit: string }[];
  csv: string;
}

export function postsIndex(files: readonly PostsFile[], csvPath: string): PostsIndex {
  return {
    articles: files.map((f) => ({ slug: f.article.slug, title: f.article.title, url: f.article.url, lang: f.article.lang, published: f.article.published, file: f.file, kit: f.kit })),
    csv: csvPath,
  };
}

export const CSV_COLUMNS = ['platform', 'text', 'link', 'image_url', 'publish_date', 'article'] as const;

/**
 * One row per article and platform, for a scheduler's bulk upload. Cells a spreadsheet would run
 * as a formula are neutralised unless `escapeFormulas` is false (`posts.csvFormulaEscape`).
 */
export function postsCsv(files: readonly PostsFile[], options: { escapeFormulas?: boolean } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const file of files) {
    for (const [platform, post] of Object.entries(file.posts) as [SocialPlatform, PostVariant][]) {
      rows.push([platform, post.text, post.link, postImage(platform, file.cards).url, file.article.published, file.article.slug]);
    }
  }
  return toCsv(rows, options);
}
