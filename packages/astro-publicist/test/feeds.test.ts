import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { parseDocument, DomUtils } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { feedHtml, parseSrcset } from '../src/core/feeds/html.ts';
import { feedDocument, feedItemsFrom, serializeFeed, type FeedDocument } from '../src/core/feeds/document.ts';
import { feedArticles, feedScopes } from '../src/core/feeds/definitions.ts';
import { feedLinks } from '../src/core/feeds/links.ts';
import { feedStylesheet } from '../src/core/feeds/stylesheet.ts';
import { JSON_FEED_VERSION } from '../src/core/feeds/json.ts';
import { feedRenderError } from '../src/astro/routes/feeds/render-error.ts';
import { PublicistError } from '../src/core/errors.ts';
import { parseOptions } from '../src/options/validate.ts';
import type { Article, ResolvedOptions } from '../src/core/types.ts';
import { baseUserOptions, makeArticle, makeOptions } from './helpers.ts';

const rssParser = new Parser({ customFields: { item: ['dc:creator'] } });
const strictXml = (xml: string) => XMLValidator.validate(xml, { allowBooleanAttributes: false });

const PAGE = 'https://social-kompass.example/artikel/beispiel/';

/** Every URL-bearing attribute value in an HTML fragment, read by htmlparser2 (not our parser). */
function urlsIn(html: string): string[] {
  const doc = parseDocument(html);
  const urls: string[] = [];
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (['href', 'src', 'poster', 'cite', 'xlink:href', 'action'].includes(name)) urls.push(value);
      if (name === 'srcset') urls.push(...value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!));
    }
  }
  return urls;
}

