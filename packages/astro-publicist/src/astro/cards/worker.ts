/** A card render thread (started by pool.ts): receives jobs, answers with the encoded image (its buffer transferred, not copied). */
import { parentPort } from 'node:worker_threads';
import { renderCard, type RenderJob } from './render.ts';

export interface WorkerRequest {
  id: number;
  job: RenderJob;
}
export type WorkerResponse = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort!.on('message', async ({ id, job }: WorkerRequest) => {
  try {
    const bytes = await renderCard(job);
    parentPort!.postMessage({ id, bytes } satisfies WorkerResponse, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies WorkerResponse);
  }
});
