// Analyses many files on all cores: one worker thread per core, each fed the next
// file as soon as it is free. Small batches stay on this thread (a worker pays
// for loading the lexicons once, about half a second).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Analysed, analyseFile } from './analyse-file';

export interface PoolOptions {
  threads?: number;
  /** Below this many files, no workers. */
  minForWorkers?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function analyseFiles(files: readonly string[], opts: PoolOptions = {}): Promise<Analysed[]> {
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), files.length));
  const out: Analysed[] = new Array(files.length);
  let done = 0;
  if (threads === 1 || files.length < (opts.minForWorkers ?? 24)) {
    files.forEach((f, i) => {
      out[i] = analyseFile(f);
      opts.onProgress?.(++done, files.length);
    });
    return out;
  }
  let next = 0;
  const workerUrl = new URL('./analyse-worker.mjs', import.meta.url);
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { cwd: process.cwd() } });
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on('message', (msg: Analysed | 'ready') => {
        if (msg !== 'ready') {
          out[current] = msg;
          opts.onProgress?.(++done, files.length);
        }
        feed();
      });
      worker.on('error', reject);
    });
  await Promise.all(Array.from({ length: threads }, run));
  return out;
}
