// A folder of generated articles (tests/support/generate-article.ts), for build
// benchmarks: n articles of about `paragraphs` paragraphs each, dated across a year.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from './generate-article';

export function writeCorpus(dir: string, n: number, paragraphs = 12): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    writeFileSync(path.join(dir, `generated-${String(i).padStart(5, '0')}.txt`), generateArticle({ seed: i + 1, paragraphs, date: day }));
  }
  return dir;
}
