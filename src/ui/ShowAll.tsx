import { useState } from 'react';

/**
 * The first `limit` items, and a button for the rest. A long article's sidebar of a
 * thousand quotes is read from the top, and rendering all of them would slow every
 * filter click and scroll of the page.
 */
export function useShowAll<T>(items: readonly T[], limit: number) {
  const [all, setAll] = useState(false);
  const visible = all || items.length <= limit + 5 ? items : items.slice(0, limit);
  return { visible, more: items.length - visible.length, showAll: () => setAll(true) };
}

export function ShowAllButton({ more, noun, onClick }: { more: number; noun: string; onClick: () => void }) {
  if (more <= 0) return null;
  return (
    <button type="button" className="show-all" onClick={onClick}>
      Show {more} more {noun}
    </button>
  );
}
