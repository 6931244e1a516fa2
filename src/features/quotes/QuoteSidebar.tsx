import type { Entity, Quote } from '../../shared/article-asset';
import { ShowAllButton, useShowAll } from '../../ui/ShowAll';

interface Props {
  quotes: readonly Quote[];
  entities: readonly Entity[];
  selected: readonly string[];
  total: number;
  onToggle: (id: string) => void;
  onGoTo: (quote: Quote) => void;
}

/** Who said what, in article order; a speaker toggles the filter, a quote leads to its paragraph. */
export function QuoteSidebar({ quotes, entities, selected, total, onToggle, onGoTo }: Props) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const { visible, more, showAll } = useShowAll(quotes, 40);
  return (
    <aside className="quotes" aria-label="Quotes">
      <h2>
        Quotes <span className="muted">{quotes.length === total ? total : `${quotes.length} of ${total}`}</span>
      </h2>
      {quotes.length === 0 ? (
        <p className="muted">No quotes{total ? ' involve this filter' : ' in this article'}.</p>
      ) : (
        <ol className="quote-list">
          {visible.map((q) => {
            const who = q.speaker ? byId.get(q.speaker) : undefined;
            return (
              <li key={q.id} className="quote-item">
                <button type="button" className="quote-text" onClick={() => onGoTo(q)} aria-label={`Go to quote: ${q.text}`}>
                  “{q.text}”
                </button>
                <div className="quote-speaker">
                  {who ? (
                    <button type="button" className={`chip type-${who.type}`} aria-pressed={selected.includes(who.id)} onClick={() => onToggle(who.id)}>
                      {who.name}
                    </button>
                  ) : (
                    <span className="muted">Speaker not named</span>
                  )}
                  {who?.role && <span className="muted"> · {who.role}</span>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ShowAllButton more={more} noun={more === 1 ? 'quote' : 'quotes'} onClick={showAll} />
    </aside>
  );
}
