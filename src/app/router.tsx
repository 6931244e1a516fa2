import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Outlet, data, type RouteObject } from 'react-router';
import { NotFoundError, articleIndexQuery, articleQuery } from '../data/queries';
import { ArticleRoute } from './routes/ArticleRoute';
import { LibraryRoute } from './routes/LibraryRoute';
import { NotFound } from './routes/NotFound';

function Shell() {
  return (
    <div className="app">
      <a className="skip-link" href="#content">Skip to content</a>
      <div id="content">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}

/** Routes whose loaders fill the query cache the components then read. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const index = () => queryClient.ensureQueryData(articleIndexQuery());
  return [
    {
      element: <Shell />,
      errorElement: <NotFound />,
      children: [
        { index: true, element: <LibraryRoute />, loader: async () => { await index(); return null; } },
        {
          path: 'articles/:slug',
          element: <ArticleRoute />,
          errorElement: <NotFound />,
          loader: async ({ params }) => {
            try {
              await queryClient.ensureQueryData(articleQuery(params.slug ?? '', index));
            } catch (e) {
              if (e instanceof NotFoundError) throw data(null, { status: 404 });
              throw e;
            }
            return null;
          },
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}
