// The analysis on twenty-nine articles written for Lede's tests (tests/gold/written/README.md says
// how they were made and used), scored as the evaluation kit scores: a regression check with
// floors, not a benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline/analyze-article';
import { blockOffsets } from '../support/block-offsets';

const DIR = path.join(import.meta.dirname, '..', 'gold', 'written');

interface Span { start: number; end: number }
interface Gold {
  entities: Array<{ name: string; type: string; mentions: Span[] }>;
  quotes: Array<Span & { speaker: string | null }>;
  timex: Array<Span & { type: string; value: string }>;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
// As the evaluation kit scores speakers: by the last word of the name.
const lastWord = (n: string | null) => n?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? null;
const f1 = (tp: number, pred: number, gold: number) => (pred + gold ? (2 * tp) / (pred + gold) : 1);

/** The analysis of one file, its spans at absolute offsets of the file. */
function analysed(file: string, content: string) {
  const asset = analyzeText(file, content).asset!;
  const at = blockOffsets(asset, content);
  const abs = <T extends Span & { block: string }>(x: T) => ({ ...x, start: at.get(x.block)! + x.start, end: at.get(x.block)! + x.end });
  const names = new Map(asset.entities.map((e) => [e.id, e.name]));
  return {
    mentions: asset.entities.flatMap((e) => e.mentions.map((m) => ({ ...abs(m), type: e.type as string }))),
    quotes: asset.quotes.map((q) => ({ ...abs(q), speaker: q.speaker ? names.get(q.speaker)! : null })),
    events: asset.events.map((ev) => ({ ...abs(ev), value: ev.value })),
  };
}

function score() {
  const counts = () => ({ tp: 0, pred: 0, gold: 0 });
  const t = { ent: counts(), quote: counts(), time: counts() };
  const wrong: string[] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
    const content = readFileSync(path.join(DIR, f), 'utf8');
    const gold: Gold = JSON.parse(readFileSync(path.join(DIR, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
    const p = analysed(f, content);
    // Entities: span and type exactly.
    const g = gold.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${e.type}`));
    const found = new Set(p.mentions.map((m) => `${m.start}:${m.end}:${m.type}`));
    const hit = g.filter((k) => found.has(k)).length;
    t.ent.tp += hit; t.ent.pred += found.size; t.ent.gold += g.length;
    for (const k of g) if (!found.has(k)) wrong.push(`${f}: missed ${content.slice(Number(k.split(':')[0]), Number(k.split(':')[1]))} (${k.split(':')[2]})`);
    // Quotes: half the gold span covered, and the speaker.
    const used = new Set<number>();
    for (const q of gold.quotes) {
      const i = p.quotes.findIndex((x, k) => !used.has(k) && overlap(x, q) >= 0.5 * (q.end - q.start));
      if (i < 0) { wrong.push(`${f}: missed quote ${content.slice(q.start, q.start + 30)}`); continue; }
      used.add(i);
      if (lastWord(p.quotes[i]!.speaker) === lastWord(q.speaker)) t.quote.tp++;
      else wrong.push(`${f}: ${content.slice(q.start, q.start + 30)} → ${p.quotes[i]!.speaker} (gold ${q.speaker})`);
    }
    t.quote.pred += p.quotes.length; t.quote.gold += gold.quotes.length;
    // Time: overlapping spans with the same value, dates and times only; a prediction on a
    // duration or a set alone is neither right nor wrong.
    const dated = gold.timex.filter((x) => /^(?:DATE|TIME)$/.test(x.type));
    const others = gold.timex.filter((x) => !/^(?:DATE|TIME)$/.test(x.type));
    const events = p.events.filter((e) => dated.some((x) => overlap(x, e) > 0) || !others.some((x) => overlap(x, e) > 0));
    const usedT = new Set<number>();
    for (const x of dated) {
      const i = events.findIndex((e, k) => !usedT.has(k) && overlap(x, e) > 0);
      if (i < 0) { wrong.push(`${f}: missed time ${x.value}`); continue; }
      usedT.add(i);
      if (events[i]!.value === x.value) t.time.tp++;
      else wrong.push(`${f}: ${content.slice(x.start, x.end)} → ${events[i]!.value} (gold ${x.value})`);
    }
    t.time.pred += events.length; t.time.gold += dated.length;
  }
  const F = (c: { tp: number; pred: number; gold: number }) => f1(c.tp, c.pred, c.gold);
  return { entities: F(t.ent), quotes: F(t.quote), time: F(t.time), wrong: wrong.join('\n') };
}

describe('the analysis on articles written for the tests', () => {
  const s = score();

  it('finds the names with their types (strict F1 at least 0.95; 0.980 when the floor was set)', () => {
    expect(s.entities, s.wrong).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the quotes and who said them (end-to-end F1 at least 0.95; 0.985 when the floor was set)', () => {
    expect(s.quotes, s.wrong).toBeGreaterThanOrEqual(0.95);
  });

  it('dates what the text refers to (value F1 at least 0.95; 1.000 when the floor was set)', () => {
    expect(s.time, s.wrong).toBeGreaterThanOrEqual(0.95);
  });
});
