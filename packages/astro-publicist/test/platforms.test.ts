/**
 * The platform registry: a network added as one file plus one line in core/platforms/index.ts
 * reaches every output. The line is added here with vi.mock, the file is test/fixtures/fake-network.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { articleSchema } from '../src/frontmatter.ts';
import { PublicistError } from '../src/core/errors.ts';
import { INTENT_TARGETS, SHARE_TARGETS, SOCIAL_PLATFORMS } from '../src/core/platforms/registry.ts';
import { postsCsv, postsFile } from '../src/core/posts/posts-file.ts';
import { postsArticle as article, postsOptions as options } from './helpers.ts';

vi.mock('../src/core/platforms/index.ts', async (importOriginal) => {
  const shipped = await importOriginal<typeof import('../src/core/platforms/index.ts')>();
  const { loop } = await import('./fixtures/fake-network.ts');
  return { PLATFORMS: [...shipped.PLATFORMS, loop] };
});

const loopOptions = (posts: Record<string, unknown> = {}) =>
  options(posts, {
    profiles: { loop: '~kompass', sameAs: [] },
    authors: { lena: { name: 'Lena Hoffmann', loop: '~lena' } },
  });

describe('a network added to the registry', () => {
  it('joins every list derived from it, after the shipped ones', () => {
    expect(SOCIAL_PLATFORMS.at(-1)).toBe('loop');
    expect(SHARE_TARGETS.at(-1)).toBe('loop');
    expect(INTENT_TARGETS.at(-1)).toBe('loop');
    expect(SOCIAL_PLATFORMS.slice(0, 7)).toEqual(['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram']);
  });

  it('gets its own profile option, checked with its own message, and a profile URL in sameAs', () => {
    const resolved = loopOptions();
    expect(resolved.profiles).toMatchObject({ loop: 'kompass' });
    expect(resolved.publisher.sameAs).toContain('https://loop.example/~kompass');
    expect(resolved.authors.lena!.sameAs).toEqual(['https://loop.example/~lena']);
    expect(() => options({}, { profiles: { loop: 'Not A Handle' } })).toThrow(PublicistError);
    expect(() => options({}, { profiles: { loop: 'Not A Handle' } })).toThrow('publicist: profiles.loop must be a Loop handle like ~name, got "Not A Handle"');
  });

  it('is a valid `posts.platforms` entry, a `utm.source` key and a frontmatter `social.<id>` override', () => {
    expect(loopOptions({ platforms: ['loop'], utm: { source: { loop: 'looped' } } }).posts.platforms).toEqual(['loop']);
    const frontmatter = articleSchema().parse({ title: 'T', pubDate: '2026-03-01', author: 'lena', social: { loop: 'Von Hand' } });
    expect(frontmatter.social).toEqual({ loop: 'Von Hand' });
  });

  it('gets a post within its rule, with its UTM source, its mention, a share link and a CSV row', () => {
    const opts = loopOptions();
    const file = postsFile(article({ title: 'Krisenkommunikation in sozialen Netzwerken: was in den ersten Stunden zählt und was nicht', description: 'Ein langer Text.' }, opts), opts);
    const post = (file.posts as Record<string, { text: string; length: number; limit: number; link: string; name: string; truncated: boolean }>).loop!;
    expect(post.name).toBe('Loop');
    expect(post.limit).toBe(200);
    expect(post.length).toBeLessThanOrEqual(200);
    expect(post.truncated).toBe(true);
    expect(new URL(post.link).searchParams.get('utm_source')).toBe('loop-app');
    expect(post.text).toContain(post.link);
    expect(post.text).toContain('Von ~lena');
    const intents = file.intents as Record<string, string>;
    expect(Object.keys(intents).at(-1)).toBe('loop');
    expect(new URL(intents.loop!).searchParams.get('text')).toBe(post.text);
    const rows = parse(postsCsv([file]), { columns: true }) as { platform: string; text: string }[];
    expect(rows.find((r) => r.platform === 'loop')?.text).toBe(post.text);
  });

  it('takes a hand-written frontmatter post and checks it against its rule', () => {
    const opts = loopOptions({ platforms: ['loop'] });
    const file = postsFile(article({ social: { loop: 'Kurz und von Hand.' } }, opts), opts);
    expect((file.posts as Record<string, { text: string; override: boolean }>).loop).toMatchObject({ override: true });
    expect(() => postsFile(article({ social: { loop: 'x'.repeat(300) } }, opts), opts)).toThrow(/social\.loop must fit Loop's limit of 200 characters/);
  });
});
