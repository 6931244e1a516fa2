// Server rendering of one route to HTML with react-dom/server. The page's data is
// put in the query cache first, so the routes' suspense queries read it and
// nothing is fetched or suspended.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { type PageData, seedQueryCache } from '../app/page-data';
import { AppRoutes } from '../app/router';
import type { ArticleAsset, ArticleSummary } from '../shared/article-asset';
import { DeferredStylesheetHref } from '../ui/DeferredStylesheet';

export interface RenderedPage {
  html: string;
  data: PageData;
}

export function renderPage(url: string, data: { index?: ArticleSummary[]; article?: ArticleAsset; stylesheet?: string }): RenderedPage {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seedQueryCache(queryClient, data);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <DeferredStylesheetHref value={data.stylesheet}>
        <StaticRouter location={url}>
          <AppRoutes />
        </StaticRouter>
      </DeferredStylesheetHref>
    </QueryClientProvider>,
  );
  return { html, data: { ...data, path: new URL(url, 'http://lede.invalid').pathname } };
}
