/**
 * The build's social files and kit pages are made and written on a thread of their own: 2,000 of
 * them at N = 1,000 cost 0.6 s of CPU, which in this thread would hold up Astro's page rendering.
 * Tasks run in the order they are sent; where a thread cannot start they run in this thread.
 */
import { Worker } from 'node:worker_threads';
import { OutputTasks, type OutputFailure, type OutputTask } from './tasks.ts';
import type { WriterRequest, WriterResponse } from './worker.ts';

/** worker.js in the published dist/, worker.ts when run from source (the integration runs unbundled). */
const WORKER = new URL(`./worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

type Response = { failure?: OutputFailure; pruned?: number };

interface Pending {
  request: WriterRequest;
  settle: (response: Response) => void;
}

export class OutputWriter {
  private worker: Worker | undefined;
  private inProcess: OutputTasks | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private threadUsed = false;

  private readonly cacheDir: string | undefined;
  private readonly warn: (message: string) => void;

  constructor(cacheDir: string | undefined, warn: (message: string) => void) {
    this.cacheDir = cacheDir;
    this.warn = warn;
  }

  private send(make: (id: number) => WriterRequest): Promise<Response> {
    const worker = this.thread();
    const request = make(this.nextId++);
    return new Promise((settle) => {
      this.pending.set(request.id, { request, settle });
      // Keeps the process alive while a task is out; an idle thread does not.
      worker.ref();
      worker.postMessage(request);
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER, { workerData: { cacheDir: this.cacheDir } });
    worker.unref();
    worker.on('message', (response: WriterResponse) => {
      if ('warning' in response) return this.warn(response.warning);
      const pending = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      pending?.settle(response);
    });
    // A thread that died (it could not load, say): what it had not done is done here.
    worker.on('error', () => {
      const orphans = [...this.pending.values()];
      this.pending.clear();
      for (const { request, settle } of orphans) {
        if ('task' in request) void this.local().run(request.task).then((failure) => settle({ failure }));
        else settle({ pruned: 0 });
      }
    });
    this.threadUsed = true;
    return (this.worker = worker);
  }

  /** Where the tasks ran: on the thread, in this one (no thread could start), undefined before the first. */
  get mode(): 'thread' | 'in-process' | undefined {
    return this.inProcess ? 'in-process' : this.threadUsed ? 'thread' : undefined;
  }

  private local(): OutputTasks {
    return (this.inProcess ??= new OutputTasks(this.cacheDir, this.warn));
  }

  /** Writes the task's files; the first that could not be written, if any. */
  async write(task: OutputTask): Promise<OutputFailure | undefined> {
    if (this.inProcess) return this.inProcess.run(task);
    try {
      return (await this.send((id) => ({ id, task }))).failure;
    } catch {
      // No thread could start, or the task cannot be sent to one: here, then.
      return this.local().run(task);
    }
  }

  /**
   * Removes the cache entries this build did not use (not when tasks ran in two places, each
   * knowing only its own: the next build prunes), and stops the thread.
   */
  async finish(): Promise<number> {
    const worker = this.worker;
    if (!worker) return this.inProcess?.prune() ?? 0;
    const { pruned = 0 } = this.inProcess ? {} : await this.send((id) => ({ id, prune: true }));
    this.worker = undefined;
    await worker.terminate();
    return pruned;
  }
}
