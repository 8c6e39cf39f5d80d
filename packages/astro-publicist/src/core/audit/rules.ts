/**
 * SEO limits the audit checks against, in one place. Search engines cut titles at about
 * 600 px (roughly 60 characters) and descriptions at about 155–160 characters.
 */
export const AUDIT_LIMITS = {
  titleMax: 60,
  descriptionMin: 50,
  descriptionMax: 160,
  tagsMin: 1,
  coverMinPixels: 50_000,
} as const;
