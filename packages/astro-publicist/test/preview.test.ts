import { describe, expect, it } from 'vitest';
import { articleFindings } from '../src/core/report/findings.ts';
import { pageFindings, type RenderedPage } from '../src/core/preview/page-checks.ts';
import { richResults } from '../src/core/preview/rich-results.ts';
import { GOOGLE_RESULT_RULE, LINK_PREVIEW_PLATFORMS, LINK_PREVIEW_RULES } from '../src/core/preview/rules.ts';
import { cardText, cutToLength, cutToWidth, googleResult, type HeadTags } from '../src/core/preview/text.ts';
import { frontmatterLines, lineOfField, splitFindingMessage } from '../src/astro/toolbar/source.ts';
import { pageKey } from '../src/core/urls.ts';
import { toolbarWords } from '../src/astro/toolbar/client/words.ts';
import { LANGUAGES, strings, type StringOverrides } from '../src/core/i18n/index.ts';
import { toolbarStrings } from '../src/core/i18n/toolbar.ts';
import { makeArticle } from './helpers.ts';

const head = (meta: Record<string, string | string[]>, extra: Partial<HeadTags> = {}): HeadTags => ({
  title: 'Redaktionsplan: So planen Teams ihre Woche',
  meta: Object.entries(meta).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((content) => ({ key, content }))),
  links: [{ rel: 'canonical', href: 'https://site.example/artikel/plan/' }],
  jsonld: [],
  ...extra,
});

/** Every character 10 px wide: a stand-in for canvas measureText. */
const monospace = (text: string) => [...text].length * 10;

describe('the preview rules table', () => {
  it('has a source for every platform and crops every image to a landscape frame', () => {
    for (const platform of LINK_PREVIEW_PLATFORMS) {
      const rule = LINK_PREVIEW_RULES[platform];
      expect(rule.source.length).toBeGreaterThan(20);
      expect(rule.imageAspect[0] / rule.imageAspect[1]).toBeGreaterThanOrEqual(16 / 9 - 0.01);
      expect(rule.reads.image.length).toBeGreaterThan(0);
    }
    expect(LINK_PREVIEW_RULES.x.imageAspect).toEqual([2, 1]);
    expect(LINK_PREVIEW_RULES.slack.labelRows).toBe(true);
  });
});

describe('cutToLength', () => {
  it('keeps text that fits and cuts longer text at a word, the ellipsis counted', () => {
    expect(cutToLength('Kurz und gut', 20)).toBe('Kurz und gut');
    expect(cutToLength('Eins zwei drei vier fünf sechs', 16)).toBe('Eins zwei drei…');
    expect(cutToLength('anything', null)).toBeNull();
  });

  it('counts an emoji sequence as one', () => {
    expect(cutToLength('Team 👩‍👩‍👧 fertig', 13)).toBe('Team 👩‍👩‍👧 fertig');
  });
});

describe('cardText', () => {
  const tags = head({
    'og:title': 'OG-Titel',
    'twitter:title': 'X-Titel',
    'og:description': 'Eine Beschreibung, die länger ist als das, was WhatsApp unter dem Titel zeigt, und darum gekürzt wird.',
    'og:image': 'https://site.example/og/plan.png',
  });

  it('reads the tags the platform reads, first present wins', () => {
    expect(cardText(tags, LINK_PREVIEW_RULES.x).title).toBe('X-Titel');
    expect(cardText(tags, LINK_PREVIEW_RULES.linkedin).title).toBe('OG-Titel');
    // LinkedIn reads og:* only; Facebook falls back to <title>.
    expect(cardText(head({}), LINK_PREVIEW_RULES.linkedin).title).toBe('');
    expect(cardText(head({}), LINK_PREVIEW_RULES.facebook).title).toBe('Redaktionsplan: So planen Teams ihre Woche');
  });

  it('names the author instead of the description where Mastodon does', () => {
    const withCreator = { ...tags, meta: [...tags.meta, { key: 'fediverse:creator', content: '@lena@social.example' }] };
    expect(cardText(withCreator, LINK_PREVIEW_RULES.mastodon)).toMatchObject({ description: null, author: '@lena@social.example' });
    expect(cardText(tags, LINK_PREVIEW_RULES.mastodon).description).toMatch(/^Eine Beschreibung/);
    expect(cardText(withCreator, LINK_PREVIEW_RULES.bluesky).author).toBeUndefined();
  });

  it('shows no description where the platform shows none, and cuts it where it does', () => {
    expect(cardText(tags, LINK_PREVIEW_RULES.x).description).toBeNull();
    expect(cardText(tags, LINK_PREVIEW_RULES.imessage).description).toBeNull();
    const whatsapp = cardText(tags, LINK_PREVIEW_RULES.whatsapp).description!;
    expect(whatsapp.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter().segment(whatsapp)].length).toBeLessThanOrEqual(LINK_PREVIEW_RULES.whatsapp.descriptionMax!);
  });
});

