// npm run bench:linear: analysis time against input size, on generated articles of
// 0.25 to 4 MB (tests/support/generate-article.ts). Linear time shows as a flat
// "ms per MB" column; the last line compares the largest input with the smallest.
import { analyzeText } from '../src/pipeline/analyze-article';
import { generateArticle } from '../tests/support/generate-article';

export interface LinearRow {
  bytes: number;
  ms: number;
  msPerMb: number;
}

export function measureLinear(sizes = [250_000, 500_000, 1_000_000, 2_000_000, 4_000_000]): LinearRow[] {
  analyzeText('warm-up.txt', generateArticle({ chars: 100_000, seed: 99 })); // lexicons and JIT
  return sizes.map((chars) => {
    const text = generateArticle({ chars, seed: 7 });
    // The faster of two runs: the machine is noisy, and a collection can land on either.
    let ms = Infinity;
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      const { asset } = analyzeText('generated.txt', text);
      ms = Math.min(ms, performance.now() - t0);
      if (!asset) throw new Error('a generated article was rejected');
    }
    const bytes = Buffer.byteLength(text);
    return { bytes, ms, msPerMb: ms / (bytes / 1e6) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureLinear();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows));
    process.exit(0);
  }
  console.log('size      time      ms per MB');
  for (const r of rows) console.log(`${(r.bytes / 1e6).toFixed(2).padStart(5)} MB ${Math.round(r.ms).toString().padStart(6)} ms ${Math.round(r.msPerMb).toString().padStart(8)}`);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(`ms per MB at ${(last.bytes / 1e6).toFixed(1)} MB / at ${(first.bytes / 1e6).toFixed(2)} MB: ${(last.msPerMb / first.msPerMb).toFixed(2)} (1.00 is linear)`);
}
