// npm run build: the client build (Vite; the articles are analysed by the
// lede-articles plugin), then every page prerendered to static HTML. Long builds
// show progress: pages done / total and the time so far.
import path from 'node:path';
import { build, createLogger } from 'vite';
import { prerenderSite } from '../src/prerender/prerender-site';

const root = path.resolve(import.meta.dirname, '..');
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// Vite lists every emitted file; with thousands of articles that is thousands of lines.
// The article assets are left out of the list (lede/index.json lists them).
const logger = createLogger(process.env.LEDE_QUIET ? 'warn' : 'info');
const info = logger.info.bind(logger);
logger.info = (msg, opts) => {
  const kept = msg.split('\n').filter((line) => !/assets\/\S+\.json\s/.test(line)).join('\n');
  if (kept.trim()) info(kept, opts);
};

try {
  await build({ root, customLogger: logger });
} catch {
  // Vite has printed the problems (every bad article, in one list).
  process.exit(1);
}
let last = 0;
const { pages } = await prerenderSite(path.join(root, 'dist'), {
  siteUrl: process.env.LEDE_SITE_URL,
  onProgress: (done, total) => {
    if (total < 50 || process.env.LEDE_QUIET) return;
    if (done === total || performance.now() - last > 2000) {
      last = performance.now();
      console.log(`prerendered ${done}/${total} pages, ${elapsed()}`);
    }
  },
});
console.log(`${pages} pages prerendered to dist/ in ${elapsed()}`);
