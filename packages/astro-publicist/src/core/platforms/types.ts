/**
 * What one social network is, as a record: its name, how a handle looks and becomes a profile
 * URL, how a post is counted and composed, its share link. `index.ts` lists the records;
 * `registry.ts` derives every list and lookup from that one list.
 */
import type { CardVariant } from '../cards/card-files.ts';
import type { PostsOptions } from '../options.ts';
import type { ComposedVariant, ComposerContext } from '../posts/composers/shared.ts';
import type { PostRule } from '../posts/rules/types.ts';

export interface PlatformHandle {
  /** What a valid handle looks like, the "expected" half of an option error: `an X handle like @name`. */
  expected: string;
  valid(input: string): boolean;
  /** The handle as kept in `Profiles`: `name` (no `@`), Mastodon's `@user@server`. */
  normalize(input: string): string;
  /** The profile's absolute URL, for `sameAs` and `rel="me"`. */
  profileUrl(handle: string): string;
  /** How a post names the account (`@name`); absent where a mention cannot be written as text. */
  mention?(handle: string): string;
}

export interface PlatformPost {
  /** How the network counts a post and what it refuses. */
  rule(settings: PostsOptions): PostRule;
  /** The network's post for an article (the frontmatter override when there is one). */
  compose(ctx: ComposerContext): ComposedVariant;
  /** The card the post goes with when that size is built (Instagram: `square`); else the link card. */
  card?: CardVariant;
  /** How the social kit previews it: the image above the text, links shown as plain text. */
  preview?: { imageFirst?: boolean; plainLinks?: boolean };
}

/** What a share link is made from. */
export interface ShareInput {
  title: string;
  description: string;
  /** The article URL with this network's UTM parameters. */
  link: string;
  /** The network's post text (link included), or the title and link when it gets no post. */
  text: string;
  settings: PostsOptions;
}

export interface PlatformShare {
  /** A share-intent URL that needs no API key. */
  url(input: ShareInput): string;
  /** Position among the share links; networks without one follow in registry order. */
  order?: number;
}

export interface Platform<Id extends string = string> {
  id: Id;
  /** The network's name as people write it: `X`, `Bluesky`. */
  name: string;
  /** `utm_source` unless `posts.utm.source` says otherwise; default the id. */
  utmSource?: string;
  /** `utm_medium` whatever `posts.utm.medium` says, where the network is not social (e-mail). */
  utmMedium?: string;
  /** Present when the site and authors can name their account on it (`profiles.<id>`). */
  handle?: PlatformHandle & { order?: number };
  /** Present when the network gets a ready-made post. */
  post?: PlatformPost;
  /** Present when the network has a share link. */
  share?: PlatformShare;
}

/** Keeps the literal id (and which parts a record has) for the types derived from the registry. */
export const definePlatform = <const Id extends string, const P extends Platform<Id>>(platform: P & Platform<Id>): P => platform;
