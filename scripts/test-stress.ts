/**
 * `npm run test:stress [-- --runs 5 --busy 2]`: proves the suite does not depend on machine speed.
 * Clones the committed HEAD into a temporary folder, installs it as CI does (`npm ci`), starts
 * busy loops that keep the cores occupied, then runs `npm test` several times in a row and prints
 * each run's result, time and the machine load. Not part of `npm test`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    busy: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const busy = Number(values.busy);
const repo = resolve(import.meta.dirname, '..');

function step(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** Runs a command, keeping only its last lines, and samples the load average while it runs. */
function timedRun(cwd: string, logFile: string): Promise<{ status: number | null; seconds: number; load: number[]; tail: string }> {
  return new Promise((done) => {
    const started = performance.now();
    const load: number[] = [];
    const sampler = setInterval(() => load.push(loadavg()[0]!), 5_000);
    const child = spawn('npm', ['test'], { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const log = createWriteStream(logFile);
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (status) => {
      clearInterval(sampler);
      log.end();
      const tail = output.split('\n').filter((l) => /Tests\s+\d|Test Files|failed|FAIL/.test(l)).slice(-6).join('\n');
      done({ status, seconds: (performance.now() - started) / 1000, load, tail });
    });
  });
}

const clone = mkdtempSync(join(tmpdir(), 'publicist-stress-'));
/** Each run's whole output, kept after the clone is removed (.tmp/ is git-ignored). */
const logs = join(repo, '.tmp/stress', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(logs, { recursive: true });
const loops: ChildProcess[] = [];
let failures = 0;
try {
  console.log(`fresh clone of HEAD in ${clone}`);
  step('git', ['clone', '--quiet', repo, clone], repo);
  step('npm', ['ci', '--no-audit', '--no-fund'], clone);
  for (let i = 0; i < busy; i++) loops.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  console.log(`${busy} busy loops running (pids ${loops.map((l) => l.pid).join(', ')}); ${runs} runs of npm test`);
  const rows: string[] = [];
  for (let run = 1; run <= runs; run++) {
    const logFile = join(logs, `run-${run}.log`);
    const result = await timedRun(clone, logFile);
    const mean = result.load.length ? result.load.reduce((a, b) => a + b, 0) / result.load.length : loadavg()[0]!;
    const max = result.load.length ? Math.max(...result.load) : mean;
    if (result.status !== 0) failures++;
    const row = `run ${run}: ${result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`} in ${result.seconds.toFixed(1)} s, load average (1 min) mean ${mean.toFixed(2)}, max ${max.toFixed(2)} on ${availableParallelism()} cores`;
    console.log(`${row} (full output: ${logFile})`);
    console.log(result.tail.replace(/^/gm, '    '));
    rows.push(row);
  }
  console.log(`\n${rows.join('\n')}\n${runs - failures} of ${runs} runs passed`);
} finally {
  for (const loop of loops) loop.kill('SIGKILL');
  if (!values.keep) rmSync(clone, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
