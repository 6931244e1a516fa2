import { type TransitionStartFunction, useLayoutEffect, useTransition } from 'react';

/**
 * Owns a transition and says "working" while it runs. Kept in its own small
 * component so that saying so re-renders only this line, not a long article.
 */
export function PendingStatus({ bind, label }: { bind: (start: TransitionStartFunction) => void; label: string }) {
  const [pending, start] = useTransition();
  useLayoutEffect(() => bind(start), [bind, start]);
  // Always mounted: a live region present before its text changes is announced reliably,
  // and its fixed size (styles.css) keeps the change from laying out the page around it.
  return (
    <p className="filter-pending" role="status">
      {pending ? label : ''}
    </p>
  );
}
