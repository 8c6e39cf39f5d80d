/** `/rss.xsl`: the browser view of the RSS and Atom feeds. */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../../../core/feeds/stylesheet.ts';
import { publicistConfig } from '../../config/current.ts';

export const GET: APIRoute = () =>
  new Response(feedStylesheet(publicistConfig.options.defaultLocale), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
