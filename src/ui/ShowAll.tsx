import { useState } from 'react';

/**
 * The first `limit` items (and any `keep` says must show), and a button for the rest.
 * A long article's sidebar of a thousand quotes is read from the top, and rendering
 * all of them would slow every filter click and scroll of the page.
 */
export function useShowAll<T>(items: readonly T[], limit: number, keep: (item: T) => boolean = () => false) {
  const [all, setAll] = useState(false);
  const visible = all || items.length <= limit + 3 ? items : items.filter((x, i) => i < limit || keep(x));
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
