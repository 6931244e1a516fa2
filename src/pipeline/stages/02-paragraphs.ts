import type { Block } from '../../shared/article-asset';
import { shortHash, simHash, slugify, uniqueId } from '../../shared/ids';
import type { Diagnostics } from '../diagnostics';
import { isBoilerplate } from '../lexicon/boilerplate';
import type { SourceLine } from './01-read-source';

const STAGE = 'paragraphs';

export interface Blocks {
  title: Block;
  dek: Block | null;
  paragraphs: Block[];
  /** Source line of each block id, for diagnostics. */
  lineOf: Map<string, number>;
}

/**
 * A dek (standfirst) does not end as a sentence does: no final `.`, `!`, `?`,
 * nor a closing quote or bracket right after one.
 */
export function readsAsDek(line: string): boolean {
  return !/[.!?…]["'”’»)\]]*$/.test(line);
}

/**
 * A paragraph's id is its first words, a SimHash of its whole text and a short exact
 * hash: readable in a URL, independent of position (so inserting or removing other
 * paragraphs leaves it alone), and words and SimHash still find the paragraph after
 * a small edit. The exact part keeps two similar paragraphs ("Talks in Lisbon
 * resumed." and "Talks in Oslo resumed.") apart, so neither needs a "-2" that would
 * depend on their order.
 */
export function paragraphIdBase(text: string): string {
  const words = slugify(text, 200).split('-').filter(Boolean).slice(0, 3).join('-').slice(0, 24).replace(/-+$/, '');
  const hash = simHash(text) + shortHash(text.replace(/\s+/g, ' ').trim(), 3);
  return words ? `${words}-${hash}` : `p-${hash}`;
}

export function paragraphIds(texts: readonly string[]): string[] {
  const taken = new Set(['title', 'dek']);
  return texts.map((t) => uniqueId(paragraphIdBase(t), taken));
}

export function splitBlocks(lines: readonly SourceLine[], diag: Diagnostics): Blocks | null {
  const content = lines.filter((l) => l.text !== '');
  while (content.length > 1 && isBoilerplate(content[content.length - 1]!.text)) content.pop();

  const [first, second, ...rest] = content;
  if (!first) {
    diag.error(STAGE, 'no title: the article has no text', { hint: 'the first non-empty line is the title' });
    return null;
  }
  const lineOf = new Map<string, number>([['title', first.number]]);
  const title: Block = { id: 'title', text: first.text };
  let dek: Block | null = null;
  const body: SourceLine[] = [...rest];
  if (second) {
    if (readsAsDek(second.text) && rest.length > 0) {
      dek = { id: 'dek', text: second.text };
      lineOf.set('dek', second.number);
    } else body.unshift(second);
  }
  if (body.length === 0) diag.warn(STAGE, 'the article has a title but no paragraphs', { line: first.number });

  const ids = paragraphIds(body.map((l) => l.text));
  const paragraphs = body.map((l, i) => {
    lineOf.set(ids[i]!, l.number);
    return { id: ids[i]!, text: l.text };
  });
  return { title, dek, paragraphs, lineOf };
}
