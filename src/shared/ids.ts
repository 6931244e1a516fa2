// Ids that appear in URLs: lowercase ASCII letters, digits and hyphens only.

/** A URL-safe slug: accents folded, everything else that is not a letter or digit becomes a hyphen. */
export function slugify(text: string, maxLength = 48): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** FNV-1a over UTF-16 code units: small, fast and stable across runs and platforms. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SIMHASH_BITS = 20;

/**
 * A 20-bit SimHash of a text's words, as 4 base-36 characters: texts that differ
 * by a word or two differ in a few bits, so a link to an edited paragraph can
 * still find it by the nearest hash (see `hashDistance`).
 */
export function simHash(text: string): string {
  const weights = new Array<number>(SIMHASH_BITS).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const w of words) {
    const h = fnv1a(w);
    for (let b = 0; b < SIMHASH_BITS; b++) weights[b]! += (h >>> b) & 1 ? 1 : -1;
  }
  let bits = 0;
  for (let b = 0; b < SIMHASH_BITS; b++) if (weights[b]! > 0) bits |= 1 << b;
  return bits.toString(36).padStart(4, '0');
}

/** Bits in which two SimHashes differ; null when either is not one. */
export function hashDistance(a: string, b: string): number | null {
  if (!/^[0-9a-z]{4}$/.test(a) || !/^[0-9a-z]{4}$/.test(b)) return null;
  let x = (parseInt(a, 36) ^ parseInt(b, 36)) >>> 0;
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

export function shortHash(text: string, length = 4): string {
  return fnv1a(text).toString(36).padStart(length, '0').slice(-length);
}

const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** Makes `base` unique among `taken` by appending -2, -3, …; records the result in `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  // Remembers where each base's count got to, so a thousand identical paragraphs stay linear.
  let next = nextSuffix.get(taken);
  if (!next) nextSuffix.set(taken, (next = new Map()));
  let id = base;
  let n = next.get(base) ?? 2;
  if (taken.has(id)) {
    while (taken.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    n++;
  }
  next.set(base, n);
  taken.add(id);
  return id;
}
