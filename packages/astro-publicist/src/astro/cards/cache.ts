/**
 * The card cache: rendered cards kept between builds in `<cacheDir>/publicist-cards/`, keyed by
 * the render job's hash (linked-files.ts says how entries are named, checked and placed).
 */
import { LinkedFileCache } from '../linked-files.ts';

export const CACHE_FOLDER = 'publicist-cards';

export class CardCache extends LinkedFileCache {
  constructor(cacheDir: string, warn?: (message: string) => void) {
    super(cacheDir, { folder: CACHE_FOLDER, name: 'the card cache', without: 'cards are rendered without it in this build' }, warn);
  }
}
