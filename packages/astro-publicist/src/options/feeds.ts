/** Options of the feeds section; filled in by the feeds feature. */
import { z } from 'astro/zod';

export const feedsOptionsSchema = z.object({}).strict();
export type FeedsOptions = z.output<typeof feedsOptionsSchema>;
