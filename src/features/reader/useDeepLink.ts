import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Block } from '../../shared/article-asset';
import { resolveParagraph } from './closest-paragraph';

/**
 * Opening `#paragraph-id` (first load or in-app) scrolls that paragraph into view,
 * marks it and moves focus to it. A link whose paragraph no longer exists lands on
 * the closest one, with a notice.
 */
export function useDeepLink(paragraphs: readonly Block[]) {
  const { hash, key } = useLocation();
  const [marked, setMarked] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!hash) return;
    const special = hash === '#title' || hash === '#dek';
    const target = special ? { id: hash.slice(1), exact: true } : resolveParagraph(hash, paragraphs);
    if (!target) return;
    setMarked(target.id);
    setNotice(
      target.exact ? null
        : target.edited ? 'The linked paragraph has been edited since the link was made.'
          : 'The linked paragraph is no longer in this article; this is the closest one.',
    );
    // After the marked paragraph has been unfolded and painted.
    const raf = requestAnimationFrame(() => {
      const el = document.getElementById(target.id);
      if (!el) return;
      el.scrollIntoView?.({ block: 'center' });
      el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(raf);
  }, [hash, key, paragraphs]);
  return { marked, notice, dismissNotice: () => setNotice(null) };
}
