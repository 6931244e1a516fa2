// Date arithmetic on plain calendar dates (UTC, no time zone), for resolving
// relative expressions against a publication date.

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const ymdString = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const ymString = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

export function parseYmd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

const toDate = (x: Ymd) => new Date(Date.UTC(x.y, x.m - 1, x.d));
const fromDate = (t: Date): Ymd => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function addDays(x: Ymd, n: number): Ymd {
  const t = toDate(x);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** The number of days in a month (February of a leap year has 29). */
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (x: Ymd) => toDate(x).getUTCDay();

/** ISO 8601 week: "2023-W46". */
export function isoWeek(x: Ymd): string {
  const t = toDate(x);
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const year = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${pad(week)}`;
}

/** The given weekday nearest `x` in a direction: -1 on or before, 1 on or after (strict skips x itself). */
export function weekdayNear(x: Ymd, target: number, direction: -1 | 1, strict = false): Ymd {
  let cur = strict ? addDays(x, direction) : x;
  while (weekday(cur) !== target) cur = addDays(cur, direction);
  return cur;
}
