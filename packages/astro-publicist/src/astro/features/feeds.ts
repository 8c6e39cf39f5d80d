/**
 * The feeds feature: injects the feed routes and the stylesheet; after the build, adds each
 * item's share card as an enclosure with its true byte length.
 *
 * The cards are written by their own routes in the same build, so while a feed is rendered its
 * card may not exist yet. The feed routes therefore write their feeds without enclosures and
 * record each document; once every file is written, this step reads the card files' sizes and
 * writes the recorded documents again (temp file + rename), with enclosures.
 */
import { statSync, renameSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import type { Feature } from './types.ts';
import { outputFile, type PublicistState } from '../state.ts';
import { feedRoutes, STYLESHEET_FILE } from '../../core/feeds/definitions.ts';
import { serializeFeed, type FeedDocument } from '../../core/feeds/document.ts';
import { withEnclosureLengths, type FeedEnclosure } from '../../core/feeds/item.ts';

/**
 * The documents the feed routes produced in this build. The routes run from Astro's bundle, which
 * has its own copy of this module, so the record lives on globalThis (like the state itself).
 */
const DOCUMENTS = Symbol.for('astro-publicist:feed-documents');
type Holder = { [DOCUMENTS]?: Map<string, FeedDocument> };
const recorded = () => ((globalThis as Holder)[DOCUMENTS] ??= new Map());

/** Called by the feed route for every feed file it produces. */
export function recordFeedDocument(state: Pick<PublicistState, 'command'>, document: FeedDocument): void {
  if (state.command === 'build') recorded().set(document.path, document);
}

function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

export const feedsFeature: Feature = {
  name: 'feeds',
  setup({ state, injectPackageRoute }) {
    const { options } = state;
    for (const route of feedRoutes(options)) injectPackageRoute(route.pattern, 'feeds/feed.ts');
    if (options.feeds.stylesheet && options.feeds.formats.some((f) => f === 'rss' || f === 'atom')) {
      injectPackageRoute(`/${STYLESHEET_FILE}`, 'feeds/stylesheet.ts');
    }
  },
  async buildDone({ state, logger }) {
    const documents = recorded();
    state.feedFiles = [...documents.keys()];
    if (documents.size === 0) return;
    const missing = new Set<string>();
    const sizes = new Map<string, number | undefined>();
    const lengthOf = (image: FeedEnclosure) => {
      if (!sizes.has(image.path)) {
        const file = outputFile(state, image.path);
        sizes.set(image.path, existsSync(file) ? statSync(file).size : undefined);
      }
      const size = sizes.get(image.path);
      if (size === undefined) missing.add(image.path);
      return size;
    };
    let enclosures = 0;
    for (const document of documents.values()) {
      const file = outputFile(state, document.path);
      if (!existsSync(file)) continue;
      const items = withEnclosureLengths(document.items, lengthOf);
      enclosures += items.filter((i) => i.image.length !== undefined).length;
      const content = await serializeFeed({ ...document, items });
      if (content !== readFileSync(file, 'utf8')) writeAtomically(file, content);
    }
    if (missing.size) logger.warn(`${missing.size} share card(s) were not in the build output (e.g. ${[...missing][0]}); their feed items have no enclosure`);
    state.stats.feeds = `${documents.size} files, ${enclosures} items with the share card as enclosure`;
    documents.clear();
  },
};
