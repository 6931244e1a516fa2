// TIMEX3 values as people read them, and as positions on an axis.
import type { TimelineEvent, TimexMod } from '../../shared/article-asset';
import { formatIsoDate } from '../../shared/dates';
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const MOD_WORDS: Partial<Record<TimexMod, string>> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about', BEFORE: 'before', AFTER: 'after' };

/** "1933", "early 2022", "September 2023", "16 November 2023", "the 1990s", "week 46 of 2023". */
export function formatTimex(value: string, mod?: TimexMod): string {
  const base = plain(value);
  const word = mod ? MOD_WORDS[mod] : undefined;
  return word ? `${word} ${base}` : base;
}

function plain(v: string): string {
  let m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T(\d{2}):(\d{2}))?$/.exec(v);
  if (m) return `${formatIsoDate(m[1]!)}${m[2] ? `, ${m[2]}:${m[3]}` : ''}`;
  if ((m = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(v))) return `${formatIsoDate(m[1]!)}, ${PARTS_OF_DAY[m[2]!]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) return `${m[3] ? 'the weekend of ' : ''}week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASONS[m[2]!]} ${m[1]}`;
  if ((m = /^(\d{3})$/.exec(v))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(v))) return `the ${Number(m[1]) + 1}th century`;
  if (/^\d{4}$/.test(v)) return v;
  if (v === 'PAST_REF') return 'in the past';
  if (v === 'PRESENT_REF') return 'now';
  if (v === 'FUTURE_REF') return 'in the future';
  return v;
}

/** A sortable instant for the axis (ms since epoch, UTC), or null for vague values. */
export function timexInstant(value: string, mod?: TimexMod): number | null {
  let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  const shift = mod === 'END' ? 0.8 : mod === 'MID' ? 0.5 : mod === 'START' ? 0.1 : 0.5;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) return Date.UTC(Number(m[1]), 0, 1 + (Number(m[2]) - 1) * 7 + 3);
  if ((m = /^(\d{4})-Q([1-4])/.exec(value))) return Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 15);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1 + Math.round(27 * shift));
  if ((m = /^(\d{4})(?:-(SP|SU|FA|WI|H[12]))?$/.exec(value))) {
    const month = { SP: 3, SU: 6, FA: 9, WI: 0, H1: 2, H2: 8 }[m[2] ?? ''] ?? Math.round(11 * shift);
    return Date.UTC(Number(m[1]), month, 1);
  }
  if ((m = /^(\d{3})$/.exec(value))) return Date.UTC(Number(m[1]) * 10 + Math.round(9 * shift), 6, 1);
  return null;
}

/** Dated events in date order (article order for ties); vague ones ("in the past") are left out of the axis. */
export function orderEvents(events: readonly TimelineEvent[]): Array<TimelineEvent & { at: number }> {
  return events
    .map((e, i) => ({ e, i, at: timexInstant(e.value, e.mod) }))
    .filter((x): x is { e: TimelineEvent; i: number; at: number } => x.at !== null)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ e, at }) => ({ ...e, at }));
}
