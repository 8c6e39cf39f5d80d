/**
 * Our head, merged into a page's own. A page that renders `<Head>` already has ours, so only the
 * theme's duplicates go; any other page gets ours computed here from its path, and the theme's
 * tags of the same names give way (core/meta/merge.ts decides, html.ts edits).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { graphTypes, headParts, mergeHead, pageHints, renderHeadParts, type HeadInput, type HeadParts, type PageImage } from '../../core/meta/index.ts';
import type { Article, ResolvedOptions } from '../../core/types.ts';
import { absoluteUrl, tagSlugAt } from '../../core/urls.ts';
import { measurePublicImages } from '../image-sizes.ts';
import { isDev, publicistConfig } from '../config/current.ts';
import { headLinks } from '../../core/report/written-links.ts';
import { buildRecord, recordLinks } from '../session.ts';
import { editPage, readPage } from './html.ts';
import { getSiteIndex } from './site-index.ts';

/** What `<Head>` leaves in `Astro.locals`: the tags and JSON-LD it wrote, so the merge keeps exactly those. */
export const RENDERED_HEAD = Symbol.for('astro-publicist:rendered-head');
/** Set by pages that write their whole head themselves (the social kit): the merge leaves them alone. */
export const OWN_HEAD = Symbol.for('astro-publicist:own-head');

export interface RenderedHead {
  parts: HeadParts;
  jsonLd?: string;
  /** The exact markup it wrote: the merge reads the page around it, so only the theme's elements are parsed. */
  html: string;
}

type Locals = Record<symbol, unknown>;

export function markRendered(locals: object, head: RenderedHead): void {
  (locals as Locals)[RENDERED_HEAD] = head;
}

export function markOwnHead(locals: object): void {
  (locals as Locals)[OWN_HEAD] = true;
}

/** The page wrote its whole head itself (markOwnHead): nothing of ours goes into it. */
export function writesOwnHead(locals: object): boolean {
  return Boolean((locals as Locals)[OWN_HEAD]);
}

/** Astro's error pages, prerendered with status 200 at build. */
const ERROR_PAGE = /\/(?:404|500)(?:\.html|\/)?$/;

/** Frontmatter fields in which an author sets a post's share image themselves. */
const AUTHOR_IMAGE_FIELDS = ['ogImage', 'socialImage', 'shareImage'];

const sizes = new Map<string, Promise<{ width?: number; height?: number }>>();

/** Width and height of a file in public/, when it is one. */
function publicImageSize(path: string): Promise<{ width?: number; height?: number }> {
  const file = join(publicistConfig.publicDir, decodeURIComponent(path.replace(/^\//, '')));
  const measure = async () => {
    if (!existsSync(file)) return {};
    const { width, height } = await sharp(file).metadata();
    return { width, height };
  };
  if (isDev()) return measure();
  let size = sizes.get(file);
  if (!size) sizes.set(file, (size = measure().catch(() => ({}))));
  return size;
}

/**
 * The image an author set for this post (`ogImage: /images/launch.png`, or an `image()`), if the
 * theme's og:image is that image: then it wins over our card, with its real size.
 */
async function authorImage(article: Article, themeImage: string | undefined, options: ResolvedOptions): Promise<PageImage | undefined> {
  if (!themeImage) return undefined;
  const themeUrl = absoluteUrl(themeImage, options);
  for (const field of AUTHOR_IMAGE_FIELDS) {
    const value = article.data[field];
    const src = typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { src?: unknown }).src === 'string' ? (value as { src: string }).src : undefined;
    if (!src) continue;
    const own = new URL(themeUrl);
    const set = new URL(src, own);
    if (own.href !== set.href && !own.pathname.endsWith(set.pathname)) continue;
    const meta = value as { width?: unknown; height?: unknown };
    const size = typeof meta.width === 'number' && typeof meta.height === 'number' ? { width: meta.width, height: meta.height } : own.origin === new URL(options.site).origin ? await publicImageSize(own.pathname.slice(options.base.length - 1)) : {};
    return { url: themeUrl, ...size, alt: article.cover?.alt || article.title };
  }
  return undefined;
}

/** The theme's own og:image of a page that is not an article, as an absolute URL. */
function themeImageUrl(image: string | undefined, pageUrl: string): string | undefined {
  if (!image) return undefined;
  try {
    const url = new URL(image, pageUrl);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface PageContext {
  path: string;
  status: number;
  locals: object;
  /** A page of the build's output (not one rendered on demand): what the merge does is recorded for the report. */
  prerendered: boolean;
}

/** Whether this page's merge is recorded for the report: a page `astro build` writes to the output. */
function recording(context: PageContext): boolean {
  return context.prerendered && publicistConfig.command === 'build';
}

/** The page with our head merged in, and what of the page's own head was replaced. */
export async function mergePageHead(html: string, context: PageContext): Promise<{ html: string; replaced: string[] } | undefined> {
  const locals = context.locals as Locals;
  if (writesOwnHead(locals)) return undefined;
  const rendered = locals[RENDERED_HEAD] as RenderedHead | undefined;
  const page = readPage(html, rendered?.html);
  if (!page) return undefined;
  const { options, publicDir } = publicistConfig;
  const pageUrl = absoluteUrl(context.path, options);
  let parts: HeadParts;
  let insert = '';
  if (rendered) {
    parts = rendered.parts;
  } else {
    const index = await getSiteIndex();
    const hints = pageHints(page.elements);
    const imageSizes = await measurePublicImages(options, publicDir);
    const article = index.articleAt(context.path);
    let input: HeadInput;
    if (article) {
      const image = await authorImage(article, hints.image, options);
      input = { article, translations: index.translationsOf(article), imageSizes, siteLanguages: index.languages, path: context.path, ...(image ? { image } : {}) };
    } else {
      const slug = tagSlugAt(context.path, options);
      const tag = slug === undefined ? undefined : index.tagBySlug.get(slug);
      input = {
        path: context.path,
        title: tag === undefined ? hints.title : undefined,
        description: hints.description,
        image: themeImageUrl(hints.image, pageUrl),
        tag,
        lang: page.lang,
        noindex: hints.noindex || context.status >= 400 || ERROR_PAGE.test(context.path),
        imageSizes,
        siteLanguages: index.languages,
      };
    }
    parts = headParts(input, options);
    insert = renderHeadParts(parts);
  }
  // Recorded whatever the merge decides below: a page with `<Head>` and no theme duplicates links ours too.
  if (recording(context)) recordLinks(context.path, headLinks(parts, options.site));
  const types = parts.graph ? graphTypes(parts.graph) : [];
  // A noindex page names no canonical URL (head tags leave ours out), so the theme's goes too.
  const noindex = parts.tags.some((t) => t.name === 'robots' && t.attributes.some(([n, v]) => n === 'content' && v.startsWith('noindex')));
  const drop = noindex && !parts.tags.some((t) => t.name === 'canonical') ? ['canonical'] : [];
  // With our block cut out of what was read, every element left is the theme's; if it was not
  // found whole, ours are told apart from the theme's by being identical to what <Head> wrote.
  const present = rendered && !page.skipped ? { ownJsonLd: rendered.jsonLd } : undefined;
  const decision = mergeHead(page.elements, { tags: parts.tags, graphTypes: types, drop }, pageUrl, present);
  if (!insert && decision.remove.length === 0) return undefined;
  if (recording(context)) buildRecord().heads.set(context.path, decision.replaced);
  return { html: editPage(html, page, decision.remove, insert), replaced: decision.replaced };
}
