/** The shapes every output is computed from: resolved options and the normalized Article. */
import type { ParsedOptions } from '../options/schema.ts';
import type { SocialPlatform } from '../schema.ts';
import type { FieldOverrides } from './article/fields.ts';
import type { BuildFormat, TrailingSlash } from './urls.ts';

export type { SocialPlatform };

/** Handles without a leading `@`, except Mastodon's `@user@server`. */
export interface Profiles {
  x?: string;
  mastodon?: string;
  bluesky?: string;
  threads?: string;
  linkedin?: string;
  sameAs: string[];
}

export interface ResolvedAuthor {
  id: string;
  name: string;
  url?: string;
  /** Absolute URL of the avatar image (a remote one as it was written). */
  avatar?: string;
  /** The avatar's path under public/, for reading the file (cards). */
  avatarPath?: string;
  /** The avatar's source file when it is an `image()` of an authors collection (cards). */
  avatarFile?: string;
  bio?: string;
  profiles: Profiles;
  /** Every profile as an absolute URL. */
  sameAs: string[];
}

export interface ResolvedCollection {
  name: string;
  section: string;
  /** The user's `fields` option: which frontmatter field (or function) gives which fact; guessed where not set. */
  fields: FieldOverrides;
  url: (entry: { collection: string; id: string; data: Record<string, unknown> }) => string;
}

export interface ResolvedOptions extends Omit<ParsedOptions, 'name' | 'site' | 'authors' | 'collections' | 'profiles' | 'publisher'> {
  /** The site's name. */
  name: string;
  /** Absolute site URL including Astro's `base`, always ending in `/`. */
  site: string;
  /** Astro's `base`, starting and ending with `/`. */
  base: string;
  /** Astro's `trailingSlash`; page URLs follow it (see core/urls.ts). */
  trailingSlash: TrailingSlash;
  /** Astro's `build.format`. */
  buildFormat: BuildFormat;
  authors: Record<string, ResolvedAuthor>;
  collections: ResolvedCollection[];
  /** No `collections` option was given: the runtime may pick the site's dated collections instead of `articles`. */
  collectionsGuessed: boolean;
  profiles: Profiles;
  publisher: {
    type: 'Organization' | 'Person';
    name: string;
    url: string;
    /** Absolute logo URL. */
    logo?: string;
    logoPath?: string;
    sameAs: string[];
  };
}

export interface ArticleHeading {
  depth: number;
  text: string;
  slug: string;
}

export interface ArticleImage {
  /** Absolute URL. */
  url: string;
  /** Site-relative path (what the page links to). */
  path: string;
  width?: number;
  height?: number;
  /** MIME type such as `image/jpeg`. */
  type?: string;
  alt: string;
  /** Absolute file system path of the source file, when known (cards read it). */
  file?: string;
}

export interface ArticleDate {
  date: Date;
  /** ISO 8601 with the site time zone's offset, e.g. `2026-03-01T09:30:00+01:00`. */
  iso: string;
}

/** One article, normalized once from a collection entry; every output is a function of it. */
export interface Article {
  collection: string;
  /** Entry id within the collection. */
  id: string;
  /** Collection and id joined, unique across the site, safe in a path: `articles/foo`. */
  slug: string;
  /** Source file relative to the project root, for messages. */
  file: string;
  /** Site-relative page path, e.g. `/articles/foo/`. */
  path: string;
  /** Absolute page URL. */
  url: string;
  /** Absolute canonical URL (frontmatter `canonical` wins over `url`). */
  canonical: string;
  title: string;
  description: string;
  descriptionFromBody: boolean;
  /** The description is the body's first paragraph cut short (so anything posting it posts less than the source). */
  descriptionShortened?: boolean;
  published: ArticleDate;
  modified: ArticleDate;
  /** The article's authors; empty when the entry names none (the publisher is then the author). */
  authors: ResolvedAuthor[];
  tags: string[];
  /** BCP 47 language tag, e.g. `de`. */
  lang: string;
  /** Open Graph locale, e.g. `de_DE`. */
  locale: string;
  section: string;
  cover?: ArticleImage;
  draft: boolean;
  noindex: boolean;
  translationKey?: string;
  social: Partial<Record<SocialPlatform, string>> & { hashtags?: string[] };
  card: { template?: string; title?: string; accent?: string };
  wordCount: number;
  readingTimeMinutes: number;
  headings: ArticleHeading[];
  /** Plain text from the start of the body, up to about 300 characters, cut at a word. */
  excerpt: string;
  /** The full frontmatter as parsed, user fields included. */
  data: Readonly<Record<string, unknown>>;
}
