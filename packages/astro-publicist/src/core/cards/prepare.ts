/**
 * One card, from Article to render job: pick the template, load the images it draws, call it
 * with helpers that measure with the real fonts, then list the font subsets and emoji its text
 * needs. The cache key comes from the card's inputs alone (see key.ts), computed without any of
 * that work, so a cached card is never laid out. Files are read through `env.load` (the Astro side).
 */
import { PublicistError } from '../errors.ts';
import type { Article, ResolvedOptions } from '../types.ts';
import type { CardTheme } from '../options.ts';
import { CARD_VARIANTS, cardImages, cardSettings, pageCardImage, type CardImage, type CardVariant, type PageCard } from './card-files.ts';
import { BUILT_IN_TEMPLATES, COVER_TEMPLATES } from './templates/index.ts';
import type { CardSize, CardTemplate, CardTemplateHelpers, FitRequest, PageCardHelpers } from './templates/types.ts';
import { pageTemplate } from './templates/page.ts';
import { h, textsByWeight, toPlainTree, type CardElement } from './tree.ts';
import { fitText } from './fit.ts';
import { nearestUserFaces, selectFaces, type FontFace } from './fonts.ts';
import { emojiIn } from './emoji.ts';
import { formatLongDate } from '../i18n/intl.ts';
import { cardReadingTime } from '../i18n/phrases.ts';
import { hex6, initialsOf } from './templates/parts.ts';
import type { CardEnvironment, ImageBox, Measurer, RenderJob } from './environment.ts';
import { articleContent } from './key.ts';

export type { CardEnvironment } from './environment.ts';

export interface PreparedCard {
  article: Article;
  image: CardImage;
  job: RenderJob;
  key: string;
}

const RTL_START = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;

export function templateFor(article: Article, options: ResolvedOptions): { name: string; template: CardTemplate } {
  const name = article.card.template ?? options.cards.template;
  const template = options.cards.templates[name] ?? BUILT_IN_TEMPLATES[name];
  if (!template) {
    const known = [...Object.keys(BUILT_IN_TEMPLATES), ...Object.keys(options.cards.templates)].map((n) => `"${n}"`).join(', ');
    const field = article.card.template ? 'card.template' : 'cards.template';
    throw new PublicistError(`publicist: ${article.card.template ? `${article.file}: ` : ''}${field} must be one of ${known}, got "${name}"`, { file: article.file, field });
  }
  return { name, template };
}

function theme(article: Pick<Article, 'card'>, options: ResolvedOptions): CardTheme {
  const t = options.cards.theme;
  return { ...t, background: hex6(t.background), text: hex6(t.text), muted: hex6(t.muted), onAccent: hex6(t.onAccent), accent: hex6(article.card.accent ?? t.accent) };
}

function logoPath(options: ResolvedOptions): string | undefined {
  const logo = options.cards.logo;
  if (logo === false) return undefined;
  return logo ? `/${logo.replace(/^\//, '')}` : options.publisher.logoPath;
}

/** The image files a card draws: the logo, the cover (for templates that show it), the authors' avatars. */
function cardFiles(
  article: Article,
  name: string,
  env: CardEnvironment,
  coverFile?: string,
  avatarFiles?: readonly (string | undefined)[],
): { logo?: string; cover?: string; avatars: readonly (string | undefined)[] } {
  const logo = logoPath(env.options);
  return {
    logo: logo ? env.load.publicFile(logo) : undefined,
    cover: coverFile && (COVER_TEMPLATES.has(name) || !BUILT_IN_TEMPLATES[name]) ? coverFile : undefined,
    avatars: avatarFiles ?? article.authors.map((a) => (a.avatarPath ? env.load.publicFile(a.avatarPath) : a.avatarFile)),
  };
}

const isBuiltIn = (name: string, options: ResolvedOptions) => !options.cards.templates[name] && BUILT_IN_TEMPLATES[name] !== undefined;

/** The cache keys of an article's cards, one per variant, from their inputs only: no fonts, no fitting, no images decoded. */
export function articleCardKeys(
  article: Article,
  variants: readonly CardVariant[],
  env: CardEnvironment,
  coverFile?: string,
  avatarFiles?: readonly (string | undefined)[],
): string[] {
  const { options } = env;
  const { name, template } = templateFor(article, options);
  const builtIn = isBuiltIn(name, options);
  const files = cardFiles(article, name, env, coverFile, avatarFiles);
  return env.load.cardKeys({
    options,
    userFaces: env.userFaces,
    variants,
    template: name,
    userTemplate: builtIn ? undefined : template,
    content: articleContent(article, builtIn),
    files: [files.logo, files.cover, ...files.avatars],
  });
}

