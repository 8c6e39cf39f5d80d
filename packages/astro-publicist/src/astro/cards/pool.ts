/**
 * The card render pool: worker threads that render cards in parallel, one per core by default. Each thread keeps its
 * own fonts and satori state, so what does not change between cards is loaded once per thread.
 * Two jobs are kept in flight per thread: satori (JS) of one overlaps sharp (native) of the other.
 * When threads cannot start (e.g. where Node cannot run the .ts worker), cards render in-process.
 */
import { Worker } from 'node:worker_threads';
import type { RenderJob } from './render.ts';
import type { WorkerResponse } from './worker.ts';

interface Pending {
  job: RenderJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

const IN_FLIGHT = 2;
/**
 * Each thread's young generation, in MiB. V8 sizes a thread's young generation from the machine's
 * memory, not the job's: a render thread kept ~190 MiB of heap committed for 30–100 MiB of live
 * objects (satori's trees and strings die young). At 8 MiB a thread holds ~65 MiB, and the peak
 * RSS of a cold build (N=300, five variants, two threads) fell from 1,547 to 1,315 MiB.
 */
const YOUNG_GENERATION_MB = 8;
/**
 * The worker module next to this one: worker.js in the published dist/, worker.ts when run from
 * source. The pool is made by the integration, which Astro loads unbundled, so the file is there.
 */
const WORKER = new URL(`./worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
/** Loaded only when threads cannot run: the main thread does not load satori otherwise. */
const renderInProcess = async (job: RenderJob) => (await import('./render.ts')).renderCard(job);

export class RenderPool {
  private slots: Slot[] = [];
  /** Ids waiting for a thread, oldest first. */
  private readonly queue: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private inProcess = false;

  readonly size: number;

  /** Whether cards render on threads or (when threads cannot start) in this thread; undefined before the first card. */
  get mode(): 'threads' | 'in-process' | undefined {
    if (this.inProcess) return 'in-process';
    return this.slots.length ? 'threads' : undefined;
  }

  /** How many threads run. */
  get threads(): number {
    return this.slots.length;
  }

  constructor(size: number) {
    this.size = size;
  }

  /**
   * Start up to `threads` threads now (a no-op when they run): called when the first card is
   * queued, so the threads load satori, sharp and their fonts while the main thread prepares that
   * card. A build with a few cards to render asks for one: each thread's start-up costs as much
   * CPU as rendering several cards, taken from Astro's own work on a small machine.
   */
  start(threads = this.size): void {
    if (this.inProcess) return;
    const wanted = Math.min(threads, this.size);
    try {
      for (let i = this.slots.length; i < wanted; i++) {
        const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        worker.unref();
        const slot: Slot = { worker, inFlight: 0 };
        worker.on('message', (message: WorkerResponse) => this.settle(slot, message));
        worker.on('error', () => this.fail(slot));
        this.slots.push(slot);
      }
    } catch {
      this.inProcess = true;
    }
  }

  render(job: RenderJob): Promise<Uint8Array> {
    if (!this.slots.length) this.start(1);
    if (this.inProcess) return renderInProcess(job);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { job, resolve, reject });
      this.queue.push(id);
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.inFlight < IN_FLIGHT && this.queue.length) {
        const id = this.queue.shift()!;
        const pending = this.pending.get(id)!;
        slot.inFlight++;
        pending.slot = slot;
        slot.worker.postMessage({ id, job: pending.job });
      }
    }
  }

  private settle(slot: Slot, message: WorkerResponse): void {
    slot.inFlight--;
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if ('error' in message) pending?.reject(new Error(message.error));
    else pending?.resolve(message.bytes);
    this.pump();
  }

  /** A thread died (it could not load, say): its jobs go back to the queue, or in-process when none is left. */
  private fail(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    const orphans = [...this.pending].filter(([, p]) => p.slot === slot).map(([id]) => id);
    for (const id of orphans) this.pending.get(id)!.slot = undefined;
    this.queue.unshift(...orphans);
    if (this.slots.length) return this.pump();
    this.inProcess = true;
    for (const id of this.queue.splice(0)) {
      const p = this.pending.get(id)!;
      this.pending.delete(id);
      renderInProcess(p.job).then(p.resolve, p.reject);
    }
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
