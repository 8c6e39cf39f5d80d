/**
 * `npm run bench:site -- N [--repeats R] [--warm-repeats K] [--phases cold,warm,edited] [--no-dev] [--no-build] [--package DIR --label NAME] [--env NAME=VALUE]…`: generates N synthetic
 * articles (bench/site/generate.ts) into two temporary sites below .tmp/bench/, one built with
 * astro-publicist and one without it (same pages, plain head), and measures, interleaved and
 * repeated: a cold build, a warm rebuild with nothing changed and a rebuild after one title was
 * edited (wall time, peak RSS, cards rendered), then `astro dev` (first and warm response of an
 * article page, and of a share card). Prints min/median/max and the with/without ratio, and says
 * when the spread is too wide to call. `--package DIR` builds with another copy of the package
 * (to compare before/after; `--label` keeps its sites apart). `--env` sets a variable for every build and dev server of
 * both sites (e.g. glibc's `MALLOC_MMAP_THRESHOLD_=131072`, see README). N = 10000 works; it takes hours on a small machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { editTitle, generateSite, type Variant } from './site/generate.ts';
import { fmt, median, tooWide } from './stats.ts';

const REPO = resolve(import.meta.dirname, '..');
const ASTRO_BIN = join(REPO, 'node_modules/astro/bin/astro.mjs');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
const REPEATS = Number(flag('--repeats') ?? 3);
/**
 * `--warm-repeats K`: the warm and edited phases K times in each round (the cold phase once): more
 * interleaved pairs where the verdict is a ratio near a line and a cold build costs minutes.
 */
const WARM_REPEATS = Number(flag('--warm-repeats') ?? 1);
if (!Number.isInteger(WARM_REPEATS) || WARM_REPEATS < 1) throw new Error(`bench: --warm-repeats takes a whole number from 1; got "${flag('--warm-repeats')}"`);
const DEV = !args.includes('--no-dev');
const BUILDS = !args.includes('--no-build');
const ALL_PHASES = ['cold', 'warm', 'edited'] as const;
/** `--phases cold` (comma-separated): measure only these build phases, e.g. quick cold-only memory runs. */
const PHASES = (flag('--phases')?.split(',') ?? [...ALL_PHASES]).map((p) => {
  if (!(ALL_PHASES as readonly string[]).includes(p)) throw new Error(`bench: --phases takes ${ALL_PHASES.join(', ')}; got "${p}"`);
  return p as (typeof ALL_PHASES)[number];
});
const PACKAGE = resolve(flag('--package') ?? join(REPO, 'packages/astro-publicist'));
/** `--env NAME=VALUE`, repeatable: set for both sites alike. */
const EXTRA_ENV = Object.fromEntries(
  args.flatMap((a, i) => (args[i - 1] === '--env' ? [a] : [])).map((pair) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new Error(`bench: --env takes NAME=VALUE; got "${pair}"`);
    return [match[1]!, match[2]!];
  }),
);

const VARIANTS: Variant[] = ['with', 'without'];
const LABEL = flag('--label') ?? 'current';
const root = (variant: Variant) => join(REPO, '.tmp/bench', `site-${N}-${LABEL}-${variant}`);

interface Run {
  seconds: number;
  /** CPU time of the build process and its threads (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  rssMiB: number;
  cards?: string;
  /** Size of the site's RSS feed per item (full content), in bytes. */
  feedBytesPerItem?: number;
}

function feedBytesPerItem(dir: string): number | undefined {
  const file = join(dir, 'dist/rss.xml');
  if (!existsSync(file)) return undefined;
  const xml = readFileSync(file, 'utf8');
  const items = xml.split('<item>').length - 1;
  return items ? Buffer.byteLength(xml) / items : undefined;
}

/** How many article pages a build wrote (the generator's two URL folders). */
function articlePages(dir: string): number {
  return ['dist/artikel', 'dist/en/articles'].reduce((sum, folder) => sum + (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).length : 0), 0);
}

