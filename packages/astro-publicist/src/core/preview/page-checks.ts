/**
 * SEO checks that need the rendered page (its head and body as the browser has them), for the
 * dev toolbar: the report sees the frontmatter, these see what a theme and layout made of it.
 */
import { graphemeCount } from '../text/graphemes.ts';
import { GOOGLE_RESULT_RULE, SHARE_IMAGE_MIN } from './rules.ts';
import { metaValues, readTag, type HeadTags } from './text.ts';

/** What a rendered-page check can find; the toolbar words each one in the site's language. */
export type PageCheck =
  | 'h1-missing'
  | 'h1-several'
  | 'img-alt'
  | 'og-image-missing'
  | 'og-image-small'
  | 'title-width'
  | 'description-missing'
  | 'description-length'
  | 'canonical-elsewhere'
  | 'noindex-published'
  | 'duplicate-title'
  | 'duplicate-tag'
  | 'duplicate-canonical';

export interface PageFinding {
  check: PageCheck;
  /** Source file of the article (relative to the root), or the page path when the page is no article. */
  file: string;
  /** Frontmatter field or page element. */
  field: string;
  /** The numbers and names the message needs: `{ found: 2 }`, `{ src: '/a.png' }`… */
  values: Record<string, string | number>;
  /** `error` for what breaks a preview or indexing, `warning` for the rest. */
  level: 'error' | 'warning';
}

export interface RenderedPage {
  /** Page path, for pages that are no article. */
  path: string;
  head: HeadTags;
  /** Number of `<title>` elements in the head. */
  titleCount: number;
  h1Count: number;
  /** `src` of every `<img>` without an alt attribute. */
  imagesWithoutAlt: readonly string[];
  /** Natural size of the og:image, when it loaded. */
  ogImageSize?: { width: number; height: number };
  /** Width of the title in Google's title font. */
  titleWidthPx: number;
  /** The article behind the page, when there is one. */
  article?: { file: string; url: string; draft: boolean };
  descriptionLimits: { min: number; max: number };
}

/** Tags a page must carry at most once; a second one (from a theme's own SEO component, say) leaves the platform to pick. */
const SINGLE_TAGS = [
  'description', 'robots', 'og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale',
  'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'article:published_time', 'article:modified_time',
] as const;

export function pageFindings(page: RenderedPage): PageFinding[] {
  const found: PageFinding[] = [];
  const file = page.article?.file ?? page.path;
  const add = (check: PageCheck, field: string, values: PageFinding['values'] = {}, level: PageFinding['level'] = 'warning') =>
    found.push({ check, file, field, values, level });
  const { head } = page;

  if (page.h1Count === 0) add('h1-missing', 'h1');
  else if (page.h1Count > 1) add('h1-several', 'h1', { found: page.h1Count });
  for (const src of page.imagesWithoutAlt) add('img-alt', 'img alt', { src });

  const ogImage = readTag(head, ['og:image']);
  if (!ogImage) add('og-image-missing', 'og:image', {}, 'error');
  else if (page.ogImageSize && (page.ogImageSize.width < SHARE_IMAGE_MIN.width || page.ogImageSize.height < SHARE_IMAGE_MIN.height)) {
    add('og-image-small', 'og:image', { width: page.ogImageSize.width, height: page.ogImageSize.height, minWidth: SHARE_IMAGE_MIN.width, minHeight: SHARE_IMAGE_MIN.height });
  }

  if (page.titleWidthPx > GOOGLE_RESULT_RULE.titleMaxPx) {
    add('title-width', 'title', { width: Math.round(page.titleWidthPx), max: GOOGLE_RESULT_RULE.titleMaxPx, font: GOOGLE_RESULT_RULE.titleFont });
  }

  const description = readTag(head, ['description']);
  const { min, max } = page.descriptionLimits;
  if (description === undefined) add('description-missing', 'description', { min, max }, 'error');
  else {
    const length = graphemeCount(description);
    if (length < min || length > max) add('description-length', 'description', { min, max, length });
  }

  const canonical = page.head.links.find((l) => l.rel === 'canonical')?.href;
  if (page.article && canonical && canonical !== page.article.url) add('canonical-elsewhere', 'canonical', { url: page.article.url, canonical });

  const robots = metaValues(head, 'robots').join(', ');
  if (page.article && !page.article.draft && /\bnoindex\b/i.test(robots)) add('noindex-published', 'robots', { robots }, 'error');

  if (page.titleCount > 1) add('duplicate-title', 'head', { count: page.titleCount }, 'error');
  for (const key of SINGLE_TAGS) {
    const values = metaValues(head, key);
    if (values.length > 1) add('duplicate-tag', 'head', { tag: key, count: values.length, values: values.map((v) => JSON.stringify(v)).join(', ') }, 'error');
  }
  const canonicals = head.links.filter((l) => l.rel === 'canonical').length;
  if (canonicals > 1) add('duplicate-canonical', 'head', { count: canonicals }, 'error');
  return found;
}
