/**
 * The feeds feature: injects the feed routes and the stylesheet. Each feed file is written once, by
 * its route (routes/feeds/feed.ts), with every item's share card as an enclosure of its true byte
 * length (the route asks the card service before it renders). After the build this feature only
 * reads what the routes recorded: the feed files and their enclosures, for the report's line.
 */
import type { Feature } from './types.ts';
import { buildRecord } from '../session.ts';
import { feedRoutes, STYLESHEET_FILE } from '../../core/feeds/definitions.ts';

export const feedsFeature: Feature = {
  name: 'feeds',
  setup({ state, injectPackageRoute }) {
    const { options } = state;
    for (const route of feedRoutes(options)) injectPackageRoute(route.pattern, 'feeds/feed.ts');
    if (options.feeds.stylesheet && options.feeds.formats.some((f) => f === 'rss' || f === 'atom')) {
      injectPackageRoute(`/${STYLESHEET_FILE}`, 'feeds/stylesheet.ts');
    }
  },
  buildDone({ state }) {
    const feeds = buildRecord().feeds;
    if (feeds.size === 0) return;
    const enclosures = [...feeds.values()].reduce((sum, n) => sum + n, 0);
    state.stats.feeds = `${feeds.size} files, ${enclosures} items with the share card as enclosure`;
  },
};
