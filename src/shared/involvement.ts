// Which parts of an article involve a set of entities. Pure, shared by the reader's features.
import type { ArticleAsset, Quote, TimelineEvent } from './article-asset';

/** Paragraph ids that mention every one of `ids` (AND). Empty `ids`: every paragraph. */
export function paragraphsWith(asset: ArticleAsset, ids: readonly string[]): Set<string> {
  const all = new Set(asset.paragraphs.map((p) => p.id));
  if (ids.length === 0) return all;
  const per = ids.map((id) => new Set(asset.entities.find((e) => e.id === id)?.mentions.map((m) => m.block) ?? []));
  return new Set([...all].filter((p) => per.every((s) => s.has(p))));
}

/** A quote involves an entity when it is the speaker or is named in the quote's paragraph. */
export function quotesWith(asset: ArticleAsset, ids: readonly string[]): Quote[] {
  if (ids.length === 0) return asset.quotes;
  return asset.quotes.filter((q) => ids.every((id) => q.speaker === id || mentionedIn(asset, id, q.block)));
}

export function eventsWith(asset: ArticleAsset, ids: readonly string[]): TimelineEvent[] {
  if (ids.length === 0) return asset.events;
  return asset.events.filter((ev) => ids.every((id) => ev.entities.includes(id)));
}

function mentionedIn(asset: ArticleAsset, id: string, block: string): boolean {
  return asset.entities.find((e) => e.id === id)?.mentions.some((m) => m.block === block) ?? false;
}
