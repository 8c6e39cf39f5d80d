/**
 * sharp as the card code uses it: without libvips' operation cache. Each card is a new SVG, so the
 * cache never hits; it only keeps up to 50 MB of finished operations alive, allocated on whichever
 * thread ran them, which leaves glibc's per-thread malloc arenas fragmented. Measured on a cold N = 1,000 build (five
 * variants, two render threads): peak RSS 1,834 → 1,692 MiB. The setting is process-wide; a build's
 * other sharp users (Astro's image service) transform each image once, so they lose nothing.
 */
import sharp from 'sharp';

sharp.cache(false);

export default sharp;
