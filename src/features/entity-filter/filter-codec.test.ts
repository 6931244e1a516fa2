import { describe, expect, it } from 'vitest';
import { parseFilter, rejectedFilterValues, serializeFilter, toggle } from './filter-codec';

describe('filter codec', () => {
  it.each([
    [[], ''],
    [['vladimir-putin'], 'entity=vladimir-putin'],
    [['b', 'a', 'b'], 'entity=a&entity=b'],
  ])('serializes %j as %s and parses it back', (ids, search) => {
    expect(serializeFilter(ids)).toBe(search);
    expect(parseFilter(serializeFilter(ids))).toEqual([...new Set(ids)].sort());
  });

  it.each([
    ['entity=%3Cscript%3E', []],
    [`entity=${'a'.repeat(5000)}`, []],
    ['entity=Putin&entity=putin', ['putin']],
    [Array.from({ length: 3000 }, (_, i) => `entity=e${i}`).join('&'), Array.from({ length: 20 }, (_, i) => `e${i}`).sort()],
  ])('parses hostile input %# to a bounded, valid state', (search, expected) => {
    expect(parseFilter(search)).toEqual(expected);
  });

  it.each([
    ['entity=a&entity=a', 0],
    ['entity=%3Cscript%3E&entity=a', 1],
    [`entity=${'a'.repeat(5000)}`, 1],
    [Array.from({ length: 3000 }, () => 'entity=a').join('&'), 0],
  ])('counts the values it rejects in %#', (search, rejected) => {
    expect(rejectedFilterValues(search)).toBe(rejected);
  });

  it('toggles an id in and out', () => {
    expect(toggle(['b'], 'a')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
