/**
 * The post for Bluesky: prose, byline with Bluesky handles (plain text: a mention facet needs a
 * DID), link, hashtags; within 300 graphemes, the URL counted in full. Plus the record and its thumbnail.
 */
import { blueskyRecord, blueskyThumbnail, type BlueskyRecord, type BlueskyThumb } from '../bluesky-record.ts';
import { composeShortPost, type ComposedVariant, type ComposerContext } from './shared.ts';

export interface BlueskyVariant extends ComposedVariant {
  record: BlueskyRecord;
  /** The link card, for the posting tool to upload as the record's `embed.external.thumb`. */
  thumbnail?: BlueskyThumb;
}

export function composeBluesky(ctx: ComposerContext): BlueskyVariant {
  const card = ctx.cards[0]!;
  const variant = composeShortPost(ctx);
  return { ...variant, record: blueskyRecord(ctx.article, variant.text, ctx.link), thumbnail: blueskyThumbnail(card) };
}
