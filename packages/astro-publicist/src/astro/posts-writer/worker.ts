/** The posts writer's thread (writer.ts): runs each task it is sent, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { OutputTasks, type OutputTask } from './tasks.ts';

export type WriterRequest = { id: number; task: OutputTask } | { id: number; prune: true };
export type WriterResponse = { id: number; failure?: { file: string; message: string }; pruned?: number } | { warning: string };

const tasks = new OutputTasks((workerData as { cacheDir?: string }).cacheDir, (warning) => parentPort!.postMessage({ warning } satisfies WriterResponse));
let queue = Promise.resolve();

parentPort!.on('message', (request: WriterRequest) => {
  queue = queue.then(async () => {
    const response: WriterResponse = 'task' in request ? { id: request.id, failure: await tasks.run(request.task) } : { id: request.id, pruned: tasks.prune() };
    parentPort!.postMessage(response);
  });
});
