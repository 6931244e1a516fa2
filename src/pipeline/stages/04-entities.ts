import type { Block, Entity } from '../../shared/article-asset';
import { corefer } from '../entities/corefer';
import { findMentions } from '../entities/mentions';
import { lexicon } from '../lexicon';
import type { Sentence } from './03-sentences';

/** People, organisations, places and other named things, each with every mention. */
export function findEntities(blocks: readonly Block[], sentences: readonly Sentence[]): Entity[] {
  const lex = lexicon();
  const textOf = new Map(blocks.map((b) => [b.id, b.text]));
  const candidates = sentences.flatMap((s) => findMentions(textOf.get(s.block)!, s, lex, s.block === 'title'));
  return corefer(candidates, lex, lex.knownNames);
}
