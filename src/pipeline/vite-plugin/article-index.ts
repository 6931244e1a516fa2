import type { ArticleAsset, ArticleSummary } from '../../shared/article-asset';

/** The library's row for one article: what the list needs, never the text. */
export function summarize(asset: ArticleAsset, url: string): ArticleSummary {
  return {
    slug: asset.slug,
    title: asset.title.text,
    dek: asset.dek?.text ?? null,
    published: asset.published,
    counts: {
      people: asset.entities.filter((e) => e.type === 'person').length,
      quotes: asset.quotes.length,
      events: asset.events.length,
      paragraphs: asset.paragraphs.length,
    },
    asset: url,
  };
}

/** Newest first; undated last; then by title, so the order is stable. */
export function sortIndex(rows: ArticleSummary[]): ArticleSummary[] {
  return rows.slice().sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
}

/** Two files whose names give one slug: the later ones are reported, never silently dropped. */
export function slugCollisions(files: ReadonlyArray<{ file: string; slug: string }>): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, slug } of files) {
    const first = seen.get(slug);
    if (first) problems.push(`${file}: its slug '${slug}' is already taken by ${first} (rename one of the files)`);
    else seen.set(slug, file);
  }
  return problems;
}
