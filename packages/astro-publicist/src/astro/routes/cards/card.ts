/**
 * `/og/<collection>/<id>[-square|-portrait].<ext>` (the route pattern carries the extension): one
 * share card, rendered (or read from the cache) by the cards service. In `astro dev` it serves
 * each card on demand. A build prerenders no page here: it hands every card to the service, which
 * renders what the cache lacks while Astro writes pages and writes all card files into the output
 * at the end of the build (a cache hit is a file copy, not a route rendered by Astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleIndex, type ArticleWithEntry } from '../../runtime.ts';
import { publicistConfig } from '../../config/current.ts';
import { avatarFiles } from '../../avatars.ts';
import { checkCoverInsideProject } from '../../cover.ts';
import { cardImages, cardSettings, pageCardImage, type CardVariant } from '../../../core/cards/card-files.ts';
import { pageCardContents } from '../../../core/cards/page-cards.ts';
import type { PageCardContent } from '../../../core/cards/prepare.ts';
import { getCardService, type CardRequest } from '../../cards/index.ts';

export const prerender = true;

/**
 * What a card draws from files: the cover's source (the Article carries it when Astro's
 * ImageMetadata exposes `fsPath`; in dev the image's `/@fs/` URL names it) and the authors'
 * avatars, remote ones fetched into the cache.
 */
async function cardRequest({ article }: ArticleWithEntry): Promise<CardRequest> {
  const src = article.cover?.path;
  const devPath = src?.startsWith('/@fs/') ? decodeURIComponent(src.slice(4).split('?')[0]!) : undefined;
  const coverFile = article.cover?.file ?? devPath;
  checkCoverInsideProject(article, coverFile, publicistConfig.root);
  return { article, coverFile, avatarFiles: await avatarFiles(article.authors, publicistConfig.publicDir) };
}

export const getStaticPaths = (async () => {
  const { options, command } = publicistConfig;
  const index = await getArticleIndex();
  const articles = index.items;
  const service = getCardService();
  const prefix = `${options.base}${cardSettings(options).prefix}/`;
  const pageContents = pageCardContents(index.tags(), options);
  if (command === 'build') {
    service.planAll(await Promise.all(articles.map(cardRequest)), pageContents);
    return [];
  }
  const param = (path: string) => path.slice(prefix.length, path.lastIndexOf('.'));
  const pages = pageContents.map((content) => {
    const image = pageCardImage(content.page, options, content.title);
    return { params: { card: param(image.path) }, props: { page: content, type: image.type } };
  });
  return [
    ...articles.flatMap((item) =>
      cardImages(item.article, options).map((image) => ({
        params: { card: param(image.path) },
        props: { slug: item.article.slug, variant: image.variant, type: image.type },
      })),
    ),
    ...pages,
  ];
}) satisfies GetStaticPaths;

type CardProps = { page: PageCardContent; type: string } | { slug: string; variant: CardVariant; type: string };

export const GET: APIRoute = async ({ props }) => {
  const card = props as CardProps;
  const headers = { 'Content-Type': card.type, 'Cache-Control': 'no-cache' };
  if ('page' in card) return new Response((await getCardService().pageCard(card.page)) as Uint8Array<ArrayBuffer>, { headers });
  const { slug, variant, type } = card;
  const item = (await getArticleIndex()).bySlug.get(slug);
  if (!item) return new Response('Not found', { status: 404 });
  const bytes = await getCardService().card(await cardRequest(item), variant);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': type } });
};
