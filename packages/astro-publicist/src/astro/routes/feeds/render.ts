/** An article's body rendered to HTML through Astro's container API, MDX components included when the site uses MDX. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { containerRenderers } from 'virtual:astro-publicist/feed-renderers';
import type { Article } from '../../../core/types.ts';
import type { ArticleWithEntry } from '../../runtime.ts';
import { feedRenderError } from './render-error.ts';

type Entry = ArticleWithEntry['entry'];

let container: Promise<AstroContainer> | undefined;

/** The article's body as HTML; a build asks once per article (see feed-items.ts). */
export async function renderedArticleHtml(article: Article, entry: Entry): Promise<string> {
  try {
    container ??= loadRenderers(containerRenderers).then((renderers) => AstroContainer.create({ renderers }));
    const { Content } = await render(entry);
    return await (await container).renderToString(Content);
  } catch (error) {
    throw feedRenderError(article.file, error);
  }
}
