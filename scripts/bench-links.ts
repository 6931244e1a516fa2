// npm run bench:links: the share of deep links that survive generated edits
// (tests/support/link-survival.ts), over the seeds, the test fixture article and
// generated articles, 40 edits of each kind per article.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { generateArticle } from '../tests/support/generate-article';
import { type Tally, linkSurvival, splitArticle } from '../tests/support/link-survival';

const root = path.resolve(import.meta.dirname, '..');
const texts = [
  ...readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8')),
  readFileSync(path.join(root, 'tests/fixtures/second-article.txt'), 'utf8'),
  ...[1, 2, 3].map((seed) => generateArticle({ paragraphs: 20, seed })),
];

export function measureLinks(trials = 40): Record<string, Tally> {
  return linkSurvival(texts.map(splitArticle), trials, 7);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  const result = measureLinks();
  console.log(`${texts.length} articles, 40 edits of each kind per article`);
  console.log('edit      links  kept (paragraph still there)  removed → next to it  silent misses');
  for (const [kind, t] of Object.entries(result)) {
    console.log(`${kind.padEnd(8)} ${String(t.links).padStart(6)}  ${pct(t.kept, t.surviving).padStart(28)}  ${pct(t.nearNeighbour, t.removed).padStart(20)}  ${String(t.silentlyWrong).padStart(13)}`);
  }
  const all = Object.values(result).reduce((a, t) => ({ kept: a.kept + t.kept, surviving: a.surviving + t.surviving }), { kept: 0, surviving: 0 });
  console.log(`links kept over all edits: ${pct(all.kept, all.surviving)} of ${all.surviving} whose paragraph is still there`);
}