/** Build with `/usr/bin/time` around the Astro CLI: wall time, CPU time and the peak RSS of the build process. */
function build(variant: Variant): Run {
  const dir = root(variant);
  const timeFile = join(dir, '.time');
  const env = { ...process.env, ...EXTRA_ENV, FORCE_COLOR: '0', NO_COLOR: '1', NODE_ENV: 'production' };
  const t0 = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, ASTRO_BIN, 'build', '--root', dir], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`bench: the ${variant} build failed:\n${output.slice(-4000)}`);
  const pages = articlePages(dir);
  if (pages !== N) throw new Error(`bench: the ${variant} build made ${pages} article pages, not ${N}; the two sites would not compare`);
  const [user, system, rssKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  const cards = /cards: (rendered \d+, from cache \d+)/.exec(output)?.[1];
  return { seconds, cpuSeconds: user + system, rssMiB: rssKiB / 1024, cards, feedBytesPerItem: feedBytesPerItem(dir) };
}

function clean(variant: Variant): void {
  for (const d of ['dist', '.astro-cache', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root(variant), d), { recursive: true, force: true });
}

const wide = (...series: number[][]) => (series.some(tooWide) ? '  ⚠ spread too wide to call' : '');

function printRow(label: string, withRuns: number[], withoutRuns: number[], unit: string, digits = 1, extra = '') {
  // The ratio of each interleaved pair, so a busy minute hits both sides of a pair alike.
  const ratios = withRuns.map((w, i) => w / withoutRuns[i]!);
  console.log(
    `${label.padEnd(28)} with ${fmt(withRuns, digits).padEnd(22)} without ${fmt(withoutRuns, digits).padEnd(22)} ratio ${fmt(ratios, 2)} ${unit}${extra}${wide(withRuns, withoutRuns)}`,
  );
}

console.log(`bench:site N=${N}, repeats ${REPEATS}, package ${PACKAGE}${Object.keys(EXTRA_ENV).length ? `, env ${Object.entries(EXTRA_ENV).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const variant of VARIANTS) generateSite(root(variant), variant, N, PACKAGE);

if (BUILDS) {
  const phases = PHASES;
  const results = Object.fromEntries(phases.map((p) => [p, { with: [] as Run[], without: [] as Run[] }])) as Record<(typeof ALL_PHASES)[number], Record<Variant, Run[]>>;
  for (let r = 0; r < REPEATS; r++) {
    // Alternate which side goes first, so neither always meets the warmer (or busier) machine.
    const order: Variant[] = r % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const phase of phases) {
      for (let k = 0; k < (phase === 'cold' ? 1 : WARM_REPEATS); k++) {
        // Within a round, the pairs alternate too.
        for (const variant of k % 2 ? [...order].reverse() : order) {
          if (phase === 'cold') clean(variant);
          if (phase === 'edited') editTitle(root(variant), r * WARM_REPEATS + k + 1);
          const run = build(variant);
          results[phase][variant].push(run);
          console.log(`  run ${r + 1}${WARM_REPEATS > 1 && phase !== 'cold' ? `.${k + 1}` : ''} ${phase.padEnd(6)} ${variant.padEnd(7)} ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${run.rssMiB.toFixed(0)} MiB${run.cards ? `, cards: ${run.cards}` : ''}  (load ${loadavg()[0]!.toFixed(2)})`);
        }
      }
    }
  }
  console.log(`\nbuilds, N=${N}: median (min–max) of ${REPEATS} round(s)${WARM_REPEATS > 1 ? `, warm and edited ${WARM_REPEATS} times each a round` : ''}`);
  for (const phase of phases) {
    const w = results[phase].with;
    const wo = results[phase].without;
    printRow(`${phase} wall`, w.map((r) => r.seconds), wo.map((r) => r.seconds), 's', 1, `  cards: ${w.map((r) => r.cards ?? '-').join(' | ')}`);
    if (phase === 'cold' && w[0]?.feedBytesPerItem) console.log(`rss.xml (full content)        ${Math.round(median(w.map((r) => r.feedBytesPerItem!)))} bytes per item`);
    printRow(`${phase} CPU (user+sys)`, w.map((r) => r.cpuSeconds), wo.map((r) => r.cpuSeconds), 's');
    printRow(`${phase} peak RSS`, w.map((r) => r.rssMiB), wo.map((r) => r.rssMiB), 'MiB', 0);
    const overhead = w.map((r, i) => ((r.seconds - wo[i]!.seconds) * 1000) / N);
    console.log(`${`${phase} overhead per article`.padEnd(28)} ${fmt(overhead, 1)} ms (with − without, ÷ N)`);
  }
}

