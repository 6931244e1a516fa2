import { ENTITY_TYPES, type Entity } from '../../shared/article-asset';
import { useState } from 'react';
import { TYPE_LABELS, TYPE_PLURALS } from '../../ui/entity-types';

const PER_TYPE = 12;

interface Props {
  entities: readonly Entity[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  onClear: () => void;
}

/** The legend of highlight colours, and every entity as a filter toggle. */
export function EntityLegend({ entities, selected, onToggle, onClear }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <nav className="legend" aria-label="Entities">
      <h2 className="legend-title">Who and where</h2>
      {ENTITY_TYPES.map((type) => {
        // Most mentioned first; past a dozen, the rest behind a button (the selected ones always show).
        const ofType = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
        if (!ofType.length) return null;
        const all = open.has(type) || ofType.length <= PER_TYPE + 3;
        const shown = all ? ofType : ofType.filter((e, i) => i < PER_TYPE || selected.includes(e.id));
        const more = ofType.length - shown.length;
        return (
          <div key={type} className="legend-group">
            <h3 className={`legend-type type-${type}`}>
              <span className="swatch" aria-hidden="true" />
              {TYPE_PLURALS[type]}
            </h3>
            <ul>
              {shown.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className={`chip type-${type}`}
                    aria-pressed={selected.includes(e.id)}
                    onClick={() => onToggle(e.id)}
                    title={`${TYPE_LABELS[type]}${e.role ? `, ${e.role}` : ''}: ${e.mentions.length} mentions`}
                  >
                    {e.name} <span className="count" aria-label={`${e.mentions.length} mentions`}>{e.mentions.length}</span>
                  </button>
                </li>
              ))}
            </ul>
            {more > 0 && (
              <button type="button" className="show-all" onClick={() => setOpen((s) => new Set([...s, type]))}>
                Show {more} more {TYPE_PLURALS[type].toLowerCase()}
              </button>
            )}
          </div>
        );
      })}
      {selected.length > 0 && (
        <button type="button" className="clear" onClick={onClear}>
          Clear filter
        </button>
      )}
    </nav>
  );
}
