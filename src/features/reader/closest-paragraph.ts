// A deep link whose paragraph id no longer exists lands on the closest paragraph.
// Ids are the paragraph's first words and a SimHash of its text, so an edited
// paragraph is found by its nearest hash and its opening words; a removed one
// lands on the paragraph most like it. Either way the reader says so.
import type { Block } from '../../shared/article-asset';
import { hashDistance } from '../../shared/ids';

/**
 * `exact`: the id is there. Otherwise `edited` says whether the match is close
 * enough to be the same paragraph, edited, rather than its nearest stand-in.
 */
export type ParagraphTarget = { id: string; exact: boolean; edited?: boolean } | null;

interface IdParts {
  words: string[];
  hash: string;
}

/** "in-september-president-0a1b-2" → words and hash; the "-2" of a repeated paragraph does not count. */
function parts(id: string): IdParts {
  const segs = id.replace(/-\d{1,3}$/, '').split('-');
  const hash = segs.length > 1 ? segs.pop()! : '';
  return { words: segs, hash };
}

function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

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
  const want = parts(id);
  let best = { id: paragraphs[0]!.id, score: -Infinity, shared: 0, distance: 20 };
  for (const p of paragraphs) {
    const have = parts(p.id);
    // The hash is a 4-character SimHash and a 3-character exact hash; only the first is near for near texts.
    const distance = hashDistance(want.hash.slice(0, 4), have.hash.slice(0, 4)) ?? 20;
    const shared = sharedPrefix(want.words, have.words);
    // Each shared opening word is worth four bits of hash: a reworded opening still
    // matches by its hash, a rewritten body still matches by its opening.
    const score = shared * 4 - distance;
    if (score > best.score) best = { id: p.id, score, shared, distance };
  }
  const edited = best.distance <= 1 || (best.shared >= 3 && best.distance <= 5);
  return { id: best.id, exact: false, edited };
}
