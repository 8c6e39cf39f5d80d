/** Bluesky (`app.bsky.feed.post`): 300 grapheme clusters and 3,000 UTF-8 bytes; URLs count in full. */
import { graphemeCount } from '../../text/graphemes.ts';
import { utf8Length } from '../utf8.ts';
import { overLimit, type PostRule } from './types.ts';

export const BLUESKY_MAX_GRAPHEMES = 300;
export const BLUESKY_MAX_BYTES = 3000;

export const blueskyRule: PostRule = {
  platform: 'bluesky',
  name: 'Bluesky',
  limit: BLUESKY_MAX_GRAPHEMES,
  unit: 'graphemes',
  count: graphemeCount,
  problems: (text) => [
    ...overLimit(graphemeCount(text), BLUESKY_MAX_GRAPHEMES, 'graphemes'),
    ...overLimit(utf8Length(text), BLUESKY_MAX_BYTES, 'UTF-8 bytes'),
  ],
  linkInText: true,
};
