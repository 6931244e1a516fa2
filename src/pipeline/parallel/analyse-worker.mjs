// A worker thread of the analysis pool. Plain JavaScript, so Node can start it; it
// registers tsx to load the TypeScript pipeline, then analyses the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { analyseFile } = await import('./analyse-file.ts');
parentPort.on('message', (file) => parentPort.postMessage(analyseFile(file, workerData.cwd)));
parentPort.postMessage('ready');
