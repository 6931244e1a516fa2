// A block's text cut into runs for rendering: plain text, entity mentions and quote
// marks, from offsets. We own the text, so highlights are rendered from offsets,
// never by splitting the DOM's text nodes.
import type { Entity, EntityType, Quote } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';

export type Segment =
  | { kind: 'text'; text: string; start: number; quote?: string }
  | { kind: 'mention'; text: string; start: number; entity: string; type: EntityType; quote?: string };

interface Placed {
  start: number;
  end: number;
  e: Entity;
}

/**
 * Every block's segments at once, in one pass over the mentions and quotes: a long
 * article's reader computes them once, not once per paragraph per render.
 */
export function segmentsByBlock(blocks: readonly { id: string; text: string }[], entities: readonly Entity[], quotes: readonly Quote[]): Map<string, Segment[]> {
  const mentions = groupBy(entities.flatMap((e) => e.mentions.map((m) => ({ block: m.block, start: m.start, end: m.end, e }))), (m) => m.block);
  const qs = groupBy(quotes, (q) => q.block);
  return new Map(blocks.map((b) => [b.id, segment(b.text, mentions.get(b.id) ?? [], qs.get(b.id) ?? [])]));
}

function segment(text: string, placed: readonly Placed[], qs: readonly Quote[]): Segment[] {
  const mentions = placed
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const quoteAt = (i: number) => qs.find((q) => i >= q.start && i < q.end)?.id;
  // Cut points: mention edges and quote edges, so each segment lies in at most one quote.
  const cuts = new Set<number>([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  for (const q of qs) cuts.add(Math.max(0, q.start)).add(Math.min(text.length, q.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let mi = 0;
  let mentionEnd = -1;
  for (let k = 0; k < points.length - 1; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const m = mentions[mi];
    const quote = quoteAt(start);
    if (m && m.start <= start && end <= m.end && start >= mentionEnd) {
      // A mention is one segment even when a quote edge falls inside it.
      out.push({ kind: 'mention', text: text.slice(m.start, m.end), start: m.start, entity: m.e.id, type: m.e.type, ...(quote ? { quote } : {}) });
      mentionEnd = m.end;
      while (k < points.length - 1 && points[k + 1]! < m.end) k++;
      continue;
    }
    if (start < mentionEnd) continue;
    out.push({ kind: 'text', text: text.slice(start, end), start, ...(quote ? { quote } : {}) });
  }
  return out;
}
