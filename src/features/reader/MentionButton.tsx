import type { KeyboardEvent } from 'react';
import type { Entity } from '../../shared/article-asset';

interface Props {
  text: string;
  entity: Entity;
  active: boolean;
  onToggle: (id: string) => void;
}

/**
 * A highlighted mention: a toggle button for the entity's filter (its card is MentionCard,
 * one per page). It is a span with the button role rather than a <button>: a button is
 * an atomic inline box, each one laid out on its own, and an article has dozens to
 * thousands of mentions: the first layout took markedly longer with buttons (see README, speed).
 * Being an ordinary inline it also wraps with the line, as the words around it do.
 * The keys are a native button's: Enter acts on the press, Space on the release.
 */
export function MentionButton({ text, entity, active, onToggle }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.repeat) {
      e.preventDefault();
      onToggle(entity.id);
    } else if (e.key === ' ') {
      e.preventDefault(); // not a page scroll
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === ' ') onToggle(entity.id);
  };
  return (
    <span
      role="button"
      tabIndex={0}
      className={`mention type-${entity.type}${active ? ' active' : ''}`}
      data-entity={entity.id}
      aria-pressed={active}
      onClick={() => onToggle(entity.id)}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      {text}
    </span>
  );
}
