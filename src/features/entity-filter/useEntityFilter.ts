import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilter, rejectedFilterValues, serializeFilter, toggle } from './filter-codec';

/** The entity filter of the URL, and ways to change it (each a new history entry, so back undoes it). */
export function useEntityFilter() {
  const [params, setParams] = useSearchParams();
  const selected = useMemo(() => parseFilter(params), [params]);
  const set = useCallback(
    (ids: readonly string[]) => setParams(new URLSearchParams(serializeFilter(ids)), { preventScrollReset: true }),
    [setParams],
  );
  const rejected = useMemo(() => rejectedFilterValues(params), [params]);
  return {
    selected,
    /** Values of the link that are no entity ids at all (markup, huge values): ignored, with a notice. */
    rejected,
    toggle: useCallback((id: string) => set(toggle(selected, id)), [selected, set]),
    clear: useCallback(() => set([]), [set]),
  };
}
