/**
 * The post for Bluesky: prose, byline with Bluesky handles (plain text: a mention facet needs a
 * DID), link, hashtags; within 300 graphemes, the URL counted in full. Plus the record.
 */
import type { CardImage } from '../../cards/images.ts';
import { blueskyRecord, type BlueskyRecord } from '../bluesky-record.ts';
import { byline, composeVariant, shortLayout, type ComposedVariant, type ComposerContext } from './shared.ts';

export interface BlueskyVariant extends ComposedVariant {
  record: BlueskyRecord;
}

export function composeBluesky(ctx: ComposerContext, card: CardImage): BlueskyVariant {
  const handles = ctx.article.authors.map((a) => a.profiles.bluesky && `@${a.profiles.bluesky}`);
  const variant = composeVariant(ctx, { byline: byline(ctx, handles), layout: shortLayout(ctx.link) });
  return { ...variant, record: blueskyRecord(ctx.article, variant.text, ctx.link, card) };
}
