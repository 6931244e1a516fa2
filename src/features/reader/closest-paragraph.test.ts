import { describe, expect, it } from 'vitest';
import { resolveParagraph } from './closest-paragraph';

const ps = [{ id: 'there-is-a-k3f9', text: '' }, { id: 'in-september-president-0a1b', text: '' }, { id: 'last-month-kremlin-zz01', text: '' }];

describe('resolveParagraph', () => {
  it.each([
    ['#in-september-president-0a1b', { id: 'in-september-president-0a1b', exact: true }],
    ['#in-september-president-ffff', { id: 'in-september-president-0a1b', exact: false }],
    ['#last-month-moscow-1234', { id: 'last-month-kremlin-zz01', exact: false }],
    ['#%3Cimg%20src%3Dx%3E', { id: 'there-is-a-k3f9', exact: false }],
    ['#%E0%A4%A', { id: 'there-is-a-k3f9', exact: false }],
    ['', null],
  ])('%s → %j', (hash, expected) => {
    expect(resolveParagraph(hash, ps)).toEqual(expected);
  });
});
