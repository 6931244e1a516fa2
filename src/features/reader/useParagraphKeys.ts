import { useEffect } from 'react';

/** `j` and `k` move focus to the next and previous paragraph shown (folded ones are skipped), as in many readers. */
export function useParagraphKeys() {
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'j' && ev.key !== 'k') return;
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      const t = ev.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const ps = [...document.querySelectorAll<HTMLElement>('.paragraph-row:not([hidden]) > .paragraph')];
      if (!ps.length) return;
      const current = ps.findIndex((p) => p === document.activeElement || p.contains(document.activeElement));
      const next = ev.key === 'j' ? Math.min(ps.length - 1, current + 1) : Math.max(0, current < 0 ? 0 : current - 1);
      ps[next]!.focus({ preventScroll: true });
      ps[next]!.scrollIntoView?.({ block: 'nearest' });
      ev.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
