// npm run bench:analyze: analysis throughput in one process, beside the off-the-shelf
// baseline (compromise for entities + chrono-node for dates) on the same texts.
// Reads the seeds and, when ../shared is there, the public benchmark sets (TempEval-3
// texts are research-only and are never copied into this repo).
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes } from '../src/pipeline/analyze-article';

const root = path.resolve(import.meta.dirname, '..');
const dirs = [path.join(root, 'seeds'), ...['tempeval3-train', 'tempeval3-test', 'gum-news'].map((d) => path.join(root, '../shared/benchmarks', d))];
const files: string[] = [];
for (const d of dirs) {
  if (!existsSync(d)) {
    console.log(`(${path.relative(root, d)} is absent: not measured)`);
    continue;
  }
  files.push(...readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));
}
const texts = files.map((f) => ({ f, bytes: readFileSync(f), text: readFileSync(f, 'utf8') }));
const words = texts.reduce((n, t) => n + (t.text.replace(/^---[\s\S]*?\n---\n/, '').match(/\S+/g)?.length ?? 0), 0);

function time(label: string, run: () => void): number {
  run(); // warm-up: lexicons and JIT
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(2)} s  ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s  ${((ms / words) * 1000).toFixed(0)} ms per 1,000 words`);
  return ms;
}

console.log(`${texts.length} articles, ${words.toLocaleString('en')} words`);
const ours = time('Lede analysis', () => {
  for (const t of texts) analyzeBytes(t.f, t.bytes);
});
const base = time('baseline compromise+chrono', () => {
  for (const t of texts) {
    const doc = nlp(t.text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
    chrono.parse(t.text, new Date(Date.UTC(2020, 0, 1)));
  }
});
console.log(`ratio Lede / baseline: ${(ours / base).toFixed(2)} (below 1 is faster)`);
