/** Options of the cards section; filled in by the cards feature. */
import { z } from 'astro/zod';

export const cardsOptionsSchema = z.object({}).strict();
export type CardsOptions = z.output<typeof cardsOptionsSchema>;
