// What every article asset must satisfy, whatever the input: spans that point at
// their text, unique URL-safe ids, references that resolve. Returns the
// violations, so a failing test says which one.
import type { ArticleAsset, Span } from '../../src/shared/article-asset';

const URL_SAFE = /^[a-z0-9][a-z0-9-]*$/;

export function assetViolations(a: ArticleAsset): string[] {
  const out: string[] = [];
  const blocks = [a.title, ...(a.dek ? [a.dek] : []), ...a.paragraphs];
  const textOf = new Map(blocks.map((b) => [b.id, b.text]));
  const ids = new Set<string>();
  for (const b of blocks) {
    if (ids.has(b.id)) out.push(`block id ${b.id} is used twice`);
    ids.add(b.id);
    if (!URL_SAFE.test(b.id)) out.push(`block id ${JSON.stringify(b.id)} is not URL-safe`);
    if (b.text !== b.text.trim()) out.push(`block ${b.id} is not trimmed`);
  }
  const span = (what: string, s: Span & { text: string }) => {
    const t = textOf.get(s.block);
    if (t === undefined) return out.push(`${what} points at unknown block ${s.block}`);
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= t.length)) {
      return out.push(`${what} has offsets ${s.start}–${s.end} outside block ${s.block} (length ${t.length})`);
    }
    if (t.slice(s.start, s.end) !== s.text) out.push(`${what}: slice ${JSON.stringify(t.slice(s.start, s.end))} ≠ text ${JSON.stringify(s.text)}`);
  };
  const entityIds = new Set<string>();
  for (const e of a.entities) {
    if (entityIds.has(e.id)) out.push(`entity id ${e.id} is used twice`);
    entityIds.add(e.id);
    if (!URL_SAFE.test(e.id)) out.push(`entity id ${JSON.stringify(e.id)} is not URL-safe`);
    if (e.mentions.length === 0) out.push(`entity ${e.id} has no mentions`);
    for (const m of e.mentions) span(`mention of ${e.id}`, m);
  }
  const quoteIds = new Set<string>();
  for (const q of a.quotes) {
    if (quoteIds.has(q.id)) out.push(`quote id ${q.id} is used twice`);
    quoteIds.add(q.id);
    span(`quote ${q.id}`, q);
    if (q.speaker !== null && !entityIds.has(q.speaker)) out.push(`quote ${q.id} has unknown speaker ${q.speaker}`);
  }
  const eventIds = new Set<string>();
  for (const ev of a.events) {
    if (eventIds.has(ev.id)) out.push(`event id ${ev.id} is used twice`);
    eventIds.add(ev.id);
    span(`event ${ev.id}`, ev);
    for (const id of ev.entities) if (!entityIds.has(id)) out.push(`event ${ev.id} names unknown entity ${id}`);
  }
  return out;
}

/** The body lines of a source text as the reader will show them: nothing dropped, nothing cut. */
export function blockTexts(a: ArticleAsset): string[] {
  return [a.title, ...(a.dek ? [a.dek] : []), ...a.paragraphs].map((b) => b.text);
}
