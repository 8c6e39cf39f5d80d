import ogs from 'open-graph-scraper';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { linkCard } from '../src/core/cards/card-files.ts';
import { feedLinks } from '../src/core/feeds/links.ts';
import { renderHead } from '../src/core/meta/index.ts';
import { parseOptions } from '../src/options/validate.ts';
import { HEAD_SITE as SITE, headArticle as testArticle, headOptions as testOptions } from './helpers.ts';

type Element = DefaultTreeAdapterMap['element'];

/** The head's elements as a real HTML parser sees them. */
function headElements(html: string): Element[] {
  const doc = parse(`<!doctype html><html><head>${html}</head><body></body></html>`);
  const htmlEl = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
  const head = htmlEl.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head')!;
  return head.childNodes.filter((n): n is Element => 'tagName' in n);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const metas = (els: Element[], key: string) => els.filter((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)).map((e) => attr(e, 'content'));
const links = (els: Element[], rel: string) => els.filter((e) => e.tagName === 'link' && attr(e, 'rel') === rel);
const titleOf = (els: Element[]) => els.filter((e) => e.tagName === 'title').map((e) => e.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));

describe('head tags of an article', () => {
  const options = testOptions();
  const article = testArticle(options);
  const html = renderHead({ article }, options);
  const els = headElements(html);

  it('is read by open-graph-scraper with the article’s title, description, canonical URL and absolute card image', async () => {
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    expect(result.ogTitle).toBe('Reichweite aufbauen');
    expect(result.ogDescription).toBe('Wie Marken organisch wachsen.');
    expect(result.ogUrl).toBe(`${SITE}/artikel/reichweite/`);
    expect(result.ogType).toBe('article');
    expect(result.ogLocale).toBe('de_DE');
    const card = linkCard(article, options);
    expect(result.ogImage?.[0]?.url).toBe(card.url);
    expect(new URL(result.ogImage![0]!.url).protocol).toBe('https:');
    expect(result.ogImage?.[0]?.width).toBe(String(card.width));
    expect(result.ogImage?.[0]?.height).toBe(String(card.height));
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterSite).toBe('@socialkompass');
    expect(result.twitterCreator).toBe('@lenahoffmann');
    expect(result.articlePublishedTime).toBe('2026-03-01T00:00:00+01:00');
    expect(result.articleSection).toBe('Artikel');
  });

  it('has the document basics: templated title, description, author, robots, canonical', () => {
    expect(titleOf(els)).toEqual(['Reichweite aufbauen | Social Kompass']);
    expect(metas(els, 'description')).toEqual(['Wie Marken organisch wachsen.']);
    expect(metas(els, 'author')).toEqual(['Lena Hoffmann']);
    expect(metas(els, 'robots')).toEqual(['index, follow, max-image-preview:large']);
    expect(links(els, 'canonical').map((l) => attr(l, 'href'))).toEqual([`${SITE}/artikel/reichweite/`]);
  });

  it('lists one article:tag per tag, the Slack labels in German, fediverse:creator and rel="me"', () => {
    expect(metas(els, 'article:tag')).toEqual(['Reichweite', 'Community']);
    expect(metas(els, 'article:author')).toEqual([`${SITE}/autorinnen/lena-hoffmann/`]);
    expect(metas(els, 'twitter:label1')).toEqual(['Lesezeit']);
    expect(metas(els, 'twitter:data1')).toEqual(['1 Minute']);
    expect(metas(els, 'twitter:label2')).toEqual(['Geschrieben von']);
    expect(metas(els, 'twitter:data2')).toEqual(['Lena Hoffmann']);
    expect(metas(els, 'fediverse:creator')).toEqual(['@lena@social.example']);
    expect(links(els, 'me').map((l) => attr(l, 'href'))).toEqual([
      'https://x.com/socialkompass',
      'https://social.example/@kompass',
      'https://bsky.app/profile/socialkompass.bsky.social',
    ]);
  });

  it('never repeats a tag and keeps a fixed order: document, links, og:*, article:*, twitter:*, fediverse', () => {
    const keys = els.map((e) => `${e.tagName} ${attr(e, 'name') ?? attr(e, 'property') ?? attr(e, 'rel') ?? ''} ${attr(e, 'content') ?? attr(e, 'href') ?? attr(e, 'type') ?? ''} ${attr(e, 'hreflang') ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    const groupOf = (e: Element) => {
      const key = attr(e, 'property') ?? attr(e, 'name') ?? '';
      if (e.tagName === 'title' || ['description', 'author', 'robots'].includes(key)) return 0;
      if (e.tagName === 'link') return 1;
      if (key.startsWith('og:')) return 2;
      if (key.startsWith('article:')) return 3;
      if (key.startsWith('twitter:')) return 4;
      if (key.startsWith('fediverse:')) return 5;
      return 6;
    };
    const groups = els.map(groupOf);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(renderHead({ article }, options)).toBe(html);
  });

  it('emits a discovery link for each feed the feeds module lists for the page', () => {
    const expected = feedLinks({ article, lang: article.lang }, options);
    const found = links(els, 'alternate').filter((l) => attr(l, 'type'));
    expect(found.map((l) => [attr(l, 'type'), attr(l, 'title'), attr(l, 'href')])).toEqual(expected.map((f) => [f.type, f.title, f.href]));
  });
});

describe('head tags that depend on the frontmatter', () => {
  const options = testOptions();

  it('uses the frontmatter canonical for the canonical link and og:url', () => {
    const article = testArticle(options, { canonical: 'https://medium.example/@lena/reichweite' });
    const els = headElements(renderHead({ article }, options));
    expect(links(els, 'canonical').map((l) => attr(l, 'href'))).toEqual(['https://medium.example/@lena/reichweite']);
    expect(metas(els, 'og:url')).toEqual(['https://medium.example/@lena/reichweite']);
  });

  it('never indexes a draft or a noindex article, and gives it no self-canonical', () => {
    for (const data of [{ draft: true }, { noindex: true }]) {
      const els = headElements(renderHead({ article: testArticle(options, data) }, options));
      expect(metas(els, 'robots')).toEqual(['noindex, follow']);
      expect(links(els, 'canonical')).toEqual([]);
    }
    const crossPosted = headElements(renderHead({ article: testArticle(options, { noindex: true, canonical: 'https://medium.example/a' }) }, options));
    expect(links(crossPosted, 'canonical').map((l) => attr(l, 'href'))).toEqual(['https://medium.example/a']);
  });

  it('links translations with hreflang, x-default on the default language, and og:locale:alternate', () => {
    const de = testArticle(options, { translationKey: 'reach' }, 'reichweite');
    const en = testArticle(options, { translationKey: 'reach', lang: 'en', title: 'Building reach' }, 'reach');
    const els = headElements(renderHead({ article: en, translations: [de] }, options));
    expect(links(els, 'alternate').filter((l) => attr(l, 'hreflang')).map((l) => [attr(l, 'hreflang'), attr(l, 'href')])).toEqual([
      ['de', `${SITE}/artikel/reichweite/`],
      ['en', `${SITE}/en/articles/reach/`],
      ['x-default', `${SITE}/artikel/reichweite/`],
    ]);
    expect(metas(els, 'og:locale')).toEqual(['en_US']);
    expect(metas(els, 'og:locale:alternate')).toEqual(['de_DE']);
    expect(metas(els, 'twitter:label1')).toEqual(['Reading time']);
    expect(metas(els, 'twitter:data1')).toEqual(['1 minute']);
  });

  it('takes twitter:creator from the first author only and credits every Mastodon author', () => {
    const els = headElements(renderHead({ article: testArticle(options, { author: ['jonas', 'lena'] }) }, options));
    expect(metas(els, 'twitter:creator')).toEqual([]);
    expect(metas(els, 'fediverse:creator')).toEqual(['@lena@social.example']);
    expect(metas(els, 'author')).toEqual(['Jonas Becker, Lena Hoffmann']);
    expect(metas(els, 'twitter:data2')).toEqual(['Jonas Becker und Lena Hoffmann']);
    expect(metas(els, 'article:author')).toEqual(['https://www.linkedin.com/in/jonas-becker-example', `${SITE}/autorinnen/lena-hoffmann/`]);
  });

  it('applies the title template literally, even to titles with $& and $1', () => {
    const custom = testOptions({ head: { titleTemplate: '%s · Social Kompass' } });
    const els = headElements(renderHead({ article: testArticle(custom, { title: 'Preise: $& und $1 & mehr' }) }, custom));
    expect(titleOf(els)).toEqual(['Preise: $& und $1 & mehr · Social Kompass']);
    expect(metas(els, 'og:title')).toEqual(['Preise: $& und $1 & mehr']);
  });
});

describe('head tags of plain pages', () => {
  it('serves a tag page as a website with its own URL, no article tags, and the site’s default image', async () => {
    const options = testOptions({ head: { defaultImage: '/og-default.png', defaultImageAlt: 'Social Kompass Logo auf Pink' } });
    const html = renderHead({ tag: 'Öffentlichkeitsarbeit', description: 'Alle Artikel zum Thema.', imageSizes: { '/og-default.png': { width: 1200, height: 630 } } }, options);
    const els = headElements(html);
    expect(titleOf(els)).toEqual(['Öffentlichkeitsarbeit | Social Kompass']);
    expect(metas(els, 'og:type')).toEqual(['website']);
    expect(metas(els, 'og:url')).toEqual([`${SITE}/tags/oeffentlichkeitsarbeit/`]);
    expect(metas(els, 'article:published_time')).toEqual([]);
    expect(metas(els, 'twitter:label1')).toEqual([]);
    expect(metas(els, 'og:image')).toEqual([`${SITE}/og-default.png`]);
    expect(metas(els, 'og:image:width')).toEqual(['1200']);
    expect(metas(els, 'og:image:alt')).toEqual(['Social Kompass Logo auf Pink']);
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe('Öffentlichkeitsarbeit');
  });

  it('uses X’s small card when the page’s image is smaller than 300×157', () => {
    const options = testOptions();
    const card = (input: Parameters<typeof renderHead>[0], o = options) => metas(headElements(renderHead(input, o)), 'twitter:card');
    const small = { url: 'https://social-kompass.example/icon.png', width: 120, height: 120, alt: 'Icon' };
    expect(card({ path: '/', image: small })).toEqual(['summary']);
    expect(card({ path: '/', image: { ...small, width: 512, height: 512 } })).toEqual(['summary_large_image']);
  });

  it('gives pages without an image the site’s card, and tag pages the tag’s card', () => {
    const options = testOptions();
    const els = (input: Parameters<typeof renderHead>[0]) => headElements(renderHead(input, options));
    const home = els({ path: '/' });
    expect(metas(home, 'og:image')).toEqual(['https://social-kompass.example/og/site.png']);
    expect(metas(home, 'og:image:width')).toEqual(['1200']);
    expect(metas(home, 'twitter:card')).toEqual(['summary_large_image']);
    const tag = els({ path: '/tags/social-media-marketing/', tag: 'Social Media Marketing' });
    expect(metas(tag, 'og:image')).toEqual(['https://social-kompass.example/og/tags/social-media-marketing.png']);
    expect(metas(tag, 'og:image:alt')).toEqual(['Social Media Marketing']);
  });

  it('titles the home page with the site name alone, and does not repeat a site name the title already has', () => {
    const options = testOptions();
    expect(titleOf(headElements(renderHead({ path: '/tags/', title: 'Themen – Social Kompass' }, options)))).toEqual(['Themen – Social Kompass']);
    const els = headElements(renderHead({ path: '/' }, options));
    expect(titleOf(els)).toEqual(['Social Kompass']);
    expect(metas(els, 'description')).toEqual(['Praxiswissen zu Social-Media-Marketing.']);
  });

  it('leaves out the tags named in omit, so a page can write its own', () => {
    const options = testOptions();
    const els = headElements(renderHead({ article: testArticle(options) }, options, ['description', 'og:title', 'canonical', 'jsonld']));
    expect(metas(els, 'description')).toEqual([]);
    expect(metas(els, 'og:title')).toEqual([]);
    expect(links(els, 'canonical')).toEqual([]);
    expect(els.filter((e) => e.tagName === 'script')).toEqual([]);
    expect(metas(els, 'og:description')).toEqual(['Wie Marken organisch wachsen.']);
  });

  it('rejects an image prop that is neither a URL nor a path, naming the prop', () => {
    expect(() => renderHead({ path: '/', image: 'bild.png' }, testOptions())).toThrow('<Head image> must be an absolute http(s) URL or a path starting with "/", got "bild.png"');
  });
});

describe('head options', () => {
  const base = { name: 'S', publisher: { name: 'S' } };
  it('defaults every field', () => {
    expect(parseOptions(base).head).toEqual({ titleTemplate: null, defaultImage: null, defaultImageAlt: null, slackLabels: true, sectionCrumb: null, jsonld: { pieces: null } });
  });
  it('says what is expected and what was found', () => {
    expect(() => parseOptions({ ...base, head: { titleTemplate: 'Social Kompass' } })).toThrow('publicist: head.titleTemplate must be a title template containing %s, like "%s · My Site", got "Social Kompass"');
    expect(() => parseOptions({ ...base, head: { jsonld: { pieces: [] } } })).toThrow('publicist: head.jsonld.pieces must be a function (pieces, context) => pieces, got a list of 0');
    expect(() => parseOptions({ ...base, head: { defaultImage: 'https://x.example/a.png' } })).toThrow('publicist: head.defaultImage must be a path to an image in public/');
    expect(() => parseOptions({ ...base, head: { tittleTemplate: '%s' } })).toThrow('head.tittleTemplate is not an option');
  });
});
