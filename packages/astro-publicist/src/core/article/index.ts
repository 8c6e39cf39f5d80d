export { normalizeArticle, translationsOf, shorten, DESCRIPTION_MAX, EXCERPT_MAX, type EntryInput } from './normalize.ts';
export { analyzeBody, countWords, type BodyAnalysis } from './body.ts';
export { articleDate, isoWithOffset } from './dates.ts';
export { ogLocale, rssLanguage } from './locale.ts';
