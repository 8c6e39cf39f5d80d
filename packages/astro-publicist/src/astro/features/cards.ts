/**
 * The cards feature: the `/og/...` route (on demand in `astro dev`; in a build it plans every card,
 * and the files are written into the output when the build is done), the
 * render service with its worker pool and cache, and the build summary in Astro's log.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { outputFile } from '../state.ts';
import type { Feature } from './types.ts';
import { CARD_FORMATS, cardSettings } from '../../core/cards/card-files.ts';
import { CardService, cardEnvironment, loadUserFonts } from '../cards/index.ts';
import { getCardService, setCardService } from '../session.ts';

/** Log a progress line at most this often on long runs. */
const PROGRESS_EVERY_MS = 5000;

export const cardsFeature: Feature = {
  name: 'cards',
  async setup({ state, logger, injectPackageRoute }) {
    if (state.command !== 'build' && state.command !== 'dev') return;
    const { options } = state;
    // Every user font is parsed in full now, so a broken file fails here naming its cards.fonts entry.
    const userFaces = await loadUserFonts(options.cards.fonts, state.root);
    let lastProgress = performance.now();
    setCardService(
      new CardService({
        env: cardEnvironment(options, state.publicDir, userFaces),
        cacheDir: options.cards.cache ? state.cacheDir : undefined,
        concurrency: options.cards.concurrency ?? availableParallelism(),
        memoize: state.command === 'build',
        onWarning: (message) => logger.warn(message),
        onProgress: (done, total) => {
          if (state.command !== 'build' || done === total || performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
          lastProgress = performance.now();
          logger.info(`cards: ${done} of ${total} done`);
        },
      }),
    );
    // The extension belongs in the pattern: a route without one is a page to Astro, and
    // `trailingSlash: 'always'` would then refuse `/og/….png` in dev.
    const { format, prefix } = cardSettings(options);
    injectPackageRoute(`/${prefix}/[...card].${CARD_FORMATS[format].extension}`, 'cards/card.ts');
  },
  async buildDone({ state, logger }) {
    const service = getCardService();
    // The card files go into the output now; their lengths were known when the feeds and social files were written.
    // Last build's cards are moved back first when they are links into the cache (carried-output.ts).
    const folder = join(state.outDir, cardSettings(state.options).prefix);
    const carried = service.cacheEnabled && state.carried?.restore(folder) ? state.carried : undefined;
    await service.writeAll((path) => outputFile(state, path), (file) => carried?.placed(file));
    carried?.settle(folder);
    const summary = service.finish(true);
    await service.close();
    const line = `rendered ${summary.rendered}, from cache ${summary.fromCache}, in ${summary.seconds.toFixed(1)} s`;
    state.stats.cards = line;
    logger.info(`cards: ${line}${summary.pruned ? ` (removed ${summary.pruned} stale from the cache)` : ''}`);
  },
};
