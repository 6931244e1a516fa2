// What a prerendered page carries for hydration, in a
// <script type="application/json" id="lede-data"> block that is never executed:
// the query data its route read. Hydration then
// needs no fetch; in-app navigation still fetches assets through TanStack Query.
import type { QueryClient } from '@tanstack/react-query';
import { articleIndexQuery, articleQueryKey } from '../data/queries';
import type { ArticleAsset, ArticleSummary } from '../shared/article-asset';

export const PAGE_DATA_ID = 'lede-data';

export interface PageData {
  /** The path the page was rendered for: a host may serve this HTML for another (a fallback). */
  path: string;
  /** The library's rows (library page only: an article page does not need them). */
  index?: ArticleSummary[];
  article?: ArticleAsset;
  /** The address of the built styles-deferred.css, which an article page links after its first screen. */
  stylesheet?: string;
}

/** JSON safe inside a <script> element: no "</script>", no "<!--", no line separators. */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readPageData(doc: Document): PageData | null {
  const el = doc.getElementById(PAGE_DATA_ID);
  if (!el?.textContent) return null;
  try {
    return JSON.parse(el.textContent) as PageData;
  } catch {
    return null;
  }
}

/** Puts the page's data where the routes' queries will look for it. */
export function seedQueryCache(queryClient: QueryClient, data: Pick<PageData, 'index' | 'article'>): void {
  if (data.index) queryClient.setQueryData(articleIndexQuery().queryKey, data.index);
  if (data.article) queryClient.setQueryData(articleQueryKey(data.article.slug), data.article);
}