describe('feedHtml', () => {
  const dirty = `
    <p>Mehr im <a href="/artikel/andere/">anderen Artikel</a>, im <a href="../nachbar/">Nachbarn</a> und <a href="#ziele">unten</a>.</p>
    <img src="/_astro/bild.webp" srcset="/_astro/bild-480.webp 480w, bild,mit,komma.webp 800w, //cdn.example/b.webp 2x" alt="Ein Bild" onerror="alert(1)">
    <video poster="poster.jpg" src="/v.mp4"></video>
    <picture><source srcset="/a.avif" type="image/avif"><img src="a.png" alt=""></picture>
    <svg><use xlink:href="/sprite.svg#icon"></use><style>.x{}</style></svg>
    <script>alert(1)</script><style>p { color: red }</style><link rel="stylesheet" href="/s.css">
    <a href="javascript:alert(1)" onclick="x()">Klick</a>
    <a href=" JaVaScRiPt:alert(2)">Klick 2</a>
    <astro-island uid="x" component-url="/_astro/C.js"><template data-astro-template>t</template><div data-astro-cid-abc class="c">Insel</div></astro-island>
    <noscript><img src="/lazy.png" alt="faul"></noscript>
    <!-- ein Kommentar -->
    <a href="mailto:redaktion@social-kompass.example">Mail</a> <a href="https://andere.example/x?a=1&amp;b=2">extern</a>
    <iframe src="/embed/" srcdoc="<script>alert(1)</script>"></iframe>`;
  const clean = feedHtml(dirty, PAGE);
  const doc = parseDocument(clean);

  it('leaves no relative URL in any href, src, srcset, poster', () => {
    const urls = urlsIn(clean);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(URL.canParse(url), url).toBe(true);
    expect(urls).toContain('https://social-kompass.example/artikel/andere/');
    expect(urls).toContain('https://social-kompass.example/artikel/nachbar/');
    expect(urls).toContain('https://social-kompass.example/artikel/beispiel/#ziele');
    expect(urls).toContain('https://social-kompass.example/artikel/beispiel/bild,mit,komma.webp');
    expect(urls).toContain('https://cdn.example/b.webp');
    expect(urls).toContain('https://social-kompass.example/artikel/beispiel/poster.jpg');
    expect(urls).toContain('https://social-kompass.example/sprite.svg#icon');
    expect(urls).toContain('https://andere.example/x?a=1&b=2');
    expect(urls).toContain('mailto:redaktion@social-kompass.example');
  });

  it('removes scripts, styles, stylesheets, event handlers, javascript: URLs and srcdoc', () => {
    const all = DomUtils.findAll(() => true, doc.children);
    expect(all.filter((e) => ['script', 'style', 'link', 'template'].includes(e.name))).toEqual([]);
    for (const el of all) {
      for (const name of Object.keys(el.attribs)) {
        expect(name.startsWith('on'), `${el.name}[${name}]`).toBe(false);
        expect(name).not.toBe('srcdoc');
        expect(name.startsWith('data-astro-')).toBe(false);
      }
    }
    expect(clean.toLowerCase()).not.toContain('javascript:');
    expect(clean).not.toContain('ein Kommentar');
    // the links themselves stay, without their href
    expect(DomUtils.findAll((e) => e.name === 'a' && DomUtils.textContent(e).startsWith('Klick'), doc.children).map((e) => e.attribs.href)).toEqual([undefined, undefined]);
  });

  it('keeps the content of island wrappers and noscript', () => {
    expect(DomUtils.findAll((e) => e.name === 'astro-island' || e.name === 'noscript', doc.children)).toEqual([]);
    expect(DomUtils.textContent(doc)).toContain('Insel');
    expect(urlsIn(clean)).toContain('https://social-kompass.example/lazy.png');
  });

  it('drops a highlighter\'s coloured spans and theme attributes from code blocks, keeping the code, its language and links', () => {
    // What Shiki (Astro's default highlighter) writes for a code block.
    const shiki =
      '<p>Vorher <span style="color:red">rot</span></p><pre class="astro-code github-dark" style="background-color:#24292e;color:#e1e4e8; overflow-x: auto;" tabindex="0" data-language="ts"><code>' +
      '<span class="line"><span style="color:#6A737D">// Zeit &lt;planen&gt; &amp; posten</span></span>\n' +
      '<span class="line"><span style="color:#F97583">export</span><span style="color:#B392F0"> nextSlot</span><span style="color:#E1E4E8">(</span><a href="/doku/">Doku</a><span style="color:#E1E4E8">)</span></span></code></pre>';
    const before = parseDocument(shiki);
    const html = feedHtml(shiki, PAGE);
    const after = parseDocument(html);
    const pre = DomUtils.findOne((e) => e.name === 'pre', after.children)!;
    expect(pre.attribs).toEqual({});
    expect(DomUtils.findAll((e) => e.name === 'span', pre.children)).toEqual([]);
    const code = DomUtils.findOne((e) => e.name === 'code', pre.children)!;
    expect(code.attribs).toEqual({ class: 'language-ts' });
    const codeBefore = DomUtils.findOne((e) => e.name === 'code', before.children)!;
    expect(DomUtils.textContent(code)).toBe(DomUtils.textContent(codeBefore));
    expect(DomUtils.textContent(code)).toContain('// Zeit <planen> & posten\nexport nextSlot(Doku)');
    expect(urlsIn(html)).toEqual(['https://social-kompass.example/doku/']);
    // Outside code blocks the author's markup stays.
    expect(html).toContain('<span style="color:red">rot</span>');
    expect(html.length).toBeLessThan(shiki.length / 2);
  });

  it('splits srcset candidates the way the HTML standard does', () => {
    expect(parseSrcset('a.png 1x, b,c.png 2x,d.png')).toEqual([
      ['a.png', '1x'],
      ['b,c.png', '2x'],
      ['d.png', ''],
    ]);
    expect(parseSrcset('  x.png   480w ,y.png (max-width: 1px, 2px) 800w')).toEqual([
      ['x.png', '480w'],
      ['y.png', '(max-width: 1px, 2px) 800w'],
    ]);
  });
});

// --- documents from real Articles ---------------------------------------------------------

