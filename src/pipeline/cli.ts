// npm run --silent analyze -- FILE...
// One JSON object for one file; JSON Lines for several. Exit 1 with one line per
// problem (file, line, what is wrong, how to fix it) when a file cannot be analysed;
// nothing is printed on stdout then, so no half-written output is ever consumed.
import { readFileSync } from 'node:fs';
import { analyzeBytes } from './analyze-article';
import { formatDiagnostic } from './diagnostics';

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent analyze -- FILE...\n');
    return 2;
  }
  const out: string[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      process.stderr.write(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      failed = true;
      continue;
    }
    const { asset, diagnostics } = analyzeBytes(file, bytes);
    for (const d of diagnostics) if (d.severity === 'error' || process.env.LEDE_VERBOSE) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (!asset) failed = true;
    else out.push(files.length === 1 ? JSON.stringify(asset, null, 2) : JSON.stringify(asset));
  }
  if (failed) return 1;
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
