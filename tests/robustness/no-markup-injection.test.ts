// @vitest-environment node
// Article text is always rendered as text: no source file may hand strings to the
// DOM as markup or as code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });

it.each([
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\s*=/],
  ['insertAdjacentHTML / document.write', /insertAdjacentHTML|document\.write/],
  ['eval / new Function', /\beval\(|new Function\(/],
])('no %s in the app or the pipeline', (_, pattern) => {
  const hits = files(src).filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => path.relative(src, f));
  expect(hits).toEqual([]);
});
