/**
 * `npm run bench:cards [-- N] [--repeats R] [--threads T]`: N share cards (default 200) of the
 * same design (bench/cards/contender.ts) rendered by
 *  - astro-publicist's card service, cold (`ours`) and against a filled cache (`ours warm`),
 *    and with its default template (`ours default`, more elements: date, avatar, reading time, tags);
 *  - the floor: a bare satori + sharp loop on T threads, fixed layout, fonts loaded once per thread;
 *  - astro-og-canvas (the peer), which is single-threaded and aborts after some 500–700 cards in
 *    one process (WASM heap growth), so it runs in chunks of at most 250 cards per process.
 * Each contender runs in fresh processes, R times, interleaved (the order rotates every round).
 * Prints cards/s (start-up included), CPU-ms per card (all threads), time to the first card, as
 * min/median/max, the ratios against the floor and the peer, and says when the spread is too
 * wide to call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, tooWide } from './stats.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 200);
const REPEATS = Number(flag('--repeats') ?? 3);
const THREADS = Number(flag('--threads') ?? availableParallelism());
const PEER_CHUNK = 250;
const CONTENDER = join(import.meta.dirname, 'cards/contender.ts');

interface Result {
  cards: number;
  wallMs: number;
  cpuMs: number;
  firstCardMs: number;
  /** ours: when options and articles were ready, before the card code was imported. */
  inputsMs?: number;
}

function run(name: string, from: number, to: number, cacheDir = ''): Result {
  const out = spawnSync(process.execPath, [CONTENDER, name, String(from), String(to), String(THREADS), cacheDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !line.startsWith('{')) throw new Error(`bench: ${name} failed:\n${out.stderr.slice(-3000)}`);
  return JSON.parse(line) as Result;
}

/** The peer in processes of at most PEER_CHUNK cards, one after another; times add up. */
function peer(): Result {
  const total: Result = { cards: 0, wallMs: 0, cpuMs: 0, firstCardMs: NaN };
  for (let from = 0; from < N; from += PEER_CHUNK) {
    const r = run('peer', from, Math.min(N, from + PEER_CHUNK));
    if (from === 0) total.firstCardMs = r.firstCardMs;
    total.cards += r.cards;
    total.wallMs += r.wallMs;
    total.cpuMs += r.cpuMs;
  }
  return total;
}

const CONTENDERS: Record<string, () => Result> = {
  ours: () => run('ours', 0, N),
  'ours warm': () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'publicist-bench-cards-'));
    try {
      run('ours-warm', 0, N, cacheDir);
      return run('ours-warm', 0, N, cacheDir);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
  'ours default': () => run('ours-default', 0, N),
  floor: () => run('floor', 0, N),
  'astro-og-canvas': peer,
};


console.log(`bench:cards N=${N}, ${REPEATS} rounds interleaved, each contender in fresh processes`);
console.log(`  ours: the built card service on ${THREADS} worker threads; floor: a bare satori + sharp loop on ${THREADS} worker threads in parallel (the same cores as ours)`);
console.log(`  astro-og-canvas: single-threaded (it has no pool), in chunks of ≤${PEER_CHUNK} cards per process (it aborts after ~500–700 cards in one process)`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const names = Object.keys(CONTENDERS);
const results: Record<string, Result[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < REPEATS; r++) {
  const order = names.map((_, k) => names[(k + r) % names.length]!);
  for (const name of order) {
    const result = CONTENDERS[name]!();
    results[name]!.push(result);
    console.log(`  round ${r + 1} ${name.padEnd(16)} ${(result.cards / (result.wallMs / 1000)).toFixed(1)} cards/s, ${(result.cpuMs / result.cards).toFixed(0)} CPU-ms/card, first card ${result.firstCardMs.toFixed(0)} ms  (load ${loadavg()[0]!.toFixed(2)})`);
  }
}

const rate = (name: string) => results[name]!.map((r) => r.cards / (r.wallMs / 1000));
const cpuPerCard = (name: string) => results[name]!.map((r) => r.cpuMs / r.cards);
console.log(`\nN=${N}: median (min–max) of ${REPEATS}; wall and CPU include start-up (process, imports, fonts, workers)`);
let wide = false;
for (const name of names) {
  const rates = rate(name);
  const cpu = cpuPerCard(name);
  const first = results[name]!.map((r) => r.firstCardMs);
  wide ||= tooWide(rates) || tooWide(cpu);
  console.log(`${name.padEnd(16)} ${fmt(rates).padEnd(20)} cards/s   ${fmt(cpu, 0).padEnd(16)} CPU-ms/card   first card ${fmt(first, 0)} ms${tooWide(rates) || tooWide(cpu) ? '  ⚠ spread too wide' : ''}`);
}
/** Each round's ratio a/b (or b/a) of a pair run minutes apart at most, so load hits both sides alike. */
const pairs = (a: string, b: string, of: (name: string) => number[], invert = false) => of(a).map((v, i) => (invert ? of(b)[i]! / v : v / of(b)[i]!));
const ratio = (a: string, b: string, of: (name: string) => number[], invert = false) => `${fmt(pairs(a, b, of, invert), 2)}×`;
/** Whether the median meets a target, or the rounds disagree too much to say. */
const verdict = (xs: number[], meets: (x: number) => boolean) =>
  meets(Math.min(...xs)) === meets(Math.max(...xs)) ? (meets(median(xs)) ? 'meets the target' : 'BELOW the target') : tooWide(xs) ? 'spread too wide to call' : `${meets(median(xs)) ? 'meets' : 'BELOW'} the target in the median, not in every round`;
const firstCard = (name: string) => results[name]!.map((r) => r.firstCardMs);
console.log('');
const vsFloor = pairs('ours', 'floor', rate);
const vsPeer = pairs('ours', 'astro-og-canvas', rate);
// The floor starts from process start with its titles at hand; ours from when its options and
// articles were ready (a site makes those with or without cards): card code, fonts, workers, first card.
const oursFirst = results.ours!.map((r) => r.firstCardMs - (r.inputsMs ?? 0));
const startUp = oursFirst.map((ms, i) => (ms - firstCard('floor')[i]!) / 1000);
console.log(`ours vs floor:           throughput ${ratio('ours', 'floor', rate)}, CPU per card ${ratio('ours', 'floor', cpuPerCard, true)} (higher is better; target ≥ 0.9× throughput: ${verdict(vsFloor, (x) => x >= 0.9)})`);
console.log(`ours vs astro-og-canvas: throughput ${ratio('ours', 'astro-og-canvas', rate)}, CPU per card ${ratio('ours', 'astro-og-canvas', cpuPerCard, true)} (higher is better; target ≥ 3× throughput: ${verdict(vsPeer, (x) => x >= 3)})`);
const startUpVerdict = Math.max(...startUp) <= 1 ? 'meets the target' : Math.min(...startUp) > 1 ? 'ABOVE the target' : median(startUp) <= 1 ? 'meets the target in most rounds' : 'above the target in most rounds';
console.log(`ours start-up over the floor's: first card ${fmt(oursFirst, 0)} ms after ours had its options and articles, floor ${fmt(firstCard('floor'), 0)} ms after process start; ours − floor ${fmt(startUp, 2)} s (target ≤ 1 s: ${startUpVerdict})`);
console.log(`ours warm vs ours cold:  throughput ${ratio('ours warm', 'ours', rate)}`);
console.log(wide ? '⚠ the spread between rounds is over 30 %: the machine was too busy to call these ratios; run again when it is quieter' : 'spread within 30 % for every contender');
console.log(`load at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
