// The entity filter lives in the URL (?entity=a&entity=b) so a filtered view can be
// shared and survives reload, back and forward. One state has one URL: ids are
// de-duplicated and sorted.

export const FILTER_PARAM = 'entity';
/** Ids are URL-safe slugs; anything else (markup, huge values) is not an id. */
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_IDS = 20;

export function parseFilter(search: string | URLSearchParams): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ids = new Set<string>();
  for (const v of params.getAll(FILTER_PARAM)) {
    if (ID.test(v)) ids.add(v);
    if (ids.size >= MAX_IDS) break;
  }
  return [...ids].sort();
}

/** How many distinct values of the parameter were not taken: not ids (markup, huge values) or past the cap. */
export function rejectedFilterValues(search: string | URLSearchParams): number {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = new Set(params.getAll(FILTER_PARAM));
  return values.size - parseFilter(params).length;
}

export function serializeFilter(ids: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of [...new Set(ids)].filter((x) => ID.test(x)).sort()) params.append(FILTER_PARAM, id);
  return params.toString();
}

export function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].sort();
}
