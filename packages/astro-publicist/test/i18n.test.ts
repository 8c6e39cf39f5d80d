/** The translations: every language complete, overrides per tag, plurals, and the outputs that read them. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STRING_KEYS, fill, plural, strings } from '../src/core/i18n/index.ts';
import { cardReadingTime, tagCardEyebrow } from '../src/core/i18n/phrases.ts';
import { feedStylesheet, stylesheetLanguages } from '../src/core/feeds/stylesheet.ts';
import { feedDescription, feedTitle } from '../src/core/feeds/definitions.ts';
import { composePosts } from '../src/core/posts/posts-file.ts';
import { PublicistError } from '../src/core/errors.ts';
import { postsArticle as article, postsOptions as options } from './helpers.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (value: string | Record<string, string>) => (typeof value === 'string' ? [value] : Object.values(value));

describe('built-in languages', () => {
  it('ship de, en, fr, es, it, nl, pt, pl and ja', () => {
    expect(Object.keys(LANGUAGES)).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ja']));
  });

  it.each(Object.entries(LANGUAGES))('%s has every key, no extra one, no empty text, and the same placeholders as English', (_lang, table) => {
    expect(Object.keys(table).sort()).toEqual([...STRING_KEYS].sort());
    for (const key of STRING_KEYS) {
      const english = placeholders(texts(LANGUAGES.en![key])[0]!);
      for (const text of texts(table[key])) {
        expect(text.trim(), `${_lang}.${key}`).not.toBe('');
        expect(placeholders(text), `${_lang}.${key}`).toEqual(english);
      }
    }
  });
});

describe('strings()', () => {
  it('reads the primary language of a tag and falls back to English', () => {
    expect(strings('de-AT').breadcrumbHome).toBe('Startseite');
    expect(strings('sv').breadcrumbHome).toBe('Home');
  });

  it('lays the user’s strings for the language, then for the exact tag, over the built-in ones', () => {
    const overrides = { de: { breadcrumbHome: 'Start', kitCopy: 'Kopie' }, 'de-at': { breadcrumbHome: 'Hauptseite' } };
    expect(strings('de-AT', overrides)).toMatchObject({ breadcrumbHome: 'Hauptseite', kitCopy: 'Kopie', kitCopied: 'Kopiert' });
    expect(strings('de', overrides).breadcrumbHome).toBe('Start');
    expect(strings('sv', { sv: { kitCopy: 'Kopiera' } })).toMatchObject({ kitCopy: 'Kopiera', kitCopied: 'Copied' });
  });

  it('fills placeholders once, so a value holding a placeholder stays as written', () => {
    expect(fill('Neue Artikel zum Thema „{tag}“', { tag: '{tag} $& x' })).toBe('Neue Artikel zum Thema „{tag} $& x“');
  });

  it('picks plural forms by the language’s rules', () => {
    expect(tagCardEyebrow(1, 'en')).toBe('Topic · 1 article');
    expect(tagCardEyebrow(1200, 'en')).toBe('Topic · 1,200 articles');
    expect(tagCardEyebrow(3, 'de')).toBe('Thema · 3 Artikel');
    expect([1, 3, 5, 22].map((n) => tagCardEyebrow(n, 'pl'))).toEqual(['Temat · 1 artykuł', 'Temat · 3 artykuły', 'Temat · 5 artykułów', 'Temat · 22 artykuły']);
    expect(plural({ one: 'ein {count}', other: '{count} {what}' }, 2, 'de', { what: 'Dinge' })).toBe('2 Dinge');
  });

  it('gives a card in an unknown language Intl’s short unit, not an English phrase, unless the user wrote one', () => {
    expect(cardReadingTime(5, 'de')).toBe('5 Min. Lesezeit');
    expect(cardReadingTime(5, 'ja')).toBe('5分で読めます');
    expect(cardReadingTime(5, 'sv')).not.toContain('read');
    expect(cardReadingTime(5, 'sv', { sv: { cardReadingTime: '{minutes} min läsning' } })).toBe('5 min läsning');
  });
});

describe('the `strings` option', () => {
  it('reaches the posts, over the built-in wording; posts.wording still wins', () => {
    const opts = options({ platforms: ['linkedin'] }, { strings: { de: { postReadMore: 'Weiterlesen: {link}' } } });
    expect(composePosts(article({}, opts), opts).linkedin!.text).toContain('Weiterlesen: https://social-kompass.de/');
    const both = options({ platforms: ['linkedin'], wording: { de: { readMore: 'Mehr: {link}' } } }, { strings: { de: { postReadMore: 'Weiterlesen: {link}' } } });
    expect(composePosts(article({}, both), both).linkedin!.text).toContain('Mehr: https://social-kompass.de/');
  });

  it('reaches the feed titles and descriptions of a French site', () => {
    const opts = options({}, { defaultLocale: 'fr' });
    expect(feedTitle({ kind: 'tag', tag: 'SEO' }, opts)).toBe('Social Kompass : SEO');
    expect(feedTitle({ kind: 'language', lang: 'de' }, opts)).toBe('Social Kompass (Deutsch)');
    expect(feedDescription({ kind: 'tag', tag: 'SEO' }, opts)).toBe('Nouveaux articles sur « SEO »');
    const custom = options({}, { defaultLocale: 'fr', strings: { fr: { feedTagDescription: 'Tout sur {tag}' } } });
    expect(feedDescription({ kind: 'tag', tag: 'SEO' }, custom)).toBe('Tout sur SEO');
  });

  it('rejects an unknown string name, naming it', () => {
    expect(() => options({}, { strings: { de: { readMoar: 'x' } } })).toThrow(PublicistError);
    expect(() => options({}, { strings: { de: { readMoar: 'x' } } })).toThrow('strings.de.readMoar is not an option');
    expect(() => options({}, { strings: { de: { kitCopy: '' } } })).toThrow('publicist: strings.de.kitCopy must be a text for kitCopy, got ""');
  });
});

describe('feed stylesheet', () => {
  it('speaks the site’s languages that have strings, in catalogue order, English otherwise', () => {
    expect(stylesheetLanguages(['en', 'de-AT', 'sv', 'fr'])).toEqual(['de', 'en', 'fr']);
    expect(stylesheetLanguages(['sv'], { sv: { feedAbout: 'Detta är ett webbflöde.' } })).toEqual(['sv']);
    const xsl = feedStylesheet('fr', ['fr', 'ja']);
    expect(xsl).toContain("<xsl:when test=\"$ui = 'fr'\">Ceci est un flux web.</xsl:when>");
    expect(xsl).toContain('これはウェブフィードです。');
    expect(xsl).toContain('<xsl:otherwise>This is a web feed.</xsl:otherwise>');
    expect(xsl).not.toContain('Dies ist ein Web-Feed.');
  });
});
