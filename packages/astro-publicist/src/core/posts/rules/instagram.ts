/** Instagram captions: 2,200 characters (UTF-16 code units), at most 5 hashtags, links not clickable. */
import { findHashtags } from '../hashtags.ts';
import { characterRule, overLimit, type PostRule } from './types.ts';

export const INSTAGRAM_MAX_CHARACTERS = 2200;
export const INSTAGRAM_MAX_HASHTAGS = 5;

export const instagramRule: PostRule = {
  ...characterRule('instagram', 'Instagram', INSTAGRAM_MAX_CHARACTERS, (text) => overLimit(findHashtags(text).length, INSTAGRAM_MAX_HASHTAGS, 'hashtags')),
  linkInText: false,
};
