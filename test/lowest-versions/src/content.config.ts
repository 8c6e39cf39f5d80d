import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  notes: defineCollection({
    loader: glob({ base: './src/content/notes', pattern: '**/*.{md,mdx}' }),
    schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date(), tags: z.array(z.string()).default([]) }),
  }),
};
