import type { Block } from '../../shared/article-asset';

/**
 * Initials the article gives an ordinary phrase: "liquefied natural gas (LNG)", "electric
 * vehicles (EVs)". They abbreviate a thing, not a name, wherever they stand after that
 * (an unknown acronym is otherwise read as a body's).
 */
export function glossedTerms(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(/((?:\p{Ll}[\p{L}'’-]*\s+){1,6})\((\p{Lu}{2,6})s?\)/gu)) {
      const initials = m[2]!.toLowerCase();
      // ("non-governmental organisations (NGOs)": a hyphen's parts are words too.)
      const words = m[1]!.trim().split(/[\s-]+/);
      if (words.slice(-initials.length).map((w) => w[0]).join('') === initials) out.add(m[2]!);
    }
  }
  return out;
}
