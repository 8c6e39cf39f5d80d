/** Options through the virtual module: data as JSON, functions taken from astro.config again. */
import { describe, expect, it } from 'vitest';
import { reviveUserOptions, serializeUserOptions, userOptionsOf, USER_OPTIONS } from '../src/astro/config/user-options.ts';
import { configModuleSource } from '../src/astro/config/virtual-module.ts';
import { runtimeConfig, type RuntimeFacts } from '../src/astro/config/runtime.ts';
import { baseUserOptions } from './helpers.ts';

const url = ({ id }: { id: string }) => `/notes/${id}/`;
const user = { ...baseUserOptions, collections: [{ name: 'articles', url }], feeds: { limit: 5 } };
const facts: RuntimeFacts = { astro: { site: 'https://social-kompass.example', base: '/' }, root: '/r', publicDir: '/r/public', cacheDir: '/r/.cache', command: 'build', tagPages: true, cardsPath: 'og', now: '2026-06-01T00:00:00.000Z' };

describe('the config module', () => {
  it('writes data as JSON and each function as a reference to its place', () => {
    const { json, functions } = serializeUserOptions(user);
    expect(functions).toEqual(['collections.0.url']);
    expect(JSON.parse(json).collections[0].url).toEqual({ $publicistFunction: 'collections.0.url' });
    expect(JSON.parse(json).feeds).toEqual({ limit: 5 });
  });

  it('gives back the same options, the functions from the astro.config module', () => {
    const { json } = serializeUserOptions(user);
    const config = { integrations: [[{ name: 'other' }], { name: 'astro-publicist', [USER_OPTIONS]: user }] };
    const revived = reviveUserOptions(json, userOptionsOf(config, 'astro.config.mjs'), 'astro.config.mjs') as typeof user;
    expect(revived.collections[0]!.url).toBe(url);
    const { options, command } = runtimeConfig(json, userOptionsOf(config, 'astro.config.mjs'), 'astro.config.mjs', facts);
    expect(options.collections[0]!.url({ collection: 'articles', id: 'a', data: {} })).toBe('/notes/a/');
    expect([options.feeds.limit, options.tags.pages, command]).toEqual([5, true, 'build']);
  });

  it('fails naming the option when astro.config gives no function at run time', () => {
    const { json } = serializeUserOptions(user);
    expect(() => reviveUserOptions(json, { collections: [{ name: 'articles' }] }, 'astro.config.mjs')).toThrow(
      /the option collections\.0\.url is a function at build time but astro\.config\.mjs does not give one at run time/,
    );
    expect(() => userOptionsOf({ integrations: [] }, 'astro.config.mjs')).toThrow(/astro\.config\.mjs must list publicist\(\) in integrations/);
  });

  it('imports astro.config only when an option is a function', () => {
    expect(configModuleSource({ name: 'X' }, facts, '/r/astro.config.mjs')).not.toContain('user-config');
    expect(configModuleSource(user, facts, '/r/astro.config.mjs')).toContain(`await import("virtual:astro-publicist/user-config")`);
  });
});
