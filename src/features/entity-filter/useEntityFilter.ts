import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useStableCallback } from '../../ui/useStableCallback';
import { parseFilter, rejectedFilterValues, serializeFilter, toggle } from './filter-codec';

/** The entity filter of the URL, and ways to change it (each a new history entry, so back undoes it). */
export function useEntityFilter() {
  const [params, setParams] = useSearchParams();
  const selected = useMemo(() => parseFilter(params), [params]);
  const rejected = useMemo(() => rejectedFilterValues(params), [params]);
  // Stable identities: every mention button of a long article holds these.
  const set = useStableCallback((ids: readonly string[]) => setParams(new URLSearchParams(serializeFilter(ids)), { preventScrollReset: true }));
  return {
    selected,
    /** Values of the link that are no entity ids at all (markup, huge values): ignored, with a notice. */
    rejected,
    toggle: useStableCallback((id: string) => set(toggle(selected, id))),
    clear: useStableCallback(() => set([])),
  };
}