const NASTY_TITLE = 'Tipps & Tricks: <b>fett</b> ]]> „Öffentlichkeitsarbeit“ \u0007ohne Steuerzeichen';
const NASTY_TAG = 'Q&A <"Kurz">';

function articles(options: ResolvedOptions): Article[] {
  return [
    makeArticle({ id: 'alt', data: { title: 'Der älteste Beitrag', pubDate: new Date('2026-01-05'), tags: ['Strategie'] } }, options),
    makeArticle(
      { id: 'neu', data: { title: NASTY_TITLE, description: 'Beschreibung mit <script>alert(1)</script> & „Zitat“', pubDate: new Date('2026-03-09'), author: ['lena', 'jonas'], tags: ['Strategie', NASTY_TAG] } },
      options,
    ),
    makeArticle({ id: 'english', data: { title: 'An English article', lang: 'en', pubDate: new Date('2026-02-01'), tags: ['Strategy'] } }, options),
  ];
}

const BODY = '<p>Text mit <a href="/artikel/alt/">Link</a>.</p><aside class="callout">Ein Hinweis</aside><script>x()</script>';

/** Every feed document; `cardLength` stands in for the card service (its byte length of an article's link card). */
async function documents(options: ResolvedOptions, list = articles(options), cardLength?: (article: Article) => Promise<number | undefined>): Promise<FeedDocument[]> {
  const docs: FeedDocument[] = [];
  for (const scope of feedScopes(list, options)) for (const format of options.feeds.formats) docs.push(await feedDocument(scope, format, list, feedItemsFrom(async () => BODY, options, cardLength), options));
  return docs;
}

const withCards = (options: ResolvedOptions, size = 12345) => documents(options, articles(options), async () => size);

