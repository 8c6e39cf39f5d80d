/**
 * A typed example of every function-valued option, compiled by `npm run typecheck` (and so by
 * `npm test`): if an exported type changes shape, this file stops compiling. The README's
 * snippets are taken from here.
 */
import publicist from 'astro-publicist';
import type {
  ArticleUrlFunction,
  CardTemplate,
  FeedFilterFunction,
  FeedScope,
  FeedTextFunction,
  FieldOverrides,
  GraphContext,
  GraphPiece,
  GraphPiecesFunction,
  PublicistOptions,
  SectionCrumbFunction,
  TagSlugFunction,
} from 'astro-publicist';

/** `collections[].url`: German articles under /artikel/, the others under /en/articles/. */
export const articleUrl: ArticleUrlFunction = ({ id, data }) => (data.lang === 'en' ? `/en/articles/${id}/` : `/artikel/${id}/`);

/** `collections[].fields`: a theme's own frontmatter names, and a fact computed from the entry. */
export const fields: FieldOverrides = {
  pubDate: 'publishDate',
  cover: 'heroImage.src',
  tags: (entry) => (Array.isArray(entry.data.categories) ? entry.data.categories : []),
};

/** `head.sectionCrumb`: the collection's section page instead of the first tag; none for drafts. */
export const sectionCrumb: SectionCrumbFunction = (article) =>
  article.draft ? undefined : { name: article.section, path: `/${article.collection}/` };

/** A graph piece of your own, linked to the default nodes by their `@id`s. */
const newsletter: GraphPiece = {
  name: 'newsletter',
  build: ({ ids, options }: GraphContext) => ({
    '@type': 'WebPage',
    '@id': `${options.site}newsletter/#webpage`,
    name: 'Newsletter',
    isPartOf: { '@id': ids.website },
  }),
};

/** `head.jsonld.pieces`: drop the breadcrumb, add the copyright year to the article, add a node. */
export const pieces: GraphPiecesFunction = (defaults, { page }) => [
  ...defaults
    .filter((piece) => piece.name !== 'breadcrumb')
    .map((piece): GraphPiece =>
      piece.name === 'article' && page.article
        ? {
            ...piece,
            build: (context) => {
              const node = piece.build(context);
              return node && typeof node === 'object' ? { ...node, copyrightYear: page.article!.published.date.getFullYear() } : node;
            },
          }
        : piece,
    ),
  newsletter,
];

/** `tags.slug`: keep a tag's own letters, only spaces become dashes. */
export const tagSlug: TagSlugFunction = (tag) => tag.trim().toLowerCase().replace(/\s+/g, '-');

/** `feeds.filter`: leave out articles whose frontmatter says `internal: true`. */
export const filter: FeedFilterFunction = (article) => article.data.internal !== true;

/** `feeds.title` and `feeds.description`: one text per feed. */
export const title: FeedTextFunction = (feed: FeedScope) =>
  feed.kind === 'tag' ? `Social Kompass: alles zu ${feed.tag}` : feed.kind === 'language' ? `Social Kompass (${feed.lang})` : 'Social Kompass';
export const description: FeedTextFunction = (feed) => (feed.kind === 'site' ? 'Alle Artikel' : `Artikel: ${feed.tag ?? feed.lang}`);

/** `cards.templates`: a quote card drawn with `h()`, the title fitted into four lines. */
export const quote: CardTemplate = (article, size, { h, theme, title, fit, lines, readingTime }) => {
  const fitted = fit(title, { width: size.width - 160, maxLines: 4, minSize: 40, maxSize: 80, weight: 700 });
  return h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', width: size.width, height: size.height, padding: 80, boxSizing: 'border-box', background: theme.text, color: theme.background } },
    lines(fitted, { fontWeight: 700, lineHeight: 1.1 }),
    h('div', { style: { fontSize: 28, marginTop: 24 } }, `${readingTime} · ${article.authors.map((a) => a.name).join(', ')}`),
  );
};

/** All of them in one configuration, with a few of the translations overridden. */
export const options = {
  site: 'https://social-kompass.example',
  collections: [{ name: 'articles', url: articleUrl, section: 'Artikel' }, { name: 'blog', fields }],
  head: { sectionCrumb, jsonld: { pieces } },
  tags: { slug: tagSlug, url: '/themen/[slug]/' },
  feeds: { filter, title, description },
  cards: { templates: { quote }, template: 'quote' },
  strings: { de: { breadcrumbHome: 'Start', tagCardEyebrow: 'Thema · {count} Beiträge' }, en: { tagCardEyebrow: { one: '{count} story', other: '{count} stories' } } },
} satisfies PublicistOptions;

export const integration = publicist(options);
