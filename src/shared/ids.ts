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
