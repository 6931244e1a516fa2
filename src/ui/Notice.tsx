import type { ReactNode } from 'react';

/** A short, polite message that screen readers announce. */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className="notice" role="status">
      <span>{children}</span>
      {onDismiss && (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss notice">
          ×
        </button>
      )}
    </div>
  );
}
