/** Reading a built site: its pages and files. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, predicate: (path: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (predicate(full)) found.push(relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}

export function htmlPages(dir: string): string[] {
  return listFiles(dir, (p) => p.endsWith('.html'));
}

export function readPage(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** `/artikel/foo/` → `artikel/foo/index.html` */
export function pageFile(urlPath: string): string {
  return `${urlPath.replace(/^\//, '')}index.html`;
}
