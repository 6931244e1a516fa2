import { describe, expect, it } from 'vitest';
import { firstScreenEnd } from './first-screen';

const ps = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));

describe('firstScreenEnd', () => {
  it('ends with the paragraph whose text reaches the first screen', () => {
    expect(firstScreenEnd(ps(400, 400, 400, 400, 400), 1500)).toBe(3);
    expect(firstScreenEnd(ps(1500, 10), 1500)).toBe(0);
    expect(firstScreenEnd(ps(700, 800, 10), 1500)).toBe(1);
  });

  it('is the last paragraph of a short article, and none of an empty one', () => {
    expect(firstScreenEnd(ps(100, 200), 1500)).toBe(1);
    expect(firstScreenEnd([], 1500)).toBe(-1);
  });
});
