import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from '../paths';

/** Unknown article or page: say so, and offer the way back. */
export function NotFound() {
  const error = useRouteError();
  const notFound = !error || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <main className="not-found">
      <h1>{notFound ? 'Article not found' : 'Something went wrong'}</h1>
      <p>{notFound ? 'There is no article at this address.' : 'This page could not be shown.'}</p>
      <p>
        <Link to={paths.library()}>Back to all articles</Link>
      </p>
    </main>
  );
}
