import { Link } from 'react-router';
import { paths } from '../paths';

/** Unknown article or page, or one that could not be loaded: say so, and offer the way back. */
export function NotFound({ failed = false }: { failed?: boolean }) {
  return (
    <main className="not-found">
      <h1>{failed ? 'Something went wrong' : 'Article not found'}</h1>
      <p>{failed ? 'This page could not be shown. Try again in a moment.' : 'There is no article at this address.'}</p>
      <p>
        <Link to={paths.library()}>Back to all articles</Link>
      </p>
    </main>
  );
}
