// Links made before an edit (insert, delete, reorder, reword a paragraph) still land
// on their paragraph; a link to a removed paragraph lands on another with a notice,
// never silently. The README's figures come from `npm run bench:links` (more trials).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../support/generate-article';
import { linkSurvival, splitArticle } from '../support/link-survival';

const articles = [
  readFileSync(path.resolve(import.meta.dirname, '../../seeds/000_1ce6ff2acc3b6395.txt'), 'utf8'),
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/second-article.txt'), 'utf8'),
  generateArticle({ paragraphs: 12, seed: 3 }),
].map(splitArticle);

describe('deep links across edits', () => {
  const result = linkSurvival(articles, 6, 42);

  it.each(['insert', 'reorder'] as const)('after a paragraph is %sed, every link lands on its paragraph', (kind) => {
    expect(result[kind].kept).toBe(result[kind].surviving);
  });

  it('after a paragraph is deleted, links to the others land on them', () => {
    expect(result.delete.kept).toBe(result.delete.surviving);
    expect(result.delete.removed).toBeGreaterThan(0);
  });

  it('after a paragraph is reworded, nearly every link still finds it', () => {
    expect(result.reword.kept / result.reword.surviving).toBeGreaterThanOrEqual(0.95);
  });

  it('a link that cannot land on its paragraph always says so', () => {
    for (const t of Object.values(result)) expect(t.silentlyWrong).toBe(0);
  });
});