describe('Google result', () => {
  it('cuts by width at a word with " ...", the ellipsis within the width', () => {
    const long = 'Redaktionsplan für Social Media: Vorlage, Beispiele und die besten Werkzeuge für Teams';
    const cut = cutToWidth(long, 600, GOOGLE_RESULT_RULE.titleFont, monospace);
    expect(cut.truncated).toBe(true);
    expect(cut.text.endsWith(' ...')).toBe(true);
    expect(monospace(cut.text)).toBeLessThanOrEqual(600);
    expect(long.startsWith(cut.text.slice(0, -4))).toBe(true);
    expect(cutToWidth('Kurz', 600, GOOGLE_RESULT_RULE.titleFont, monospace)).toEqual({ text: 'Kurz', truncated: false, width: 40 });
  });

  it('measures the title in Arial 20 px and the description in Arial 14 px', () => {
    const fonts: string[] = [];
    googleResult(head({ description: 'Beschreibung' }), (text, font) => (fonts.push(font), monospace(text)));
    expect(new Set(fonts)).toEqual(new Set(['20px Arial', '14px Arial']));
  });
});

describe('pageFindings', () => {
  const good: RenderedPage = {
    path: '/artikel/plan/',
    head: head({
      description: 'Wie Teams mit einem Redaktionsplan, klaren Zielen und messbaren KPIs mehr Reichweite erreichen.',
      robots: 'index, follow',
      'og:image': 'https://site.example/og/plan.png',
      'og:title': 'Redaktionsplan',
    }),
    titleCount: 1,
    h1Count: 1,
    imagesWithoutAlt: [],
    ogImageSize: { width: 1200, height: 630 },
    titleWidthPx: 420,
    article: { file: 'src/content/articles/plan.mdx', url: 'https://site.example/artikel/plan/', draft: false },
    descriptionLimits: { min: 50, max: 160 },
  };
  const checks = (page: Partial<RenderedPage>) => pageFindings({ ...good, ...page }).map((f) => [f.check, f.field, f.values]);
  const withMeta = (key: string, content: string) => ({ ...good.head, meta: good.head.meta.map((m) => (m.key === key ? { ...m, content } : m)) });

  it('finds nothing on a well-formed page', () => {
    expect(pageFindings(good)).toEqual([]);
  });

  it('names each problem of the rendered page with the values found', () => {
    expect(checks({ h1Count: 0 })).toEqual([['h1-missing', 'h1', {}]]);
    expect(checks({ h1Count: 2 })).toEqual([['h1-several', 'h1', { found: 2 }]]);
    expect(checks({ imagesWithoutAlt: ['/bild.png'] })).toEqual([['img-alt', 'img alt', { src: '/bild.png' }]]);
    expect(checks({ ogImageSize: { width: 800, height: 420 } })).toEqual([['og-image-small', 'og:image', { width: 800, height: 420, minWidth: 1200, minHeight: 630 }]]);
    expect(checks({ titleWidthPx: 655.4 })).toEqual([['title-width', 'title', { width: 655, max: 600, font: '20px Arial' }]]);
    expect(checks({ head: withMeta('description', 'Zu kurz.') })).toEqual([['description-length', 'description', { min: 50, max: 160, length: 8 }]]);
    expect(checks({ head: { ...good.head, links: [{ rel: 'canonical', href: 'https://other.example/plan/' }] } })).toEqual([
      ['canonical-elsewhere', 'canonical', { url: 'https://site.example/artikel/plan/', canonical: 'https://other.example/plan/' }],
    ]);
    expect(checks({ head: withMeta('robots', 'noindex, follow') })).toEqual([['noindex-published', 'robots', { robots: 'noindex, follow' }]]);
  });

  it('accepts noindex on a draft', () => {
    expect(pageFindings({ ...good, article: { ...good.article!, draft: true }, head: withMeta('robots', 'noindex') })).toEqual([]);
  });

  it('finds head tags that a theme’s own SEO component duplicated', () => {
    const duplicated = { ...good.head, meta: [...good.head.meta, { key: 'og:title', content: 'Theme-Titel' }], links: [...good.head.links, { rel: 'canonical', href: 'https://site.example/artikel/plan/' }] };
    expect(checks({ head: duplicated, titleCount: 2 })).toEqual([
      ['duplicate-title', 'head', { count: 2 }],
      ['duplicate-tag', 'head', { tag: 'og:title', count: 2, values: '"Redaktionsplan", "Theme-Titel"' }],
      ['duplicate-canonical', 'head', { count: 2 }],
    ]);
  });

  // What the data route sends: the site's language from core/i18n, the user's strings on top.
  const wordsFor = (lang: string, overrides: StringOverrides = {}) => toolbarWords({ lang, words: toolbarStrings(strings(lang, overrides)) });

  it('words every finding in every built-in language, every placeholder filled', () => {
    const all = pageFindings({ ...good, h1Count: 0, imagesWithoutAlt: ['/a.png'], ogImageSize: { width: 10, height: 10 }, titleWidthPx: 700, titleCount: 2 });
    expect(all.length).toBeGreaterThan(3);
    for (const lang of Object.keys(LANGUAGES)) {
      for (const finding of all) {
        const { expected, found } = wordsFor(lang).checks[finding.check](finding.values);
        expect(expected.length, `${lang} ${finding.check}`).toBeGreaterThan(0);
        expect(found.length, `${lang} ${finding.check}`).toBeGreaterThan(0);
        expect(`${expected} ${found}`, `${lang} ${finding.check}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(wordsFor('de-AT').checks['og-image-small']({ width: 800, height: 420, minWidth: 1200, minHeight: 630 })).toEqual({ expected: 'mindestens 1200×630', found: '800×420' });
    expect(wordsFor('en').checks['h1-missing']({})).toEqual({ expected: 'exactly one <h1>', found: 'none' });
    expect(wordsFor('fr').checks['description-missing']({ min: 50, max: 160 })).toEqual({ expected: 'une méta-description de 50–160 caractères', found: 'aucune' });
  });

  it('counts findings by the language’s plural rules and takes the user’s strings', () => {
    expect([1, 2].map((n) => wordsFor('de').findingsCount(n))).toEqual(['1 SEO-Hinweis', '2 SEO-Hinweise']);
    expect([1, 3, 5].map((n) => wordsFor('pl').findingsCount(n))).toEqual(['1 uwaga SEO', '3 uwagi SEO', '5 uwag SEO']);
    expect(wordsFor('ja').findingsCount(4)).toBe('SEO の指摘 4 件');
    const words = wordsFor('de', { de: { toolbarTitle: 'Vorschau', kitCopy: 'Kopie', toolbarMoreFrom: 'Weiteres von {author}' } });
    expect([words.title, words.copy, words.moreFrom('Lena'), words.close]).toEqual(['Vorschau', 'Kopie', 'Weiteres von Lena', 'Schließen']);
    expect(wordsFor('sv').title).toBe('How this page looks when shared');
  });
});

describe('richResults', () => {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: 'Kompass', url: 'https://site.example/', logo: { '@type': 'ImageObject', url: 'https://site.example/logo.png' } },
      { '@type': 'Person', '@id': '#lena', name: 'Lena' },
      { '@type': 'BlogPosting', headline: 'Plan', datePublished: '2026-03-01T00:00:00+01:00', author: { '@id': '#lena' }, publisher: { '@id': '#org' } },
      { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Start' }, { '@type': 'ListItem', position: 2, name: 'Plan' }] },
    ],
  };

  it('lists the rich results the graph qualifies for and what each misses', () => {
    const { results, errors } = richResults([JSON.stringify(graph)]);
    expect(errors).toEqual([]);
    expect(results).toEqual([
      { kind: 'Logo', type: 'Organization', eligible: true, missingRequired: [], missingRecommended: [] },
      { kind: 'Article', type: 'BlogPosting', eligible: true, missingRequired: [], missingRecommended: ['image', 'dateModified', 'author.url'] },
      { kind: 'Breadcrumb', type: 'BreadcrumbList', eligible: false, missingRequired: ['itemListElement[0].item'], missingRecommended: [] },
    ]);
  });

  it('reports a block that is not JSON', () => {
    expect(richResults(['{"@type": "Article",']).errors).toHaveLength(1);
  });
});

describe('the toolbar’s reading of the source', () => {
  it('finds the line of each frontmatter key', () => {
    expect(frontmatterLines('---\ntitle: "A"\ndescription: >\n  long\ntags:\n  - a\n---\n\ntitle: not frontmatter\n')).toEqual({ title: 2, description: 3, tags: 5 });
    expect(frontmatterLines('# No frontmatter')).toEqual({});
  });

  it('finds the line of the field a theme uses for a fact', () => {
    const lines = frontmatterLines('---\ntitle: A\nsummary: B\nheroImage: ./c.jpg\n---\n');
    expect(lineOfField(lines, 'description')).toBe(3);
    expect(lineOfField(lines, 'cover')).toBe(4);
    expect(lineOfField(lines, 'tags')).toBe(1);
  });

  it('finds a page by its path however the browser spells it (encoded, without slash, .html)', () => {
    for (const spelling of ['/artikel/caf%C3%A9', '/artikel/café/', '/artikel/café', '/artikel/café.html', '/artikel/café/index.html']) {
      expect(pageKey(spelling), spelling).toBe('/artikel/café');
    }
    expect(pageKey('/100%/')).toBe('/100%');
  });

  it('splits each audit message into expected and found', () => {
    const article = makeArticle({ data: { title: 'Unternehmensbekanntheitssteigerungsmaßnahmen und Kundenzufriedenheitsmessungsinstrumente', description: 'Zu kurz.', tags: [] } });
    expect(articleFindings(article).map((f) => [f.field, splitFindingMessage(f.message)])).toEqual([
      ['title', { expected: 'at most 60 characters for search results (or set card.title for the card)', found: '88' }],
      ['description', { expected: '50–160 characters', found: '8' }],
      ['tags', { expected: 'name at least one tag (article:tag, keywords, hashtags)', found: 'none' }],
    ]);
  });
});
