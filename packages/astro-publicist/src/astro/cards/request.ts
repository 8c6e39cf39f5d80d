/**
 * For the routes (it reads the runtime's config module, so the integration side never imports
 * it): what the card service needs to know about an article's card, and the one question other
 * outputs ask it: how many bytes is the link card? The feed routes (enclosure length) and the social route
 * (Bluesky thumbnail size) ask before they render, so no output is rewritten after the build.
 */
import type { CardRequest } from './service.ts';
import { avatarFiles } from '../avatars.ts';
import { publicistConfig } from '../config/current.ts';
import { checkCoverInsideProject } from '../cover.ts';
import type { ArticleWithEntry } from '../runtime.ts';
import { session } from '../session.ts';

/**
 * What a card draws from files: the cover's source (the Article carries it when Astro's
 * ImageMetadata exposes `fsPath`; in dev the image's `/@fs/` URL names it) and the authors'
 * avatars, remote ones fetched into the cache.
 */
export async function cardRequest({ article }: ArticleWithEntry): Promise<CardRequest> {
  const src = article.cover?.path;
  const devPath = src?.startsWith('/@fs/') ? decodeURIComponent(src.slice(4).split('?')[0]!) : undefined;
  const coverFile = article.cover?.file ?? devPath;
  checkCoverInsideProject(article, coverFile, publicistConfig.root);
  return { article, coverFile, avatarFiles: await avatarFiles(article.authors, publicistConfig.publicDir) };
}

/**
 * The byte length of an article's link card, from the card service (which renders the card or
 * takes it from the cache, once per card). Undefined where no card service runs (an on-demand
 * server that did not run the config): the outputs then leave the size out.
 */
export function linkCardLength(item: ArticleWithEntry): Promise<number | undefined> {
  const service = session().cards;
  if (!service) return Promise.resolve(undefined);
  // A build's Articles do not change, and each is in several feeds: one question per Article. In
  // dev a cover or avatar file may change under the same Article, so the service's key decides.
  if (publicistConfig.command !== 'build') return cardRequest(item).then((request) => service.cardLength(request, 'link'));
  let length = inBuild.get(item.article);
  if (!length) inBuild.set(item.article, (length = cardRequest(item).then((request) => service.cardLength(request, 'link'))));
  return length;
}

const inBuild = new WeakMap<ArticleWithEntry['article'], Promise<number>>();