describe('feed documents', async () => {
  const options = makeOptions();
  const docs = await withCards(options);
  const written = await Promise.all(docs.map(async (d) => ({ doc: d, text: await serializeFeed(d) })));
  const byPath = (path: string) => written.find((w) => w.doc.path === path)!;

  it('has a site, a tag and a language feed in all three formats', () => {
    expect(docs.map((d) => d.path).sort()).toEqual(
      [
        '/atom.xml', '/feed.json', '/rss.xml',
        '/de/atom.xml', '/de/feed.json', '/de/rss.xml',
        '/en/atom.xml', '/en/feed.json', '/en/rss.xml',
        '/tags/qa-kurz/atom.xml', '/tags/qa-kurz/feed.json', '/tags/qa-kurz/rss.xml',
        '/tags/strategie/atom.xml', '/tags/strategie/feed.json', '/tags/strategie/rss.xml',
        '/tags/strategy/atom.xml', '/tags/strategy/feed.json', '/tags/strategy/rss.xml',
      ].sort(),
    );
  });

  it('writes well-formed XML that rss-parser reads back, for hostile titles and tags', async () => {
    for (const { doc, text } of written.filter((w) => w.doc.format !== 'json')) {
      expect(strictXml(text), doc.path).toBe(true);
      const feed = await rssParser.parseString(text);
      expect(feed.items.length, doc.path).toBe(doc.items.length);
    }
    const rss = await rssParser.parseString(byPath('/rss.xml').text);
    const nasty = rss.items.find((i) => i.link?.endsWith('/neu/'))!;
    expect(nasty.title).toBe(NASTY_TITLE.replace('\u0007', ''));
    expect(nasty.categories).toContain(NASTY_TAG);
    expect(nasty['dc:creator']).toBeDefined();
    // Atom titles are HTML: decoded once more they are the original text.
    const atom = await rssParser.parseString(byPath('/atom.xml').text);
    expect(decodeHTML(atom.items.find((i) => i.link?.endsWith('/neu/'))!.title!)).toBe(NASTY_TITLE.replace('\u0007', ''));
  });

  it('RSS: newest first, RFC 822 dates, permalink guids, self link, language, content, enclosure, creators', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(byPath('/rss.xml').text);
    const channel = parsed.rss.channel;
    expect(channel.language).toBe('de-de');
    expect(channel['atom:link']).toMatchObject({ href: 'https://social-kompass.example/rss.xml', rel: 'self', type: 'application/rss+xml' });
    const items = [channel.item].flat();
    expect(items.map((i: { link: string }) => i.link)).toEqual([
      'https://social-kompass.example/articles/neu/',
      'https://social-kompass.example/articles/english/',
      'https://social-kompass.example/articles/alt/',
    ]);
    for (const item of items) {
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.guid).toEqual({ '#text': item.link, isPermaLink: 'true' });
      expect(item.enclosure).toEqual({ url: `https://social-kompass.example/og/articles/${item.link.split('/').at(-2)}.png`, length: '12345', type: 'image/png' });
      expect(item['content:encoded']).toContain('<aside class="callout">Ein Hinweis</aside>');
      expect(item['content:encoded']).toContain('href="https://social-kompass.example/artikel/alt/"');
      expect(item['content:encoded']).not.toContain('<script');
    }
    expect([items[0]['dc:creator']].flat()).toEqual(['Lena Hoffmann', 'Jonas Becker']);
    // The description is HTML-escaped plain text: a reader rendering it as HTML shows the script tag as text.
    expect(parseDocument(items[0].description).children.every((n) => n.type === 'text')).toBe(true);
  });

  it('Atom: ids, self link, RFC 3339 dates, enclosure, authors', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(byPath('/atom.xml').text).feed;
    expect([parsed.link].flat()).toContainEqual({ rel: 'self', href: 'https://social-kompass.example/atom.xml' });
    expect(parsed.updated).toBe(new Date('2026-03-09T00:00:00+01:00').toISOString());
    for (const entry of [parsed.entry].flat()) {
      expect(entry.id).toMatch(/^https:\/\/social-kompass\.example\/articles\/[a-z]+\/$/);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect([entry.link].flat()).toContainEqual(expect.objectContaining({ rel: 'enclosure', length: '12345', type: 'image/png' }));
      expect([entry.author].flat().length).toBeGreaterThan(0);
    }
  });

  it('JSON Feed: every field version 1.1 requires, and the 1.1 shapes', () => {
    const feed = JSON.parse(byPath('/feed.json').text);
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe('https://social-kompass.example/');
    expect(feed.feed_url).toBe('https://social-kompass.example/feed.json');
    expect(feed.author).toBeUndefined();
    expect(feed.authors).toEqual([{ name: 'Social Kompass GmbH', url: 'https://social-kompass.example/' }]);
    expect(feed.items.length).toBe(3);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      ids.add(item.id);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(item.author).toBeUndefined();
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(item.attachments).toEqual([{ url: item.image, mime_type: 'image/png', size_in_bytes: 12345 }]);
    }
    expect(ids.size).toBe(3);
    expect(feed.items[0].title).toBe(NASTY_TITLE.replace('\u0007', ''));
    expect(feed.items[0].authors.map((a: { name: string }) => a.name)).toEqual(['Lena Hoffmann', 'Jonas Becker']);
    expect(feed.items.find((i: { language: string }) => i.language === 'en')).toBeDefined();
  });

  it('language and tag feeds hold only their articles, in the feed language', async () => {
    const en = await rssParser.parseString(byPath('/en/rss.xml').text);
    expect(en.items.map((i) => i.title)).toEqual(['An English article']);
    expect(byPath('/en/rss.xml').text).toContain('<language>en-us</language>');
    const tag = await rssParser.parseString(byPath('/tags/strategie/rss.xml').text);
    expect(tag.items.map((i) => i.link)).toEqual(['https://social-kompass.example/articles/neu/', 'https://social-kompass.example/articles/alt/']);
    expect(tag.link).toBe('https://social-kompass.example/tags/strategie/');
  });

  it('without known card sizes, writes no enclosure rather than a wrong length', async () => {
    const [doc] = await documents(options);
    const feed = await rssParser.parseString(await serializeFeed(doc!));
    expect(feed.items.map((i) => i.enclosure)).toEqual([undefined, undefined, undefined]);
  });

  it('is byte-identical for the same input', async () => {
    const again = await Promise.all((await withCards(options)).map((d) => serializeFeed(d)));
    expect(again).toEqual(written.map((w) => w.text));
  });
});

