// The corpus of broken and odd articles (tests/fixtures/articles, README there):
// each is analysed with every span valid and nothing dropped, or rejected with one
// line naming the file, the line where one applies, the problem and the fix.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../../src/pipeline/analyze-article';
import { formatDiagnostic } from '../../src/pipeline/diagnostics';
import { slugCollisions } from '../../src/pipeline/vite-plugin/article-index';
import type { ArticleAsset } from '../../src/shared/article-asset';
import { assetViolations, blockTexts } from '../support/asset-invariants';
import { generateArticle } from '../support/generate-article';

const dir = path.resolve(import.meta.dirname, '../fixtures/articles');
const file = (name: string) => path.join('tests/fixtures/articles', name);
const analyse = (name: string) => analyzeBytes(file(name), readFileSync(path.join(dir, name)));

const REJECTED: Record<string, { line?: number; says: RegExp }> = {
  'empty.txt': { says: /the file is empty \(write a title line/ },
  'whitespace-only.txt': { says: /no title: the article has no text \(/ },
  'nul-bytes.txt': { line: 2, says: /binary data: a NUL byte .* \(save the article as UTF-8/ },
  'invalid-utf8.txt': { line: 2, says: /not valid UTF-8 .* \(re-save the file as UTF-8\)/ },
  'front-matter-unclosed.txt': { line: 1, says: /front matter is not closed \(end it with a line '---'\)/ },
  'front-matter-bad-date.txt': { line: 2, says: /date '2024-13-45' is not a date \(write it as YYYY-MM-DD/ },
  'front-matter-duplicate-key.txt': { line: 4, says: /key 'date' is given twice \(keep one of them\)/ },
};

describe('fixtures that cannot be read are rejected with one clear line', () => {
  it.each(Object.entries(REJECTED))('%s', (name, want) => {
    const { asset, diagnostics } = analyse(name);
    expect(asset).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    const line = formatDiagnostic(errors[0]!);
    expect(line).not.toContain('\n');
    expect(line.startsWith(want.line ? `${file(name)}:${want.line}: ` : `${file(name)}: `)).toBe(true);
    expect(line).toMatch(want.says);
  });
});

/** The source's body lines, trimmed, without front matter: what the asset must keep, all of it. */
function bodyLines(name: string, decoded?: string): string[] {
  const text = (decoded ?? readFileSync(path.join(dir, name), 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const start = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  return lines.slice(start).map((l) => l.trim()).filter(Boolean);
}

const analysed = (name: string): ArticleAsset => {
  const { asset, diagnostics } = analyse(name);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(asset).not.toBeNull();
  expect(assetViolations(asset!)).toEqual([]);
  return asset!;
};
const speakerOf = (a: ArticleAsset, quote: string) => {
  const q = a.quotes.find((x) => x.text === quote);
  if (!q) return `no quote ${JSON.stringify(quote)} in ${JSON.stringify(a.quotes.map((x) => x.text))}`;
  return q.speaker && a.entities.find((e) => e.id === q.speaker)!.name;
};

describe('odd fixtures are analysed with valid spans, nothing dropped or cut', () => {
  const accepted = readdirSync(dir).filter((f) => f.endsWith('.txt') && !(f in REJECTED) && f !== 'utf16-bom.txt');
  it.each(accepted)('%s keeps every line and every span is valid', (name) => {
    expect(blockTexts(analysed(name))).toEqual(bodyLines(name));
  });

  it('UTF-16 with a BOM is decoded', () => {
    const a = analysed('utf16-bom.txt');
    const decoded = new TextDecoder('utf-16le').decode(readFileSync(path.join(dir, 'utf16-bom.txt')));
    expect(blockTexts(a)).toEqual(bodyLines('utf16-bom.txt', decoded));
    expect(a.published).toBe('2024-05-02');
    expect(a.entities.map((e) => e.name)).toContain('Carlos Moedas');
  });

  it('a title with no body is an article with no paragraphs', () => {
    const a = analysed('title-only.txt');
    expect(a.title.text).toBe('A headline and nothing else');
    expect(a.paragraphs).toEqual([]);
  });

  it('a 20,000-character paragraph stays whole', () => {
    const a = analysed('long-paragraph.txt');
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]!.text.length).toBeGreaterThan(19_900);
    expect(a.entities.find((e) => e.name === 'Maria Lopes')?.mentions.length).toBeGreaterThan(100);
  });

  it('an unclosed quote runs to the end of its paragraph and stops there', () => {
    const a = analysed('quotes-unbalanced.txt');
    expect(a.quotes.map((q) => q.text)).toContain('We will open the bridge in June.');
    expect(a.quotes.find((q) => q.text === 'tired')).toBeDefined();
  });

  it('a quote nested in a quote stays in the outer one, with the speaker named after it', () => {
    const a = analysed('quotes-nested.txt');
    expect(speakerOf(a, 'He told me ‘never again’ and walked out,')).toBe('Tomas Berg');
    expect(speakerOf(a, "The sign read 'Closed for good' when we arrived,")).toBe('Tomas Berg');
  });

  it('a quote that runs on into the next paragraph keeps its speaker', () => {
    const a = analysed('quote-across-paragraphs.txt');
    expect(speakerOf(a, 'We searched the house twice.')).toBe('Lena Holm');
    expect(speakerOf(a, 'We found nothing, and we will keep looking,')).toBe('Lena Holm');
  });

  it('straight and curly marks pair with each other; apostrophes are no quotes', () => {
    const a = analysed('quotes-mixed.txt');
    expect(speakerOf(a, 'We are ready,')).toBe('Pablo Ruiz');
    expect(speakerOf(a, 'fragile,')).toBe('Pablo Ruiz');
    expect(a.quotes.some((q) => /patience|mood/.test(q.text))).toBe(false);
  });

  it('markup is text: kept verbatim, never taken for structure', () => {
    const a = analysed('html-and-script.txt');
    expect(a.title.text).toContain('<script>alert("title")</script>');
    expect(a.paragraphs[1]!.text).toContain('<img src=x onerror="alert(2)">');
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ada Moss', 'Sheffield', 'London']));
  });

  it('right-to-left text keeps its offsets', () => {
    const a = analysed('right-to-left.txt');
    expect(speakerOf(a, 'שלום לכולם,')).toBe('Dana Levi');
  });

  it('offsets count UTF-16 code units around emoji and astral characters', () => {
    const a = analysed('emoji-and-astral.txt');
    expect(speakerOf(a, 'we did it 💪')).toBe('Marie Dubois');
    const sato = a.entities.find((e) => e.name === 'Kenji Sato')!.mentions[0]!;
    expect(sato.start).toBe(a.paragraphs[1]!.text.indexOf('Kenji Sato'));
  });

  it('identical paragraphs get distinct ids', () => {
    const a = analysed('identical-paragraphs.txt');
    expect(new Set(a.paragraphs.map((p) => p.id)).size).toBe(4);
    expect(a.paragraphs.filter((p) => p.text === a.paragraphs[0]!.text)).toHaveLength(3);
  });

  it('a 5 MB article is analysed whole', () => {
    const text = generateArticle({ chars: 5_000_000, seed: 5 });
    const { asset } = analyzeText('five-megabytes.txt', text);
    expect(asset).not.toBeNull();
    expect(assetViolations(asset!)).toEqual([]);
    expect(blockTexts(asset!)).toEqual(text.split('\n').slice(3).filter(Boolean));
  }, 120_000);
});

describe('two files whose slugs collide', () => {
  it('are both named in one error', () => {
    const collide = path.resolve(import.meta.dirname, '../fixtures/colliding-slugs');
    const files = readdirSync(collide).map((f) => ({ file: f, slug: analyzeBytes(f, readFileSync(path.join(collide, f))).asset!.slug }));
    const problems = slugCollisions(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Harbour News.txt');
    expect(problems[0]).toContain('harbour-news.txt');
  });
});
