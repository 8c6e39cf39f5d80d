/**
 * Mastodon's StatusLengthValidator: graphemes, every http(s) URL counts 23, `@user@domain`
 * counts as `@user`. The limit is the server's `configuration.statuses.max_characters`.
 */
import { graphemeCount } from '../../text/graphemes.ts';
import { findLinks } from '../links.ts';
import { overLimit, type PostRule } from './types.ts';

export const MASTODON_DEFAULT_MAX_CHARACTERS = 500;
export const MASTODON_URL_LENGTH = 23;

// Mastodon's own mention pattern (Account::MENTION_RE): a local part, then an optional domain.
const MENTION = /(?<=^|[^/\w])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_])?)@[\p{L}\p{N}_.-]+[\p{L}\p{N}_]/giu;

export function mastodonLength(text: string): number {
  // Only URLs that twitter-text's extractor (which Mastodon's is built on) recognizes get the
  // 23-character concession; any other http(s) text is counted in full, which never undercounts.
  let rest = '';
  let at = 0;
  for (const link of findLinks(text)) {
    if (!link.withProtocol || !link.recognized) continue;
    rest += text.slice(at, link.start) + 'x'.repeat(MASTODON_URL_LENGTH);
    at = link.end;
  }
  rest += text.slice(at);
  return graphemeCount(rest.replace(MENTION, '@$1'));
}

export function mastodonRule(maxCharacters = MASTODON_DEFAULT_MAX_CHARACTERS): PostRule {
  return {
    platform: 'mastodon',
    name: 'Mastodon',
    limit: maxCharacters,
    unit: 'characters',
    count: mastodonLength,
    problems: (text) => overLimit(mastodonLength(text), maxCharacters, 'characters'),
    linkInText: true,
  };
}
