import { describe, expect, it } from 'vitest';
import twitter from 'twitter-text';
import { parse } from 'csv-parse/sync';
import { PublicistError } from '../src/core/errors.ts';
import { articleHashtags, hashtagFromTag } from '../src/core/posts/hashtags.ts';
import { utmLink } from '../src/core/posts/utm.ts';
import { blueskyFacets } from '../src/core/posts/bluesky-record.ts';
import { composePosts, postsCsv, postsFile } from '../src/core/posts/posts-file.ts';
import { toCsv } from '../src/core/posts/csv.ts';
import { mastodonLength } from '../src/core/posts/rules/mastodon.ts';
import { threadsLength } from '../src/core/posts/rules/threads.ts';
import { postsArticle as article, postsOptions as options } from './helpers.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemeCount = (s: string) => [...segmenter.segment(s)].length;

describe('hashtags', () => {
  it('are readable CamelCase with umlauts kept as letters', () => {
    expect(hashtagFromTag('Social Media Marketing')).toBe('#SocialMediaMarketing');
    expect(hashtagFromTag('Öffentlichkeitsarbeit')).toBe('#Öffentlichkeitsarbeit');
    expect(hashtagFromTag('e-commerce')).toBe('#ECommerce');
    expect(hashtagFromTag('SEO')).toBe('#SEO');
    expect(hashtagFromTag('2026')).toBeUndefined();
    expect(hashtagFromTag('x'.repeat(65))).toBeUndefined();
  });

  it('are whole hashtags for X’s own parser', () => {
    for (const tag of ['Social Media Marketing', 'Öffentlichkeitsarbeit', 'Künstliche Intelligenz', 'Straße & Verkehr']) {
      const hashtag = hashtagFromTag(tag)!;
      expect(twitter.extractHashtags(`Text ${hashtag} mehr`)).toEqual([hashtag.slice(1)]);
    }
  });

  it('come from social.hashtags when given, without duplicates', () => {
    expect(articleHashtags({ tags: ['SEO', 'seo', 'Social Media'], social: {} })).toEqual(['#SEO', '#SocialMedia']);
    expect(articleHashtags({ tags: ['SEO'], social: { hashtags: ['#Reichweite', 'Social_Media'] } })).toEqual(['#Reichweite', '#Social_Media']);
  });
});

describe('UTM links', () => {
  const a = { id: 'social-seo', slug: 'articles/social-seo', collection: 'articles', lang: 'de' };
  const defaults = options().posts.utm;

  it('carry source, medium and campaign by default, keeping existing parameters', () => {
    const link = new URL(utmLink('https://example.de/artikel/social-seo/?ref=a', 'bluesky', a, defaults));
    expect(Object.fromEntries(link.searchParams)).toEqual({ ref: 'a', utm_source: 'bluesky', utm_medium: 'social', utm_campaign: 'social-seo' });
  });

  it('follow the configured names and values, and can be switched off', () => {
    const custom = options({ utm: { medium: 'organic', campaign: '{collection}-{id}', content: '{platform}', source: { x: 'twitter' }, names: { source: 'src' } } }).posts.utm;
    const link = new URL(utmLink('https://example.de/a/', 'x', a, custom));
    expect(Object.fromEntries(link.searchParams)).toEqual({ src: 'twitter', utm_medium: 'organic', utm_campaign: 'articles-social-seo', utm_content: 'x' });
    expect(utmLink('https://example.de/a/', 'x', a, options({ utm: false }).posts.utm)).toBe('https://example.de/a/');
  });
});

