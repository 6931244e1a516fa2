// The JavaScript a page loads to become interactive: its module scripts, their
// modulepreloads, and every chunk those import (statically or dynamically: the
// boot script imports the app after the first paint), gzipped at level 9. Shared
// by the browser suite (the budget as a test) and `npm run bench` (the figure).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_BYTES = 110 * 1024;

export function firstLoadJs(dist, page = 'index.html') {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const queue = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set();
  const files = [];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(path.join(dist, file));
    files.push({ file: `/${file}`, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    // Chunks it imports: `from"./x.js"`, `import("./x.js")`, and Vite's preload lists ("assets/x.js").
    for (const m of bytes.toString('utf8').matchAll(/["'`](\.\/[\w.-]+\.js|assets\/[\w.-]+\.js)["'`]/g)) {
      const next = m[1].startsWith('./') ? path.posix.join(path.posix.dirname(file), m[1]) : m[1];
      if (existsSync(path.join(dist, next))) queue.push(next);
    }
  }
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
