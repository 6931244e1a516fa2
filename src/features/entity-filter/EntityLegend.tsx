import { ENTITY_TYPES, type Entity } from '../../shared/article-asset';
import { TYPE_LABELS, TYPE_PLURALS } from '../../ui/entity-types';

interface Props {
  entities: readonly Entity[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  onClear: () => void;
}

/** The legend of highlight colours, and every entity as a filter toggle. */
export function EntityLegend({ entities, selected, onToggle, onClear }: Props) {
  return (
    <nav className="legend" aria-label="Entities">
      <h2 className="legend-title">Who and where</h2>
      {ENTITY_TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type);
        if (!ofType.length) return null;
        return (
          <div key={type} className="legend-group">
            <h3 className={`legend-type type-${type}`}>
              <span className="swatch" aria-hidden="true" />
              {TYPE_PLURALS[type]}
            </h3>
            <ul>
              {ofType.map((e) => (
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
