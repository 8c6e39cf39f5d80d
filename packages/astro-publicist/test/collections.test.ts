/** Which collections hold the articles (astro/content/collections.ts), given a site's collections. */
import { describe, expect, it } from 'vitest';
import { articleCollections } from '../src/astro/content/collections.ts';
import { PublicistError } from '../src/core/errors.ts';
import { makeOptions } from './helpers.ts';

const sites: Record<string, Record<string, Record<string, unknown>[]>> = {
  starter: { blog: [{ title: 'First light', pubDate: new Date('2026-06-19') }, { title: 'Tides', pubDate: new Date('2026-06-20') }, { title: 'Gulls', pubDate: new Date('2026-06-21') }] },
  notes: { notes: [{ title: 'Eine Notiz' }] },
};

async function pick(site: Record<string, Record<string, unknown>[]>, collections?: string[]) {
  const log: string[] = [];
  const options = makeOptions({ collections });
  try {
    const picked = await articleCollections(options, Object.keys(site), async (name) => site[name]!, (line) => log.push(line));
    return { picked: picked.map((c) => c.name), log, error: undefined };
  } catch (error) {
    return { picked: [], log, error: error as PublicistError };
  }
}

describe('articleCollections', () => {
  it('takes the configured collections when the site has them', async () => {
    expect(await pick(sites.starter!, ['blog'])).toEqual({ picked: ['blog'], log: [], error: undefined });
  });

  it('fails naming the collections that exist when a configured one is not among them', async () => {
    const { error } = await pick(sites.starter!, ['articles']);
    expect(error).toBeInstanceOf(PublicistError);
    expect(error!.message).toBe('publicist: collections must name content collections of the site, got "articles"; the site\'s collections: blog');
    expect(error!.details).toEqual({ field: 'collections' });
  });

  it('without configuration uses the collections whose entries have a date, and says so once', async () => {
    expect(await pick(sites.starter!)).toEqual({
      picked: ['blog'],
      log: ['no "articles" collection; using the collection whose entries have a date: blog (3 entries). Set publicist({ collections }) to choose.'],
      error: undefined,
    });
  });

  it('without configuration fails naming the collections that exist when none has dated entries', async () => {
    const { error } = await pick(sites.notes!);
    expect(error!.message).toBe(
      'publicist: found no article collection: the site has no "articles" collection and no collection whose entries have a date; its collections: notes. Name yours: publicist({ collections: [\'blog\'] })',
    );
    expect(error!.details).toEqual({ field: 'collections' });
  });
});
