// The only code that knows where article assets live.
import { queryOptions } from '@tanstack/react-query';
import type { ArticleAsset, ArticleSummary } from '../shared/article-asset';

export const INDEX_URL = '/lede/index.json';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status === 404) throw new NotFoundError(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const articleIndexQuery = () =>
  queryOptions({
    queryKey: ['articles'],
    queryFn: () => getJson<ArticleSummary[]>(INDEX_URL),
    staleTime: Infinity,
  });

export const articleQueryKey = (slug: string) => ['article', slug] as const;

/** Reads the index (from the cache when it is there) to find the article's hashed asset. */
export const articleQuery = (slug: string, index: () => Promise<ArticleSummary[]>) =>
  queryOptions({
    queryKey: articleQueryKey(slug),
    queryFn: async () => {
      const row = (await index()).find((r) => r.slug === slug);
      if (!row) throw new NotFoundError(`article '${slug}'`);
      return getJson<ArticleAsset>(row.asset);
    },
    staleTime: Infinity,
  });
