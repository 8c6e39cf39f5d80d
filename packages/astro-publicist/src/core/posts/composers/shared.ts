/** What every platform's composer shares: the prose, the byline, the two layouts, overrides. */
import type { CardImage } from '../../cards/card-files.ts';
import { PublicistError } from '../../errors.ts';
import type { Article, SocialPlatform } from '../../types.ts';
import { cleanLine, cleanText } from '../../text/clean.ts';
import { composeText, paragraphs, type Layout } from '../compose.ts';
import type { PostRule } from '../rules/index.ts';
import { fillTemplate } from '../../text/template.ts';
import type { PostWording } from '../wording.ts';

export interface ComposerContext {
  article: Article;
  rule: PostRule;
  /** The article URL with this platform's UTM parameters. */
  link: string;
  wording: PostWording;
  /** The article's hashtags, at most as many as the options allow. */
  hashtags: string[];
  /** The article's cards, the link card first. */
  cards: readonly CardImage[];
  /** Each author as the network mentions them (`@name`), undefined where they have no handle there. */
  mentions: (string | undefined)[];
}

export interface PostVariant {
  platform: SocialPlatform;
  /** The network's name: `X`, `Bluesky`. */
  name: string;
  text: string;
  /** `text`'s length as the platform counts it. */
  length: number;
  limit: number;
  unit: string;
  link: string;
  hashtags: string[];
  /** The text is the frontmatter's `social.<platform>`. */
  override: boolean;
  /** The prose was shortened to fit. */
  truncated: boolean;
}

/** A variant with the prose (title and description) as it stands in its text; `prose` is not written out. */
export interface ComposedVariant extends PostVariant {
  prose: string;
}

/** Where a hand-written post puts the link; without it the link follows after a blank line. */
export const LINK_PLACEHOLDER = '{link}';

/** Title, then description (unless it only repeats the title). */
export function articleProse(article: Article): string {
  const title = cleanLine(article.title);
  const description = cleanLine(article.description);
  return description && description !== title ? `${title}\n\n${description}` : title;
}

/** `Von @a und @b`: the handles given (or names), joined the language's way; undefined when there are none. */
export function byline(ctx: ComposerContext, who: (string | undefined)[]): string | undefined {
  const names = [...new Set(who.filter((w): w is string => Boolean(w)))];
  if (!names.length) return undefined;
  const list = new Intl.ListFormat(ctx.article.lang, { type: 'conjunction' }).format(names);
  return fillTemplate(ctx.wording.byline, { author: list });
}

/** A short network's post: prose, byline with the authors' mentions, link, hashtags. */
export function composeShortPost(ctx: ComposerContext): ComposedVariant {
  return composeVariant(ctx, { byline: byline(ctx, ctx.mentions), layout: shortLayout(ctx.link) });
}

/** Short networks: prose, then byline and link, then hashtags. */
export const shortLayout = (link: string): Layout => ({ prose, byline, hashtags }) =>
  paragraphs(prose, [byline, link].filter(Boolean).join('\n'), hashtags.join(' '));

/** Long networks (LinkedIn, Facebook): prose, reading time and byline, read-more line, hashtags. */
export const longLayout = (ctx: ComposerContext): Layout => ({ prose, byline, hashtags }) =>
  paragraphs(
    prose,
    [fillTemplate(ctx.wording.readingTime, { minutes: ctx.article.readingTimeMinutes }), byline].filter(Boolean).join(' · '),
    fillTemplate(ctx.wording.readMore, { link: ctx.link }),
    hashtags.join(' '),
  );

function overrideVariant(ctx: ComposerContext, override: string): ComposedVariant {
  const { article, rule, link } = ctx;
  const written = cleanText(override);
  const text = written.includes(LINK_PLACEHOLDER)
    ? written.replaceAll(LINK_PLACEHOLDER, link)
    : rule.linkInText ? paragraphs(written, link) : written;
  const problems = rule.problems(text);
  if (problems.length) {
    const field = `social.${rule.platform}`;
    throw new PublicistError(
      `publicist: ${article.file}: ${field} must fit ${rule.name}'s limit of ${rule.limit} ${rule.unit}${rule.linkInText ? ' with the link' : ''}, got ${problems.join(' and ')}`,
      { file: article.file, field },
    );
  }
  return variant(ctx, text, { override: true, truncated: false, hashtags: [], prose: written });
}

function variant(ctx: ComposerContext, text: string, extra: Pick<ComposedVariant, 'override' | 'truncated' | 'hashtags' | 'prose'>): ComposedVariant {
  const { rule } = ctx;
  return { platform: rule.platform, name: rule.name, text, length: rule.count(text), limit: rule.limit, unit: rule.unit, link: ctx.link, ...extra };
}

/** The platform's post: the frontmatter override when there is one (checked), else composed to fit. */
export function composeVariant(ctx: ComposerContext, parts: { byline?: string; layout: Layout }): ComposedVariant {
  const override = ctx.article.social[ctx.rule.platform];
  if (override !== undefined) return overrideVariant(ctx, override);
  const composed = composeText(ctx.rule, { prose: articleProse(ctx.article), byline: parts.byline, hashtags: ctx.hashtags }, parts.layout, ctx.article.lang);
  const problems = ctx.rule.problems(composed.text);
  if (problems.length) {
    throw new PublicistError(
      `publicist: ${ctx.article.file}: the ${ctx.rule.name} post must fit ${ctx.rule.limit} ${ctx.rule.unit}, but the link alone is too long (${ctx.link}: ${problems.join(' and ')})`,
      { file: ctx.article.file, field: 'url' },
    );
  }
  // Shorter than the source also when the description in it is the body's first paragraph cut short.
  const truncated = composed.truncated || (ctx.article.descriptionShortened === true && composed.prose !== cleanLine(ctx.article.title));
  return variant(ctx, composed.text, { override: false, truncated, hashtags: composed.hashtags, prose: composed.prose });
}
