/** Reading a page's head with parse5, for counting tags. */
import { createServer } from 'node:net';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];

export function headOf(html: string): Element[] {
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
  const head = root.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head')!;
  return head.childNodes.filter((n): n is Element => 'tagName' in n);
}

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
export const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

/** The contents of every `<meta name=key>` or `<meta property=key>`. */
export const metas = (els: Element[], key: string) => els.filter((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)).map((e) => attr(e, 'content')!);

/** Every JSON-LD script of the page, head and body. */
export function jsonLdScripts(html: string): string[] {
  const found: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'script' && attr(child, 'type') === 'application/ld+json') found.push(textOf(child));
      else walk(child);
    }
  };
  walk(parse(html));
  return found;
}

/** The head tags every page must have exactly once. */
export const ONCE = ['description', 'og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'twitter:card'];

/** How often each must-have tag is on the page: `{ title: 1, canonical: 1, description: 1, … }`. */
export function headCounts(html: string): Record<string, number> {
  const head = headOf(html);
  return {
    title: head.filter((e) => e.tagName === 'title').length,
    canonical: head.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical').length,
    ...Object.fromEntries(ONCE.map((key) => [key, metas(head, key).length])),
    jsonld: jsonLdScripts(html).length,
  };
}

export const ONE_OF_EACH = { title: 1, canonical: 1, ...Object.fromEntries(ONCE.map((key) => [key, 1])), jsonld: 1 };

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Poll until the server answers at `url` (with `ok`, answers 2xx). On timeout the error says the
 * last status and, given `log`, how the server's log ends.
 */
export async function waitFor(url: string, { ok = false, log }: { ok?: boolean; log?: () => string } = {}, deadline = Date.now() + 90_000): Promise<void> {
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (!ok || response.ok) return;
      last = `status ${response.status}`;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 90 s (last: ${last})${log ? `; the server's log ends:\n${log().slice(-3000)}` : ''}`);
}
