// The JavaScript a page loads before it is interactive: its module scripts and
// their modulepreloads, gzipped (level 9, as servers send them). Shared by the
// browser suite (the budget as a test) and `npm run bench` (the figure).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_BYTES = 110 * 1024;

export function firstLoadJs(dist, page = 'index.html') {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const srcs = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(path.join(dist, src.replace(/^\//, '')));
    return { file: src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
