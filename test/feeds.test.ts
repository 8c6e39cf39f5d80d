/**
 * The example site's feeds, as built: judged by a strict XML parser, rss-parser, htmlparser2 and
 * the files that the build wrote.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { REPO_ROOT } from './support/astro.ts';
import { listFiles, pageFile } from './support/dist.ts';

const site = inject('exampleSite');
const SITE = 'https://social-kompass.example/';
const out = (path: string) => join(site.outDir, path);
const read = (path: string) => readFileSync(out(path), 'utf8');

const feedFiles = listFiles(site.outDir, (p) => /(?:^|\/)(?:rss\.xml|atom\.xml|feed\.json)$/.test(p));
const xmlFeeds = feedFiles.filter((f) => f.endsWith('.xml'));
const jsonFeeds = feedFiles.filter((f) => f.endsWith('.json'));
const rssParser = new Parser();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface Item {
  feed: string;
  link: string;
  id: string;
  html?: string;
  enclosure?: { url: string; length: number; type: string };
}

/** Every item of every feed, in one shape. */
function items(): Item[] {
  const all: Item[] = [];
  for (const file of xmlFeeds) {
    const doc = xml.parse(read(file));
    if (doc.rss) {
      for (const i of [doc.rss.channel.item ?? []].flat()) {
        all.push({ feed: file, link: i.link, id: i.guid['#text'], html: i['content:encoded'], enclosure: i.enclosure && { ...i.enclosure, length: Number(i.enclosure.length) } });
      }
    } else {
      for (const e of [doc.feed.entry ?? []].flat()) {
        const links = [e.link].flat();
        const enclosure = links.find((l: { rel?: string }) => l.rel === 'enclosure');
        all.push({ feed: file, link: links.find((l: { rel?: string }) => !l.rel).href, id: e.id, html: e.content?.['#text'], enclosure: enclosure && { url: enclosure.href, length: Number(enclosure.length), type: enclosure.type } });
      }
    }
  }
  for (const file of jsonFeeds) {
    for (const i of JSON.parse(read(file)).items) {
      const a = i.attachments?.[0];
      all.push({ feed: file, link: i.url, id: i.id, html: i.content_html, enclosure: a && { url: a.url, length: a.size_in_bytes, type: a.mime_type } });
    }
  }
  return all;
}

