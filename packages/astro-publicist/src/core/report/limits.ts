/**
 * SEO limits the report checks against, in one place. Search engines cut titles at about
 * 600 px (roughly 60 characters) and descriptions at about 155–160 characters.
 */
import { DESCRIPTION_MAX } from '../article/normalize.ts';

export const FINDING_LIMITS = {
  titleMax: 60,
  descriptionMin: 50,
  /** The same length a description taken from the body is cut to. */
  descriptionMax: DESCRIPTION_MAX,
  tagsMin: 1,
  coverMinPixels: 50_000,
} as const;
