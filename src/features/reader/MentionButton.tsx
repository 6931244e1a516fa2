import type { Entity } from '../../shared/article-asset';

interface Props {
  text: string;
  entity: Entity;
  active: boolean;
  onToggle: (id: string) => void;
}

/** A highlighted mention: a button that toggles the entity's filter (its card is MentionCard, one per page). */
export function MentionButton({ text, entity, active, onToggle }: Props) {
  return (
    <button type="button" className={`mention type-${entity.type}${active ? ' active' : ''}`} data-entity={entity.id} aria-pressed={active} onClick={() => onToggle(entity.id)}>
      {text}
    </button>
  );
}
