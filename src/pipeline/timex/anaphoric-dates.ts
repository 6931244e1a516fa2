import { addDays, addMonths, pad, parseYmd, ymdString, ymString } from './calendar-math';
import { MONTH, PARTS_OF_DAY, SEASONS, type Timex, monthNum, num } from './tag-timex';

/**
 * Dates a narrative gives by pointing back to the last date it named: "later that year",
 * "earlier that day", "the following year", "the next morning". Resolved against that
 * anchor ("2000-02-23", "1998-10", "1996"), never against the publication date: "the next
 * day" after "on 3 May 1998" is 4 May 1998. A phrase whose unit is finer than the anchor
 * ("that day" after "in 1996") is left alone. "The day before the shooting" counts from an
 * event, not a date, so "before" and "after" count only when nothing follows them.
 */
const UNIT = '(year|month|day|morning|afternoon|evening|night)';
const SAME = new RegExp(`\\b(?:(?:later|earlier) (?:that|the same|in the) |that (?:same )?|the same )${UNIT}\\b`, 'gi');
const NEXT = new RegExp(`\\bthe (following|next|previous|preceding) ${UNIT}\\b|\\bthe (year|month|day) (before|after)(?=\\s*[,.;:!?)]|\\s*$)`, 'gi');

/** "in February of that year", "by June that same year": a month of the year last named. */
const MONTH_OF_THAT_YEAR = new RegExp(`\\b(${MONTH}) (?:of )?that (?:same )?year\\b`, 'g');
const MONTH_OF_THAT_YEAR_BEFORE = new RegExp(`\\b${MONTH}\\.?(?: \\d{1,2}(?:st|nd|rd|th)?,?)? (?:of )?$`);
/** "on Dec 26 that year", "on 26 December that year": a day of the year last named. */
const DAY_OF_THAT_YEAR = new RegExp(`\\b(?:(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})),? (?:of )?that (?:same )?year\\b`, 'g');
/** "that spring", "later that summer": a season of the year last named. */
const SEASON_OF_THAT_YEAR = /\b(?:(?:later|earlier) )?that (?:same )?(spring|summer|autumn|fall|winter)\b/gi;

const DAY_UNITS = new Set(['day', 'week', 'morning', 'afternoon', 'evening', 'night']);

