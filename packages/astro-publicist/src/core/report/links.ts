/**
 * The link check's decision: every URL of the site we wrote (recorded per page and per feed file
 * as it was written, written-links.ts) must be a file of the build or a route rendered on demand.
 * A link to a page that was not built is our bug (or a URL option that does not match the site).
 * Pure: the caller lists the output's files once (astro/features/links.ts).
 */
import type { ResolvedOptions } from '../types.ts';

export interface BrokenLink {
  url: string;
  /** The output file that links it, relative to the output directory. */
  in: string;
}

export interface LinkCheck {
  /** Per page path or file path (site-relative, with base): the site's URLs we wrote into it. */
  links: ReadonlyMap<string, readonly string[]>;
  /** Every file and folder of the build output, relative to it, `/`-separated (`a/index.html`, `a`). */
  output: ReadonlySet<string>;
  /** Patterns of the routes rendered on demand (their pages are not in the output). */
  onDemand?: readonly RegExp[];
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The output entry a path (without base, decoded) is built as: `a/` as `a/index.html` or
 * `a.html`; `a` and `a.png` as themselves (a file, or a folder), `a.html` or `a/index.html`.
 */
export function builtAs(path: string, output: ReadonlySet<string>): string | undefined {
  const relative = path.replace(/^\/+/, '');
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`, `${relative.replace(/\/+$/, '')}.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  const found = candidates.find((c) => output.has(c));
  // The output folder itself (`''`: the home page spelled without slash) is always there.
  return found ?? (relative === '' && !path.endsWith('/') ? '' : undefined);
}

export function brokenLinks(check: LinkCheck, options: Pick<ResolvedOptions, 'site' | 'base'>): BrokenLink[] {
  const { site, base } = options;
  const onDemand = check.onDemand ?? [];
  const withoutBase = (pathname: string) => decoded(pathname.slice(base.length));
  // Most URLs are linked from many pages (the feeds, the home page, the logo): each is judged once.
  const verdicts = new Map<string, boolean>();
  const reaches = (url: string) => {
    let ok = verdicts.get(url);
    if (ok === undefined) {
      const pathname = new URL(url).pathname;
      const path = withoutBase(pathname);
      const routePath = `/${path}`;
      ok = builtAs(path, check.output) !== undefined || onDemand.some((re) => re.test(routePath) || re.test(pathname));
      verdicts.set(url, ok);
    }
    return ok;
  };
  const outputFile = (from: string) => {
    const path = withoutBase(from);
    return builtAs(path, check.output) || path.replace(/^\/+/, '');
  };
  // Each broken URL once, named with the first file (by name) that links it: the same whatever order the pages rendered in.
  const broken = new Map<string, BrokenLink>();
  for (const [from, urls] of check.links) {
    for (const url of urls) {
      if (!url.startsWith(site) || reaches(url)) continue;
      const file = outputFile(from);
      const known = broken.get(url);
      if (!known || file < known.in) broken.set(url, { url, in: file });
    }
  }
  return [...broken.values()].sort((a, b) => a.url.localeCompare(b.url));
}
