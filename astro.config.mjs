// @ts-check
// Builds the example site (sources in example-site/, output in example-site/dist/).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publicist from 'astro-publicist';

export default defineConfig({
  site: 'https://social-kompass.example',
  srcDir: './example-site/src',
  publicDir: './example-site/public',
  outDir: process.env.PUBLICIST_OUT_DIR ?? './example-site/dist',
  cacheDir: process.env.PUBLICIST_CACHE_DIR ?? './example-site/.astro-cache',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    publicist({
      name: 'Social Kompass',
      description: 'Praxiswissen zu Social-Media-Marketing, Community und Reichweite.',
      defaultLocale: 'de',
      timezone: 'Europe/Berlin',
      publisher: {
        type: 'Organization',
        name: 'Social Kompass',
        logo: '/logo.png',
      },
      profiles: {
        x: '@socialkompass',
        mastodon: '@kompass@social.example',
        bluesky: 'socialkompass.bsky.social',
      },
      authors: {
        lena: {
          name: 'Lena Hoffmann',
          url: 'https://social-kompass.example/autoren/lena/',
          avatar: '/authors/lena.png',
          x: '@lenahoffmann',
          mastodon: '@lena@social.example',
          bluesky: 'lenahoffmann.bsky.social',
        },
        jonas: {
          name: 'Jonas Becker',
          url: 'https://social-kompass.example/autoren/jonas/',
          avatar: '/authors/jonas.png',
          bluesky: 'jonasbecker.bsky.social',
          linkedin: 'https://www.linkedin.com/in/jonas-becker-example',
        },
      },
      cards: { variants: ['link', 'square', 'portrait', 'wide', 'standard'] },
      head: {
        // Breadcrumbs: Start → the article archive of its language → the article.
        sectionCrumb: (article) =>
          article.lang === 'en' ? { name: 'Articles', path: '/en/articles/' } : { name: 'Artikel', path: '/artikel/' },
      },
      collections: [
        {
          name: 'articles',
          section: 'Artikel',
          url: ({ id, data }) => (data.lang === 'en' ? `/en/articles/${id}/` : `/artikel/${id}/`),
        },
      ],
    }),
  ],
});
