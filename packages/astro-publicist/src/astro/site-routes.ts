/**
 * The site's own routes, read from src/pages the way Astro names them, before we inject ours:
 * `src/pages/rss.xml.js` is `/rss.xml`, `src/pages/topics/[tag].astro` is `/topics/[tag]`.
 * Files and folders starting with `_` are not routes. The check after routing (the
 * `astro:routes:resolved` hook) catches what this misses (routes other integrations inject).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const PAGE_EXTENSIONS = ['.astro', '.md', '.mdx', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn'];
const ENDPOINT_EXTENSIONS = ['.js', '.ts'];

export interface SiteRoute {
  pattern: string;
  /** The file, relative to the project root. */
  file: string;
}

function routeOf(pagesDir: string, file: string): string | undefined {
  const path = relative(pagesDir, file).split(sep);
  const name = path.pop()!;
  const page = PAGE_EXTENSIONS.find((ext) => name.endsWith(ext));
  const endpoint = ENDPOINT_EXTENSIONS.find((ext) => name.endsWith(ext));
  const extension = page ?? endpoint;
  if (!extension || name.endsWith('.d.ts')) return undefined;
  const base = name.slice(0, -extension.length);
  const parts = [...path, ...(page && base === 'index' ? [] : [base])];
  return `/${parts.join('/')}`;
}

export function siteRoutes(root: string, pagesDir: string): SiteRoute[] {
  if (!existsSync(pagesDir)) return [];
  const routes: SiteRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const pattern = routeOf(pagesDir, path);
        if (pattern) routes.push({ pattern, file: relative(root, path) });
      }
    }
  };
  walk(pagesDir);
  return routes;
}
