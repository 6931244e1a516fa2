// npm run bench:analyze: analysis throughput in one process, beside the off-the-shelf
// baseline (compromise for entities + chrono-node for dates) on the same texts.
// Reads the seeds and, when ../shared is there, the public benchmark sets (TempEval-3
// texts are research-only and are never copied into this repo).
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes } from '../src/pipeline/analyze-article';

export interface Throughput {
  articles: number;
  words: number;
  absent: string[];
  ledeMs: number;
  baselineMs: number;
}

const root = path.resolve(import.meta.dirname, '..');

export function measureAnalysis(): Throughput {
  const dirs = [path.join(root, 'seeds'), ...['tempeval3-train', 'tempeval3-test', 'gum-news'].map((d) => path.join(root, '../shared/benchmarks', d))];
  const files: string[] = [];
  const absent: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) absent.push(path.relative(root, d));
    else files.push(...readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));
  }
  const texts = files.map((f) => ({ f, bytes: readFileSync(f), text: readFileSync(f, 'utf8') }));
  const words = texts.reduce((n, t) => n + (t.text.replace(/^---[\s\S]*?\n---\n/, '').match(/\S+/g)?.length ?? 0), 0);
  const time = (run: () => void) => {
    run(); // warm-up: lexicons and JIT
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const ledeMs = time(() => {
    for (const t of texts) analyzeBytes(t.f, t.bytes);
  });
  const baselineMs = time(() => {
    for (const t of texts) {
      const doc = nlp(t.text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
      chrono.parse(t.text, new Date(Date.UTC(2020, 0, 1)));
    }
  });
  return { articles: texts.length, words, absent, ledeMs, baselineMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureAnalysis();
  for (const d of r.absent) console.log(`(${d} is absent: not measured)`);
  console.log(`${r.articles} articles, ${r.words.toLocaleString('en')} words`);
  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(2)} s  ${Math.round(r.words / (ms / 1000)).toLocaleString('en')} words/s  ${((ms / r.words) * 1000).toFixed(0)} ms per 1,000 words`);
  line('Lede analysis', r.ledeMs);
  line('baseline compromise+chrono', r.baselineMs);
  console.log(`ratio Lede / baseline: ${(r.ledeMs / r.baselineMs).toFixed(2)} (below 1 is faster)`);
}
