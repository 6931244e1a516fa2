// The <head> of a prerendered page: title, description, Open Graph and Twitter
// tags, from the article's own text.
import type { ArticleAsset } from '../shared/article-asset';

export const SITE_NAME = 'Lede';
const DESCRIPTION_MAX = 200;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A sentence-sized description: the dek, else the first paragraph, cut at a word. */
export function describe(asset: ArticleAsset): string {
  const text = asset.dek?.text ?? asset.paragraphs[0]?.text ?? asset.title.text;
  if (text.length <= DESCRIPTION_MAX) return text;
  return `${text.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

interface Head {
  title: string;
  description: string;
  type: 'article' | 'website';
  /** Path of the page, made absolute when the site's address is known. */
  path: string;
  published?: string | null;
}

function tags(h: Head, siteUrl?: string): string {
  const url = siteUrl ? new URL(h.path, siteUrl).href : null;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(h.title)}</title>`,
    meta('name', 'description', h.description),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', h.type),
    meta('property', 'og:title', h.title),
    meta('property', 'og:description', h.description),
    ...(url ? [meta('property', 'og:url', url), `<link rel="canonical" href="${escapeHtml(url)}" />`] : []),
    ...(h.published ? [meta('property', 'article:published_time', h.published)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', h.title),
    meta('name', 'twitter:description', h.description),
  ].join('\n    ');
}

export function articleHead(asset: ArticleAsset, path: string, siteUrl?: string): string {
  return tags({ title: `${asset.title.text} · ${SITE_NAME}`, description: describe(asset), type: 'article', path, published: asset.published }, siteUrl);
}

export function libraryHead(count: number, siteUrl?: string): string {
  const description = `Who is in the story, what was said and by whom, and when it happened: ${count} ${count === 1 ? 'article' : 'articles'}.`;
  return tags({ title: SITE_NAME, description, type: 'website', path: '/' }, siteUrl);
}