/** The cache key of one of an article's cards. */
export function articleCardKey(
  article: Article,
  variant: CardVariant,
  env: CardEnvironment,
  coverFile?: string,
  avatarFiles?: readonly (string | undefined)[],
): string {
  return articleCardKeys(article, [variant], env, coverFile, avatarFiles)[0]!;
}

/** The cache key of a page card (the site's, a tag's). */
export function pageCardKey(content: PageCardContent, env: CardEnvironment): string {
  const logo = logoPath(env.options);
  return env.load.cardKeys({ options: env.options, userFaces: env.userFaces, variants: ['page'], template: 'page', content, files: [logo ? env.load.publicFile(logo) : undefined] })[0]!;
}

/** The option that names the logo drawn on the cards. */
const logoField = (options: ResolvedOptions) => (options.cards.logo ? 'cards.logo' : 'publisher.logo');

/**
 * An image for the card as a data URI; a file that cannot be read or decoded (a truncated JPEG,
 * say) fails naming whose field it is and the file, not with the decoder's bare message.
 */
async function cardImage(env: CardEnvironment, path: string, box: ImageBox, format: 'png' | 'jpeg', owner: { file?: string; field: string }): Promise<string> {
  try {
    return await env.load.imageDataUri(path, box, format);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    const where = owner.file ? `${owner.file}: ${owner.field}` : owner.field;
    throw new PublicistError(`publicist: ${where} must be a complete, readable image, got ${path}, which cannot be decoded: ${reason}`, { file: owner.file, field: owner.field });
  }
}

function measurerFor(text: string, weight: number, lang: string, env: CardEnvironment, family: string): Measurer {
  const user = nearestUserFaces(env.userFaces.filter((f) => f.family === family), weight, 'normal');
  return env.load.measurer(selectFaces(codePoints(text), weight, lang, user, (pkg, w) => env.load.fontSubsets(pkg, w)));
}

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

/** Faces for all text of the tree, merged in satori's fallback order (first appearance of each name). */
function facesFor(tree: CardElement, lang: string, env: CardEnvironment, family: string): FontFace[] {
  const faces: FontFace[] = [];
  const seen = new Set<string>();
  const byWeight = [...textsByWeight(tree)].sort(([a], [b]) => a - b);
  const user = env.userFaces.filter((f) => f.family === family);
  const others = env.userFaces.filter((f) => f.family !== family);
  const subsets = (pkg: string, w: number) => env.load.fontSubsets(pkg, w);
  for (const [weight, texts] of byWeight) {
    // Every user face is offered to satori (a template may name any family); the theme's family leads.
    for (const face of [...selectFaces(codePoints(texts.join('')), weight, lang, nearestUserFaces(user, weight, 'normal'), subsets), ...others]) {
      const id = `${face.file}|${face.weight}`;
      if (!seen.has(id)) faces.push(face), seen.add(id);
    }
  }
  // satori looks faces up by name; keep each name's weights together in order of first appearance.
  const order = [...new Set(faces.map((f) => f.name))];
  return faces.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name) || a.weight - b.weight);
}

type TextHelpers = Pick<CardTemplateHelpers, 'fit' | 'measure' | 'lines'>;

/** fit(), measure() and lines() for text in `lang`, measured with the fonts satori will draw with. */
function textHelpers(lang: string, env: CardEnvironment, family: string): TextHelpers {
  const measurers = new Map<string, Measurer>();
  const measurer = (text: string, weight: number, textLang: string) => {
    // Text decides which fallback subsets are loaded; the measurer for a weight grows as new text arrives.
    const key = `${weight}|${textLang}|${[...new Set(codePoints(text))].sort().join(',')}`;
    let m = measurers.get(key);
    if (!m) measurers.set(key, (m = measurerFor(text, weight, textLang, env, family)));
    return m;
  };
  const fitOptions = (request: FitRequest) => {
    const textLang = request.lang ?? lang;
    // Patterns are loaded only when a word is too wide for its line.
    return { ...request, lang: textLang, hyphenate: (word: string) => env.load.hyphenator(textLang)?.(word) ?? word };
  };
  return {
    fit: (text, request) => fitText(text, measurer(text, request.weight ?? 400, request.lang ?? lang), fitOptions(request)),
    measure: (text, fontSize, weight = 400) => measurer(text, weight, lang).width(text, fontSize),
    lines: (fitted, style = {}) =>
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', fontSize: fitted.fontSize, ...style } },
        ...fitted.lines.map((line) => h('div', { style: { display: 'flex', whiteSpace: 'pre' } }, line)),
      ),
  };
}

/** The render job for a finished element tree. */
function finishJob(tree: CardElement, size: CardSize, lang: string, env: CardEnvironment, family: string): RenderJob {
  const allText = [...textsByWeight(tree).values()].flat().join('\n');
  const { format } = cardSettings(env.options);
  return {
    tree,
    width: size.width,
    height: size.height,
    fonts: facesFor(tree, lang, env, family),
    emoji: emojiIn(allText),
    format,
    quality: env.options.cards.quality,
  };
}

