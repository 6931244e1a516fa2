import { ORDINAL_WORDS } from '../lexicon/ordinals';

/** "the 90th anniversary of X": X happened N years before the anniversary. */
export interface Anniversary {
  start: number;
  end: number;
  text: string;
  years: number;
  /** What the anniversary is of, as written. */
  of: string;
}

const ORDINAL = `(\\d{1,4})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')})`;
const RE = new RegExp(`\\b(?:${ORDINAL})[- ]anniversary of (?:the )?([^,;:.]+?)(?=[,;:.]|\\s(?:on|in|at|with|as|when|that|which|who)\\s|$)`, 'gi');

export function findAnniversaries(text: string): Anniversary[] {
  const out: Anniversary[] = [];
  for (const m of text.matchAll(RE)) {
    const years = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()]!;
    if (!years) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: m[0], years, of: m[3]!.trim() });
  }
  return out;
}
