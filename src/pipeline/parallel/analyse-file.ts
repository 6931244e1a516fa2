// One seed file → its asset or its error lines: the unit of work, the same on the
// main thread and in a worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleAsset } from '../../shared/article-asset';
import { analyzeBytes } from '../analyze-article';
import { formatDiagnostic } from '../diagnostics';

export interface Analysed {
  file: string;
  asset: ArticleAsset | null;
  errors: string[];
}

export function analyseFile(file: string, cwd = process.cwd()): Analysed {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, asset: null, errors: [`${file}: cannot read the file (${String(e)})`] };
  }
  const { asset, diagnostics } = analyzeBytes(path.relative(cwd, file), bytes);
  return { file, asset, errors: diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic) };
}
