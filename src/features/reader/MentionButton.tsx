import { useId, useState } from 'react';
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
  // The card exists only while the mention is hovered or focused, so the text of a
  // paragraph stays its own (for copying, find-in-page and screen readers).
  const [open, setOpen] = useState(false);
  return (
    <span className="mention-wrap">
      <button
        type="button"
        className={`mention type-${entity.type}${active ? ' active' : ''}`}
        data-entity={entity.id}
        aria-pressed={active}
        aria-describedby={open ? cardId : undefined}
        onClick={() => onToggle(entity.id)}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        {text}
      </button>
      {open && (
        <span role="tooltip" id={cardId} className="mention-card">
          <strong>{entity.name}</strong> · {TYPE_LABELS[entity.type]}
          {entity.role ? ` · ${entity.role}` : ''} · {entity.mentions.length} mention{entity.mentions.length === 1 ? '' : 's'}
        </span>
      )}
    </span>
  );
}
