import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import publicist from '../src/index.ts';
import { articleSchema } from '../src/frontmatter.ts';
import { baseUserOptions, makeOptions } from './helpers.ts';
import { resolveOptions } from '../src/options/resolve.ts';
import { parseOptions } from '../src/options/validate.ts';

describe('options', () => {
  it('fail at once with the option path, what is expected and what was given', () => {
    expect(() => publicist({ ...baseUserOptions, publisher: { name: 'X', logo: 42 as unknown as string } })).toThrow(
      'publicist: publisher.logo must be a path to an image in public/, got 42',
    );
    expect(() => publicist({ ...baseUserOptions, timezone: 'Mars/Olympus' })).toThrow(
      'publicist: timezone must be an IANA time zone like Europe/Berlin, got "Mars/Olympus"',
    );
    expect(() => publicist({ ...baseUserOptions, authors: { lena: { name: 'Lena', mastodon: 'lena' } } })).toThrow(
      'publicist: authors.lena.mastodon must be a Mastodon handle like @user@server.social, got "lena"',
    );
    expect(() => publicist({ ...baseUserOptions, posts: { mastodon: { instance: 'https://social.example/' } } })).toThrow(
      'publicist: posts.mastodon.instance must be a server host name like mastodon.social (no https://, no path), got "https://social.example/"',
    );
  });

  it('name unknown options', () => {
    expect(() => publicist({ ...baseUserOptions, titel: 'x' } as never)).toThrow('publicist: titel is not an option');
  });

  it('reports an empty name', () => {
    expect(() => publicist({ ...baseUserOptions, name: ' ' })).toThrow('publicist: name must be the site’s name, got ""');
  });

  it('work without any option (as `astro add` writes the call): names come from the site', () => {
    expect(() => publicist()).not.toThrow();
    const options = resolveOptions(parseOptions({}), { site: 'https://blog.example.org' });
    expect(options.name).toBe('blog.example.org');
    expect(options.publisher).toMatchObject({ type: 'Organization', name: 'blog.example.org', url: 'https://blog.example.org/' });
  });

  it('resolve handles, profiles and publisher', () => {
    const options = makeOptions();
    expect(options.profiles.x).toBe('socialkompass');
    expect(options.publisher.logo).toBe('https://social-kompass.example/logo.png');
    expect(options.publisher.sameAs).toEqual(['https://x.com/socialkompass', 'https://social.example/@kompass']);
    expect(options.site).toBe('https://social-kompass.example/');
  });

  it('need a site', () => {
    expect(() => makeOptions({}, '')).toThrow(/site must be the absolute URL of the site/);
  });
});

describe('articleSchema', () => {
  const schema = articleSchema();
  const valid = { title: 'T', pubDate: '2026-03-01', author: 'lena' };

  it('accepts a minimal article and fills defaults', () => {
    expect(schema.parse(valid)).toMatchObject({ tags: [], draft: false, noindex: false });
  });

  it('explains a wrong field with what was expected and found', () => {
    const result = schema.safeParse({ ...valid, pubDate: 'gestern' }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['pubDate'] });
    expect(result.error?.issues[0]?.message).toBe('expected pubDate as a date like 2026-03-01 or 2026-03-01T09:30:00+01:00, got "gestern"');
    const social = schema.safeParse({ ...valid, social: { twitter: 'x' } });
    expect(social.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('can be extended with the user’s own fields', () => {
    const extended = schema.extend({ series: z.string() });
    expect(extended.parse({ ...valid, series: 'Grundlagen' }).series).toBe('Grundlagen');
  });
});
