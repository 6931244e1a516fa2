// What the reading view derives from an article once (per asset, not per render):
// each block's segments, entities by id, and which entities each block names.
import type { ArticleAsset, Entity } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';
import { type Segment, segmentsByBlock } from './segments';

export interface ReadingIndex {
  segments: ReadonlyMap<string, Segment[]>;
  entityById: ReadonlyMap<string, Entity>;
  entitiesIn: ReadonlyMap<string, ReadonlySet<string>>;
  /** Quote ids per block. */
  quotesIn: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new WeakMap<ArticleAsset, ReadingIndex>();

export function readingIndex(asset: ArticleAsset): ReadingIndex {
  const hit = cache.get(asset);
  if (hit) return hit;
  const blocks = [asset.title, ...(asset.dek ? [asset.dek] : []), ...asset.paragraphs];
  const idsBy = <T>(items: T[], block: (x: T) => string, id: (x: T) => string) =>
    new Map([...groupBy(items, block)].map(([b, xs]) => [b, new Set(xs.map(id))]));
  const entitiesIn = idsBy(asset.entities.flatMap((e) => e.mentions.map((m) => ({ block: m.block, id: e.id }))), (m) => m.block, (m) => m.id);
  const quotesIn = idsBy(asset.quotes, (q) => q.block, (q) => q.id);
  const index = {
    segments: segmentsByBlock(blocks, asset.entities, asset.quotes),
    entityById: new Map(asset.entities.map((e) => [e.id, e])),
    entitiesIn,
    quotesIn,
  };
  cache.set(asset, index);
  return index;
}

/** The part of the filter a block shows: the selected ids it names, as a stable key. */
export function activeKeyFor(index: ReadingIndex, block: string, selected: readonly string[]): string {
  const here = index.entitiesIn.get(block);
  return here ? selected.filter((id) => here.has(id)).join(',') : '';
}

export function quoteIfIn(index: ReadingIndex, block: string, quote: string | null): string | null {
  return quote && index.quotesIn.get(block)?.has(quote) ? quote : null;
}
