/** `/rss.xsl`: the browser view of the RSS and Atom feeds, in the languages of the site's feeds. */
import type { APIRoute } from 'astro';
import { siteLanguages } from '../../../core/feeds/definitions.ts';
import { feedStylesheet } from '../../../core/feeds/stylesheet.ts';
import { publicistConfig } from '../../config/current.ts';
import { getArticles } from '../../runtime.ts';

export const GET: APIRoute = async () => {
  const { options } = publicistConfig;
  const languages = siteLanguages((await getArticles()).map((a) => a.article));
  return new Response(feedStylesheet(options.defaultLocale, languages, options.strings), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
