/** `/og/<collection>/<id>[-square|-portrait].<ext>` (the route pattern carries the extension): one share card, rendered (or read from the cache) by the cards service. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getTags, type ArticleWithEntry } from '../../runtime.ts';
import { publicistConfig } from '../../config/current.ts';
import { checkCoverInsideProject } from '../../cover.ts';
import { cardImages, cardSettings, pageCardImage, type CardVariant } from '../../../core/cards/images.ts';
import { pageCardContents } from '../../../core/cards/pages.ts';
import type { PageCardContent } from '../../../core/cards/prepare.ts';
import { getCardService, type CardRequest } from '../../../core/cards/service.ts';

export const prerender = true;

/**
 * The cover's source file: the Article carries it when Astro's ImageMetadata exposes `fsPath`;
 * otherwise the entry's image still has it (a non-enumerable property or the dev `/@fs/` URL).
 */
function cardRequest({ article, entry }: ArticleWithEntry): CardRequest {
  const cover = (entry.data as { cover?: { fsPath?: string; src?: string } }).cover;
  const devPath = cover?.src?.startsWith('/@fs/') ? decodeURIComponent(cover.src.slice(4).split('?')[0]!) : undefined;
  const coverFile = article.cover?.file ?? cover?.fsPath ?? devPath;
  checkCoverInsideProject(article, coverFile, publicistConfig.root);
  return { article, coverFile };
}

export const getStaticPaths = (async () => {
  const { options, command } = publicistConfig;
  const articles = await getArticles();
  const service = getCardService();
  const prefix = `${options.base}${cardSettings(options).prefix}/`;
  if (command === 'build') service.startAll(articles.map(cardRequest));
  const param = (path: string) => path.slice(prefix.length, path.lastIndexOf('.'));
  const pages = pageCardContents(await getTags(), options).map((content) => {
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
  const item = (await getArticles()).find((a) => a.article.slug === slug);
  if (!item) return new Response('Not found', { status: 404 });
  const bytes = await getCardService().card(cardRequest(item), variant);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': type } });
};
