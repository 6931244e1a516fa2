import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../shared/article-asset';
import { segmentsByBlock } from './segments';

/** One block's segments, through the path the reader uses. */
const segmentBlock = (id: string, text: string, entities: Entity[], quotes: Quote[] = []) => segmentsByBlock([{ id, text }], entities, quotes).get(id)!;

const entity = (id: string, spans: Array<[number, number]>, text: string): Entity => ({
  id, name: id, type: 'person', mentions: spans.map(([start, end]) => ({ block: 'p1', start, end, text: text.slice(start, end) })),
});

describe('segmentsByBlock', () => {
  const text = 'Putin said “Blinken is wrong” today.';
  it('keeps every character exactly once, in order', () => {
    const segs = segmentBlock('p1', text, [entity('putin', [[0, 5]], text), entity('blinken', [[12, 19]], text)],
      [{ id: 'q1', block: 'p1', start: 12, end: 28, text: text.slice(12, 28), speaker: 'putin' } satisfies Quote]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['Putin', 'Blinken']);
    expect(segs.find((s) => s.text === 'Blinken')).toMatchObject({ quote: 'q1' });
    expect(segs.find((s) => s.text === ' is wrong')).toMatchObject({ quote: 'q1' });
    expect(segs.find((s) => s.text.startsWith('” today'))?.quote).toBeUndefined();
  });

  it('ignores mentions of other blocks and out-of-range offsets', () => {
    const bad: Entity = { id: 'x', name: 'x', type: 'place', mentions: [{ block: 'p2', start: 0, end: 5, text: 'Putin' }, { block: 'p1', start: 30, end: 99, text: '' }] };
    expect(segmentBlock('p1', text, [bad]).map((s) => s.kind)).toEqual(['text']);
  });

  it('counts offsets in UTF-16 code units, so astral characters keep spans aligned', () => {
    const t = '🙂 Putin';
    const segs = segmentBlock('p1', t, [entity('putin', [[3, 8]], t)]);
    expect(segs.map((s) => s.text)).toEqual(['🙂 ', 'Putin']);
  });
});
