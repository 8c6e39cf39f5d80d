/** Facebook: 63,206 characters (widely quoted, unverified); counted in UTF-16 code units. */
import { overLimit, type PostRule } from './types.ts';

export const FACEBOOK_MAX_CHARACTERS = 63_206;

export const facebookRule: PostRule = {
  platform: 'facebook',
  name: 'Facebook',
  limit: FACEBOOK_MAX_CHARACTERS,
  unit: 'characters',
  count: (text) => text.length,
  problems: (text) => overLimit(text.length, FACEBOOK_MAX_CHARACTERS, 'characters'),
  linkInText: true,
};
