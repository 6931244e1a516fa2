import type { ArticleAsset } from '../../src/shared/article-asset';

/**
 * Where each block of an asset starts in the article file it came from, so that its spans
 * can be compared with gold annotated at absolute offsets of the file.
 */
export function blockOffsets(asset: ArticleAsset, content: string): Map<string, number> {
  const at = new Map<string, number>();
  let cursor = 0;
  for (const b of [asset.title, ...(asset.dek ? [asset.dek] : []), ...asset.paragraphs]) {
    const k = content.indexOf(b.text, cursor);
    if (k >= 0) { at.set(b.id, k); cursor = k + b.text.length; }
  }
  return at;
}
