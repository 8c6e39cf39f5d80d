/**
 * The post for Bluesky: prose, byline with Bluesky handles (plain text: a mention facet needs a
 * DID), link, hashtags; within 300 graphemes, the URL counted in full. Plus the record and its thumbnail.
 */
import type { CardImage } from '../../cards/images.ts';
import { blueskyRecord, blueskyThumbnail, type BlueskyRecord, type BlueskyThumb } from '../bluesky-record.ts';
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export interface BlueskyVariant extends ComposedVariant {
  record: BlueskyRecord;
  /** The link card, for the posting tool to upload as the record's `embed.external.thumb`. */
  thumbnail?: BlueskyThumb;
}

export function composeBluesky(ctx: ComposerContext, card: CardImage): BlueskyVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.bluesky && `@${a.profiles.bluesky}`);
  const variant = composeVariant(ctx, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
  return { ...variant, record: blueskyRecord(ctx.article, variant.text, ctx.link), thumbnail: blueskyThumbnail(card) };
}
