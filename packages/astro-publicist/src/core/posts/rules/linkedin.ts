/** LinkedIn: 3,000 characters (a third-party figure); counted in UTF-16 code units, never fewer than graphemes. */
import { overLimit, type PostRule } from './types.ts';

export const LINKEDIN_MAX_CHARACTERS = 3000;

export const linkedinRule: PostRule = {
  platform: 'linkedin',
  name: 'LinkedIn',
  limit: LINKEDIN_MAX_CHARACTERS,
  unit: 'characters',
  count: (text) => text.length,
  problems: (text) => overLimit(text.length, LINKEDIN_MAX_CHARACTERS, 'characters'),
  linkInText: true,
};
