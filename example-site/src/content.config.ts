import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from 'astro-publicist/schema';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './example-site/src/content/articles' }),
  schema: ({ image }) => articleSchema({ image }),
});

export const collections = { articles };
