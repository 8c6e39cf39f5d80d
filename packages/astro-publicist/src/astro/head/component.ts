/**
 * What `<Head>` renders, in one module: the component imports only this, so the module graph
 * `astro dev` walks for every page stays small.
 */
import { headParts, renderHeadParts, type HeadInput } from '../../core/meta/index.ts';
import { serializeJsonLd } from '../../core/jsonld/serialize.ts';
import { PublicistError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import { pagePathOfRequest } from '../../core/urls.ts';
import { getArticle } from '../runtime.ts';
import { publicistConfig } from '../config/current.ts';
import { measurePublicImages } from '../image-sizes.ts';
import { getSiteIndex } from './site-index.ts';
import { markRendered } from './page-head.ts';

export type HeadProps = Omit<HeadInput, 'translations' | 'imageSizes' | 'article' | 'siteLanguages'> & {
  article?: Article;
  /** A collection entry, looked up with getArticle(). */
  entry?: { collection: string; id: string };
  /** Tag names to leave out (`description`, `og:image`, `jsonld`, …). */
  omit?: string[];
};

/** The head's markup; what it wrote is left in `locals` for the head merge. */
export async function componentHead(props: HeadProps, url: URL, locals: object): Promise<string> {
  const { article: articleProp, entry, omit = [], ...page } = props;
  const { options, publicDir } = publicistConfig;
  const article = articleProp ?? (entry ? await getArticle(entry) : undefined);
  if (entry && !article) {
    throw new PublicistError(`publicist: <Head entry> must be an article of the collections in publicist({ collections }) that is not a draft, got ${entry.collection}/${entry.id}`, { field: 'entry' });
  }
  const index = await getSiteIndex();
  const translations = article ? index.translationsOf(article) : [];
  const imageSizes = await measurePublicImages(options, publicDir);
  const parts = headParts({ ...page, path: page.path ?? pagePathOfRequest(url.pathname, options), article, translations, imageSizes, siteLanguages: index.languages }, options, omit);
  const jsonLd = parts.graph && serializeJsonLd(parts.graph);
  const html = renderHeadParts(parts, jsonLd);
  markRendered(locals, { parts, jsonLd, html });
  return html;
}
