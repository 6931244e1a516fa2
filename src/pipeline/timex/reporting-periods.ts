import type { Timex } from './tag-timex';

/**
 * Results reporting names its period once ("third-quarter profit") and then points back
 * to it: "the quarter", "the latest period", "a year earlier", "the year-ago quarter".
 * Given the last quarter the article named before each (e.g. "1989-Q3"), those phrases in
 * a sentence, resolved against it: the period itself, or the same quarter a year before.
 */
const SAME = /\b(?:the (?:latest |most recent )?(?:quarter|period)|this quarter)\b(?! (?:ended|ending) )/gi;
// ("up from 7 points in the previous quarter": the quarter before the one reported.)
const QUARTER_BEFORE = /\b(?:the (?:previous|prior|preceding) quarter|the quarter before)\b/gi;
const YEAR_BEFORE = /\b(?:(?:the |a )?(?:comparable )?(?:year-ago|year-earlier) (?:quarter|period)|a year (?:earlier|ago)|year-(?:earlier|ago)(?= [a-z]))\b/gi;

/** `quarterAt(i)`: the last quarter named before offset i of the text (or before the text), if any. */
export function reportingPeriods(text: string, quarterAt: (offset: number) => string | null): Timex[] {
  const out: Timex[] = [];
  const free = (start: number, end: number) => !out.some((t) => start < t.end && t.start < end);
  // (How many quarters back each phrase points.)
  for (const [re, back] of [[YEAR_BEFORE, 4], [QUARTER_BEFORE, 1], [SAME, 0]] as const) {
    for (const x of text.matchAll(re)) {
      const m = /^(\d{4})-Q([1-4])$/.exec(quarterAt(x.index) ?? '');
      const start = x.index;
      const end = start + x[0].length;
      if (!m || !free(start, end)) continue;
      const n = Number(m[1]) * 4 + Number(m[2]) - 1 - back;
      out.push({ start, end, text: x[0], value: `${Math.floor(n / 4)}-Q${(n % 4) + 1}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