describe('feeds options', () => {
  it('summary feeds carry the description only: no content:encoded, content_text in JSON', async () => {
    const options = makeOptions({ feeds: { content: 'summary', formats: ['rss', 'json'], tags: false, languages: false } });
    const docs = await documents(options);
    expect(docs.map((d) => d.path)).toEqual(['/rss.xml', '/feed.json']);
    const rss = await serializeFeed(docs[0]!);
    expect(rss).not.toContain('content:encoded');
    const json = JSON.parse(await serializeFeed(docs[1]!));
    for (const item of json.items) {
      expect(item.content_html).toBeUndefined();
      expect(typeof item.content_text).toBe('string');
    }
  });

  it('limit, filter, title and description per feed', async () => {
    const options = makeOptions({
      feeds: {
        limit: 1,
        filter: (a: Article) => a.id !== 'neu',
        title: (feed) => (feed.kind === 'tag' ? `Thema ${feed.tag}` : 'Alles'),
        description: 'Eigene Beschreibung',
      },
    });
    const list = articles(options);
    expect(feedArticles({ kind: 'site' }, list, options).map((a) => a.id)).toEqual(['english']);
    const docs = await documents(options, list);
    const rss = await rssParser.parseString(await serializeFeed(docs.find((d) => d.path === '/tags/strategie/rss.xml')!));
    expect(rss.title).toBe('Thema Strategie');
    expect(rss.description).toBe('Eigene Beschreibung');
    expect(rss.items.map((i) => i.link)).toEqual(['https://social-kompass.example/articles/alt/']);
    // The filter empties this tag feed, which still exists (its tag page links it) and is valid.
    const empty = docs.find((d) => d.path === '/tags/qa-kurz/rss.xml')!;
    expect(empty.items).toEqual([]);
    expect(strictXml(await serializeFeed(empty))).toBe(true);
  });

  it('names the option and what was expected', () => {
    expect(() => parseOptions({ ...baseUserOptions, feeds: { limit: 'x' } })).toThrow('publicist: feeds.limit must be a number of items, got "x"');
    expect(() => parseOptions({ ...baseUserOptions, feeds: { formats: ['rss', 'rdf'] } })).toThrow('feeds.formats.1 must be "rss", "atom" or "json", got "rdf"');
    expect(() => parseOptions({ ...baseUserOptions, feeds: { content: 'teaser' } })).toThrow('feeds.content must be "full" or "summary", got "teaser"');
    expect(() => parseOptions({ ...baseUserOptions, feeds: { fulltext: true } })).toThrow('feeds.fulltext is not an option');
  });

  it('a filter that returns no boolean fails naming the article', () => {
    const options = makeOptions({ feeds: { filter: (() => 'ja') as unknown as (a: Article) => boolean } });
    expect(() => feedArticles({ kind: 'site' }, articles(options), options)).toThrow(/feeds\.filter must return true or false, got "ja" for src\/content\/articles\/\w+\.mdx/);
  });
});

