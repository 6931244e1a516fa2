import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { readPageData, seedQueryCache } from './app/page-data';
import { NotFoundError } from './data/queries';
// The rules no first screen needs; a prerendered article has linked them already.
import './styles-deferred.css';

// One retry for a network hiccup; an unknown article is not retried.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => !(error instanceof NotFoundError) && count < 1 } },
});

// In dev, an edited or added seed is re-analysed by the Vite plugin; refetch it.
if (import.meta.hot) {
  import.meta.hot.on('lede:articles-changed', () => {
    void queryClient.invalidateQueries();
  });
}

const root = document.getElementById('root')!;
// An unknown article is shown by the error boundary as "not found": expected, so not logged.
const rootOptions = {
  onCaughtError: (error: unknown, info: { componentStack?: string }) => {
    if (!(error instanceof NotFoundError)) console.error(error, info.componentStack);
  },
};
// A prerendered page carries its data: hydrate from it, with no fetch.
// It was rendered unfiltered for its own path; a page served for another path (a host's
// fallback, 404.html) or opened with a filter in its URL is rendered afresh from the same data.
const pageData = readPageData(document);
if (pageData) seedQueryCache(queryClient, pageData);
if (pageData && pageData.path === window.location.pathname && !window.location.search) {
  // src/boot.ts imports this module after the first frame, so the text has painted.
  hydrateRoot(
    root,
    <StrictMode>
      <App queryClient={queryClient} stylesheet={pageData?.stylesheet} />
    </StrictMode>,
    rootOptions,
  );
} else {
  // The prerendered markup goes, and with it the link to the deferred stylesheet (see
  // styles-deferred.css); a copy in the head keeps its rules applied until the app renders.
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) document.head.append(link.cloneNode());
  root.replaceChildren();
  createRoot(root, rootOptions).render(
    <StrictMode>
      <App queryClient={queryClient} stylesheet={pageData?.stylesheet} />
    </StrictMode>,
  );
}
