// A deep link whose paragraph id no longer exists lands on the closest paragraph:
// ids begin with the paragraph's first words, so the longest shared word prefix
// finds an edited paragraph; failing that, the first paragraph.
import type { Block } from '../../shared/article-asset';

export type ParagraphTarget = { id: string; exact: boolean } | null;

export function resolveParagraph(hash: string, paragraphs: readonly Block[]): ParagraphTarget {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    id = hash.replace(/^#/, '');
  }
  if (!id) return null;
  if (paragraphs.some((p) => p.id === id)) return { id, exact: true };
  if (paragraphs.length === 0) return null;
  const words = (x: string) => x.split('-').slice(0, -1);
  const want = words(id);
  let best = paragraphs[0]!;
  let bestScore = -1;
  for (const p of paragraphs) {
    const have = words(p.id);
    let k = 0;
    while (k < want.length && k < have.length && want[k] === have[k]) k++;
    if (k > bestScore) [best, bestScore] = [p, k];
  }
  return { id: best.id, exact: false };
}
