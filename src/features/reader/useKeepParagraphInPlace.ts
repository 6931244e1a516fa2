import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps the paragraph a person is reading where it is on screen while a filter folds or
 * unfolds the paragraphs around it. The browser's own scroll anchoring picks its anchor by
 * itself, and on a long article (chunks skipped off screen, the side column beside the
 * text) it can pick one that moves, which scrolled the clicked name out of view.
 * `pin` is called with the element the toggle came from (a name in a paragraph); the
 * paragraph's offset is restored once the view for `filterKey` has been committed,
 * before it is painted.
 */
export function useKeepParagraphInPlace(filterKey: string): (from: Element | null) => void {
  const pinned = useRef<{ id: string; top: number } | null>(null);
  useLayoutEffect(() => {
    const pin = pinned.current;
    pinned.current = null;
    const el = pin && document.getElementById(pin.id);
    if (!pin || !el) return;
    const moved = el.getBoundingClientRect().top - pin.top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }, [filterKey]);
  return (from) => {
    const paragraph = from?.closest('.paragraph');
    pinned.current = paragraph?.id ? { id: paragraph.id, top: paragraph.getBoundingClientRect().top } : null;
  };
}
