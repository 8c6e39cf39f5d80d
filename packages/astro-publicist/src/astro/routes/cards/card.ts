/**
 * `/og/<collection>/<id>[-square|-portrait].<ext>` (the route pattern carries the extension): one
 * share card, rendered (or read from the cache) by the cards service. In `astro dev` it serves
 * each card on demand. A build prerenders no page here: it hands every card to the service, which
 * renders what the cache lacks while Astro writes pages and writes all card files into the output
 * at the end of the build (a cache hit is a file copy, not a route rendered by Astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteArticles } from '../../site-articles.ts';
import { publicistConfig } from '../../config/current.ts';
import { cardRequest } from '../../cards/request.ts';
import { cardImages, cardSettings, pageCardImage, type CardVariant } from '../../../core/cards/card-files.ts';
import { pageCardContents } from '../../../core/cards/page-cards.ts';
import type { PageCardContent } from '../../../core/cards/prepare.ts';
import { getCardService } from '../../session.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const { options, command } = publicistConfig;
  const index = await siteArticles();
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
  const item = (await siteArticles()).bySlug.get(slug);
  if (!item) return new Response('Not found', { status: 404 });
  const bytes = await getCardService().card(await cardRequest(item), variant);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': type } });
};
