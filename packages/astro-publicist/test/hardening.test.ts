/**
 * Issue 11, "Hardening: hostile input, faults and load": one regression test per finding of the
 * outside probe (the builds are in test/hardening.test.ts at the repository root).
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { postsCsv, postsFile } from '../src/core/posts/posts-file.ts';
import { toCsv } from '../src/core/posts/csv.ts';
import { postsArticle as article, postsOptions as options, tempFiles } from './helpers.ts';

describe('#11.1 spreadsheet formula injection in posts.csv', () => {
  const hostile = ['=HYPERLINK("https://evil.example","Klick")', '@mention', '-50 %', '+1', '=', '\tTab', '\rCR'];

  it('#11.1 neutralises every cell that starts with = + - @ TAB or CR, and the parsed cell is the text behind a quote', () => {
    const rows = [['text'], ...hostile.map((h) => [h])];
    const parsed = parse(toCsv(rows), { columns: true }) as { text: string }[];
    expect(parsed.map((r) => r.text)).toEqual(hostile.map((h) => `'${h}`));
    // Harmless cells stay exactly as they are.
    expect(parse(toCsv([['a'], ['Ein Titel'], ['50 %'], ['https://x.example/?a=1']]), { columns: true })).toEqual([{ a: 'Ein Titel' }, { a: '50 %' }, { a: 'https://x.example/?a=1' }]);
  });

  it('#11.1 a hostile title and a hand-written @mention post reach posts.csv neutralised, the JSON keeps the exact text', () => {
    const opts = options();
    const file = postsFile(article({ title: '=HYPERLINK("https://evil.example","Klick")', social: { mastodon: '@anna@social.example liest mit {link}' } }, opts), opts);
    const records = parse(postsCsv([file]), { columns: true }) as Record<string, string>[];
    expect(records.length).toBe(7);
    for (const record of records) expect(record.text, record.platform).toMatch(/^'[=@]/);
    expect(file.posts.x!.text.startsWith('=HYPERLINK(')).toBe(true);
    expect(file.posts.mastodon!.text.startsWith('@anna@social.example')).toBe(true);
  });

  it('#11.1 posts.csvFormulaEscape: false writes the raw text for schedulers that need it', () => {
    const opts = options({ csvFormulaEscape: false });
    expect(opts.posts.csvFormulaEscape).toBe(false);
    expect(options().posts.csvFormulaEscape).toBe(true);
    const file = postsFile(article({ title: '=1+1' }, opts), opts);
    const records = parse(postsCsv([file], { escapeFormulas: opts.posts.csvFormulaEscape }), { columns: true }) as Record<string, string>[];
    expect(records[0]!.text!.startsWith('=1+1')).toBe(true);
  });
});

describe('#11.8 control characters', () => {
  const dirty = 'Ti\u0001tel\u0007 mit\uFFFE Steuer\u202Ezeichen\u0085';
  const clean = 'Titel mit Steuerzeichen';

  it('#11.8 never reach the kit page texts, the posts or any share intent', () => {
    const opts = options();
    const a = article({ title: dirty, description: `Be\u0000schrei\uFFFFbung\u001F ${dirty}`, tags: ['Ta\u0002g'] }, opts);
    expect(a.title).toBe(clean);
    expect(a.description).toBe(`Beschreibung ${clean}`);
    expect(a.tags).toEqual(['Tag']);
    const file = postsFile(a, opts);
    // The kit page shows file.article.title and .description in <title>, <h1> and <p>.
    expect(file.article.title).toBe(clean);
    expect(file.article.description).toBe(`Beschreibung ${clean}`);
    const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;
    for (const [target, url] of Object.entries(file.intents)) {
      const decoded = decodeURIComponent(url.replace(/^[^?#]*[?#]/, '').replace(/&/g, '\n'));
      expect(UNSAFE.test(decoded), `${target}: ${JSON.stringify(decoded)}`).toBe(false);
    }
    for (const post of Object.values(file.posts)) expect(UNSAFE.test(post!.text), post!.platform).toBe(false);
  });

  it('#11.8 the intents clean what they are given, as the head does', async () => {
    const { shareIntents } = await import('../src/core/posts/intents.ts');
    const { htmlSafeText } = await import('../src/core/meta/escape.ts');
    const link = 'https://x.example/a';
    const { makeOptions } = await import('./helpers.ts');
    const intents = shareIntents({ title: dirty, description: dirty, text: (target) => target, link: () => link, settings: makeOptions().posts });
    expect(new URL(intents.telegram).searchParams.get('text')).toBe(clean);
    expect(new URL(intents.reddit).searchParams.get('title')).toBe(clean);
    expect(decodeURIComponent(intents.whatsapp)).toContain(clean);
    expect(htmlSafeText(dirty)).toBe(clean);
  });
});

describe('#11.9 and #11.10 feeds', async () => {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const { feedDocument, feedItemsFrom, serializeFeed } = await import('../src/core/feeds/document.ts');
  const { makeArticle, makeOptions } = await import('./helpers.ts');
  const opts = makeOptions();
  const tag = 'a<b & <script>';
  const list = [makeArticle({ id: 'spitz', data: { title: 'Spitze Klammern', description: 'Eine Beschreibung für die Feeds.', tags: [tag] } }, opts)];
  const text = async (format: 'rss' | 'atom' | 'json', body = '<p>Text</p>') => serializeFeed(await feedDocument({ kind: 'site' }, format, list, feedItemsFrom(async () => body, opts), opts));
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true });

  it('#11.9 Atom escapes < in a category term; all three feeds carry the same tag text', async () => {
    const atom = await text('atom');
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(atom).not.toContain('\uFF1C');
    const atomTerm = [xml.parse(atom).feed.entry.category].flat()[0].term;
    const rssCategory = [xml.parse(await text('rss')).rss.channel.item.category].flat()[0];
    const jsonTags = JSON.parse(await text('json')).items[0].tags;
    expect(atomTerm).toBe(tag);
    expect(rssCategory).toBe(tag);
    expect(jsonTags).toEqual([tag]);
  });

  it('#11.10 JSON Feed keeps the description as summary and content when the body is empty', async () => {
    const item = JSON.parse(await text('json', '')).items[0];
    expect(item.summary).toBe('Eine Beschreibung für die Feeds.');
    expect(item.content_text).toBe('Eine Beschreibung für die Feeds.');
    expect(item.content_html).toBeUndefined();
    const full = JSON.parse(await text('json')).items[0];
    expect(full.summary).toBe('Eine Beschreibung für die Feeds.');
    expect(full.content_html).toBe('<p>Text</p>');
  });
});

describe('#11.4 tag slugs', async () => {
  const { tagSlug, tagPath, checkTagSlugs } = await import('../src/core/urls.ts');
  const { feedParams, feedScopes } = await import('../src/core/feeds/definitions.ts');
  const { makeArticle, makeOptions } = await import('./helpers.ts');

  it('#11.4 a punctuation-only tag gets a usable, stable slug (never empty, so Astro gets its route parameter)', () => {
    for (const tag of ['!!!', '🚀', '???', '–', '#']) {
      const slug = tagSlug(tag);
      expect(slug, tag).toMatch(/^tag-[0-9a-z]+$/);
      expect(tagSlug(tag)).toBe(slug);
      expect(feedParams({ kind: 'tag', tag }).tag).toBe(slug);
    }
    expect(tagSlug('!!!')).not.toBe(tagSlug('???'));
    expect(tagSlug('Social Media Marketing')).toBe('social-media-marketing');
    expect(tagSlug('Öffentlichkeitsarbeit')).toBe('oeffentlichkeitsarbeit');
    expect(tagSlug('C++')).toBe('c-plus-plus');
    expect(tagSlug('C#')).toBe('c-sharp');
    expect(tagPath('!!!', { base: '/', trailingSlash: 'ignore', buildFormat: 'directory' })).toMatch(/^\/tags\/tag-[0-9a-z]+\/$/);
  });

  it('#11.4 two tags with the same slug are refused naming both tags and their files', () => {
    const opts = makeOptions();
    const a = makeArticle({ id: 'a', filePath: 'src/content/articles/a.mdx', data: { tags: ['SEO'] } }, opts);
    const b = makeArticle({ id: 'b', filePath: 'src/content/articles/b.mdx', data: { tags: ['seo!'] } }, opts);
    const expected = /"SEO" \(src\/content\/articles\/a\.mdx\) and "seo!" \(src\/content\/articles\/b\.mdx\) both become \/tags\/seo\//;
    expect(() => checkTagSlugs([a, b])).toThrow(expected);
    expect(() => feedScopes([a, b], opts)).toThrow(expected);
    // C and C++ no longer collide.
    const c = makeArticle({ id: 'c', data: { tags: ['C'] } }, opts);
    const cpp = makeArticle({ id: 'cpp', data: { tags: ['C++'] } }, opts);
    expect(() => checkTagSlugs([c, cpp])).not.toThrow();
  });
});

describe('#11.13 post text quality at the edges', async () => {
  const { composePosts } = await import('../src/core/posts/posts-file.ts');
  const { hashtagFromTag, articleHashtags } = await import('../src/core/posts/hashtags.ts');
  const { truncate } = await import('../src/core/text/truncate.ts');
  const { utmLink } = await import('../src/core/posts/utm.ts');
  const wordsIn = (s: string) => [...new Intl.Segmenter('de', { granularity: 'word' }).segment(s)].filter((w) => w.isWordLike).length;

  it('#11.13 never cuts a description down to a single word (Ein…): it is dropped instead', () => {
    const text = 'Ein kurzer Titel\n\nEinhundertfünfundzwanzigtausend Wörter später beginnt erst die eigentliche Beschreibung.';
    // Room for the title and one more word only.
    const result = truncate(text, { fits: (s) => s.length <= 'Ein kurzer Titel\n\nEinhundertfünfundzwanzigtausend…'.length });
    expect(result).toEqual({ text: 'Ein kurzer Titel', truncated: true });
    // Whatever the room, the last paragraph of a cut text is never a single word with an ellipsis.
    for (let max = 17; max < text.length; max++) {
      const cut = truncate(text, { fits: (s) => s.length <= max }).text;
      const last = cut.split('\n\n').pop()!;
      if (cut.includes('\n\n')) expect(wordsIn(last), JSON.stringify(cut)).toBeGreaterThan(1);
    }
  });

  it('#11.13 truncated is true whenever the posted text is shorter than the source (a description cut from the body)', async () => {
    const opts = options();
    const paragraph = 'Reichweite entsteht nicht über Nacht, sondern durch Kontinuität, Relevanz und Geduld. '.repeat(4).trim();
    const a = article({ description: undefined }, opts);
    const long = { ...a, description: `${paragraph.slice(0, 150)}…`, descriptionShortened: true };
    const posts = composePosts(long, opts);
    // LinkedIn has room for everything we have, yet the text is shorter than the source paragraph.
    expect(posts.linkedin!.text).toContain(long.description);
    expect(posts.linkedin!.truncated).toBe(true);
    const { normalizeArticle } = await import('../src/core/article/normalize.ts');
    const fromBody = normalizeArticle({ collection: 'articles', id: 'lang', filePath: 'src/content/articles/lang.mdx', body: paragraph, data: { title: 'Lang', pubDate: new Date('2026-03-01'), author: 'lena' } }, opts);
    expect(fromBody.descriptionShortened).toBe(true);
    expect(composePosts(fromBody, opts).linkedin!.truncated).toBe(true);
    const whole = composePosts(article({ description: 'Kurz und vollständig.' }, opts), opts);
    expect(whole.linkedin!.truncated).toBe(false);
  });

  it('#11.13 Threads gets at most one topic tag', () => {
    const opts = options({ maxHashtags: 3 });
    const posts = composePosts(article({ tags: ['Strategie', 'Reichweite', 'Community'] }, opts), opts);
    expect(posts.threads!.hashtags).toEqual(['#Strategie']);
    expect(posts.threads!.text.match(/#\p{L}+/gu)).toEqual(['#Strategie']);
    expect(posts.mastodon!.hashtags).toHaveLength(3);
  });

  it('#11.13 the e-mail intent has utm_medium=email and CRLF (%0D%0A) line breaks (RFC 6068)', () => {
    const opts = options();
    const a = article({ description: 'Zeile eins' }, opts);
    const file = postsFile(a, opts);
    const mail = file.intents.email;
    expect(mail).toContain('%0D%0A%0D%0A');
    expect(mail).not.toMatch(/(?<!%0D)%0A/);
    const body = new URLSearchParams(mail.slice('mailto:?'.length)).get('body')!;
    const link = new URL(body.split('\r\n\r\n')[1]!);
    expect(link.searchParams.get('utm_medium')).toBe('email');
    expect(link.searchParams.get('utm_source')).toBe('email');
    expect(new URL(utmLink(a.url, 'whatsapp', a, opts.posts.utm)).searchParams.get('utm_medium')).toBe('social');
  });

  it('#11.13 C++ and A+B keep their meaning as hashtags', () => {
    expect(hashtagFromTag('C++')).toBe('#CPlusPlus');
    expect(hashtagFromTag('A+B')).toBe('#APlusB');
    expect(hashtagFromTag('C#')).toBe('#CSharp');
    expect(hashtagFromTag('#SEO')).toBe('#SEO');
    expect(articleHashtags({ tags: ['C', 'C++'], social: {} })).toEqual(['#C', '#CPlusPlus']);
  });
});

describe('#11.2 impossible dates', async () => {
  const { normalizeArticle } = await import('../src/core/article/normalize.ts');
  const { articleSchema } = await import('../src/frontmatter.ts');
  const { PublicistError } = await import('../src/core/errors.ts');
  const { makeOptions } = await import('./helpers.ts');
  const opts = makeOptions();
  const file = 'src/content/articles/schaltjahr.mdx';
  // What YAML gives for `pubDate: 2026-02-30`: the date rolled over to 2 March.
  const entry = (pubDate: string, updatedDate?: string) => ({
    collection: 'articles',
    id: 'schaltjahr',
    filePath: file,
    body: 'Ein Absatz.',
    rawFrontmatter: `title: Schaltjahr\npubDate: ${pubDate}\n${updatedDate ? `updatedDate: ${updatedDate}\n` : ''}author: lena\n`,
    data: { title: 'Schaltjahr', author: 'lena', pubDate: rolled(pubDate), ...(updatedDate ? { updatedDate: rolled(updatedDate) } : {}) },
  });
  function rolled(written: string): Date {
    const [y, m, d] = written.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  const errorOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as InstanceType<typeof PublicistError>;
    }
    throw new Error('no error');
  };

  it('#11.2 2026-02-30 and 2026-13-45 are build errors naming file and field, not 2 March and 14 Feb 2027', () => {
    const feb = errorOf(() => normalizeArticle(entry('2026-02-30'), opts));
    expect(feb).toBeInstanceOf(PublicistError);
    expect(feb.message).toBe(`publicist: ${file}: pubDate must be a real calendar date, got "2026-02-30" (February 2026 has 28 days)`);
    expect(feb.details).toMatchObject({ file, field: 'pubDate', line: 3 });
    expect(errorOf(() => normalizeArticle(entry('2026-13-45'), opts)).message).toContain('pubDate must be a real calendar date, got "2026-13-45" (there is no month 13)');
    expect(errorOf(() => normalizeArticle(entry('2026-03-01', '2026-04-31'), opts)).message).toContain('updatedDate must be a real calendar date, got "2026-04-31" (April 2026 has 30 days)');
    // Real dates, a leap day among them, pass.
    expect(normalizeArticle(entry('2028-02-29'), opts).published.iso).toBe('2028-02-29T00:00:00+01:00');
  });

  it('#11.2 a quoted impossible date is refused by the frontmatter schema', () => {
    const result = articleSchema().safeParse({ title: 'X', author: 'lena', pubDate: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('expected pubDate as a real calendar date, got "2026-02-30" (February 2026 has 28 days)');
    expect(articleSchema().safeParse({ title: 'X', author: 'lena', pubDate: '2026-02-28' }).success).toBe(true);
  });

  it('#11.2 the updatedDate < pubDate error has a true location (file and line), not one read from a time in the message', async () => {
    const error = errorOf(() => normalizeArticle(entry('2026-03-01', '2026-02-01'), opts));
    expect(error.message).toBe(`publicist: ${file}: updatedDate must be a date on or after pubDate (2026-03-01T00:00:00+01:00), got 2026-02-01T00:00:00+01:00`);
    // Astro's own error metadata (what prints "Location:") reads our loc instead of guessing from the message.
    const { collectErrorMetadata } = (await import('../../../node_modules/astro/dist/core/errors/dev/utils.js')) as unknown as { collectErrorMetadata: (e: unknown, root?: URL) => { loc?: { file: string; line: number } } };
    const root = new URL('file:///projekt/');
    const meta = collectErrorMetadata(error, root);
    expect(meta.loc).toMatchObject({ file: `/projekt/${file}`, line: 4 });
  });
});

describe('#11.14 the Bluesky record is postable', async () => {
  const { Lexicons } = await import('@atproto/lexicon');
  const { schemas } = await import('@atproto/api');
  const { composePosts } = await import('../src/core/posts/posts-file.ts');
  const lexicons = new Lexicons(schemas as never);

  it('#11.14 validates against the published app.bsky.feed.post lexicon once the posting tool sets createdAt; the thumbnail is a separate field', () => {
    const opts = options();
    const a = article({ title: 'Größe 🛒 zählt: https://example.com und #Hashtags', tags: ['Social Media', 'C++'] }, opts);
    const bluesky = composePosts(a, opts).bluesky!;
    const record = bluesky.record as unknown as Record<string, unknown>;
    // No back-dated createdAt and no thumb that is not a blob ref.
    expect(record.createdAt).toBeUndefined();
    expect((bluesky.record.embed.external as Record<string, unknown>).thumb).toBeUndefined();
    expect(bluesky.thumbnail).toEqual({ url: 'https://social-kompass.de/og/articles/beispiel.png', mimeType: 'image/png' });
    // What the posting tool sends: the record with createdAt set at the moment of posting.
    const posted = { ...record, createdAt: new Date().toISOString() };
    const result = lexicons.validate('app.bsky.feed.post', posted);
    expect(result.success, JSON.stringify(result)).toBe(true);
    // As written, the only thing missing is createdAt.
    const asWritten = lexicons.validate('app.bsky.feed.post', record);
    expect(asWritten.success).toBe(false);
    expect(String((asWritten as { error: Error }).error.message)).toMatch(/createdAt/);
  });

  it('#11.14 the old thumb shape ({url, mimeType, size}) is what the lexicon refuses', () => {
    const opts = options();
    const bluesky = composePosts(article({}, opts), opts).bluesky!;
    const withOldThumb = { ...bluesky.record, createdAt: new Date().toISOString(), embed: { ...bluesky.record.embed, external: { ...bluesky.record.embed.external, thumb: { ...bluesky.thumbnail, size: 1000 } } } };
    const result = lexicons.validate('app.bsky.feed.post', withOldThumb);
    expect(result.success).toBe(false);
    expect(String((result as { error: Error }).error.message)).toMatch(/blob/);
  });
});

describe('#11.5 broken user fonts', async () => {
  const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, dirname } = await import('node:path');
  const { createRequire } = await import('node:module');
  const { loadUserFonts } = await import('../src/astro/cards/user-fonts.ts');
  const { PublicistError } = await import('../src/core/errors.ts');
  const require = createRequire(import.meta.url);
  const interDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
  const dir = mkdtempSync(join(tmpdir(), 'publicist-fonts-'));
  const good = { name: 'Brand', file: join(interDir, 'inter-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const };
  const woff = readFileSync(good.file);
  writeFileSync(join(dir, 'halb.woff'), woff.subarray(0, woff.length >> 1));
  writeFileSync(join(dir, 'fast.woff'), woff.subarray(0, woff.length - 200));
  mkdirSync(join(dir, 'ordner.ttf'));

  for (const [name, found] of [['halb.woff', /which fails to parse/], ['fast.woff', /which fails to parse/], ['ordner.ttf', /which is a directory/]] as const) {
    it(`#11.5 ${name} is refused when the options load, naming cards.fonts[1] and its path`, { timeout: 120_000 }, async () => {
      const fonts = [good, { ...good, file: name, weight: 700 as const }];
      const error = await loadUserFonts(fonts, dir).then(() => undefined, (e: unknown) => e as InstanceType<typeof PublicistError>);
      expect(error).toBeInstanceOf(PublicistError);
      expect(error!.message).toContain(`publicist: cards.fonts[1].file must be`);
      expect(error!.message).toContain(`got "${name}" (${join(dir, name)})`);
      expect(error!.message).toMatch(found);
      expect(error!.details).toMatchObject({ field: 'cards.fonts[1].file', file: join(dir, name) });
    });
  }

  it('#11.5 a whole font still loads', { timeout: 120_000 }, async () => {
    expect((await loadUserFonts([good], dir)).map((f) => f.file)).toEqual([good.file]);
  });
});

describe('#11.12 cover and image errors name the file and the field', async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { prepareCard } = await import('../src/core/cards/prepare.ts');
  const { cardEnvironment } = await import('../src/astro/cards/environment.ts');
  const { checkCoverInsideProject } = await import('../src/astro/cover.ts');
  const { PublicistError } = await import('../src/core/errors.ts');
  const { makeArticle, makeOptions } = await import('./helpers.ts');
  const publicDir = join(import.meta.dirname, '../../../example-site/public');
  const jpeg = readFileSync(join(import.meta.dirname, '../../../example-site/src/assets/covers/krise.jpg'));

  it('#11.12 a truncated JPEG cover on the cover template names the article file, the cover field and the image', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publicist-cover-'));
    const truncated = join(dir, 'abgeschnitten.jpg');
    writeFileSync(truncated, jpeg.subarray(0, jpeg.length >> 1));
    const options = makeOptions({ cards: { template: 'cover' } });
    const article = makeArticle({}, options);
    const error = await prepareCard(article, 'link', cardEnvironment(options, publicDir), truncated).then(() => undefined, (e: unknown) => e as InstanceType<typeof PublicistError>);
    expect(error).toBeInstanceOf(PublicistError);
    expect(error!.message).toMatch(new RegExp(`^publicist: ${article.file}: cover must be a complete, readable image, got ${truncated}, which cannot be decoded: \\S`, "i"));
    expect(error!.details).toMatchObject({ file: article.file, field: 'cover' });
  });

  it('#11.12 a cover path that leaves the project is refused', () => {
    const options = makeOptions();
    expect(() => makeArticle({ data: { cover: '../../geheim/titel.jpg', coverAlt: 'Titel' } }, options)).toThrow(
      'publicist: src/content/articles/beispiel.mdx: cover must be a path inside the project or an absolute URL, got "../../geheim/titel.jpg", which leaves it',
    );
    expect(makeArticle({ data: { cover: '/bilder/titel.jpg', coverAlt: 'Titel' } }, options).cover?.path).toBe('/bilder/titel.jpg');
    const article = { file: 'src/content/articles/beispiel.mdx' };
    expect(() => checkCoverInsideProject(article, '/projekt/../geheim/titel.jpg', '/projekt')).toThrow(
      /beispiel\.mdx: cover must be an image inside the project \(\/projekt\) or the article's folder, got \/projekt\/\.\.\/geheim\/titel\.jpg, which leaves both/,
    );
    expect(() => checkCoverInsideProject(article, '/etc/titel.jpg', '/projekt')).toThrow(PublicistError);
    expect(() => checkCoverInsideProject(article, '/projekt/src/assets/titel.jpg', '/projekt')).not.toThrow();
    // A collection outside the project: a cover beside its article is fine, one above it is not.
    const outside = { file: '../inhalte/artikel/beispiel.mdx' };
    expect(() => checkCoverInsideProject(outside, '/inhalte/artikel/titel.jpg', '/projekt')).not.toThrow();
    expect(() => checkCoverInsideProject(outside, '/inhalte/titel.jpg', '/projekt')).toThrow(PublicistError);
  });
});

describe('#11.3 scheduled publishing', async () => {
  const { selectPublished, isScheduled } = await import('../src/core/article/schedule.ts');
  const { feedDocument, feedItemsFrom, serializeFeed } = await import('../src/core/feeds/document.ts');
  const { makeArticle, makeOptions } = await import('./helpers.ts');
  const options = makeOptions();
  const now = new Date('2026-06-01T12:00:00Z');
  const past = makeArticle({ id: 'vergangen', data: { pubDate: new Date('2026-05-01') } }, options);
  const future = makeArticle({ id: 'zukunft', data: { pubDate: new Date('2099-01-01') } }, options);
  const soon = makeArticle({ id: 'bald', data: { pubDate: new Date('2026-06-02') } }, options);
  const draft = makeArticle({ id: 'entwurf', data: { pubDate: new Date('2026-05-02'), draft: true } }, options);

  it('#11.3 future-dated articles are left out by default, like drafts, and listed soonest first', () => {
    expect(options.scheduled).toBe('exclude');
    expect(isScheduled(future, now)).toBe(true);
    expect(isScheduled(past, now)).toBe(false);
    const { published, scheduled } = selectPublished([future, past, draft, soon], (a) => a, { now, scheduled: options.scheduled });
    expect(published.map((a) => a.id)).toEqual(['vergangen']);
    expect(scheduled.map((a) => a.id)).toEqual(['bald', 'zukunft']);
  });

  it("#11.3 scheduled: 'include' publishes them at once", () => {
    const include = makeOptions({ scheduled: 'include' });
    const { published, scheduled } = selectPublished([future, past, draft], (a) => a, { now, scheduled: include.scheduled });
    expect(published.map((a) => a.id)).toEqual(['zukunft', 'vergangen']);
    expect(scheduled).toEqual([]);
  });

  it('#11.3 a site without articles has feeds dated by the build, never 1970', async () => {
    const { XMLParser } = await import('fast-xml-parser');
    const xml = new XMLParser();
    const rss = xml.parse(await serializeFeed(await feedDocument({ kind: 'site' }, 'rss', [], feedItemsFrom(async () => '', options), options, now)));
    expect(new Date(rss.rss.channel.lastBuildDate).toISOString()).toBe(now.toISOString());
    const atom = xml.parse(await serializeFeed(await feedDocument({ kind: 'site' }, 'atom', [], feedItemsFrom(async () => '', options), options, now)));
    expect(new Date(atom.feed.updated).toISOString()).toBe(now.toISOString());
  });
});

describe('#11.6 an unusable card cache', async () => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { CardCache, CACHE_FOLDER } = await import('../src/astro/cards/cache.ts');

  it('#11.6 a cache folder that cannot be made is one warning; reads miss, writes and pruning do nothing, nothing throws', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-cache-'));
    // A file where the folder should be: fails for root too (ENOTDIR/EEXIST), unlike a chmod.
    writeFileSync(join(cacheDir, CACHE_FOLDER), 'kein Ordner');
    const warnings: string[] = [];
    const cache = new CardCache(cacheDir, (m) => warnings.push(m));
    expect(cache.enabled).toBe(false);
    expect(cache.get('a'.repeat(64))).toBeUndefined();
    cache.set('a'.repeat(64), new Uint8Array([1, 2, 3]), 'png');
    expect(cache.prune()).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/the card cache at .*publicist-cards cannot be used \(.*\); cards are rendered without it in this build/);
  });

  it('#11.6 a write that fails is one warning, the card is still served', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-cache-'));
    const warnings: string[] = [];
    const cache = new CardCache(cacheDir, (m) => warnings.push(m));
    // Take the folder away under the cache (a file in its place): the next writes fail.
    rmSync(cache.dir, { recursive: true });
    writeFileSync(cache.dir, 'weg');
    expect(() => cache.set('b'.repeat(64), new Uint8Array([1]), 'png')).not.toThrow();
    expect(() => cache.set('c'.repeat(64), new Uint8Array([2]), 'png')).not.toThrow();
    expect(cache.prune()).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot be written/);
  });
});

describe('#11.7 highlighted code does not depend on machine load', async () => {
  const { vi, afterEach } = await import('vitest');
  const { createShikiHighlighter } = await import('@astrojs/internal-helpers/shiki');
  const { deterministicHighlighting } = await import('../src/astro/highlight.ts');
  const { publicist } = await import('../src/astro/integration.ts');
  const code = 'const total = items.reduce((sum, item) => sum + item.price, 0); // Summe\nexport default total;';
  afterEach(() => vi.restoreAllMocks());

  /** A machine so busy that every look at the clock finds another second gone. */
  function slowClock() {
    let t = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (t += 1000));
  }

  it('#11.7 Astro’s Shiki highlighter with the transformer colours every token even when each line takes "seconds"', async () => {
    const highlighter = await createShikiHighlighter({ theme: 'github-dark', langs: ['javascript'] as never });
    const quiet = await highlighter.codeToHtml(code, 'javascript', { transformers: [deterministicHighlighting] as never });
    slowClock();
    const loaded = await highlighter.codeToHtml(code, 'javascript', { transformers: [deterministicHighlighting] as never });
    const unprotected = await highlighter.codeToHtml(code, 'javascript', {});
    vi.restoreAllMocks();
    expect(loaded).toBe(quiet);
    expect((quiet.match(/<span style/g) ?? []).length).toBeGreaterThan(15);
    // What the probe saw: without the transformer, a busy machine gets each line as one run.
    expect(unprotected).not.toBe(quiet);
    expect((unprotected.match(/<span style/g) ?? []).length).toBeLessThan(5);
  });

  it('#11.7 the integration adds the transformer to Astro’s markdown.shikiConfig (Markdown and MDX)', async () => {
    const updates: Record<string, any>[] = [];
    const logger = { fork: () => logger, info() {}, warn() {}, error() {}, debug() {} };
    const root = pathToFileURL(`${tempFiles('config-root')}/`);
    await publicist({ site: 'https://fixture.example', posts: { enabled: false }, feeds: { formats: [] as never } }).hooks['astro:config:setup']!({
      config: { site: 'https://fixture.example', base: '/', root, srcDir: new URL('src/', root), publicDir: new URL('public/', root), cacheDir: new URL('.astro-cache/', root), outDir: new URL('dist/', root), trailingSlash: 'ignore', build: { format: 'directory' }, integrations: [] },
      command: 'sync',
      logger,
      updateConfig: (update: Record<string, any>) => updates.push(update),
      injectRoute: () => {},
      addMiddleware: () => {},
    } as never);
    const transformers = updates.flatMap((u) => u.markdown?.shikiConfig?.transformers ?? []);
    expect(transformers).toContain(deterministicHighlighting);
  });
});

