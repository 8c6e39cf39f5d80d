/** `/rss.xsl`: the browser view of the RSS and Atom feeds. */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../../../core/feeds/stylesheet.ts';
import { getState } from '../../state.ts';

export const GET: APIRoute = () =>
  new Response(feedStylesheet(getState().options.defaultLocale), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
