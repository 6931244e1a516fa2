import { Link } from 'react-router';
import type { TimelineEvent } from '../../shared/article-asset';
import { ShowAllButton, useShowAll } from '../../ui/ShowAll';
import { formatTimex, orderEvents } from './timeline-dates';

interface Props {
  events: readonly TimelineEvent[];
  total: number;
  linkTo: (paragraphId: string) => string;
}

/** Events in date order on a vertical axis, spaced by time, each linking to its paragraph. */
export function Timeline({ events, total, linkTo }: Props) {
  const ordered = orderEvents(events);
  const first = ordered[0]?.at ?? 0;
  const span = Math.max(1, (ordered[ordered.length - 1]?.at ?? 0) - first);
  const { visible, more, showAll } = useShowAll(ordered, 40);
  return (
    <section className="timeline" role="region" aria-label="Timeline">
      <h2>
        Timeline <span className="muted">{events.length === total ? total : `${events.length} of ${total}`}</span>
      </h2>
      {ordered.length === 0 ? (
        <p className="muted">No dated events{total ? ' involve this filter' : ''}.</p>
      ) : (
        <ol className="timeline-axis">
          {visible.map((e, i) => {
            // Gaps grow with elapsed time (log-scaled, so a century does not push a week off screen),
            // in quarter-rem steps named by classes: no inline style, so the page's CSP can forbid them.
            const gap = i === 0 ? 0 : Math.round(Math.log1p(((e.at - ordered[i - 1]!.at) / span) * 100) * 0.6 * 4);
            return (
              <li key={e.id} className={`timeline-event gap-${Math.min(gap, 12)}`}>
                <time className="timeline-date" dateTime={/^\d{4}(-\d{2}){0,2}$/.test(e.value) ? e.value : undefined}>
                  {formatTimex(e.value, e.mod)}
                </time>
                <p className="timeline-summary">{e.summary}</p>
                <Link className="timeline-link" to={linkTo(e.block)} preventScrollReset>
                  Read in article<span className="visually-hidden">: {formatTimex(e.value, e.mod)}</span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      <ShowAllButton more={more} noun={more === 1 ? 'event' : 'events'} onClick={showAll} />
    </section>
  );
}
