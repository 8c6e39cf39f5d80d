/**
 * `node bench/profile.ts <file.cpuprofile | dir> [--top N] [--match TEXT]`: self time of a V8 CPU
 * profile (`NODE_OPTIONS=--cpu-prof --cpu-prof-dir=DIR`), summed by where the code lives (our
 * package, each npm package, the site's bundled chunks, Node's internals) and by function, so a
 * warm build's overhead can be traced to a module. With a directory, every profile in it is summed
 * (a build may start more than one process or worker).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const TOP = Number(flag('--top') ?? 40);
const MATCH = flag('--match');
/** `--callers NAME`: for functions named NAME, their self time by the chain of callers above them. */
const CALLERS = flag('--callers');
const DEPTH = Number(flag('--depth') ?? 6);
/** `--inclusive a,b,c`: total time (self and callees) spent inside functions of these names. */
const INCLUSIVE = flag('--inclusive')?.split(',');
const inclusive = new Map<string, number>();
const inputs = args.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f)) : [p]));

/** Where a script lives: `publicist` (our package, built or bundled), `npm:<name>`, `site chunk`, `node`, or V8's own rows. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (/packages\/astro-publicist\//.test(url) || pkg === 'astro-publicist') return 'publicist';
  if (pkg) return `npm:${pkg}`;
  if (/\/dist\/|\.prerender|chunks\//.test(url)) return 'site bundle';
  return url.replace(/^file:\/\//, '');
}

const byArea = new Map<string, number>();
const byChain = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const file of inputs) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const [id, micros] of self) {
    const { callFrame } = nodes.get(id)!;
    if (INCLUSIVE) {
      const inside = new Set<string>();
      for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
        const name = nodes.get(p)!.callFrame.functionName;
        if (INCLUSIVE.includes(name)) inside.add(name);
      }
      for (const name of inside) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
    if (CALLERS && callFrame.functionName === CALLERS) {
      const chain: string[] = [];
      for (let p = parent.get(id); p !== undefined && chain.length < DEPTH; p = parent.get(p)) chain.push(label(nodes.get(p)!));
      byChain.set(chain.join(' < '), (byChain.get(chain.join(' < ')) ?? 0) + micros);
    }
    const where = area(callFrame.url, callFrame.functionName);
    const fn = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*packages\/astro-publicist\//, 'publicist/')}:${callFrame.lineNumber + 1}`;
    if (MATCH && !fn.includes(MATCH) && !where.includes(MATCH)) continue;
    byArea.set(where, (byArea.get(where) ?? 0) + micros);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    total += micros;
  }
}

const row = (ms: number, label: string) => `${(ms / 1000).toFixed(2).padStart(9)} s ${((ms / (total / 1000)) * 100).toFixed(1).padStart(5)} %  ${label}`;
if (INCLUSIVE) {
  console.log('inclusive time:');
  for (const name of INCLUSIVE) console.log(row((inclusive.get(name) ?? 0) / 1000, name));
  process.exit(0);
}
if (CALLERS) {
  console.log(`callers of ${CALLERS}:`);
  for (const [chain, micros] of [...byChain].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(row(micros / 1000, chain));
  process.exit(0);
}
console.log(`${inputs.length} profile(s), ${(total / 1e6).toFixed(1)} s of samples${MATCH ? ` matching "${MATCH}"` : ''}\n\nself time by area:`);
for (const [where, micros] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(row(micros / 1000, where));
console.log('\nself time by function:');
for (const [fn, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(row(micros / 1000, fn));
