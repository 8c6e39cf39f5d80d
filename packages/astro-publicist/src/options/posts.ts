/** Options of the posts section; filled in by the posts feature. */
import { z } from 'astro/zod';

export const postsOptionsSchema = z.object({}).strict();
export type PostsOptions = z.output<typeof postsOptionsSchema>;
