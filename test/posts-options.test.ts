/** The posts options reach the build: platforms, UTM off, a Mastodon server, no kit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildFixture } from './support/fixture.ts';

const build = (options: Record<string, unknown>) => buildFixture('basic', { options });

describe('posts options in a build', () => {
  it('write only the chosen platforms, without UTM parameters, sharing to the configured Mastodon server', () => {
    const result = build({ posts: { platforms: ['mastodon', 'x'], utm: false, mastodon: { instance: 'social.example', maxCharacters: 200 }, kit: false } });
    expect(result.status, result.output).toBe(0);
    const read = (path: string) => readFileSync(join(result.outDir, path), 'utf8');
    const index = JSON.parse(read('social/index.json'));
    expect(index.articles.map((a: { slug: string }) => a.slug)).toEqual(['articles/erster-beitrag']);
    const file = JSON.parse(read(index.articles[0].file));
    expect(Object.keys(file.posts)).toEqual(['mastodon', 'x']);
    expect(file.posts.mastodon.limit).toBe(200);
    expect(file.posts.x.link).toBe(file.article.url);
    expect(file.posts.x.text).toContain(`\n${file.article.url}`);
    expect(new URL(file.intents.mastodon).origin).toBe('https://social.example');
    expect(new URL(file.intents.mastodon).searchParams.get('text')).toBe(file.posts.mastodon.text);
    expect((parse(read('social/posts.csv'), { columns: true }) as { platform: string }[]).map((r) => r.platform)).toEqual(['mastodon', 'x']);
    // kit: false leaves the pages out.
    expect(() => read('social/index.html')).toThrow();
  });

});
