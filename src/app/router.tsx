import { Component, type ReactNode, Suspense, useEffect } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { NotFoundError } from '../data/queries';
import { Announcer } from '../ui/Announcer';
import { ArticleRoute } from './routes/ArticleRoute';
import { LibraryRoute } from './routes/LibraryRoute';
import { NotFound } from './routes/NotFound';

/**
 * The app's routes. Declarative routes (not a data router): the components read
 * their data with TanStack Query's suspense queries, so loaders would only repeat
 * them, and the data router costs 17 KB of first-load JavaScript more.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<LibraryRoute />} />
        <Route path="articles/:slug" element={<ArticleRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Shell() {
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#content">Skip to content</a>
      <Announcer>
        <div id="content">
          {/* Keyed by path: leaving a page that failed clears its error. */}
          <RouteErrorBoundary key={pathname}>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Outlet />
              <MarkReady />
            </Suspense>
          </RouteErrorBoundary>
        </div>
      </Announcer>
    </div>
  );
}

/** An unknown article (or a failed fetch) shows the not-found page, with the way back. */
class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <>
        <NotFound failed={!(error instanceof NotFoundError)} />
        <MarkReady />
      </>
    );
  }
}

/**
 * Marks the page interactive once the route's content has committed. It sits inside the
 * Suspense boundary because a prerendered page hydrates that boundary after the shell:
 * until then a click on the text would first have to finish hydrating it. Tests and the
 * benchmarks wait for `html[data-app="ready"]`.
 */
function MarkReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
