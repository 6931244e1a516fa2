// @vitest-environment node
import { afterEach, expect, it, vi } from 'vitest';
import { progressLog } from './progress';

afterEach(() => vi.restoreAllMocks());

it('says nothing for short steps, and for long ones at most every two seconds and at the end', () => {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const lines: string[] = [];
  const short = progressLog((d, t) => `did ${d}/${t}`, (l) => lines.push(l));
  for (let d = 1; d <= 49; d++) short(d, 49);
  expect(lines).toEqual([]);
  const long = progressLog((d, t) => `did ${d}/${t}`, (l) => lines.push(l));
  for (let d = 1; d <= 100; d++) {
    now += 100;
    long(d, 100);
  }
  expect(lines).toEqual(['did 20/100, 2.0 s', 'did 40/100, 4.0 s', 'did 60/100, 6.0 s', 'did 80/100, 8.0 s', 'did 100/100, 10.0 s']);
});
