// Properties of the analysis on arbitrary input (fast-check): it never throws,
// every span points at its text, ids are unique, and the same input gives the
// same asset. Time linear in the input is a benchmark (npm run bench:linear),
// not a timed test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../../src/pipeline/analyze-article';
import { formatDiagnostic } from '../../src/pipeline/diagnostics';
import { assetViolations } from '../support/asset-invariants';

/** Pieces that news text and broken files are made of, so the inputs reach the interesting rules. */
const NEWSY = [
  'Vladimir Putin', 'Putin', 'the Kremlin', 'Moscow', 'Mocow', 'US', 'U.S.', 'USA', 'US-Russia', 'Washington’s', 'NATO',
  'President', 'Secretary of State', 'spokesperson', 'said', 'told reporters', 'according to', 'it said', 'retorted',
  '“', '”', '"', "'", '‘', '’', '«', '»', '``', "''", '–', '—', ':', ',', '.', '?', '!', '(', ')', '…',
  'on Thursday', 'last month', 'In September', 'early 2022', 'the 1990s', 'Q3', '16 November 1933', 'the 90th anniversary of',
  'next year', 'yesterday', '2023-11-16', '---', 'date: 2023-11-16', 'date: nonsense', 'title: x',
  'Comments are closed.', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '🎉', '💪🏽', '𝔉', '𠜎', 'שלום', 'مرحبا', '\u200f', '\u00a0', '\t', ' ', ' ', ' ', '\n', '\n', '\r\n', '\ufeff',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWSY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const article = fc.array(piece, { maxLength: 120, size: 'max' }).map((parts) => parts.join(''));
const withFrontMatter = fc.tuple(fc.constantFrom('', '---\ndate: 2023-11-16\n---\n', '---\n'), article).map(([a, b]) => a + b);

const runs = { numRuns: 300 };

describe('analysis of arbitrary text', () => {
  it('never throws; an asset has valid spans and unique ids, a rejection says why in one line', () => {
    fc.assert(
      fc.property(withFrontMatter, (text) => {
        const { asset, diagnostics } = analyzeText('any.txt', text);
        if (asset) {
          expect(assetViolations(asset)).toEqual([]);
        } else {
          const errors = diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const d of errors) expect(formatDiagnostic(d)).toMatch(/^any\.txt(?::\d+)?: [^\n]+$/);
        }
      }),
      runs,
    );
  });

  it('is deterministic: the same text gives the same asset', () => {
    fc.assert(
      fc.property(withFrontMatter, (text) => {
        expect(JSON.stringify(analyzeText('any.txt', text))).toBe(JSON.stringify(analyzeText('any.txt', text)));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { asset } = analyzeBytes('bytes.txt', bytes);
        if (asset) expect(assetViolations(asset)).toEqual([]);
      }),
      runs,
    );
  });
});
