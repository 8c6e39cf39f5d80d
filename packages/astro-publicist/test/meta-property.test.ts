/**
 * Property test: whatever Unicode the frontmatter holds (`</script>`, `<!--`, quotes, ampersands,
 * CR, lone surrogates, emoji), the rendered head parses with a real HTML parser into the expected
 * elements only, with exactly one ld+json script whose values equal the inputs, and every meta
 * content reads back equal to its input. HTML cannot carry NUL, most C0 controls or lone
 * surrogates; for tags the expectation is the input with those dropped (U+FFFD for a lone
 * surrogate), for the JSON-LD it is the input exactly.
 */
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderHead } from '../src/core/meta/index.ts';
import type { Article, ResolvedAuthor } from '../src/core/types.ts';
import { headArticle as testArticle, headOptions as testOptions } from './helpers.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = Record<string, unknown>;

/** What an HTML document can hold of a string (see the file comment). */
const htmlReadable = (s: string) =>
  s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // C0 but tab, LF and CR; DEL and C1; bidi overrides and isolates; BOM; noncharacters (#11.8).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '');

const tricky = fc.constantFrom('</script>', '</SCRIPT ', '<!--', '-->', '<script>', '"', "'", '&', '&amp;', '&#x3C;', '<', '>', '\u2028', '\u2029', '\r', '\r\n', '\n', '\t', '\u0000', '\u0001', '\uD800', '\uDC00', 'ä', 'ß', '„', '“', '👩‍💻', '$&', '%s', '\\', '\\u003c');
const unit = fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const text = fc.string({ unit, maxLength: 40 });
/** Titles and author names are never empty (the frontmatter schema and the options require them). */
const nonEmptyText = fc.string({ unit, minLength: 1, maxLength: 40 });

function elementsOf(html: string) {
  const doc = parse(`<!doctype html><html><head>${html}</head><body></body></html>`);
  const root = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
  const [head, body] = root.childNodes.filter((n): n is Element => 'tagName' in n);
  return { head: head!.childNodes.filter((n): n is Element => 'tagName' in n), bodyChildren: body!.childNodes.length, headChildren: head!.childNodes };
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

describe('the rendered head for arbitrary frontmatter text', () => {
  const options = testOptions();
  const base = testArticle(options);
  const author = (id: string, name: string): ResolvedAuthor => ({ id, name, profiles: { sameAs: [] }, sameAs: [] });

  // #11.16: judged by its cases, never by how fast a busy machine runs them.
  it('#11.16 parses into the expected tags, one ld+json script, and values equal to the inputs (500 runs, ten minutes allowed)', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        nonEmptyText.filter((t) => !t.includes(options.name)),
        text,
        fc.array(nonEmptyText, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(text, { maxLength: 5, selector: htmlReadable }),
        (title, description, names, tags) => {
          const article: Article = { ...base, title, description, tags, authors: names.map((n, i) => author(`a${i}`, n)), card: {} };
          const html = renderHead({ article }, options);
          const { head, bodyChildren, headChildren } = elementsOf(html);

          // Nothing escaped the head: only our elements, no stray text, an empty body.
          expect(bodyChildren).toBe(0);
          expect(headChildren.every((n) => 'tagName' in n || ('value' in n && /^\s*$/.test(n.value)))).toBe(true);
          expect(new Set(head.map((e) => e.tagName))).toEqual(new Set(['title', 'meta', 'link', 'script']));

          const meta = (key: string) => head.filter((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)).map((e) => attr(e, 'content'));
          expect(head.filter((e) => e.tagName === 'title').map(textOf)).toEqual([`${htmlReadable(title)} | Social Kompass`]);
          expect(meta('og:title')).toEqual([htmlReadable(title)]);
          expect(meta('twitter:image:alt')).toEqual([htmlReadable(title)]);
          expect(meta('og:image:alt')).toEqual([htmlReadable(title)]);
          expect(meta('description')).toEqual(description ? [htmlReadable(description)] : []);
          expect(meta('og:description')).toEqual(description ? [htmlReadable(description)] : []);
          expect(meta('author')).toEqual([htmlReadable(names.join(', '))]);
          expect(meta('article:tag')).toEqual(tags.map(htmlReadable));

          const scripts = head.filter((e) => e.tagName === 'script');
          expect(scripts).toHaveLength(1);
          expect(attr(scripts[0]!, 'type')).toBe('application/ld+json');
          const graph = (JSON.parse(textOf(scripts[0]!)) as { '@graph': Node[] })['@graph'];
          const post = graph.find((n) => n['@type'] === 'BlogPosting')!;
          expect(post.headline).toBe(title);
          expect(post.description).toBe(description);
          expect(post.keywords ?? []).toEqual(tags);
          expect(graph.filter((n) => n['@type'] === 'Person').map((p) => p.name)).toEqual(names);
          expect(graph.find((n) => n['@type'] === 'WebPage')!.name).toBe(title);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the one cleaning (core/text/clean.ts)', () => {
  it('drops and replaces exactly what HTML cannot carry, whether or not the text has anything to clean', async () => {
    const { stripUnsafe } = await import('../src/core/text/clean.ts');
    const { escapeAttribute, escapeText } = await import('../src/core/meta/escape.ts');
    fc.assert(
      fc.property(text, (s) => {
        expect(stripUnsafe(s)).toBe(htmlReadable(s));
        expect(escapeText(s)).toBe(htmlReadable(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;'));
        expect(escapeAttribute(s)).toBe(escapeText(s).replace(/"/g, '&quot;'));
      }),
      { numRuns: 2000 },
    );
  });
});
