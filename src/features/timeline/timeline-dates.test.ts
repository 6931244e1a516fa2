import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/article-asset';
import { formatTimex, orderEvents } from './timeline-dates';

describe('formatTimex', () => {
  it.each([
    ['1933', undefined, '1933'],
    ['2022', 'START', 'early 2022'],
    ['2023-09', undefined, 'September 2023'],
    ['2023-11-16', undefined, '16 November 2023'],
    ['2023-11-16TNI', undefined, '16 November 2023, night'],
    ['2023-11-16T12:00', undefined, '16 November 2023, 12:00'],
    ['199', undefined, 'the 1990s'],
    ['2023-W46', undefined, 'week 46 of 2023'],
    ['2023-Q3', undefined, 'Q3 2023'],
    ['PAST_REF', undefined, 'in the past'],
  ] as const)('%s (%s) reads as %s', (value, mod, expected) => {
    expect(formatTimex(value, mod)).toBe(expected);
  });
});

describe('orderEvents', () => {
  const ev = (id: string, value: string, mod?: TimelineEvent['mod']): TimelineEvent => ({
    id, value, ...(mod ? { mod } : {}), block: 'p', start: 0, end: 1, text: 'x', summary: '', entities: [],
  });
  it('orders by date across precisions and drops vague values', () => {
    const out = orderEvents([ev('a', '2023-11-16'), ev('b', 'PAST_REF'), ev('c', '1933'), ev('d', '2023-10'), ev('e', '2022', 'START'), ev('f', '2023-09')]);
    expect(out.map((e) => e.id)).toEqual(['c', 'e', 'f', 'd', 'a']);
  });
});
