// A small notes site on the lowest supported versions (see package.json); the publicist() line is the only one the adoption added.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publicist from 'astro-publicist';

export default defineConfig({
  site: 'https://lowest.example',
  outDir: process.env.PUBLICIST_OUT_DIR ?? './dist',
  cacheDir: process.env.PUBLICIST_CACHE_DIR ?? './.astro-cache',
  integrations: [mdx(), publicist({ collections: [{ name: 'notes', url: ({ id }) => `/notes/${id}/` }] })],
});
