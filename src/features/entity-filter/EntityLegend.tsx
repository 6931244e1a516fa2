import { ENTITY_TYPES, type Entity, type EntityType } from '../../shared/article-asset';
import { TYPE_LABELS, TYPE_PLURALS } from '../../ui/entity-types';
import { ShowAllButton, useShowAll } from '../../ui/ShowAll';

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
        return ofType.length ? <LegendGroup key={type} type={type} entities={ofType} selected={selected} onToggle={onToggle} /> : null;
      })}
      {selected.length > 0 && (
        <button type="button" className="clear" onClick={onClear}>
          Clear filter
        </button>
      )}
    </nav>
  );
}

/** One type's names, most mentioned first; past a dozen, the rest behind a button (the selected ones always show). */
function LegendGroup({ type, entities, selected, onToggle }: { type: EntityType; entities: readonly Entity[]; selected: readonly string[]; onToggle: (id: string) => void }) {
  const sorted = entities.slice().sort((a, b) => b.mentions.length - a.mentions.length);
  const { visible, more, showAll } = useShowAll(sorted, 12, (e) => selected.includes(e.id));
  return (
    <div className="legend-group">
      <h3 className={`legend-type type-${type}`}>
        <span className="swatch" aria-hidden="true" />
        {TYPE_PLURALS[type]}
      </h3>
      <ul>
        {visible.map((e) => (
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
      <ShowAllButton more={more} noun={TYPE_PLURALS[type].toLowerCase()} onClick={showAll} />
    </div>
  );
}
