import { useId } from 'react';
import type { Entity } from '../../shared/article-asset';
import { TYPE_LABELS } from '../../ui/entity-types';

interface Props {
  text: string;
  entity: Entity;
  active: boolean;
  onToggle: (id: string) => void;
}

/** A highlighted mention: a button that toggles the entity's filter, with a card on hover and focus. */
export function MentionButton({ text, entity, active, onToggle }: Props) {
  const cardId = useId();
  return (
    <span className="mention-wrap">
      <button
        type="button"
        className={`mention type-${entity.type}${active ? ' active' : ''}`}
        data-entity={entity.id}
        aria-pressed={active}
        aria-describedby={cardId}
        onClick={() => onToggle(entity.id)}
      >
        {text}
      </button>
      <span role="tooltip" id={cardId} className="mention-card">
        <strong>{entity.name}</strong> · {TYPE_LABELS[entity.type]}
        {entity.role ? ` · ${entity.role}` : ''} · {entity.mentions.length} mention{entity.mentions.length === 1 ? '' : 's'}
      </span>
    </span>
  );
}
