/**
 * The social kit's renderer (core/posts/kit-page.ts), read back with parse5 and html-validate:
 * hostile frontmatter (a title that closes the script and opens an image with an onerror, quotes,
 * control characters) stays text, and the copy texts in the page's JSON are exactly the posts.
 */
import { HtmlValidate } from 'html-validate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { strings } from '../src/core/i18n/index.ts';
import { kitIndexHtml, kitPageHtml } from '../src/core/posts/kit-page.ts';
import { postsFile, type PostsFile } from '../src/core/posts/posts-file.ts';
import { makeArticle, makeOptions } from './helpers.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const options = makeOptions({ posts: { platforms: ['bluesky', 'mastodon', 'x', 'instagram'] } });
const words = strings(options.defaultLocale, options.strings);

const HOSTILE = `</script><img src=x onerror="alert(1)"> \u201eZitat\u201c "doppelt" 'einfach' & <b>fett</b>`;
/** Control characters, a bidi override and a noncharacter: the renderer drops them once more, whatever it is given. */
const DIRTY = `Ti\u0001tel\u0007 mit\uFFFE Steuer\u202Ezeichen`;

/** An article's posts file with the hostile text where frontmatter reaches the kit page. */
function hostileFile(): PostsFile {
  const file = postsFile(makeArticle({ data: { title: 'Harmlos', tags: ['Strategie'] } }, options), options);
  const posts = Object.fromEntries(Object.entries(file.posts).map(([platform, post]) => [platform, { ...post!, text: `${HOSTILE}\n${post!.text}` }]));
  return {
    ...file,
    article: { ...file.article, title: `${HOSTILE} ${DIRTY}`, description: `${DIRTY}: ${HOSTILE}`, lang: 'de"><script>alert(2)</script>' },
    cards: file.cards.map((card) => ({ ...card, alt: HOSTILE })),
    posts,
  };
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node) elements(node.content as Node, out);
  return out;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;

async function validationProblems(html: string): Promise<string[]> {
  const report = await new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] }).validateString(html, 'kit.html');
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('the kit page of an article with hostile frontmatter', () => {
  const file = hostileFile();
  const html = kitPageHtml(file, options, words);
  const all = elements(parse(html));
  const clean = (text: string) => text.replace(new RegExp(UNSAFE.source, 'gu'), '');

  it('shows every title, description, alt text and post as text: no element, attribute or script of theirs', () => {
    expect(all.filter((el) => el.tagName === 'img').every((img) => attr(img, 'onerror') === undefined)).toBe(true);
    expect(all.filter((el) => el.tagName === 'b').map(textOf)).not.toContain('fett');
    // Only the page's own two scripts: the copy texts and the copy button's code.
    expect(all.filter((el) => el.tagName === 'script').map((s) => attr(s, 'type') ?? 'classic')).toEqual(['application/json', 'classic']);
    expect(textOf(all.find((el) => el.tagName === 'h1')!)).toBe(clean(file.article.title));
    expect(textOf(all.find((el) => el.tagName === 'title')!)).toBe(`${words.kitTitle}: ${clean(file.article.title)}`);
    expect(textOf(all.filter((el) => el.tagName === 'p')[1]!)).toBe(clean(file.article.description));
    expect(attr(all.find((el) => el.tagName === 'html')!, 'lang')).toBe(options.defaultLocale);
    expect(all.filter((el) => el.tagName === 'figure').map((f) => attr(elements(f).find((el) => el.tagName === 'img')!, 'alt'))).toEqual(file.cards.map(() => HOSTILE));
    for (const preview of all.filter((el) => el.tagName === 'article')) {
      const platform = attr(preview, 'data-platform') as keyof PostsFile['posts'];
      expect(textOf(elements(preview).find((el) => attr(el, 'data-post-text') !== undefined)!)).toBe(file.posts[platform]!.text);
    }
    expect(UNSAFE.test(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, ''))).toBe(false);
  });

  it('puts exactly each post’s text in the JSON the copy buttons read, with < as \\u003c', () => {
    const script = all.find((el) => attr(el, 'id') === 'publicist-post-texts')!;
    const json = textOf(script);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(Object.fromEntries(Object.entries(file.posts).map(([platform, post]) => [platform, post!.text])));
    expect(all.filter((el) => el.tagName === 'button').map((b) => attr(b, 'data-copy'))).toEqual(Object.keys(file.posts));
  });

  it('links the kit index, the article, its JSON, the CSV, every share intent and every card', () => {
    const hrefs = all.filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/social/', file.article.url, file.file, '/social/posts.csv', ...Object.values(file.intents), ...file.cards.map((c) => c.path)]));
    const downloads = all.filter((el) => el.tagName === 'a' && attr(el, 'download') !== undefined);
    expect(downloads.map((a) => attr(a, 'href'))).toEqual(file.cards.map((c) => c.path));
  });

  it('passes html-validate (HTML standard and accessibility rules)', async () => {
    expect(await validationProblems(html)).toEqual([]);
  });
});

describe('the kit index', () => {
  const files = [hostileFile(), postsFile(makeArticle({ id: 'zweiter', data: { title: 'Zweiter Artikel' } }, options), options)];
  const html = kitIndexHtml(files, options, words);
  const all = elements(parse(html));

  it('links each article’s kit page and JSON, its titles as text', async () => {
    const list = all.find((el) => attr(el, 'class') === 'kit-list')!;
    const links = elements(list).filter((el) => el.tagName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual(files.flatMap((f) => [f.kit, f.file]));
    expect(elements(list).filter((el) => el.tagName === 'b').map(textOf)).toEqual(files.map((f) => f.article.title.replace(new RegExp(UNSAFE.source, 'gu'), '')));
    expect(all.filter((el) => el.tagName === 'img')).toEqual([]);
    expect(await validationProblems(html)).toEqual([]);
  });

  it('says so when there is no article', () => {
    const empty = elements(parse(kitIndexHtml([], options, words)));
    expect(empty.find((el) => attr(el, 'class') === 'kit-list')).toBeUndefined();
    expect(empty.map(textOf)).toContain(words.kitNoArticles);
  });
});