/** `astro dev` on a free port; resolves when it answers. */
async function startDev(variant: Variant, port: number) {
  const dir = root(variant);
  const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--root', dir, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...EXTRA_ENV, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 600_000;
  while (!/ready in|Local/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bench: astro dev (${variant}) did not start:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, log: () => log };
}

async function timed(url: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`bench: ${url} answered ${response.status}`);
  return performance.now() - t0;
}

async function stopDev(child: ReturnType<typeof spawn>) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** `astro dev`'s warm response: the median of WARM_REQUESTS requests after WARM_UP_REQUESTS untimed ones. */
const WARM_UP_REQUESTS = 20;
const WARM_REQUESTS = 20;

if (DEV) {
  const page = '/artikel/article-00003/';
  const first: Record<Variant, number[]> = { with: [], without: [] };
  const warm: Record<Variant, number[]> = { with: [], without: [] };
  const edited: Record<Variant, number[]> = { with: [], without: [] };
  const cards: { uncached: number[]; cached: number[] } = { uncached: [], cached: [] };
  for (let r = 0; r < REPEATS; r++) {
    const order: Variant[] = r % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const variant of order) {
      rmSync(join(root(variant), 'node_modules/.vite'), { recursive: true, force: true });
      const dev = await startDev(variant, 4400 + r * 2 + (variant === 'with' ? 0 : 1));
      try {
        first[variant].push(await timed(dev.base + page));
        // Warm means warmed up: the first requests after start-up time V8 optimizing the code, not the page.
        for (let k = 0; k < WARM_UP_REQUESTS; k++) await timed(dev.base + page);
        const times = [];
        for (let k = 0; k < WARM_REQUESTS; k++) times.push(await timed(dev.base + page));
        warm[variant].push(median(times));
        editTitle(root(variant), 100 + r);
        await new Promise((res) => setTimeout(res, 1500));
        edited[variant].push(await timed(dev.base + '/artikel/article-00001/'));
        if (variant === 'with') {
          // The edited article's card has a new cache key (its title changed): rendered, then served from the cache.
          const editedCard = '/og/articles/article-00001-square.png';
          cards.uncached.push(await timed(dev.base + editedCard));
          const again = [];
          for (let k = 0; k < 3; k++) again.push(await timed(dev.base + editedCard));
          cards.cached.push(median(again));
        }
      } finally {
        await stopDev(dev.child);
      }
      console.log(`  dev run ${r + 1} ${variant.padEnd(7)} first ${first[variant].at(-1)!.toFixed(0)} ms, warm ${warm[variant].at(-1)!.toFixed(1)} ms, after edit ${edited[variant].at(-1)!.toFixed(0)} ms  (load ${loadavg()[0]!.toFixed(2)})`);
    }
  }
  console.log(`\nastro dev, N=${N}: an article page, median (min–max) of ${REPEATS} server starts`);
  printRow('first response', first.with, first.without, 'ms', 0);
  printRow(`warm response (median of ${WARM_REQUESTS} after ${WARM_UP_REQUESTS})`, warm.with, warm.without, 'ms', 1);
  printRow('after editing one title', edited.with, edited.without, 'ms', 0);
  console.log(`card on demand: not cached ${fmt(cards.uncached, 0)} ms, cached ${fmt(cards.cached, 0)} ms${wide(cards.uncached, cards.cached)}`);
}
console.log(`\nload at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
