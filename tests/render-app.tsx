// Renders the app as a person meets it: a memory router at a URL, a fresh QueryClient
// per test, and article assets served by a fake fetch from articles analysed here.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '../src/app/router';
import { INDEX_URL } from '../src/data/queries';
import { analyzeOrThrow } from '../src/pipeline/analyze-article';
import { sortIndex, summarize } from '../src/pipeline/vite-plugin/article-index';
import type { ArticleAsset } from '../src/shared/article-asset';

export function analyse(path: string): ArticleAsset {
  return analyzeOrThrow(path.replace(/^.*\//, ''), readFileSync(new URL(path, import.meta.url)));
}

export const seedAsset = () => analyse('../seeds/000_1ce6ff2acc3b6395.txt');
export const secondAsset = () => analyse('./fixtures/second-article.txt');

export function serve(assets: ArticleAsset[]) {
  const urls = new Map(assets.map((a) => [`/assets/${a.slug}-hash.json`, a]));
  const index = sortIndex(assets.map((a) => summarize(a, `/assets/${a.slug}-hash.json`)));
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === INDEX_URL) return Response.json(index);
    const a = urls.get(url);
    return a ? Response.json(a) : new Response('not found', { status: 404 });
  }));
}

export function renderAt(url: string, assets: ArticleAsset[] = [seedAsset()]) {
  serve(assets);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, router };
}
