import { describe, expect, it } from 'vitest';
import { resolveParagraph } from './closest-paragraph';

import { simHash } from '../../shared/ids';

const texts = [
  'There is a real risk that relations will be severed, the ministry said.',
  'In September, President Vladimir Putin said ties were at their lowest point.',
  'Last month, the Kremlin said talks had stalled over the embassy staff.',
];
// Ids as the pipeline makes them: first words, a SimHash, an exact hash.
const ps = texts.map((text, i) => ({ id: `${['there-is-a', 'in-september-president', 'last-month-the'][i]}-${simHash(text)}abc`, text }));
const [there, september, month] = ps.map((p) => p.id) as [string, string, string];

describe('resolveParagraph', () => {
  const reworded = (text: string) => `${simHash(text)}xyz`;
  it.each([
    ['the id itself', `#${september}`, { id: september, exact: true }],
    ['the same opening, another text', '#in-september-president-zzzzzzz', { id: september, exact: false, edited: false }],
    ['a word changed', `#in-september-president-${reworded(texts[1]!.replace('lowest', 'worst'))}`, { id: september, exact: false, edited: true }],
    ['the opening rewritten', `#on-monday-in-${reworded(`On Monday, ${texts[2]}`)}`, { id: month, exact: false }],
    ['two opening words shared', '#last-month-moscow-zzzzzzz', { id: month, exact: false, edited: false }],
    ['markup', '#%3Cimg%20src%3Dx%3E', { id: there, exact: false, edited: false }],
    ['bad percent-encoding', '#%E0%A4%A', { id: there, exact: false, edited: false }],
    ['nothing', '', null],
  ])('%s', (_, hash, expected) => {
    expect(resolveParagraph(hash, ps)).toMatchObject(expected ?? {});
    if (expected === null) expect(resolveParagraph(hash, ps)).toBeNull();
  });
});
