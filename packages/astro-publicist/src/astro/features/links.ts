/**
 * After the build: every link we wrote into a page's head (canonical, og:url, og:image, feed and
 * hreflang links, the JSON-LD's breadcrumb, author and page URLs) and into our feeds must point to
 * a file of the build, or to a route rendered on demand. A link to a page that was not built is
 * our bug (or a URL option that does not match the site), so the report fails on it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, isElement, textOf } from '../head/html.ts';
import { outputFile, type PublicistState } from '../state.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface BrokenLink {
  url: string;
  /** The output file that links it, relative to the output directory. */
  in: string;
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Every string in a JSON value. */
function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
}

/** The URLs in a page's head that we write. */
function headLinks(html: string): string[] {
  const end = html.search(/<\/head\s*>/i);
  const document = parse(end >= 0 ? html.slice(0, end) : html);
  const urls: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) {
      const rel = (attr(node, 'rel') ?? '').split(/\s+/);
      const name = attr(node, 'property') ?? attr(node, 'name');
      if (node.tagName === 'link' && (rel.includes('canonical') || rel.includes('alternate'))) urls.push(attr(node, 'href') ?? '');
      else if (node.tagName === 'meta' && (name === 'og:url' || name === 'og:image')) urls.push(attr(node, 'content') ?? '');
      else if (node.tagName === 'script' && attr(node, 'type') === 'application/ld+json') {
        try {
          strings(JSON.parse(textOf(node)), urls);
        } catch {
          // not ours: ours is always valid JSON
        }
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  return urls;
}

/** The site URLs a feed file links (channel, items, enclosures), not those inside the articles' own text. */
function feedLinks(text: string, path: string, site: string): string[] {
  if (path.endsWith('.json')) {
    const urls: string[] = [];
    try {
      const { items = [], ...channel } = JSON.parse(text) as { items?: Record<string, unknown>[] };
      strings(channel, urls);
      for (const { content_html: _html, content_text: _text, summary: _summary, ...item } of items) strings(item, urls);
    } catch {
      // not JSON: nothing to check
    }
    return urls;
  }
  const structure = text.replace(/<(content:encoded|content|description|summary)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const pattern = new RegExp(`${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"'<>&\\s]*`, 'g');
  return [...structure.matchAll(pattern)].map((m) => m[0]);
}

/** The build has a file for the path: `/a/` as `a/index.html` or `a.html`, `/a.png` as itself. */
function built(outDir: string, path: string): boolean {
  const file = join(outDir, path);
  const candidates = path.endsWith('/') ? [join(file, 'index.html'), `${file.replace(/[\\/]$/, '')}.html`] : [file, `${file}.html`, join(file, 'index.html')];
  return candidates.some((c) => existsSync(c));
}

export async function brokenLinks(state: PublicistState): Promise<BrokenLink[]> {
  const { options, outDir } = state;
  const site = options.site;
  const broken = new Map<string, BrokenLink>();
  const checked = new Map<string, boolean>();
  const check = (url: string, file: string) => {
    if (!url.startsWith(site)) return;
    const pathname = new URL(url).pathname;
    let ok = checked.get(pathname);
    if (ok === undefined) {
      let path = pathname.slice(options.base.length);
      try {
        path = decodeURIComponent(path);
      } catch {
        // keep it encoded
      }
      const routePath = `/${path}`;
      ok = built(outDir, path) || (state.onDemand ?? []).some((re) => re.test(routePath) || re.test(pathname));
      checked.set(pathname, ok);
    }
    if (!ok && !broken.has(url)) broken.set(url, { url, in: relative(outDir, file).split(sep).join('/') });
  };
  if (!existsSync(outDir)) return [];
  for await (const file of htmlFiles(outDir)) {
    for (const url of headLinks(await readFile(file, 'utf8'))) check(url.split('#')[0]!, file);
  }
  for (const path of state.feedFiles ?? []) {
    const file = outputFile(state, path);
    if (!existsSync(file)) continue;
    for (const url of feedLinks(await readFile(file, 'utf8'), path, site)) check(url.split('#')[0]!, file);
  }
  return [...broken.values()].sort((a, b) => a.url.localeCompare(b.url));
}
