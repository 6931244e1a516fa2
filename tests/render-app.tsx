// Renders the app as a person meets it: a memory router at a URL, a fresh QueryClient
// per test, and article assets served by a fake fetch from articles analysed here.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { type Location, MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../src/app/router';
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
  const fetch = vi.fn(async (url: string) => {
    if (url === INDEX_URL) return Response.json(index);
    const a = urls.get(url);
    return a ? Response.json(a) : new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Where the app is and how to move it, as a test sees them. */
interface RouterProbe {
  state: { location: Location };
  navigate: (to: number | string) => Promise<void>;
}

export function renderAt(url: string, assets: ArticleAsset[] = [seedAsset()]) {
  const fetch = serve(assets);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let location: Location | null = null;
  let navigate: NavigateFunction | null = null;
  function Probe() {
    location = useLocation();
    navigate = useNavigate();
    return null;
  }
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <Probe />
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const router: RouterProbe = {
    get state() {
      return { location: location! };
    },
    navigate: async (to) => {
      await act(async () => {
        await navigate!(to as string);
      });
    },
  };
  return { ...utils, router, fetch };
}
