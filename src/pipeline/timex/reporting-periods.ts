import type { Timex } from './tag-timex';

/**
 * Results reporting names its period once ("third-quarter profit") and then points back
 * to it: "the quarter", "the latest period", "a year earlier", "the year-ago quarter".
 * Given the last quarter the article named before each (e.g. "1989-Q3"), those phrases in
 * a sentence, resolved against it: the period itself, or the same quarter a year before.
 */
const SAME = /\b(?:the (?:latest |most recent )?(?:quarter|period)|this quarter)\b(?! (?:ended|ending) )/gi;
const YEAR_BEFORE = /\b(?:(?:the |a )?(?:comparable )?(?:year-ago|year-earlier) (?:quarter|period)|a year (?:earlier|ago)|year-(?:earlier|ago)(?= [a-z]))\b/gi;

/** `quarterAt(i)`: the last quarter named before offset i of the text (or before the text), if any. */
export function reportingPeriods(text: string, quarterAt: (offset: number) => string | null): Timex[] {
  const out: Timex[] = [];
  const free = (start: number, end: number) => !out.some((t) => start < t.end && t.start < end);
  for (const [re, back] of [[YEAR_BEFORE, 1], [SAME, 0]] as const) {
    for (const x of text.matchAll(re)) {
      const m = /^(\d{4})-Q([1-4])$/.exec(quarterAt(x.index) ?? '');
      const start = x.index;
      const end = start + x[0].length;
      if (m && free(start, end)) out.push({ start, end, text: x[0], value: `${Number(m[1]) - back}-Q${m[2]}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
