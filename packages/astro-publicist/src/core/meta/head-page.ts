/**
 * What the head of one page says, resolved once from either an Article or plain page props.
 * The meta tags and the JSON-LD graph are both functions of this `HeadPage`.
 */
import { cardImages, pageCardImage, type PageCard } from '../cards/card-files.ts';
import { pageCardTitle } from '../cards/page-cards.ts';
import { PublicistError, describeValue } from '../errors.ts';
import { feedLinks, type FeedLink } from '../feeds/links.ts';
import { ogLocale } from '../article/locale.ts';
import { absoluteUrl, homeUrl, pagePath, tagPath } from '../urls.ts';
import type { Article, ResolvedOptions } from '../types.ts';

export interface PageImage {
  /** Absolute URL. */
  url: string;
  width?: number;
  height?: number;
  /** MIME type. */
  type?: string;
  alt: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** A language version of a plain page, for hreflang. */
export interface PageAlternate {
  lang: string;
  /** Absolute URL or site-relative path. */
  href: string;
}

/** Props of the Head component, plus what it looked up (translations, image sizes). */
export interface HeadInput {
  /** The article the page shows; everything else is taken from it. */
  article?: Article;
  /** Other language versions of the article (same translationKey). */
  translations?: readonly Article[];
  title?: string;
  description?: string;
  /** Absolute URL, site-relative path (with base), or an image with its size and alt text. */
  image?: string | PageImage;
  imageAlt?: string;
  /** og:type; `article` only makes sense with an article. */
  type?: 'website' | 'article';
  lang?: string;
  /** Site-relative path of the page (with base). */
  path?: string;
  /** Absolute canonical URL; default: the page's own URL. */
  canonical?: string;
  noindex?: boolean;
  /** The tag a tag page lists. */
  tag?: string;
  /** Language versions of a plain page, this page included. */
  alternates?: readonly PageAlternate[];
  /** Sizes of files in public/, by site-relative path (the component measures logo and default image). */
  imageSizes?: Readonly<Record<string, ImageSize>>;
  /** The languages of the site's published articles; with more than one, language feeds are linked. */
  siteLanguages?: readonly string[];
}

export interface HreflangLink {
  hreflang: string;
  href: string;
}

export interface HeadPage {
  kind: 'article' | 'tag' | 'home' | 'page';
  article?: Article;
  tag?: string;
  /** The page's own title (og:title, JSON-LD `name`). */
  title: string;
  /** `<title>`, after the title template. */
  documentTitle: string;
  description: string;
  /** Absolute URL of this page; the base of its JSON-LD `@id`s. */
  url: string;
  canonical: string;
  lang: string;
  /** `de_DE`. */
  locale: string;
  localeAlternates: string[];
  ogType: 'website' | 'article';
  image?: PageImage;
  noindex: boolean;
  /** hreflang links, sorted, `x-default` last; empty when the page has no other language. */
  hreflang: HreflangLink[];
  feeds: FeedLink[];
  /** The publisher's logo, with its size when known. */
  logo?: PageImage;
}

/** A title that already names the site (`Themen – Social Kompass`) is kept as it is. */
function applyTemplate(title: string, options: ResolvedOptions): string {
  if (title.includes(options.name)) return title;
  const template = options.head.titleTemplate ?? `%s | ${options.name}`;
  // A function replacement, so `$&` and friends in a title stay literal.
  return template.replace('%s', () => title);
}

function sitePathOf(url: string, options: ResolvedOptions): string | undefined {
  const origin = new URL(options.site).origin;
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : undefined;
}

function resolveImage(image: HeadInput['image'], alt: string | undefined, input: HeadInput, options: ResolvedOptions, field: string): PageImage | undefined {
  if (image === undefined) return undefined;
  if (typeof image === 'object') return image;
  if (typeof image !== 'string' || !/^(?:https?:\/\/|\/)/.test(image)) {
    throw new PublicistError(`publicist: <Head ${field}> must be an absolute http(s) URL or a path starting with "/", got ${describeValue(image)}`, { field });
  }
  const url = absoluteUrl(image, options);
  const path = sitePathOf(url, options);
  const size = path ? input.imageSizes?.[path] : undefined;
  return { url, alt: alt ?? '', ...size, type: imageType(url) };
}

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif' };

function imageType(url: string): string | undefined {
  return IMAGE_TYPES[new URL(url).pathname.split('.').pop()?.toLowerCase() ?? ''];
}

function articleHreflang(article: Article, translations: readonly Article[], options: ResolvedOptions): HreflangLink[] {
  return hreflangLinks([article, ...translations].map((a) => ({ lang: a.lang, href: a.url })), options);
}

function hreflangLinks(versions: readonly PageAlternate[], options: ResolvedOptions): HreflangLink[] {
  const byLang = new Map<string, string>();
  for (const v of versions) if (!byLang.has(v.lang)) byLang.set(v.lang, absoluteUrl(v.href, options));
  if (byLang.size < 2) return [];
  const links = [...byLang].map(([hreflang, href]) => ({ hreflang, href })).sort((a, b) => a.hreflang.localeCompare(b.hreflang, 'en'));
  const fallback = byLang.get(options.defaultLocale) ?? byLang.get(options.defaultLocale.split('-')[0]!) ?? links[0]!.href;
  return [...links, { hreflang: 'x-default', href: fallback }];
}

/** A page without an image of its own: `head.defaultImage`, else the site's card, or the tag's on a tag page. */
function defaultImage(input: HeadInput, options: ResolvedOptions, tag: string | undefined): PageImage | undefined {
  const { defaultImage: path, defaultImageAlt } = options.head;
  if (path) return resolveImage(options.base + path.replace(/^\//, ''), defaultImageAlt ?? options.name, input, options, 'image');
  const page: PageCard = tag !== undefined ? { kind: 'tag', tag } : { kind: 'site' };
  const { url, width, height, type, alt } = pageCardImage(page, options, pageCardTitle(page, options));
  return { url, width, height, type, alt };
}

function resolveLogo(input: HeadInput, options: ResolvedOptions): PageImage | undefined {
  const { logo, logoPath, name } = options.publisher;
  if (!logo || !logoPath) return undefined;
  const size = input.imageSizes?.[sitePathOf(logo, options) ?? ''];
  return { url: logo, alt: name, type: imageType(logo), ...size };
}

export function resolvePage(input: HeadInput, options: ResolvedOptions): HeadPage {
  const logo = resolveLogo(input, options);
  const { article } = input;
  if (article) {
    const card = cardImages(article, options)[0]!;
    const translations = input.translations ?? [];
    const title = input.title ?? article.title;
    return {
      kind: 'article',
      article,
      title,
      documentTitle: applyTemplate(title, options),
      description: input.description ?? article.description,
      url: article.url,
      canonical: input.canonical ?? article.canonical,
      lang: article.lang,
      locale: article.locale,
      localeAlternates: [...new Set(translations.map((t) => t.locale))].filter((l) => l !== article.locale).sort(),
      ogType: input.type ?? 'article',
      image: input.image !== undefined ? resolveImage(input.image, input.imageAlt, input, options, 'image') : { url: card.url, width: card.width, height: card.height, type: card.type, alt: card.alt },
      noindex: input.noindex === true || article.noindex,
      hreflang: articleHreflang(article, translations, options),
      feeds: feedLinks({ article, lang: article.lang, languages: input.siteLanguages }, options),
      logo,
    };
  }

  const tag = input.tag;
  const path = input.path ?? (tag !== undefined ? tagPath(tag, options) : pagePath('/', options));
  if (!path.startsWith('/')) {
    throw new PublicistError(`publicist: <Head path> must be a site-relative path starting with "/", got ${describeValue(path)}`, { field: 'path' });
  }
  const url = absoluteUrl(path, options);
  const kind = tag !== undefined ? 'tag' : url === homeUrl(options) ? 'home' : 'page';
  const title = input.title ?? (tag ?? options.name);
  const lang = input.lang ?? options.defaultLocale;
  const ownLocale = ogLocale(lang);
  const hreflang = hreflangLinks(input.alternates ?? [], options);
  return {
    kind,
    tag,
    title,
    documentTitle: applyTemplate(title, options),
    description: input.description ?? options.description,
    url,
    canonical: input.canonical ?? url,
    lang,
    locale: ownLocale,
    localeAlternates: [...new Set((input.alternates ?? []).map((a) => ogLocale(a.lang)))].filter((l) => l !== ownLocale).sort(),
    ogType: input.type ?? 'website',
    image: input.image !== undefined ? resolveImage(input.image, input.imageAlt ?? title, input, options, 'image') : defaultImage(input, options, tag),
    noindex: input.noindex === true,
    hreflang,
    feeds: feedLinks({ tag, lang, languages: input.siteLanguages }, options),
    logo,
  };
}