describe('#11.11 two entries whose ids differ only in case', async () => {
  const { checkUniqueEntryIds, droppedEntries, entryIdOf } = await import('../src/core/article/duplicates.ts');
  const { PublicistError } = await import('../src/core/errors.ts');
  const folders: Record<string, string[]> = {
    'src/content/articles': ['Doppelt.mdx', 'doppelt.mdx', 'einzeln.md', '_vorlage.mdx', 'bild.jpg', 'Einzeln.txt'],
    'src/content/articles/2026': ['rueckblick.md', 'rueckblick.mdx'],
  };
  const list = (dir: string) => folders[dir] ?? [];

  it('#11.11 are found, naming the file Astro kept and the one it dropped', () => {
    expect(entryIdOf('Doppelt.mdx')).toBe(entryIdOf('doppelt.mdx'));
    const entries = ['src/content/articles/doppelt.mdx', 'src/content/articles/einzeln.md', 'src/content/articles/2026/rueckblick.mdx'];
    expect(droppedEntries(entries, list)).toEqual([
      { kept: 'src/content/articles/doppelt.mdx', dropped: 'src/content/articles/Doppelt.mdx', id: 'doppelt' },
      { kept: 'src/content/articles/2026/rueckblick.mdx', dropped: 'src/content/articles/2026/rueckblick.md', id: 'rueckblick' },
    ]);
    expect(droppedEntries(['src/content/articles/einzeln.md'], list)).toEqual([]);
  });

  it('#11.11 are a build error naming both files, the id and the collection', () => {
    let error: unknown;
    try {
      checkUniqueEntryIds('articles', ['src/content/articles/doppelt.mdx', 'src/content/articles/einzeln.md'], list);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PublicistError);
    expect((error as InstanceType<typeof PublicistError>).message).toBe(
      'publicist: src/content/articles/doppelt.mdx and src/content/articles/Doppelt.mdx must have different entry ids, but both are "doppelt" in the collection "articles" (ids ignore case and the extension); Astro keeps only one, so the other article would vanish from every output. Rename one of them.',
    );
    expect((error as InstanceType<typeof PublicistError>).details).toEqual({ file: 'src/content/articles/Doppelt.mdx', field: 'id' });
    expect(() => checkUniqueEntryIds('articles', ['src/content/articles/einzeln.md'], list)).not.toThrow();
  });
});
