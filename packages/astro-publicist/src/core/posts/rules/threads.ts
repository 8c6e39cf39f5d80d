/**
 * Threads: 500 characters, at most 5 links and one topic tag. Meta counts an emoji as its UTF-8 bytes; every other
 * grapheme counts 1, and URLs count in full (nothing documented says otherwise).
 */
import { graphemes } from '../../text/graphemes.ts';
import { findLinks } from '../links.ts';
import { utf8Length } from '../utf8.ts';
import { overLimit, type PostRule } from './types.ts';

export const THREADS_MAX_CHARACTERS = 500;
export const THREADS_MAX_LINKS = 5;
/** Threads makes one tag per post a topic; the composed post carries no more (further `#words` stay plain text there). */
export const THREADS_MAX_TOPIC_TAGS = 1;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

export function threadsLength(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) n += EMOJI.test(g) ? utf8Length(g) : 1;
  return n;
}

export const threadsRule: PostRule = {
  platform: 'threads',
  name: 'Threads',
  limit: THREADS_MAX_CHARACTERS,
  unit: 'characters',
  count: threadsLength,
  problems: (text) => [
    ...overLimit(threadsLength(text), THREADS_MAX_CHARACTERS, 'characters'),
    ...overLimit(findLinks(text).length, THREADS_MAX_LINKS, 'links'),
  ],
  linkInText: true,
};
