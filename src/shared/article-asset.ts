// The one contract between the analysis (build time) and the reader (browser).
// Mirrors ../shared/docs/article-asset.md; fields may be added, never renamed or
// dropped without bumping SCHEMA_VERSION.

export const SCHEMA_VERSION = 1 as const;

/** `"title"`, `"dek"` or a paragraph id: short, URL-safe, derived from the paragraph's text. */
export type BlockId = string;
export type EntityId = string;

export const ENTITY_TYPES = ['person', 'organization', 'place', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const isEntityType = (x: unknown): x is EntityType =>
  typeof x === 'string' && (ENTITY_TYPES as readonly string[]).includes(x);

export const TIMEX_MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'] as const;
export type TimexMod = (typeof TIMEX_MODS)[number];

export interface Block {
  id: BlockId;
  /** The source line, verbatim but trimmed. */
  text: string;
}

/** A place in one block's text. Offsets are UTF-16 code units into `Block.text`, end exclusive. */
export interface Span {
  block: BlockId;
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  /** The role the text gives, e.g. "Kremlin spokesperson". */
  role?: string;
  mentions: Mention[];
}

/** The quoted words, without the quotation marks. */
export interface Quote extends Span {
  id: string;
  text: string;
  /** Entity id of who said it; null when the text does not say. */
  speaker: EntityId | null;
}

/** A time expression as written, with its TIMEX3 value. */
export interface TimelineEvent extends Span {
  id: string;
  text: string;
  value: string;
  mod?: TimexMod;
  /** The clause the expression dates, in a short line. */
  summary: string;
  entities: EntityId[];
  /**
   * For an event dated through another ("the 90th anniversary of X"): the phrase that
   * anchors it, in the same block. The span above is then the anchor's time expression.
   */
  basis?: { start: number; end: number; text: string };
}

export interface ArticleAsset {
  schemaVersion: typeof SCHEMA_VERSION;
  slug: string;
  title: Block;
  dek: Block | null;
  /** ISO date from the front matter, else null. */
  published: string | null;
  meta: Record<string, string>;
  paragraphs: Block[];
  entities: Entity[];
  quotes: Quote[];
  events: TimelineEvent[];
}

/** One row of the library index: what the library page needs, without the article's text. */
export interface ArticleSummary {
  slug: string;
  title: string;
  dek: string | null;
  published: string | null;
  counts: { people: number; quotes: number; events: number; paragraphs: number };
  /** Where the built asset lives, relative to the site root (hashed in production). */
  asset: string;
}
