/** Options of the head section; filled in by the head feature. */
import { z } from 'astro/zod';

export const headOptionsSchema = z.object({}).strict();
export type HeadOptions = z.output<typeof headOptionsSchema>;
