/** X: weighted length by twitter-text's config v3 (URLs 23, CJK/emoji/`…` 2). */
import twitter from 'twitter-text';
import { overLimit, type PostRule } from './types.ts';

export const X_MAX_WEIGHTED_LENGTH = 280;

export function xLength(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}

export const xRule: PostRule = {
  platform: 'x',
  name: 'X',
  limit: X_MAX_WEIGHTED_LENGTH,
  unit: 'weighted characters',
  count: xLength,
  problems: (text) => overLimit(xLength(text), X_MAX_WEIGHTED_LENGTH, 'weighted characters'),
  linkInText: true,
};
