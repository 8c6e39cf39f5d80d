/** Images named in the options must be files in public/ (astro/public-files.ts), checked against a real folder. */
import { describe, expect, it } from 'vitest';
import { checkPublicFiles } from '../src/astro/public-files.ts';
import { PublicistError } from '../src/core/errors.ts';
import { makeOptions, tempFiles } from './helpers.ts';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as PublicistError;
  }
  throw new Error('no error');
};

describe('checkPublicFiles', () => {
  // makeOptions: publisher.logo /logo.png, authors.lena.avatar /authors/lena.png
  const options = makeOptions();

  it('accepts a publisher logo and author avatars that are in public/', () => {
    const publicDir = tempFiles('public', { 'logo.png': 'png', 'authors/lena.png': 'png' });
    expect(() => checkPublicFiles(options, publicDir)).not.toThrow();
  });

  it('fails naming the option and the file when the logo is not in public/', () => {
    const publicDir = tempFiles('public', { 'authors/lena.png': 'png' });
    const error = errorOf(() => checkPublicFiles(options, publicDir));
    expect(error).toBeInstanceOf(PublicistError);
    expect(error.message).toBe(`publicist: publisher.logo must be a path to an image in public/, got "/logo.png" (no such file in ${publicDir})`);
    expect(error.details).toEqual({ field: 'publisher.logo' });
  });

  it('fails naming the author when an avatar is not in public/', () => {
    const publicDir = tempFiles('public', { 'logo.png': 'png', 'authors/jonas.png': 'png' });
    const error = errorOf(() => checkPublicFiles(options, publicDir));
    expect(error.message).toBe(`publicist: authors.lena.avatar must be a path to an image in public/, got "/authors/lena.png" (no such file in ${publicDir})`);
    expect(error.details).toEqual({ field: 'authors.lena.avatar' });
  });

  it('asks for nothing when no image is named', () => {
    const bare = makeOptions({ publisher: { name: 'Social Kompass GmbH' }, authors: { jonas: { name: 'Jonas Becker' } } });
    expect(() => checkPublicFiles(bare, tempFiles('public'))).not.toThrow();
  });
});
