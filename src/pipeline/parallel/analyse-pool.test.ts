// @vitest-environment node
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { analyseFile } from './analyse-file';
import { analyseFiles } from './analyse-pool';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/articles');
const dir = mkdtempSync(path.join(tmpdir(), 'lede-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives, on worker threads, what one thread gives, in order, with progress', async () => {
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
  const files = names.flatMap((n, i) => [0, 1].map((k) => {
    const f = path.join(dir, `${i}-${k}-${n}`);
    copyFileSync(path.join(fixtures, n), f);
    return f;
  }));
  const progress: number[] = [];
  const pooled = await analyseFiles(files, { threads: 2, minForWorkers: 1, onProgress: (done) => progress.push(done) });
  expect(pooled).toEqual(files.map((f) => analyseFile(f)));
  expect(progress).toEqual(files.map((_, i) => i + 1));
}, 60_000);
