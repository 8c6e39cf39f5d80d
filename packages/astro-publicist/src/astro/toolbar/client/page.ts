/**
 * One look at the page for the toolbar: its head tags and body as the browser has them, the
 * dev-only data of its article, the share image's real size, and every finding together.
 */
import { pageFindings, type PageFinding } from '../../../core/preview/page-checks.ts';
import { GOOGLE_RESULT_RULE } from '../../../core/preview/rules.ts';
import { readTag, type HeadTags, type MeasureText } from '../../../core/preview/text.ts';
import { lineOfField } from '../source.ts';
import { TOOLBAR_DATA_ROUTE, type ToolbarData, type ToolbarFinding } from '../shared.ts';
import { toolbarWords } from './words.ts';

export interface PageSnapshot {
  /** Changes whenever a head tag, the article's data or a rendered-page finding changes. */
  version: string;
  data: ToolbarData;
  head: HeadTags;
  /** The share image as this dev server serves it, and its natural size once loaded. */
  image?: { url: string; width: number; height: number; loaded: boolean };
  findings: ToolbarFinding[];
  measure: MeasureText;
  /** Arial, the font Google's widths are for, is not installed here: widths come from a stand-in font. */
  arialMissing: boolean;
}

export function readHead(doc: Document): HeadTags {
  const head = doc.head;
  return {
    title: head.querySelector('title')?.textContent ?? undefined,
    meta: Array.from(head.querySelectorAll('meta[name], meta[property]'), (m) => ({
      key: m.getAttribute('property') ?? m.getAttribute('name') ?? '',
      content: m.getAttribute('content') ?? '',
    })),
    links: Array.from(head.querySelectorAll('link[rel][href]'), (l) => ({ rel: l.getAttribute('rel') ?? '', href: l.getAttribute('href') ?? '' })),
    jsonld: Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''),
  };
}

let context: CanvasRenderingContext2D | null | undefined;
/** Width in CSS pixels as this browser draws the text (canvas measureText). */
export const measureText: MeasureText = (text, font) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = font;
  return context.measureText(text).width;
};

/**
 * Whether this machine has Arial: a text drawn in "Arial, monospace" as wide as in "monospace"
 * fell back. Without it (many Linux desktops) every width is a stand-in font's, so the title
 * width is not judged.
 */
export function arialMissing(): boolean {
  const sample = 'mmmmmmmmmmlliWwQ';
  return measureText(sample, '72px Arial, monospace') === measureText(sample, '72px monospace');
}

/**
 * The URL the dev server answers for a site URL: og:image names the production origin (from
 * `site`), which in `astro dev` is this server. `version` changes with the head, so the browser
 * fetches the card again after a save instead of showing the one it cached.
 */
export function localUrl(src: string, siteOrigin: string | undefined, version: string): string {
  const url = new URL(src, location.href);
  const local = siteOrigin && url.origin === siteOrigin ? new URL(url.pathname + url.search, location.origin) : url;
  if (local.origin === location.origin) local.searchParams.set('v', version);
  return local.href;
}

/** A short hash (FNV-1a) for versions. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Every head tag, to version the card's URL. */
const headVersion = (head: HeadTags) => shortHash([head.title ?? '', ...head.meta.map((m) => `${m.key}=${m.content}`)].join('\n'));

function loadImage(url: string): Promise<{ width: number; height: number; loaded: boolean }> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight, loaded: true });
    img.onerror = () => resolve({ width: 0, height: 0, loaded: false });
    img.src = url;
  });
}

/** The fact (frontmatter role) a rendered-page finding is about, for the editor link. */
const FIELD_OF_CHECK: Record<string, string> = {
  title: 'title',
  description: 'description',
  canonical: 'canonical',
  robots: 'draft',
  'og:image': 'cover',
};

/** A rendered-page finding in the site's language, with the frontmatter line it is about. */
function toolbarFinding({ check, values, ...finding }: PageFinding, data: ToolbarData): ToolbarFinding {
  const worded = { ...finding, ...toolbarWords(data).checks[check](values) };
  const article = data.article;
  if (!article) return worded;
  const field = FIELD_OF_CHECK[finding.field];
  return { ...worded, editor: { file: article.absoluteFile, line: field ? lineOfField(article.lines, field) : 1 } };
}

export async function fetchData(path: string): Promise<ToolbarData> {
  // Injected routes live below the site's base.
  const route = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${TOOLBAR_DATA_ROUTE}`;
  const response = await fetch(`${route}?path=${encodeURIComponent(path)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${route} answered ${response.status}`);
  return (await response.json()) as ToolbarData;
}

/** The page as it stands now: `doc` is this document, or the page fetched again after a save. */
export async function takeSnapshot(doc: Document): Promise<PageSnapshot> {
  const head = readHead(doc);
  const version = headVersion(head);
  const data = await fetchData(location.pathname);
  const ogImage = readTag(head, ['og:image']);
  const ogUrl = readTag(head, ['og:url']);
  const siteOrigin = ogUrl ? new URL(ogUrl).origin : undefined;
  const imageUrl = ogImage ? localUrl(ogImage, siteOrigin, version) : undefined;
  const image = imageUrl ? { url: imageUrl, ...(await loadImage(imageUrl)) } : undefined;
  const title = readTag(head, ['title']) ?? '';
  const noArial = arialMissing();
  const page = pageFindings({
    path: location.pathname,
    head,
    titleCount: doc.head.querySelectorAll('title').length,
    h1Count: doc.body.querySelectorAll('h1').length,
    imagesWithoutAlt: Array.from(doc.body.querySelectorAll('img:not([alt])'), (img) => img.getAttribute('src') ?? ''),
    ogImageSize: image?.loaded ? { width: image.width, height: image.height } : undefined,
    titleWidthPx: noArial ? 0 : measureText(title, GOOGLE_RESULT_RULE.titleFont),
    article: data.article && { file: data.article.file, url: data.article.url, draft: data.article.draft },
    descriptionLimits: data.descriptionLimits,
  });
  // The report already has a finding for a description of the wrong length, from the frontmatter.
  const reported = new Set(data.findings.map((f) => f.field));
  const fromPage = page.filter((f) => !(f.check === 'description-length' && reported.has('description'))).map((f) => toolbarFinding(f, data));
  return { version: `${version}-${shortHash(JSON.stringify({ ...data, msSinceSave: undefined, fromPage }))}`, data, head, image, findings: [...data.findings, ...fromPage], measure: measureText, arialMissing: noArial };
}

/** The page fetched again (after a save the open document still has the old head). */
export async function fetchDocument(): Promise<Document> {
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(html, 'text/html');
}
