/**
 * SEO checks that need the rendered page (its head and body as the browser has them), for the
 * dev toolbar: the audit sees the frontmatter, these see what a theme and layout made of it.
 */
import { graphemeCount } from '../text/graphemes.ts';
import { GOOGLE_RESULT_RULE, SHARE_IMAGE_MIN } from './rules.ts';
import { metaValues, readTag, type HeadTags } from './text.ts';

export interface PageFinding {
  /** Source file of the article (relative to the root), or the page path when the page is no article. */
  file: string;
  /** Frontmatter field or page element. */
  field: string;
  expected: string;
  found: string;
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
export const SINGLE_TAGS = [
  'description', 'robots', 'og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale',
  'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'article:published_time', 'article:modified_time',
] as const;

export function pageFindings(page: RenderedPage): PageFinding[] {
  const found: PageFinding[] = [];
  const file = page.article?.file ?? page.path;
  const add = (field: string, expected: string, actual: string, level: PageFinding['level'] = 'warning') =>
    found.push({ file, field, expected, found: actual, level });
  const { head } = page;

  if (page.h1Count !== 1) add('h1', 'exactly one <h1>', page.h1Count === 0 ? 'none' : `${page.h1Count}`);
  for (const src of page.imagesWithoutAlt) add('img alt', `an alt text (alt="" for decoration) on ${src}`, 'no alt attribute');

  const ogImage = readTag(head, ['og:image']);
  if (!ogImage) add('og:image', 'a share image', 'none', 'error');
  else if (page.ogImageSize && (page.ogImageSize.width < SHARE_IMAGE_MIN.width || page.ogImageSize.height < SHARE_IMAGE_MIN.height)) {
    add('og:image', `at least ${SHARE_IMAGE_MIN.width}×${SHARE_IMAGE_MIN.height}`, `${page.ogImageSize.width}×${page.ogImageSize.height}`);
  }

  if (page.titleWidthPx > GOOGLE_RESULT_RULE.titleMaxPx) {
    add('title', `at most ${GOOGLE_RESULT_RULE.titleMaxPx} px in ${GOOGLE_RESULT_RULE.titleFont} (Google cuts the rest)`, `${Math.round(page.titleWidthPx)} px`);
  }

  const description = readTag(head, ['description']);
  const { min, max } = page.descriptionLimits;
  if (description === undefined) add('description', `a meta description of ${min}–${max} characters`, 'none', 'error');
  else {
    const length = graphemeCount(description);
    if (length < min || length > max) add('description', `${min}–${max} characters`, `${length} characters`);
  }

  const canonical = page.head.links.find((l) => l.rel === 'canonical')?.href;
  if (page.article && canonical && canonical !== page.article.url) add('canonical', page.article.url, canonical);

  const robots = metaValues(head, 'robots').join(', ');
  if (page.article && !page.article.draft && /\bnoindex\b/i.test(robots)) add('robots', 'indexable (a published article)', robots, 'error');

  if (page.titleCount > 1) add('head', 'one <title>', `${page.titleCount}`, 'error');
  for (const key of SINGLE_TAGS) {
    const values = metaValues(head, key);
    if (values.length > 1) add('head', `one ${key}`, `${values.length}: ${values.map((v) => JSON.stringify(v)).join(', ')}`, 'error');
  }
  const canonicals = head.links.filter((l) => l.rel === 'canonical').length;
  if (canonicals > 1) add('head', 'one canonical link', `${canonicals}`, 'error');
  return found;
}
