import type { Timex } from './tag-timex';

/**
 * Results reporting names its period once ("third-quarter profit") and then points back
 * to it: "the quarter", "the latest period", "a year earlier", "the year-ago quarter".
 * Given the last quarter the article named (e.g. "1989-Q3"), those phrases in a sentence,
 * resolved against it: the period itself, or the same quarter a year before.
 */
const SAME = /\b(?:the (?:latest |most recent )?(?:quarter|period)|this quarter)\b(?! (?:ended|ending) )/gi;
const YEAR_BEFORE = /\b(?:(?:the |a )?(?:comparable )?(?:year-ago|year-earlier) (?:quarter|period)|a year (?:earlier|ago)|year-(?:earlier|ago)(?= [a-z]))\b/gi;

export function reportingPeriods(text: string, quarter: string): Timex[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return [];
  const before = `${Number(m[1]) - 1}-Q${m[2]}`;
  const out: Timex[] = [];
  const free = (start: number, end: number) => !out.some((t) => start < t.end && t.start < end);
  for (const [re, value] of [[YEAR_BEFORE, before], [SAME, quarter]] as const) {
    for (const x of text.matchAll(re)) {
      const start = x.index;
      const end = start + x[0].length;
      if (free(start, end)) out.push({ start, end, text: x[0], value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