describe('feedLinks', () => {
  const options = makeOptions();
  const hrefs = (links: { href: string }[]) => links.map((l) => l.href);

  it('links the site feeds everywhere, in every enabled format with its MIME type', () => {
    const links = feedLinks({}, options);
    expect(links.map((l) => [l.type, l.href])).toEqual([
      ['application/rss+xml', 'https://social-kompass.example/rss.xml'],
      ['application/atom+xml', 'https://social-kompass.example/atom.xml'],
      ['application/feed+json', 'https://social-kompass.example/feed.json'],
    ]);
    expect(links[0]!.title).toBe('Social Kompass (RSS)');
  });

  it('adds the tag feed on a tag page and the language feed when the site has several languages', () => {
    expect(hrefs(feedLinks({ tag: 'Öffentlichkeitsarbeit' }, options))).toContain('https://social-kompass.example/tags/oeffentlichkeitsarbeit/rss.xml');
    expect(hrefs(feedLinks({ lang: 'en', languages: ['de', 'en'] }, options))).toContain('https://social-kompass.example/en/rss.xml');
    expect(hrefs(feedLinks({ lang: 'de', languages: ['de'] }, options)).some((h) => h.includes('/de/'))).toBe(false);
    const article = makeArticle({ data: { lang: 'en', tags: ['Strategy'] } }, options);
    const onArticle = hrefs(feedLinks({ article, languages: ['de', 'en'] }, options));
    expect(onArticle).toContain('https://social-kompass.example/en/feed.json');
    expect(onArticle.some((h) => h.includes('/tags/'))).toBe(false);
  });

  it('follows the options', () => {
    const only = makeOptions({ feeds: { formats: ['atom'], tags: false } });
    expect(feedLinks({ tag: 'SEO' }, only).map((l) => l.href)).toEqual(['https://social-kompass.example/atom.xml']);
  });
});

describe('stylesheet', () => {
  it('is well-formed XSLT with the words in German and English', () => {
    const xsl = feedStylesheet('de', ['de', 'en']);
    expect(strictXml(xsl)).toBe(true);
    expect(xsl).toContain('Dies ist ein Web-Feed.');
    expect(xsl).toContain('This is a web feed.');
  });
});

describe('enclosures', () => {
  it('each item’s enclosure is its link card with the length the card service gives, in RSS, Atom and JSON Feed', async () => {
    const options = makeOptions();
    const list = articles(options);
    const sizes: Record<string, number> = { 'articles/neu': 4321, 'articles/alt': 987 };
    const asked: string[] = [];
    const docs = await documents(options, list, async (article) => (asked.push(article.slug), sizes[article.slug]));
    expect(new Set(asked)).toEqual(new Set(list.map((a) => a.slug)));
    const text = (path: string) => serializeFeed(docs.find((d) => d.path === path)!);
    const rss = await rssParser.parseString(await text('/rss.xml'));
    expect(rss.items.map((i) => [i.link, i.enclosure?.length === undefined ? undefined : Number(i.enclosure.length), i.enclosure?.url])).toEqual([
      ['https://social-kompass.example/articles/neu/', 4321, 'https://social-kompass.example/og/articles/neu.png'],
      ['https://social-kompass.example/articles/english/', undefined, undefined],
      ['https://social-kompass.example/articles/alt/', 987, 'https://social-kompass.example/og/articles/alt.png'],
    ]);
    const json = JSON.parse(await text('/feed.json'));
    expect(json.items.map((i: { attachments?: { size_in_bytes: number }[] }) => i.attachments?.[0]?.size_in_bytes)).toEqual([4321, undefined, 987]);
    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await text('/atom.xml'));
    const enclosures = [atom.feed.entry].flat().map((e: { link: { rel?: string; length?: string }[] }) => [e.link].flat().find((l) => l.rel === 'enclosure')?.length);
    expect(enclosures).toEqual(['4321', undefined, '987']);
  });
});

describe('an article that cannot be rendered for the feeds', () => {
  it('is a build error naming the article file and the first line of the cause', () => {
    const error = feedRenderError('src/content/articles/kaputt.mdx', new Error('Absichtlich kaputt\n    at eval (kaputt.mdx:8:15)'));
    expect(error).toBeInstanceOf(PublicistError);
    expect(error.message).toBe('publicist: src/content/articles/kaputt.mdx: the article cannot be rendered for the feeds: Absichtlich kaputt');
    expect(error.details).toEqual({ file: 'src/content/articles/kaputt.mdx' });
    expect(feedRenderError('a.md', 'no renderer for .md').message).toBe('publicist: a.md: the article cannot be rendered for the feeds: no renderer for .md');
  });
});
