import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Entity } from '../../shared/article-asset';
import { TYPE_LABELS } from '../../ui/entity-types';

interface Shown {
  entity: Entity;
  left: number;
  top: number;
}

/**
 * The card of the mention under the pointer or with focus: one for the page, placed
 * under its mention, rather than a wrapper and a state in every mention (a long
 * article has thousands). It exists only while shown, so a paragraph's text stays
 * its own for copying, find-in-page and screen readers; the mention is described by it.
 * A click hides it.
 */
export function MentionCard({ entityById }: { entityById: ReadonlyMap<string, Entity> }) {
  const id = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    let current: HTMLElement | null = null;
    const hide = () => {
      current?.removeAttribute('aria-describedby');
      current = null;
      setShown(null);
    };
    const show = (mention: HTMLElement) => {
      const entity = entityById.get(mention.dataset.entity ?? '');
      if (!entity) return;
      current?.removeAttribute('aria-describedby');
      current = mention;
      mention.setAttribute('aria-describedby', id);
      const box = mention.getBoundingClientRect();
      setShown({ entity, left: box.left + window.scrollX, top: box.bottom + window.scrollY + 4 });
    };
    const mentionIn = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.mention') : null);
    const enter = (e: Event) => {
      const mention = mentionIn(e.target);
      if (mention && mention !== current) show(mention);
    };
    const leave = (e: PointerEvent | FocusEvent) => {
      const mention = mentionIn(e.target);
      if (mention && mention === current && !(e.relatedTarget instanceof Node && mention.contains(e.relatedTarget))) hide();
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && current) hide();
    };
    // A click filters, which folds paragraphs and moves the mention: the card would be left behind.
    const press = () => {
      if (current) hide();
    };
    const listeners: [string, (e: never) => void][] = [
      ['pointerover', enter],
      ['pointerout', leave],
      ['focusin', enter],
      ['focusout', leave],
      ['keydown', escape],
      ['click', press],
    ];
    for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener);
      current?.removeAttribute('aria-describedby');
    };
  }, [entityById, id]);
  if (!shown) return null;
  const { entity } = shown;
  const n = entity.mentions.length;
  return createPortal(
    // Placed from script (CSSOM), which the page's Content-Security-Policy allows; the prerendered HTML has no card.
    <span role="tooltip" id={id} className="mention-card" style={{ left: shown.left, top: shown.top }}>
      <strong>{entity.name}</strong> · {TYPE_LABELS[entity.type]}
      {entity.role ? ` · ${entity.role}` : ''} · {n} mention{n === 1 ? '' : 's'}
    </span>,
    document.body,
  );
}