describe('posts of an article', () => {
  const opts = options();
  const a = article(
    {
      title: 'Social Commerce 🛒: Wie aus Likes echte Umsätze werden – „Größer“ denken',
      description: 'Einkaufen, ohne die App zu verlassen: Was Social Commerce ausmacht, welche Formate funktionieren und worauf Händler beim Start achten sollten. Ein zweiter Satz, der die Beschreibung noch länger macht, damit gekürzt werden muss.',
      tags: ['Social Commerce', 'Strategie', 'Social Media Marketing', 'Öffentlichkeitsarbeit'],
    },
    opts,
  );
  const posts = composePosts(a, opts);

  it('are within each platform’s limit by its own counter and carry the UTM link', () => {
    expect(twitter.parseTweet(posts.x!.text).weightedLength).toBeLessThanOrEqual(280);
    expect(graphemeCount(posts.bluesky!.text)).toBeLessThanOrEqual(300);
    expect(posts.x!.length).toBe(twitter.parseTweet(posts.x!.text).weightedLength);
    expect(posts.bluesky!.length).toBe(graphemeCount(posts.bluesky!.text));
    for (const platform of ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook'] as const) {
      const post = posts[platform]!;
      expect(post.text).toContain(post.link);
      expect(new URL(post.link).searchParams.get('utm_source')).toBe(platform);
      expect(post.length).toBeLessThanOrEqual(post.limit);
    }
  });

  it('shorten at a word with an ellipsis where the platform is short, and keep everything where it is long', () => {
    expect(posts.x!.truncated).toBe(true);
    expect(posts.x!.prose).toMatch(/\p{L}…$/u);
    expect(posts.linkedin!.truncated).toBe(false);
    expect(posts.linkedin!.text).toContain(a.description);
  });

  it('credit the author with the platform’s handle', () => {
    expect(posts.x!.text).toContain('Von @lenahoffmann');
    expect(posts.mastodon!.text).toContain('Von @lena@social.example');
    expect(posts.bluesky!.text).toContain('Von @lenahoffmann.bsky.social');
    expect(posts.linkedin!.text).toContain('Von Lena Hoffmann');
  });

  it('point Instagram to the profile instead of an unclickable link, with at most 5 hashtags', () => {
    const many = options({ maxHashtags: 10 });
    const post = composePosts(article({ tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7'] }, many), many).instagram!;
    expect(post.text).not.toContain('https://');
    expect(post.text).toContain('Den Link zum Artikel finden Sie in unserem Profil.');
    expect(twitter.extractHashtags(post.text)).toHaveLength(5);
  });

  it('use English wording for English articles, and the configured wording', () => {
    const en = composePosts(article({ lang: 'en', title: 'Hello' }, opts), opts);
    expect(en.x!.text).toContain('By @lenahoffmann');
    expect(en.instagram!.text).toContain('The link to the article is in our profile.');
    const custom = options({ wording: { de: { byline: 'Ein Beitrag von {author}' } } });
    expect(composePosts(article({}, custom), custom).x!.text).toContain('Ein Beitrag von @lenahoffmann');
  });

  it('are the same for the same input', () => {
    expect(JSON.stringify(postsFile(a, opts))).toBe(JSON.stringify(postsFile(a, opts)));
  });

  it('honour the Mastodon server’s limit', () => {
    const small = options({ mastodon: { maxCharacters: 150, instance: 'mastodon.social' } });
    const file = postsFile(a, small);
    expect(file.posts.mastodon!.limit).toBe(150);
    expect(mastodonLength(file.posts.mastodon!.text)).toBeLessThanOrEqual(150);
    expect(new URL(file.intents.mastodon).origin).toBe('https://mastodon.social');
  });
});

describe('Mastodon and Threads counting', () => {
  it('counts a recognized http(s) URL as 23 and @user@domain as @user', () => {
    expect(mastodonLength('Lies https://example.com/ein/sehr/langer/pfad/der/nicht/zaehlt?a=b von @lena@social.example')).toBe('Lies '.length + 23 + ' von @lena'.length);
  });

  it('counts an emoji by its UTF-8 bytes on Threads', () => {
    expect(threadsLength('ab👍')).toBe(2 + 4);
  });
});

describe('frontmatter overrides', () => {
  const opts = options();

  it('are the text before the link; the link follows, or replaces {link}', () => {
    const posts = composePosts(article({ social: { x: 'Kurz und knapp.', bluesky: 'Hier: {link} – lesen!' } }, opts), opts);
    expect(posts.x!.text).toBe(`Kurz und knapp.\n\n${posts.x!.link}`);
    expect(posts.x!.override).toBe(true);
    expect(posts.bluesky!.text).toBe(`Hier: ${posts.bluesky!.link} – lesen!`);
  });

  it('fail the build when too long, naming the file, the platform, the length and the limit', () => {
    const long = article({ social: { x: 'Wort '.repeat(60) } }, opts);
    const error = (() => {
      try {
        composePosts(long, opts);
      } catch (e) {
        return e as PublicistError;
      }
    })();
    expect(error).toBeInstanceOf(PublicistError);
    const weighted = twitter.parseTweet(`${'Wort '.repeat(60).trim()}\n\n${utmLink(long.url, 'x', long, opts.posts.utm)}`).weightedLength;
    expect(error!.message).toContain('src/content/articles/beispiel.mdx');
    expect(error!.message).toContain('social.x');
    expect(error!.message).toContain(`${weighted} weighted characters`);
    expect(error!.message).toContain('280');
    expect(error!.details).toEqual({ file: 'src/content/articles/beispiel.mdx', field: 'social.x' });
  });

  it('fail on Threads with more than 5 links', () => {
    const links = Array.from({ length: 5 }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(() => composePosts(article({ social: { threads: links } }, opts), opts)).toThrow(/social\.threads.*6 links, over the limit of 5/);
  });
});

describe('Bluesky facets', () => {
  it('cover exactly the link and hashtags in the UTF-8 bytes, after umlauts and emoji', () => {
    const text = 'Größer 👨‍👩‍👧 „denken“ – https://example.de/ä?utm_source=bluesky #Öffentlichkeit 🇩🇪 #SocialMedia';
    const bytes = Buffer.from(text, 'utf8');
    const facets = blueskyFacets(text);
    expect(facets.map((f) => bytes.subarray(f.index.byteStart, f.index.byteEnd).toString('utf8'))).toEqual([
      'https://example.de/ä?utm_source=bluesky',
      '#Öffentlichkeit',
      '#SocialMedia',
    ]);
    expect(facets.map((f) => f.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.de/ä?utm_source=bluesky' },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'Öffentlichkeit' },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'SocialMedia' },
    ]);
  });

  it('are in the record, with langs and the link card', () => {
    const opts = options();
    const a = article({ title: 'Größe 🛒 zählt', tags: ['Social Media'] }, opts);
    const bluesky = composePosts(a, opts).bluesky!;
    const record = bluesky.record;
    const bytes = Buffer.from(record.text, 'utf8');
    expect(record.langs).toEqual(['de']);
    const link = record.facets.find((f) => f.features[0]!.$type.endsWith('#link'))!;
    expect(bytes.subarray(link.index.byteStart, link.index.byteEnd).toString()).toBe(record.embed.external.uri);
    expect(bluesky.thumbnail).toEqual({ url: 'https://social-kompass.de/og/articles/beispiel.png', mimeType: 'image/png' });
  });
});

describe('share intents', () => {
  const opts = options();
  const a = article({ title: 'A & B: „Plus+Minus“ #1?', description: 'Zeile eins & zwei' }, opts);
  const file = postsFile(a, opts);

  it('decode to exactly the post text or link', () => {
    const param = (url: string, name: string) => new URL(url).searchParams.get(name);
    expect(param(file.intents.x, 'text')).toBe(file.posts.x!.text);
    expect(param(file.intents.bluesky, 'text')).toBe(file.posts.bluesky!.text);
    expect(param(file.intents.threads, 'text')).toBe(file.posts.threads!.text);
    expect(new URLSearchParams(new URL(file.intents.mastodon).hash.slice(1)).get('text')).toBe(file.posts.mastodon!.text);
    expect(param(file.intents.linkedin, 'url')).toBe(utmLink(a.url, 'linkedin', a, opts.posts.utm));
    expect(param(file.intents.facebook, 'u')).toBe(utmLink(a.url, 'facebook', a, opts.posts.utm));
    expect(param(file.intents.reddit, 'title')).toBe(a.title);
    expect(param(file.intents.telegram, 'url')).toBe(utmLink(a.url, 'telegram', a, opts.posts.utm));
    expect(param(file.intents.whatsapp, 'text')).toContain(utmLink(a.url, 'whatsapp', a, opts.posts.utm));
  });

  it('encode mailto without "+" for spaces', () => {
    const mail = file.intents.email;
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(mail).not.toMatch(/[ +]/);
    const query = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(query.get('subject')).toBe(a.title);
    expect(query.get('body')).toBe(`Zeile eins & zwei\r\n\r\n${utmLink(a.url, 'email', a, opts.posts.utm)}`);
  });
});

describe('CSV', () => {
  it('parses back with a standard parser into the same fields', () => {
    const rows = [['a', 'b,c'], ['"zitiert"', 'Zeile 1\nZeile 2\r\n„Ende“']];
    expect(parse(toCsv(rows))).toEqual(rows);
  });

  it('has a row per article and platform with the posts’ texts', () => {
    const opts = options();
    const files = [postsFile(article({ title: 'Eins, „zwei“' }, opts, 'eins'), opts), postsFile(article({ title: 'Drei' }, opts, 'drei'), opts)];
    const records = parse(postsCsv(files), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(14);
    expect(records.map((r) => r.text)).toEqual(files.flatMap((f) => Object.values(f.posts).map((p) => p.text)));
    expect(records[0]).toMatchObject({ platform: 'x', article: 'articles/eins', image_url: 'https://social-kompass.de/og/articles/eins.png', publish_date: '2026-03-01T09:30:00+01:00' });
  });
});

describe('posts options', () => {
  const fails = (posts: unknown) => () => options(posts as Record<string, unknown>);

  it('have a default for everything', () => {
    const { posts } = options();
    expect(posts).toMatchObject({ enabled: true, kit: true, maxHashtags: 3, mastodon: { maxCharacters: 500 }, utm: { medium: 'social', campaign: '{id}' }, wording: {} });
    expect(posts.platforms).toEqual(['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram']);
  });

  it('name the field, what was expected and what was found', () => {
    expect(fails({ platforms: ['tiktok'] })).toThrow('publicist: posts.platforms.0 must be one of x, bluesky, mastodon, threads, linkedin, facebook, instagram, got "tiktok"');
    expect(fails({ utm: { medium: 3 } })).toThrow('publicist: posts.utm must be false or UTM settings whose medium is a utm_medium value (got 3), got an object');
    expect(fails({ wording: { de: { readMore: 'Mehr' } } })).toThrow('publicist: posts.wording.de.readMore must be a read-more line containing {link}, got "Mehr"');
    expect(fails({ maxHashtags: 1.5 })).toThrow('publicist: posts.maxHashtags must be a whole number from 0 to 30, got 1.5');
  });
});
