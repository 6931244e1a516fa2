import type { ArticleAsset } from '../shared/article-asset';
import { SCHEMA_VERSION } from '../shared/article-asset';
import { slugify } from '../shared/ids';
import { AnalysisError, Diagnostics, type Diagnostic } from './diagnostics';
import { decodeText, readSource } from './stages/01-read-source';
import { splitBlocks } from './stages/02-paragraphs';
import { splitSentences } from './stages/03-sentences';
import { findEntities } from './stages/04-entities';
import { findQuotes } from './stages/05-quotes';
import { buildTimeline } from './stages/06-timeline';

export interface Analysis {
  asset: ArticleAsset | null;
  diagnostics: Diagnostic[];
}

/** The slug of a seed file: its name without the extension, made URL-safe. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return slugify(base, 80) || 'article';
}

/** Bytes of one article file → its asset, or null with the diagnostics that say why. */
export function analyzeBytes(fileName: string, bytes: Uint8Array): Analysis {
  const diag = new Diagnostics(fileName);
  const text = decodeText(bytes, diag);
  if (text === null) return { asset: null, diagnostics: diag.items };
  return analyzeText(fileName, text, diag);
}

export function analyzeText(fileName: string, text: string, diag = new Diagnostics(fileName)): Analysis {
  // 1. Front matter and lines.
  const source = readSource(text, diag);
  if (diag.hasErrors) return { asset: null, diagnostics: diag.items };
  // 2. Title, dek, paragraphs with their ids; boilerplate dropped.
  const blocks = splitBlocks(source.lines, diag);
  if (!blocks || diag.hasErrors) return { asset: null, diagnostics: diag.items };
  const all = [blocks.title, ...(blocks.dek ? [blocks.dek] : []), ...blocks.paragraphs];
  // 3. Sentences and words.
  const sentences = splitSentences(all);
  // 4. Named entities and their mentions.
  const entities = findEntities(all, sentences);
  // 5. Direct quotes and who said them.
  const quotes = findQuotes(all, sentences, entities);
  // 6. Time expressions, resolved against the publication date, and what they date.
  const events = buildTimeline(all, sentences, entities, source.published);
  // 7. The asset.
  const asset: ArticleAsset = {
    schemaVersion: SCHEMA_VERSION,
    slug: slugFromFileName(fileName),
    title: blocks.title,
    dek: blocks.dek,
    published: source.published,
    meta: source.meta,
    paragraphs: blocks.paragraphs,
    entities,
    quotes,
    events,
  };
  return { asset, diagnostics: diag.items };
}

/** The asset, or an AnalysisError carrying every error found. */
export function analyzeOrThrow(fileName: string, bytes: Uint8Array): ArticleAsset {
  const { asset, diagnostics } = analyzeBytes(fileName, bytes);
  if (!asset) throw new AnalysisError(diagnostics);
  return asset;
}