describe('feeds of the example site', () => {
  it('writes the site, tag and language feeds in RSS, Atom and JSON Feed', () => {
    for (const dir of ['', 'de/', 'en/', 'tags/seo/']) for (const name of ['rss.xml', 'atom.xml', 'feed.json']) expect(feedFiles).toContain(`${dir}${name}`);
    const tagDirs = readdirSync(out('tags'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(out(`tags/${d.name}/index.html`)));
    // Every tag page has its feed.
    for (const dir of tagDirs) expect(feedFiles, dir.name).toContain(`tags/${dir.name}/rss.xml`);
  });

  it('every XML feed is well-formed under a strict parser and reads in rss-parser', async () => {
    for (const file of xmlFeeds) {
      const text = read(file);
      expect(XMLValidator.validate(text), file).toBe(true);
      const feed = await rssParser.parseString(text);
      expect(feed.title, file).toBeTruthy();
    }
  });

  it('every item links to a page that was built, and ids are unique within each feed', () => {
    const all = items();
    expect(all.length).toBeGreaterThan(20);
    for (const item of all) {
      expect(item.link.startsWith(SITE), item.link).toBe(true);
      expect(existsSync(out(pageFile(new URL(item.link).pathname))), `${item.feed}: ${item.link}`).toBe(true);
      expect(item.id, item.feed).toBe(item.link);
    }
    for (const file of feedFiles) {
      const ids = all.filter((i) => i.feed === file).map((i) => i.id);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it('dates: RFC 822 in RSS, RFC 3339 in Atom and JSON Feed; newest first', () => {
    for (const file of xmlFeeds) {
      const doc = xml.parse(read(file));
      if (doc.rss) {
        const dates = [doc.rss.channel.item ?? []].flat().map((i: { pubDate: string }) => i.pubDate);
        for (const d of dates) expect(d).toMatch(RFC822);
        const times = dates.map((d: string) => Date.parse(d));
        expect(times, file).toEqual([...times].sort((a, b) => b - a));
      } else {
        expect(doc.feed.updated).toMatch(RFC3339);
        for (const e of [doc.feed.entry ?? []].flat()) {
          expect(e.updated).toMatch(RFC3339);
          expect(e.published).toMatch(RFC3339);
        }
      }
    }
    for (const file of jsonFeeds) for (const i of JSON.parse(read(file)).items) expect(i.date_published).toMatch(RFC3339);
  });

  it('RSS declares its language, its own address (atom:link rel=self) and the stylesheet', () => {
    for (const file of xmlFeeds.filter((f) => f.endsWith('rss.xml'))) {
      const text = read(file);
      const channel = xml.parse(text).rss.channel;
      expect(channel['atom:link']).toMatchObject({ rel: 'self', href: `${SITE}${file}` });
      expect(channel.language).toBe(file.startsWith('en/') ? 'en-us' : 'de-de');
      const stylesheet = text.match(/<\?xml-stylesheet href="([^"]+)" type="text\/xsl"\?>/)?.[1];
      expect(stylesheet).toBe('/rss.xsl');
      expect(XMLValidator.validate(read('rss.xsl'))).toBe(true);
    }
  });

  it('language feeds hold only articles in their language', () => {
    const en = items().filter((i) => i.feed === 'en/feed.json');
    expect(en.length).toBeGreaterThan(0);
    for (const i of en) expect(new URL(i.link).pathname.startsWith('/en/')).toBe(true);
    for (const i of items().filter((x) => x.feed === 'de/feed.json')) expect(new URL(i.link).pathname.startsWith('/en/')).toBe(false);
  });

  it('no relative URL is left in any item, and every image in it was built', () => {
    const withHtml = items().filter((i) => i.html);
    expect(withHtml.length).toBeGreaterThan(20);
    let images = 0;
    for (const item of withHtml) {
      const doc = parseDocument(item.html!);
      for (const el of DomUtils.findAll(() => true, doc.children)) {
        expect(['script', 'style'].includes(el.name), `${item.link}: <${el.name}>`).toBe(false);
        for (const [name, value] of Object.entries(el.attribs)) {
          expect(name.startsWith('on'), `${item.link}: ${name}`).toBe(false);
          const urls = name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!) : ['href', 'src', 'poster'].includes(name) ? [value] : [];
          for (const url of urls) {
            expect(URL.canParse(url), `${item.feed} ${item.link}: ${name}="${url}"`).toBe(true);
            if ((name === 'src' || name === 'srcset') && url.startsWith(SITE)) {
              images++;
              expect(existsSync(out(decodeURIComponent(new URL(url).pathname))), url).toBe(true);
            }
          }
        }
      }
    }
    expect(images).toBeGreaterThan(0);
  });

  it('the rendered output of an MDX component is in the item HTML, as on the article page', () => {
    const articlesDir = join(REPO_ROOT, 'example-site/src/content/articles');
    const withCallout = readdirSync(articlesDir).filter((f) => /<Callout[\s>]/.test(readFileSync(join(articlesDir, f), 'utf8')));
    expect(withCallout.length).toBeGreaterThan(0);
    const feed = JSON.parse(read('feed.json')).items as { url: string; content_html: string }[];
    let compared = 0;
    for (const file of withCallout) {
      const id = file.replace(/\.mdx$/, '');
      const item = feed.find((i) => new URL(i.url).pathname.endsWith(`/${id}/`));
      if (!item) continue; // a draft, or beyond the feed's limit
      const page = parseDocument(readFileSync(out(pageFile(new URL(item.url).pathname)), 'utf8'));
      // The Callout's root element carries the class `callout`, whatever element it is.
      const callouts = (root: ReturnType<typeof parseDocument>) =>
        DomUtils.findAll((e) => (e.attribs.class ?? '').split(/\s+/).includes('callout'), root.children).map((e) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim());
      const onPage = callouts(page);
      expect(onPage.length, id).toBeGreaterThan(0);
      expect(callouts(parseDocument(item.content_html)), id).toEqual(onPage);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('JSON Feed has every field version 1.1 requires', () => {
    for (const file of jsonFeeds) {
      const feed = JSON.parse(read(file));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed.title).toBe('string');
      expect(Array.isArray(feed.items)).toBe(true);
      expect(feed.home_page_url.startsWith(SITE)).toBe(true);
      expect(feed.feed_url).toBe(`${SITE}${file}`);
      expect(feed.authors?.[0]?.name).toBeTruthy();
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      }
    }
  });

  it('the enclosure is the share card, with the card file’s true size', () => {
    for (const item of items()) {
      expect(item.enclosure, `${item.feed}: ${item.link}`).toBeDefined();
      const { url, length, type } = item.enclosure!;
      expect(url.startsWith(`${SITE}og/`)).toBe(true);
      expect(length).toBe(statSync(out(decodeURIComponent(new URL(url).pathname))).size);
      expect(type).toMatch(/^image\//);
    }
  });
});

describe('feed discovery in the pages', () => {
  const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  const discovered = (page: string) =>
    DomUtils.getElementsByTagName('link', parseDocument(read(page)))
      .filter((link) => link.attribs.rel === 'alternate' && FEED_TYPES.has(link.attribs.type ?? ''))
      .map((link) => link.attribs.href!);
  const toFile = (href: string) => new URL(href).pathname.slice(1);

  it('every linked feed was built, and every page links the site feeds', () => {
    // The social kit is an internal tool for the team, not a page readers subscribe from.
    for (const page of listFiles(site.outDir, (p) => p.endsWith('.html')).filter((p) => !p.startsWith('social/'))) {
      const hrefs = discovered(page);
      expect(hrefs, page).toContain(`${SITE}rss.xml`);
      for (const href of hrefs) expect(existsSync(out(toFile(href))), `${page} → ${href}`).toBe(true);
    }
  });

  it('articles link the feeds of their language, tag pages the feeds of their tag', () => {
    expect(discovered(pageFile('/artikel/social-seo/'))).toContain(`${SITE}de/rss.xml`);
    expect(discovered(pageFile('/en/articles/community-management-guide/'))).toContain(`${SITE}en/rss.xml`);
    expect(discovered(pageFile('/tags/seo/'))).toContain(`${SITE}tags/seo/rss.xml`);
  });
});
