// npm run build: the client build (Vite; the articles are analysed by the
// lede-articles plugin), then every page prerendered to static HTML. Long builds
// show progress: pages done / total and the time so far.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, createLogger } from 'vite';
import { progressLog } from '../src/pipeline/progress';
import { prerenderSite } from '../src/prerender/prerender-site';

// Vite 8 warns that the config's extensionless TypeScript imports would not suit its
// future native config loader; the default loader handles them.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const root = path.resolve(import.meta.dirname, '..');
// LEDE_OUT_DIR: build elsewhere than dist/ (the benchmarks do, to leave dist/ alone).
const outDir = path.resolve(root, process.env.LEDE_OUT_DIR ?? 'dist');
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
  await build({ root, customLogger: logger, build: { outDir, emptyOutDir: true } });
} catch (e) {
  // Every bad article, in one list (the plugin gathers them), and nothing half-written.
  const message = e instanceof Error ? e.message : String(e);
  console.error(message.replace(/^\[plugin lede-articles\]\s*/m, '').split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
  process.exit(1);
}
const { pages } = await prerenderSite(outDir, {
  siteUrl: process.env.LEDE_SITE_URL,
  onProgress: process.env.LEDE_QUIET ? undefined : progressLog((done, total) => `prerendered ${done}/${total} pages`, console.log, t0),
});
console.log(`${pages} pages prerendered to ${path.relative(root, outDir) || '.'}/ in ${elapsed()}`);
// For `npm run bench`: time and peak memory of the whole build (worker threads included).
if (process.env.LEDE_BUILD_REPORT) {
  const report = { ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, pages };
  writeFileSync(process.env.LEDE_BUILD_REPORT, JSON.stringify(report));
}
