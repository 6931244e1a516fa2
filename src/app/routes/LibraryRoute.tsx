import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { articleIndexQuery } from '../../data/queries';
import { formatIsoDate } from '../../shared/dates';
import { paths } from '../paths';

/** Every article, newest first, with what the reader will find in it. */
export function LibraryRoute() {
  const { data: articles } = useSuspenseQuery(articleIndexQuery());
  return (
    <main className="library">
      <h1>Lede</h1>
      <p className="tagline">Who is in the story, what was said and by whom, and when it happened.</p>
      {articles.length === 0 ? (
        <p>No articles yet: add a text file to <code>seeds/</code>.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.slug} className="article-card">
              <h2>
                <Link to={paths.article(a.slug)}>{a.title}</Link>
              </h2>
              {a.dek && <p className="dek">{a.dek}</p>}
              <p className="meta">
                {a.published ? <time dateTime={a.published}>{formatIsoDate(a.published)}</time> : 'Undated'}
                {' · '}
                {a.counts.people} {a.counts.people === 1 ? 'person' : 'people'} · {a.counts.quotes} {a.counts.quotes === 1 ? 'quote' : 'quotes'} · {a.counts.events} {a.counts.events === 1 ? 'event' : 'events'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