/** "four years later", "a week earlier": a span counted from the last date named. */
const COUNTED = /\b(\d{1,2}|[a-z]+) (day|week|month|year)s? (later|earlier)\b/gi;
/** "Had it happened five hours earlier", "if it had come an hour later": what did not happen. */
const COUNTERFACTUAL = /(?:^|[“"‘,;]\s*)(?:had\s+(?:it|they|he|she|we|I|you|this|that)|if)\s[^.;,]*$/i;
/** "hours later", "a few hours earlier": the same day as the last day named. */
const HOURS = /\b(?:(?:about|around|nearly|almost|roughly|some|more than|less than) )?(?:(?:an|one|half an) hour|(?:(\d{1,2}|a few|several|[a-z]+) )?hours) (?:later|earlier)\b/gi;

/**
 * `anchorAt(i)`: the last date named before offset i of the text (or before the text), if any;
 * `dayAt(i)`: the last one named to the day.
 */
export function anaphoricDates(text: string, anchorAt: (offset: number) => string | null, dayAt: (offset: number) => string | null = () => null): Timex[] {
  const out: Timex[] = [];
  // ("Southgate, whose side also lost the final in 2021, … announced his resignation two days later":
  // a count of days from a year named in passing counts from the last day the text named.)
  // (`coarse`: the anchors too coarse to count days from; a count says more than "that day" does.)
  const anchorFor = (offset: number, unit: string, coarse = /^\d{4}$/) => {
    const anchor = anchorAt(offset);
    return anchor && coarse.test(anchor) && DAY_UNITS.has(unit) ? dayAt(offset) ?? anchor : anchor;
  };
  for (const m of text.matchAll(SAME)) {
    if (MONTH_OF_THAT_YEAR_BEFORE.test(text.slice(0, m.index))) continue;
    const unit = m[1]!.toLowerCase();
    const anchor = anchorFor(m.index, unit);
    // ("killed last October … crossed out that same day": a day of that month, which one unsaid.)
    const value = anchor && (at(anchor, unit, 0) ?? (unit === 'day' && /^\d{4}-\d{2}$/.test(anchor) ? `${anchor}-XX` : null));
    if (value) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  for (const m of text.matchAll(MONTH_OF_THAT_YEAR)) {
    const anchor = anchorAt(m.index);
    if (anchor) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${anchor.slice(0, 4)}-${pad(monthNum(m[1]!))}` });
  }
  for (const m of text.matchAll(DAY_OF_THAT_YEAR)) {
    const anchor = anchorAt(m.index);
    const [month, day] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
    if (anchor) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${anchor.slice(0, 4)}-${pad(monthNum(month))}-${pad(Number(day))}` });
  }
  for (const m of text.matchAll(SEASON_OF_THAT_YEAR)) {
    const anchor = anchorAt(m.index);
    if (anchor) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${anchor.slice(0, 4)}-${SEASONS[m[1]!.toLowerCase()]}` });
  }
  for (const m of text.matchAll(NEXT)) {
    const word = (m[1] ?? m[4])!.toLowerCase();
    const shift = word === 'following' || word === 'next' || word === 'after' ? 1 : -1;
    const unit = (m[2] ?? m[3])!.toLowerCase();
    // ("jumped on Tuesday, its biggest gain since October 2008, … lost the previous day": the day before
    // the last day named, past a month named in passing; not so "that same day", a day of that month.)
    const anchor = anchorFor(m.index, unit, /^\d{4}(?:-\d{2})?$/);
    const value = anchor && at(anchor, unit, shift);
    if (value && !out.some((t) => m.index < t.end && t.start < m.index + m[0].length)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
    }
  }
  for (const m of text.matchAll(COUNTED)) {
    // ("Several years later" counts no number of years.)
    const n = num(m[1]!);
    if (n <= 0) continue;
    // ("5-8 years earlier than their relative's age" compares; it dates nothing.)
    if (/^\s+than\b/.test(text.slice(m.index + m[0].length)) || /[-–]$/.test(text.slice(0, m.index))) continue;
    const sign = m[3]!.toLowerCase() === 'later' ? 1 : -1;
    const unit = m[2]!.toLowerCase();
    // (A count of days from a month named in passing counts from the last day named too: "its biggest
    // gain since October 2008, … a day earlier".)
    const anchor = anchorFor(m.index, unit, /^\d{4}(?:-\d{2})?$/);
    // ("Prices rose in September compared with a year earlier": the same month a year before, as
    // TimeBank keeps a counted year at its anchor's precision.)
    const sameMonth = unit === 'year' && anchor && /^\d{4}-\d{2}(?:-\d{2})?$/.test(anchor) ? `${pad(Number(anchor.slice(0, 4)) + sign * n, 4)}${anchor.slice(4)}` : null;
    const value = anchor && (sameMonth ?? (unit === 'week' ? at(anchor, 'day', sign * n * 7) : at(anchor, unit, sign * n)));
    if (value && !out.some((t) => m.index < t.end && t.start < m.index + m[0].length)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
    }
  }
  for (const m of text.matchAll(HOURS)) {
    // (A word before "hours" belongs to the phrase only when it counts them: "nine hours later", not "Just hours later".)
    const vague = m[1] !== undefined && num(m[1]) <= 0 && !/^(?:a few|several)$/i.test(m[1]);
    const start = vague ? m.index + m[0].toLowerCase().lastIndexOf('hours') : m.index;
    const end = m.index + m[0].length;
    // ("Had it happened five hours earlier": what did not happen has no day.)
    if (COUNTERFACTUAL.test(text.slice(0, m.index))) continue;
    const anchor = anchorAt(m.index);
    const day = anchor && /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? anchor : dayAt(m.index);
    if (day && !out.some((t) => start < t.end && t.start < end)) out.push({ start, end, text: text.slice(start, end), value: day });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The anchor moved by `shift` units, at that unit's precision; null when the anchor is too coarse. */
function at(anchor: string, unit: string, shift: number): string | null {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number?, number?];
  if (unit === 'year') return pad(y + shift, 4);
  if (unit === 'month') {
    if (m === undefined) return null;
    const x = addMonths(y, m, shift);
    return ymString(x.y, x.m);
  }
  if (d === undefined) return null;
  const day = ymdString(addDays(parseYmd(anchor), shift));
  return unit === 'day' ? day : `${day}${PARTS_OF_DAY[unit]}`;
}
