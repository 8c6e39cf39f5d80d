/** An article's body rendered to HTML through Astro's container API, MDX components included when the site uses MDX. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { containerRenderers } from 'virtual:astro-publicist/feed-renderers';
import type { Article } from '../../../core/types.ts';
import type { ArticleWithEntry } from '../../runtime.ts';
import { isDev } from '../../config/current.ts';
import { feedRenderError } from './render-error.ts';

type Entry = ArticleWithEntry['entry'];

let container: Promise<AstroContainer> | undefined;
/** One rendering per article per build: the same article appears in the site, tag and language feeds. */
const renderedInBuild = new Map<string, Promise<string>>();

async function renderToHtml(article: Article, entry: Entry): Promise<string> {
  try {
    container ??= loadRenderers(containerRenderers).then((renderers) => AstroContainer.create({ renderers }));
    const { Content } = await render(entry);
    return await (await container).renderToString(Content);
  } catch (error) {
    throw feedRenderError(article.file, error);
  }
}

export function renderedArticleHtml(article: Article, entry: Entry): Promise<string> {
  // In dev the content changes between requests; a build renders each article once.
  if (isDev()) return renderToHtml(article, entry);
  let html = renderedInBuild.get(article.slug);
  if (!html) renderedInBuild.set(article.slug, (html = renderToHtml(article, entry)));
  return html;
}
