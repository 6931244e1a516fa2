import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useStableCallback } from '../../ui/useStableCallback';
import { parseFilter, rejectedFilterValues, serializeFilter, toggle } from './filter-codec';

/** The entity filter of the URL, and ways to change it (each a new history entry, so back undoes it). */
export function useEntityFilter() {
  const [params, setParams] = useSearchParams();
  const selected = useMemo(() => parseFilter(params), [params]);
  const rejected = useMemo(() => rejectedFilterValues(params), [params]);
  // The ids last set, until a render shows them: the router commits a change in a
  // transition, so a second toggle before that (a quick Enter then Space) builds on the
  // first instead of on the last render's URL.
  const pending = useRef<{ from: URLSearchParams; ids: readonly string[] } | null>(null);
  const current = () => (pending.current?.from === params ? pending.current.ids : selected);
  // Stable identities: every mention button of a long article holds these.
  const set = useStableCallback((ids: readonly string[]) => {
    pending.current = { from: params, ids };
    setParams(new URLSearchParams(serializeFilter(ids)), { preventScrollReset: true });
  });
  return {
    selected,
    /** Values of the link that are no entity ids at all (markup, huge values): ignored, with a notice. */
    rejected,
    toggle: useStableCallback((id: string) => set(toggle(current(), id))),
    clear: useStableCallback(() => set([])),
  };
}
