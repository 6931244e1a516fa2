// After the client build: every article route and the library become static HTML
// in dist/, readable without JavaScript and hydrated when it runs.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_FILE, CSP_HEADER } from '../pipeline/vite-plugin/content-security-policy';
import { INDEX_PATH } from '../pipeline/vite-plugin/lede-articles';
import { paths } from '../app/paths';
import type { ArticleAsset, ArticleSummary } from '../shared/article-asset';
import { articleHead, libraryHead } from './head-tags';
import { type Template, allowStyleHash, pageHtml, styleHash } from './page-html';
import { renderPage } from './render-page';

export interface PrerenderOptions {
  /** The site's public address, for og:url and canonical links; omitted when unknown. */
  siteUrl?: string;
  onProgress?: (done: number, total: number) => void;
}

function readTemplate(dist: string): Template {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // The app's first-screen stylesheet: the first one linked outside <noscript> (index.html
  // links no-script.css inside one, for pages read with JavaScript off).
  const link = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/.exec(html.replace(/<noscript>[\s\S]*?<\/noscript>/g, ''));
  if (!link) return { html };
  return { html, css: { link: link[0], text: readFileSync(path.join(dist, link[1]!), 'utf8') } };
}

/**
 * The built address of the stylesheet the app imports (styles-deferred.css), from Vite's
 * manifest. Without it an article read with JavaScript off would lose its quotes' and
 * timeline's styles, so a build that lacks it stops here.
 */
function readDeferredStylesheet(dist: string): string {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`no ${path.relative(process.cwd(), file)}: the client build must write its manifest (build.manifest in vite.config.ts)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { src?: string; css?: string[] }>;
  const css = Object.values(manifest).find((chunk) => chunk.src === 'src/main.tsx')?.css?.[0];
  if (!css) throw new Error('the app (src/main.tsx) has no stylesheet in the build manifest: styles-deferred.css is not imported');
  return `/${css}`;
}

export async function prerenderSite(dist: string, opts: PrerenderOptions = {}): Promise<{ pages: number }> {
  const template = readTemplate(dist);
  const stylesheet = readDeferredStylesheet(dist);
  // Read: a site need not publish the manifest.
  rmSync(path.join(dist, '.vite'), { recursive: true, force: true });
  const index = JSON.parse(readFileSync(path.join(dist, INDEX_PATH), 'utf8')) as ArticleSummary[];
  const total = index.length + 1;
  let done = 0;

  for (const row of index) {
    const article = JSON.parse(readFileSync(path.join(dist, row.asset), 'utf8')) as ArticleAsset;
    const url = paths.article(row.slug);
    const { html, data } = renderPage(url, { article, stylesheet });
    // articles/<slug>.html: what static hosts (and vite preview) serve for /articles/<slug>.
    const file = path.join(dist, 'articles', `${row.slug}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pageHtml(template, { head: articleHead(article, url, opts.siteUrl), body: html, data }));
    opts.onProgress?.(++done, total);
  }
  // The library after the articles, 404 last: the library overwrites the template they are rendered from.
  const library = renderPage(paths.library(), { index });
  writeFileSync(path.join(dist, 'index.html'), pageHtml(template, { head: libraryHead(index.length, opts.siteUrl), body: library.html, data: library.data }));
  opts.onProgress?.(++done, total);

  // For static hosts that serve 404.html for unknown paths; the app then renders the real route.
  const missing = renderPage('/404', {});
  writeFileSync(path.join(dist, '404.html'), pageHtml(template, { head: `<title>Not found · Lede</title>\n    <meta name="robots" content="noindex" />`, body: missing.html, data: missing.data }));

  const header = template.css ? allowStyleHash(CSP_HEADER, styleHash(template.css.text)) : CSP_HEADER;
  writeFileSync(path.join(dist, CSP_FILE), JSON.stringify({ header }));
  return { pages: total };
}