export async function prepareCard(
  article: Article,
  variant: CardVariant,
  env: CardEnvironment,
  coverFile?: string,
  avatarFiles?: readonly (string | undefined)[],
): Promise<PreparedCard> {
  const { options } = env;
  const image = cardImages(article, options).find((i) => i.variant === variant);
  if (!image) throw new Error(`publicist: the ${variant} card is not enabled in cards.variants`);
  const { width, height } = CARD_VARIANTS[variant];
  const size: CardSize = { variant, width, height };
  const { name, template } = templateFor(article, options);
  const t = theme(article, options);
  const title = article.card.title ?? article.title;

  const files = cardFiles(article, name, env, coverFile, avatarFiles);
  const [logoUri, coverUri, ...avatarUris] = await Promise.all([
    files.logo ? cardImage(env, files.logo, { width: 480, height: 112, fit: 'inside' }, 'png', { field: logoField(options) }) : undefined,
    files.cover ? cardImage(env, files.cover, { width, height, fit: 'cover' }, 'jpeg', { file: article.file, field: 'cover' }) : undefined,
    ...article.authors.map((a, i) => {
      const file = files.avatars[i];
      if (!file) return undefined;
      const box: ImageBox = { width: 144, height: 144, fit: 'cover' };
      // A remote avatar is whatever its server sent: when it cannot be decoded, initials stand in.
      if (!a.avatarPath && !a.avatarFile) return env.load.imageDataUri(file, box).catch(() => undefined);
      return cardImage(env, file, box, 'png', { file: article.file, field: `authors.${a.id}.avatar` });
    }),
  ]);
  // An author whose avatar could not be loaded (a remote one that failed) is drawn as initials.
  const initials = article.authors.map((a, i) => (a.avatar && !avatarUris[i] ? initialsOf(a.name) : undefined));

  const text = textHelpers(article.lang, env, t.fontFamily);
  const helpers: CardTemplateHelpers = {
    h,
    theme: t,
    site: { name: options.name, url: options.site, host: new URL(options.site).host },
    title,
    images: { logo: logoUri, avatars: avatarUris, initials, cover: coverUri },
    date: formatLongDate(article.published.date, article.lang, options.timezone),
    readingTime: cardReadingTime(article.readingTimeMinutes, article.lang, options.strings),
    direction: RTL_START.test(title) ? 'rtl' : 'ltr',
    ...text,
  };

  let tree: CardElement;
  try {
    const plain = toPlainTree(template(article, size, helpers), `the card template "${name}"`);
    if (!plain || typeof plain !== 'object' || Array.isArray(plain)) throw new TypeError(`the card template "${name}" must return one root element`);
    tree = plain;
  } catch (error) {
    if (error instanceof PublicistError) throw error;
    throw new PublicistError(`publicist: ${article.file}: the card template "${name}" failed for the ${variant} card: ${(error as Error).message}`, { file: article.file, field: 'card.template' });
  }

  const job = finishJob(tree, size, article.lang, env, t.fontFamily);
  return { article, image, job, key: articleCardKey(article, variant, env, coverFile, avatarFiles) };
}

/** What a page card shows: the site's name and description, or a tag and its article count. */
export interface PageCardContent {
  page: PageCard;
  title: string;
  description: string;
  /** A short line above the title ("Thema", the site's host). */
  eyebrow: string;
  lang: string;
}

export interface PreparedPageCard {
  image: CardImage;
  job: RenderJob;
  key: string;
}

export async function preparePageCard(content: PageCardContent, env: CardEnvironment): Promise<PreparedPageCard> {
  const { options } = env;
  const image = pageCardImage(content.page, options, content.title);
  const { width, height } = CARD_VARIANTS.link;
  const size: CardSize = { variant: 'link', width, height };
  const t = theme({ card: {} }, options);
  const logo = logoPath(options);
  const logoUri = logo ? await cardImage(env, env.load.publicFile(logo), { width: 480, height: 112, fit: 'inside' }, 'png', { field: logoField(options) }) : undefined;
  const helpers: PageCardHelpers = {
    h,
    theme: t,
    site: { name: options.name, url: options.site, host: new URL(options.site).host },
    title: content.title,
    images: { logo: logoUri },
    direction: RTL_START.test(content.title) ? 'rtl' : 'ltr',
    ...textHelpers(content.lang, env, t.fontFamily),
  };
  const tree = toPlainTree(pageTemplate(content, size, helpers), 'the page card template') as CardElement;
  const job = finishJob(tree, size, content.lang, env, t.fontFamily);
  return { image, job, key: pageCardKey(content, env) };
}
