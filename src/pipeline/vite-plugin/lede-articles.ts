// Thin Vite hooks around the analysis: every seeds/*.txt becomes one hashed JSON
// asset plus a row in /lede/index.json. Article data is never part of the JS bundle,
// so the first load does not grow with the number of articles.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { slugFromFileName } from '../analyze-article';
import { type Analysed, analyseFile } from '../parallel/analyse-file';
import { analyseFiles } from '../parallel/analyse-pool';
import { progressLog } from '../progress';
import { slugCollisions, sortIndex, summarize } from './article-index';

export const INDEX_PATH = 'lede/index.json';
const DEV_ARTICLE_PREFIX = '/lede/articles/';

export function listSeeds(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The folders of articles: `seedsDir` when given, else `LEDE_SEEDS` (folders separated
 * by commas, relative to the project), else `seeds/`.
 */
export function seedFolders(root: string, seedsDir?: string, env = process.env.LEDE_SEEDS): string[] {
  const dirs = seedsDir ? [seedsDir] : env ? env.split(',').map((d) => d.trim()).filter(Boolean) : ['seeds'];
  return dirs.map((d) => path.resolve(root, d));
}

export function ledeArticles(options: { seedsDir?: string } = {}): Plugin {
  let seedsDirs: string[] = [];
  const cache = new Map<string, Analysed>();
  let log: (message: string) => void = console.log;
  const analyseAll = async () => {
    const files = seedsDirs.flatMap(listSeeds);
    const analysed = await analyseFiles(files, { onProgress: progressLog((done, total) => `lede: analysed ${done}/${total} articles`, log) });
    cache.clear();
    for (const a of analysed) cache.set(a.file, a);
  };
  const good = () => [...cache.values()].filter((a) => a.asset).map((a) => a.asset!);

  return {
    name: 'lede-articles',
    configResolved(config) {
      seedsDirs = seedFolders(config.root, options.seedsDir);
      log = (message) => config.logger.info(message);
    },
    async buildStart() {
      await analyseAll();
      for (const f of cache.keys()) this.addWatchFile(f);
    },
    generateBundle() {
      const problems = [...cache.values()].flatMap((a) => a.errors);
      problems.push(...slugCollisions([...cache.values()].filter((a) => a.asset).map((a) => ({ file: path.relative(process.cwd(), a.file), slug: a.asset!.slug }))));
      if (problems.length) {
        this.error(`${problems.length} article(s) cannot be analysed:\n${problems.join('\n')}`);
      }
      const rows = good().map((asset) => {
        const ref = this.emitFile({ type: 'asset', name: `${asset.slug}.json`, source: JSON.stringify(asset) });
        return summarize(asset, `/${this.getFileName(ref)}`);
      });
      this.emitFile({ type: 'asset', fileName: INDEX_PATH, source: JSON.stringify(sortIndex(rows)) });
    },
    configureServer(server: ViteDevServer) {
      const ready = analyseAll().then(() => reportDevErrors(server, [...cache.values()]));
      server.watcher.add(seedsDirs);
      const onChange = (file: string) => {
        if (!seedsDirs.includes(path.dirname(file)) || !file.endsWith('.txt')) return;
        const a = analyseFile(file);
        cache.set(file, a);
        reportDevErrors(server, [a]);
        server.ws.send({ type: 'custom', event: 'lede:articles-changed', data: { slug: slugFromFileName(file) } });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', (file) => {
        if (!cache.delete(file)) return;
        server.ws.send({ type: 'custom', event: 'lede:articles-changed', data: { slug: slugFromFileName(file) } });
      });
      server.middlewares.use(async (req, res, next) => {
        await ready;
        const url = (req.url ?? '').split('?')[0]!;
        if (url === `/${INDEX_PATH}`) {
          const rows = good().map((a) => summarize(a, `${DEV_ARTICLE_PREFIX}${a.slug}.json`));
          return sendJson(res, sortIndex(rows));
        }
        if (url.startsWith(DEV_ARTICLE_PREFIX)) {
          const slug = decodeURIComponent(url.slice(DEV_ARTICLE_PREFIX.length).replace(/\.json$/, ''));
          const asset = good().find((a) => a.slug === slug);
          if (!asset) {
            res.statusCode = 404;
            return res.end('not found');
          }
          return sendJson(res, asset);
        }
        next();
      });
    },
  };
}

function sendJson(res: import('node:http').ServerResponse, body: unknown): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** A seed that cannot be analysed shows Vite's error overlay; the others keep working. */
function reportDevErrors(server: ViteDevServer, analysed: readonly Analysed[]): void {
  for (const a of analysed) {
    if (!a.errors.length) continue;
    server.config.logger.error(a.errors.join('\n'));
    server.ws.send({ type: 'error', err: { message: a.errors.join('\n'), stack: '', id: a.file, plugin: 'lede-articles' } });
  }
}
