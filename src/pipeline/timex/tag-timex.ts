import type { TimexMod } from '../../shared/article-asset';
import {
  addDays, addMonths, daysBetween, daysInMonth, isoWeek, pad, parseYmd, weekday, weekdayNear, ymdString, ymString, type Ymd,
} from './calendar-math';
import { TIME_ZONES } from '../lexicon/calendar';
import { ORDINAL_WORDS } from '../lexicon/ordinals';

/** A time expression found in a text. Offsets are UTF-16 code units into that text. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  value: string;
  mod?: TimexMod;
  /** A clock time the sentence gives no day ("at 8:48 p.m."): dated by the publication day until the text names one. */
  dayless?: boolean;
}

export type Tense = 'past' | 'future';

interface Ctx {
  /** Publication date; null means relative values only. */
  dct: Ymd | null;
  tense: Tense;
  /** The expression is a possessive: "Wednesday’s talks". */
  possessive?: boolean;
  /** The tense comes from a verb right before the expression ("the king met Monday") or a plan in its clause, not the sentence's default. */
  cued?: boolean;
  /** The words right after the expression. */
  after?: string;
  /** The words right before it. */
  before?: string;
  /** A verb in the past stands earlier in the expression's clause. */
  pastClause?: boolean;
  /** The sentence tells of a game ("a touchdown", "in overtime"), whose quarters and halves are its own. */
  game?: boolean;
}

// ("scored half of his 18 points in the fourth quarter … to win 96-89": a player's points, or a score won by, too; not a rate's points.)
const GAME_WORDS = /\b(?:touchdowns?|field goals?|kicker|quarterback|extra point|interceptions?|rebounds?|three-pointers?|free throws?|buzzer|half-?time|overtime|innings?|power play|fumbled?|(?<!\b(?:percentage|basis|index|ranking|poll)\s)(?:\d+|his|her|their) points|(?:won|win|wins|beat|beats|lost|loses|led|leads|trailed|trails)\s+\d{1,3}[-–]\d{1,3})\b/i;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, several: 0, few: 0,
};
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
/** Nouns a season's name describes rather than dates: "a winter storm", "the Summer Olympics". */
const SEASON_AS_ADJECTIVE = /^[\s-]+(?:storms?|weather|olympics|games|sports?|coats?|clothes|clothing|tires|tyres|fuel|heating|wheat|crops?|solstice|equinox|break|holidays?|vacation|camp|school|session|term|semester|sales?|collection|transfer|window|offensive|campaign|fashion|palace|residence|home|house|months|season|time|squash|flu|warfare|survival|training|exercises?|drills|gear|kit|uniforms?|boots|jackets?|wear|tourism|tourists|resorts?|festivals?|fairs?|tours?|internships?|jobs?|programm?e?s?|reading|menu|tyre|tire|driving|conditions)\b/i;

const ZONES = TIME_ZONES.join('|');
/** "local time", "Pacific time", "Eastern daylight time": a clock named in words after the hour. */
const NAMED_CLOCK = '(?:local|Pacific|Eastern|Central|Mountain|Atlantic)(?: (?:standard|daylight))?';
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
/** The hours of a clock in words ("at two in the morning"), read by `num`. */
const CLOCK_HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** Centuries in words: "the fifth century" is the 400s, TIMEX3's "04". */
const CENTURY_WORDS = Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w]! >= 1 && ORDINAL_WORDS[w]! <= 21);

/** Nouns counted by a number that looks like a year: "2000 people", "1500 homes". */
const COUNTED = '(?:people|persons|residents|homes|houses|votes|signatures|members|workers|jobs|troops|soldiers|households|families|students|children|patients|cases|deaths|fans|protesters|employees|staff|units|cars|vehicles|tonnes|tons|acres|hectares|miles|kilometres|kilometers|metres|meters|feet|words|pages|calories|times)';
const NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|several)';
const MOD_WORD = '(?:early|mid|late|the (?:early|middle|late)|the (?:beginning|start|end|middle) of|the first half of|the second half of|earlier|later)';
const PART = '(?:morning|afternoon|evening|night)';
/** TIMEX3's codes for the parts of a day. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

type Resolver = (m: RegExpExecArray, ctx: Ctx) => { value: string; mod?: TimexMod; dayless?: boolean } | null;
interface Rule {
  re: RegExp;
  resolve: Resolver;
}

export const monthNum = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')]!;
/** "two" → 2, "12" → 12; 0 for words that count vaguely ("several", "a few"). */
export const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBERS[s.toLowerCase().replace(/^a few$/, 'few')] ?? 0);

function modOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/early|beginning|start|first half|earlier/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end|second half|later/.test(w)) return 'END';
  return undefined;
}

const ELECTION_AFTER = /^\s+(?:presidential\s+|general\s+|parliamentary\s+|snap\s+|local\s+|midterm\s+)?(?:election|elections|vote|polls|ballot|referendum)\b/i;

/** The year that puts a month nearest the publication date. */
function nearestYearOf(month: number, dct: Ymd): number {
  // (Counted to the middle of the month in days, the one ahead a little nearer: news speaks of
  // elections mostly before them, and half a year either way is then no tie.)
  const at = Date.UTC(dct.y, dct.m - 1, dct.d);
  const off = (y: number) => { const d = Date.UTC(y, month - 1, 15) - at; return d >= 0 ? d * 0.9 : -d; };
  return [dct.y - 1, dct.y, dct.y + 1].sort((a, b) => off(a) - off(b))[0]!;
}

/** The year of a month named without one: the latest past one, or the next one in future talk. */
function yearForMonth(month: number, ctx: Ctx): number | null {
  if (!ctx.dct) return null;
  const { y, m } = ctx.dct;
  if (ctx.tense === 'future') return month >= m ? y : y + 1;
  // Next month's name, with no past verb right before it, is next month: news names the month a
  // year back as "last December" or "December 2022" ("a cutback in its oil supply in September", in August).
  if (!ctx.cued && month === (m % 12) + 1) return month > m ? y : y + 1;
  return month <= m ? y : y - 1;
}

/** A month's day as written ("Nov.", "16th"), in the year given or the one nearest the publication date. */
function monthDay(month: string, day: string, year: string | undefined, ctx: Ctx): string {
  const mo = monthNum(month);
  const d = parseInt(day, 10);
  const y = year ? Number(year) : yearForDay(mo, d, ctx);
  return y === null ? `XXXX-${pad(mo)}-${pad(d)}` : `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}

/** The year of "Nov. 16" without a year: the one that puts it nearest the publication date. */
function yearForDay(month: number, day: number, ctx: Ctx): number | null {
  if (!ctx.dct) return null;
  const { y } = ctx.dct;
  const candidates = [y - 1, y, y + 1].map((yy) => ({ yy, t: Date.UTC(yy, month - 1, day) }));
  const dct = Date.UTC(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d);
  // ("the silent revolution of 8 January", said in August, is January past, though the next is nearer.)
  // ("The contract expires on December 31", said in March: a verb right before that looks ahead
  // leaves no room for the December past.)
  // ("has directed attacks on Israel since Oct. 8", said in July: what has gone on since a day began on or before the writing.)
  if (/\bsince\s+$/i.test(ctx.before ?? '')) return candidates.filter((c) => c.t <= dct).at(-1)?.yy ?? y;
  const bias = (t: number) => (ctx.tense === 'past' && t > dct ? 2 : ctx.tense === 'future' && t < dct ? (ctx.cued ? 10 : 1.5) : 1);
  candidates.sort((a, b) => Math.abs(a.t - dct) * bias(a.t) - Math.abs(b.t - dct) * bias(b.t));
  return candidates[0]!.yy;
}


/** "(3 August) last year", "(June 5) of next year": a day's year said in words. */
const YEAR_IN_WORDS = ',? (?:of )?(last|this|next) year';
const yearInWords = (which: string | undefined, ctx: Ctx): string | undefined =>
  which && ctx.dct ? String(ctx.dct.y + (which === 'last' ? -1 : which === 'next' ? 1 : 0)) : undefined;

/** Ordered most specific first; a span taken by one rule is not matched again. */
const RULES: Rule[] = [
  // ("the lowest volume since Christmas Eve 2013": a holiday with its year, before the year alone is read.)
  {
    re: new RegExp(`\\b(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Halloween|Boxing Day|Labor Day|Memorial Day|Veterans Day|Easter(?: Sunday| Monday)?),? (${YEAR})\\b`, 'g'),
    resolve: (m) => ({ value: ymdString(HOLIDAYS.find(([re]) => re.test(m[1]!))![1](Number(m[2]))) }),
  },
  // 2023-11-16
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}` }) },
  // Thursday, Nov. 16, 2023 / November 16, 2023 / Nov. 16
  {
    // (The year may come after a second day: "May 3 to 5, 2024".)
    // (Or a year said in words: "on June 5 last year".)
    re: new RegExp(`\\b(?:${WEEKDAY},? )?(${MONTH}) (${DAY})(?:,? (${YEAR})|${YEAR_IN_WORDS})?\\b(?=(?: (?:and|or|to|through) ${DAY},? (${YEAR}))?)`, 'g'),
    resolve: (m, ctx) => ({ value: monthDay(m[1]!, m[2]!, m[3] ?? yearInWords(m[4], ctx) ?? m[5], ctx) }),
  },
  // the second day of "April 24 and 25": its month is the first one's
  {
    re: new RegExp(`(?<=\\b(${MONTH}) ${DAY} (?:and|or|to|through) )(${DAY})(?:,? (${YEAR}))?\\b`, 'g'),
    resolve: (m, ctx) => ({ value: monthDay(m[1]!, m[2]!, m[3], ctx) }),
  },
  // 16 November 2023 / 16 November
  {
    re: new RegExp(`\\b(?:${WEEKDAY},? )?(${DAY}) (?:of )?(${MONTH})(?:,? (${YEAR})|${YEAR_IN_WORDS})?\\b`, 'g'),
    resolve: (m, ctx) => ({ value: monthDay(m[2]!, m[1]!, m[3] ?? yearInWords(m[4], ctx), ctx) }),
  },
  // 11/16/2023
  { re: /\b(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])\/((?:19|20)\d\d)\b/g, resolve: (m) => ({ value: `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}` }) },
  // early September 2023 / the end of November
  {
    re: new RegExp(`\\b(?:(${MOD_WORD})[- ])?(${MONTH})(?:,? (?:of )?(${YEAR}))\\b`, 'gi'),
    resolve: (m) => ({ value: ymString(Number(m[3]), monthNum(m[2]!)), mod: modOf(m[1]) }),
  },
  // July last year, March this year, May of last year
  {
    re: new RegExp(`\\b(${MONTH}),? (?:of )?(last|this|next) year\\b`, 'g'),
    resolve: (m, ctx) => {
      const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return ctx.dct ? { value: ymString(ctx.dct.y + shift, monthNum(m[1]!)) } : null;
    },
  },
  // the first quarter (of 2023, of next year), third-quarter, Q3
  {
    re: new RegExp(`\\b(?:(this|last|next) year's |the year-earlier |(?:the )?)(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?: of (?:(${YEAR})|(this|last|next|the) year\\b))?|\\bQ([1-4])(?: (${YEAR}))?\\b`, 'gi'),
    resolve: (m, ctx) => {
      const q = m[2] ? ORDINALS[m[2].toLowerCase()]! : Number(m[5]);
      const explicit = m[3] ?? m[6];
      const which = m[1] ?? m[4] ?? '';
      // ("had an extra point blocked in the third quarter": a game's quarter, no time of the year.)
      if (ctx.game && !explicit && !which && m[2]) return null;
      const shift = /last/i.test(which) || /year-earlier/i.test(m[0]) ? -1 : /next/i.test(which) ? 1 : 0;
      // "Xerox strengthened its cash position in the fourth quarter", in January: a quarter
      // not yet begun, spoken of in the past, is last year's.
      // (Not a forecast for it: "cited … for a fourth-quarter profit forecast", in July.)
      // (Only where last year's such quarter is the one just reported: "fourth-quarter results", in July, are
      // a fiscal year's, named by the year it ends in.)
      // ("Samsung on Wednesday forecast a rise in fourth-quarter profit", in January: a forecast of the fourth quarter,
      // just ended, is a preliminary count of last year's.)
      const justEnded = q === 4 && ctx.dct !== null && ctx.dct.m <= 2;
      const notBegun = !which && ctx.dct !== null && (ctx.tense === 'past' || justEnded) && (q - 1) * 3 + 1 > ctx.dct.m && ctx.dct.m + 12 - q * 3 <= 4 &&
        !/^\s*(?:[\w-]+\s+)?(?:forecast|outlook|guidance|target|estimate|projection)/i.test(ctx.after ?? '');
      const y = explicit ? Number(explicit) : ctx.dct ? ctx.dct.y + shift - (notBegun ? 1 : 0) : null;
      return { value: y === null ? `XXXX-Q${q}` : `${y}-Q${q}` };
    },
  },
  // "the September quarter", "the December quarter": the quarter that month ends (or lies in)
  {
    re: new RegExp(`\\bthe (${MONTH}) quarter\\b`, 'g'),
    resolve: (m, ctx) => {
      const mo = monthNum(m[1]!);
      const y = yearForMonth(mo, ctx);
      return { value: `${y ?? 'XXXX'}-Q${Math.ceil(mo / 3)}` };
    },
  },
  // "by the end of the decade", "this decade": the publication date's decade
  {
    re: /\b(?:(?:the )?(end|start|beginning|middle) of (?:the|this) decade|this decade)\b/gi,
    resolve: (m, ctx) => (ctx.dct ? { value: String(ctx.dct.y).slice(0, 3), mod: modOf(m[1]) } : null),
  },
  // "revenue in the current quarter": the one the article is published in ("this quarter's loss"
  // is the quarter a results story reports: see reporting-periods)
  {
    re: /\bthe current (?:fiscal )?quarter\b/gi,
    resolve: (_, ctx) => (ctx.dct ? { value: `${ctx.dct.y}-Q${Math.ceil(ctx.dct.m / 3)}` } : null),
  },
  // "its forecasts for this year and next": the year the elided "next" names
  { re: /(?<=\bthis year and )next\b(?!\s+\p{L})/giu, resolve: (_, ctx) => (ctx.dct ? { value: String(ctx.dct.y + 1) } : null) },
  // "profit in the current financial year": the year the article is published in
  { re: /\bthe current (?:financial |fiscal )?year\b/gi, resolve: (_, ctx) => (ctx.dct ? { value: String(ctx.dct.y) } : null) },
  // the first half of 1990, the second half of the year, the first half of next year
  // (and "the first six months of 2024", "the last six months of the year": a half by its months;
  // "the last three months of 2024", "the first three months of the year": a quarter by its months)
  {
    re: new RegExp(`\\bthe (first|second|last|final) (half|six months|three months) of (${YEAR}|the year|this year|last year|next year)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const part = /three/i.test(m[2]!) ? `Q${/first/i.test(m[1]!) ? 1 : /second/i.test(m[1]!) ? 2 : 4}` : `H${/first/i.test(m[1]!) ? 1 : 2}`;
      if (/^\d/.test(m[3]!)) return { value: `${m[3]}-${part}` };
      if (!ctx.dct) return null;
      const shift = /last/i.test(m[3]!) ? -1 : /next/i.test(m[3]!) ? 1 : 0;
      // ("adding to the heat in the second half of the year", said in January: a past part of "the year" not yet begun is last year's.)
      const startMonth = part === 'H2' ? 7 : part === 'Q2' ? 4 : part === 'Q4' ? 10 : 1;
      const notYet = /the year/i.test(m[3]!) && ctx.tense === 'past' && startMonth > ctx.dct.m;
      return { value: `${ctx.dct.y + shift - (notYet ? 1 : 0)}-${part}` };
    },
  },
  // the 1990s, the early 2000s, the '90s, mid-1980s
  {
    re: /\b(?:the )?(?:(early|mid|late)[- ])?((?:1[5-9]|20)\d)0['’]?s\b/gi,
    resolve: (m) => ({ value: m[2]!, mod: modOf(m[1]) }),
  },
  { re: /\bthe ['’](\d)0s\b/gi, resolve: (m) => ({ value: `19${m[1]}` }) },
  // the 20th century, an 11th-century temple, the fifth century (not one before Christ: "the fifth century BC")
  {
    re: new RegExp(`\\b(?:the )?(?:(\\d{1,2})(?:st|nd|rd|th)|(${CENTURY_WORDS.join('|')}))[- ]century\\b(?!,? (?:BC|BCE|B\\.C\\.))`, 'gi'),
    resolve: (m) => ({ value: pad((m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()]!) - 1) }),
  },
  // (this|last|next) (spring|summer …), summer 2022
  {
    re: new RegExp(`\\b(?:(this|last|next|this past|the) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(${YEAR}))?\\b`, 'gi'),
    resolve: (m, ctx) => {
      const code = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return { value: `${m[3]}-${code}` };
      const which = (m[1] ?? '').toLowerCase();
      if (!which && /^fall$/i.test(m[2]!)) return null; // the verb
      // ("since the fall of the Berlin Wall": a collapse; "a winter storm", "the summer transfer window": a kind of thing.)
      if (/^fall$/i.test(m[2]!) && /^\s+of\b/.test(ctx.after ?? '')) return null;
      if ((!which || which === 'the') && SEASON_AS_ADJECTIVE.test(ctx.after ?? '')) return null;
      // ("during the Martian winter", "the Antarctic summer": a season somewhere else, no date of ours.)
      if (!which && /\bthe\s+\p{Lu}\p{Ll}+\s+$/u.test(ctx.before ?? '')) return null;
      // "signed in the summer", "well into the summer": the season the sentence's tense points at;
      // a bare "the summer" may be any summer.
      // ("the hottest stretch of the summer": this one, as the tense says; "the fall of the Berlin Wall" is no season.)
      const ofSeason = /\bof\s+$/i.test(ctx.before ?? '') && !/^fall$/i.test(m[2]!) && !/^\s+of\b/.test(ctx.after ?? '');
      // ("launches scheduled for the autumn", "before the summer": so is one a plan is set for, or set by.)
      if (which === 'the' && ctx.dct && (/\b(?:in|into|during|over|through|throughout|until|till|by|since|for|before|after|ahead of)\s+$/i.test(ctx.before ?? '') || ofSeason)) {
        return { value: `${yearForMonth(SEASON_MONTH[code]!, ctx)}-${code}` };
      }
      if (!which || which === 'the') return ctx.dct && which === 'the' ? null : ctx.dct ? { value: `${ctx.dct.y}-${code}` } : null;
      if (!ctx.dct) return { value: which === 'next' ? 'FUTURE_REF' : which === 'this' ? 'PRESENT_REF' : 'PAST_REF' };
      const seasonMonth = SEASON_MONTH[code]!;
      let y = ctx.dct.y;
      if (which === 'last' || which === 'this past') y = seasonMonth < ctx.dct.m - 2 ? y : y - 1;
      if (which === 'next') y = seasonMonth > ctx.dct.m ? y : y + 1;
      return { value: `${y}-${code}` };
    },
  },
  // the years of a range: 2009-2010, 1957-58 (each end is a year of its own)
  {
    re: new RegExp(`\\b(${YEAR})(?=[-–](?:${YEAR}|\\d\\d)\\b(?![-–/]\\d))`, 'g'),
    resolve: (m) => ({ value: m[1]! }),
  },
  {
    re: new RegExp(`(?<=\\b(${YEAR})[-–])(${YEAR}|\\d\\d)\\b(?![-–/]\\d)`, 'g'),
    resolve: (m) => {
      const end = m[2]!.length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
      return end > Number(m[1]) ? { value: String(end) } : null;
    },
  },
  // early 2022, in 1933, mid-2010 (not a count: "the views of 2000 people")
  {
    // (Nor a clock in four figures: "at 1500 GMT".)
    re: new RegExp(`\\b(?:(${MOD_WORD})[- ])?(?:(?:fiscal|the year) )?(${YEAR})\\b(?![-–/]\\d|,\\d| ?%|\\.\\d| ${COUNTED}\\b| ?(?:GMT|UTC)\\b)`, 'gi'),
    resolve: (m) => ({ value: m[2]!, mod: modOf(m[1]) }),
  },
  // over the weekend, ahead of the weekend: the one just past, or the next in future talk
  {
    re: /(?<=\b(?:over|during|at|on|ahead of|before|after|by|for|until|through|into) )the weekend\b/gi,
    resolve: (_, ctx) => {
      if (!ctx.dct) return { value: ctx.tense === 'future' ? 'FUTURE_REF' : 'PAST_REF' };
      return { value: `${isoWeek(weekdayNear(ctx.dct, 6, ctx.tense === 'future' ? 1 : -1))}-WE` };
    },
  },
  // the end of the year, the beginning of the month, the end of the week: the current one
  {
    re: /\b(the (?:end|beginning|start|middle) of) (?:the )?(year|month|week)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.dct) return null;
      const unit = m[2]!.toLowerCase();
      const value = unit === 'year' ? String(ctx.dct.y) : unit === 'week' ? isoWeek(ctx.dct) : ymString(ctx.dct.y, ctx.dct.m);
      return { value, mod: modOf(m[1]) };
    },
  },
  // (early) last/this/next (week|month|year), earlier this year
  {
    // ("this fiscal year" is the year, as news writes it.)
    // ("apologised to investors last quarter": the calendar quarter before the article's; "this quarter" and "the
    // previous quarter" are a results story's, read against the quarter it reports.)
    re: new RegExp(`\\b(?:(${MOD_WORD}) )?(last|this|next|the past|the coming|the previous|the current) (?:fiscal )?(week(?:end)?|month|quarter|year)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const which = m[2]!.toLowerCase();
      const unit = m[3]!.toLowerCase();
      const mod = modOf(m[1]);
      if (/past|coming/.test(which)) return null; // "the past year" is a duration
      if (unit === 'quarter' && !/^(?:last|next)$/.test(which)) return null;
      // "prices soared over the last year", "within the next month": a span, not a date.
      if (/\b(?:over|during|for|throughout|within) the\s+$/i.test(ctx.before ?? '') && /last|next/.test(which) && !m[1]) return null;
      const shift = /last|previous/.test(which) ? -1 : which === 'next' ? 1 : 0;
      if (!ctx.dct) return { value: shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF', mod };
      const d = ctx.dct;
      if (unit === 'year') return { value: String(d.y + shift), mod };
      if (unit === 'quarter') {
        const n = d.y * 4 + Math.ceil(d.m / 3) - 1 + shift;
        return { value: `${Math.floor(n / 4)}-Q${(n % 4) + 1}`, mod };
      }
      if (unit === 'month') {
        const x = addMonths(d.y, d.m, shift);
        return { value: ymString(x.y, x.m), mod };
      }
      const week = isoWeek(addDays(d, 7 * shift));
      return { value: unit === 'weekend' ? `${week}-WE` : week, mod };
    },
  },
  // earlier in the week, later in the month: this one, as news tells it
  {
    re: /\b(?:earlier|later) in the (week|month|year)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.dct) return { value: 'PRESENT_REF' };
      const unit = m[1]!.toLowerCase();
      return { value: unit === 'year' ? String(ctx.dct.y) : unit === 'month' ? ymString(ctx.dct.y, ctx.dct.m) : isoWeek(ctx.dct) };
    },
  },
  // "his best tournament of the year", "For the year, volume was flat": the current year
  // (not "the year ended June 30", "the year before", "the year he was born": a span, or another year;
  // nor an award's name, "album of the year").
  {
    re: /(?<=\b[Ff]or |\b(?:months|weeks|days|half|quarter|part|rest|remainder|balance) of |\b(?:best|worst|most|least|first|second|third|fourth|fifth|last|only|\w{3,}est)\b[^.;,]{0,40} of )the year\b(?![-\s]+(?:ended|ending|to|before|after|earlier|later|that|when|in which|since|through|of|in \d|he|she|they|it|we|I|\d))/g,
    // (Not an award's name: "her fourth album of the year", "player of the year".)
    resolve: (_m, ctx) => (ctx.dct && !/\b(?:album|record|song|player|car|person|coach|manager|driver|team|word|artist|goal|book|film|game|athlete|newcomer|rookie) of\s+$/i.test(ctx.before ?? '') ?
      { value: String(ctx.dct.y) } : null),
  },
  // "deliveries for the full year", "full-year profit": the current year, as a company reports it.
  {
    re: /\bthe full year\b(?![-\s]+(?:ended|ending|to|before|after|earlier|later|of|in \d|\d))/g,
    resolve: (_m, ctx) => (ctx.dct ? { value: String(ctx.dct.y) } : null),
  },
  // a year ago today, a month ago yesterday: that very day
  {
    re: new RegExp(`\\b(${NUM}) (year|month|week)s? ago (today|yesterday)\\b`, 'gi'),
    resolve: (m, ctx) => {
      if (!ctx.dct) return { value: 'PAST_REF' };
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      const base = m[3]!.toLowerCase() === 'yesterday' ? addDays(ctx.dct, -1) : ctx.dct;
      if (unit === 'week') return { value: ymdString(addDays(base, -7 * n)) };
      const x = addMonths(base.y, base.m, unit === 'year' ? -12 * n : -n);
      return { value: ymdString({ y: x.y, m: x.m, d: Math.min(base.d, daysInMonth(x.y, x.m)) }) };
    },
  },
  // three years ago, a month ago, two weeks earlier
  {
    re: new RegExp(`\\b(${NUM}) (year|month|week|day|decade)s? ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (!ctx.dct || n === 0) return { value: 'PAST_REF' };
      const d = ctx.dct;
      if (unit === 'year') return { value: String(d.y - n) };
      if (unit === 'decade') return { value: String(d.y - 10 * n) };
      if (unit === 'month') {
        const x = addMonths(d.y, d.m, -n);
        return { value: ymString(x.y, x.m) };
      }
      if (unit === 'week') return { value: isoWeek(addDays(d, -7 * n)) };
      return { value: ymdString(addDays(d, -n)) };
    },
  },
  // ("active on Twitter years ago": some time back, no count given (after the counted ones above).)
  {
    // ("formed more than 13 billion years ago", "about 3.5bn years ago": an age counted in millions or more, with its count.)
    re: /\b(?:(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least) )?\d[\d.,]*\s?(?:bn|billion|million|m|thousand) (?=years ago)|(?:many|several|a few|some) )?(?:years|months|weeks|decades) ago\b/gi,
    resolve: () => ({ value: 'PAST_REF' }),
  },
  // 3 p.m., 10:30 am, 10.40 a.m. (on Tuesday)
  {
    // (The day may follow as a date of its own: "at 3:00 AM on February 16", "10:35 a.m. (0735 GMT) Friday",
    // "8:30 p.m. local time (0030 GMT) on Wednesday".)
    re: new RegExp(`\\b(\\d{1,2})(?:[:.](\\d{2}))? ?([ap])(?:\\. ?m\\.|\\.? ?m\\b)(?: (?:${ZONES}|ET|PT|CT))?(?:,? (?:on )?(${WEEKDAY}|today|yesterday))?(?: ${NAMED_CLOCK} time\\b)?` +
      // ("8 a.m. Moscow time (0500 GMT) on Wednesday": a city's time too.)
      `(?=(?:(?: (?:${NAMED_CLOCK}|\\p{Lu}\\p{Ll}{2,}) time)?(?: \\([^)]{1,20}\\))?,? (?:on )?(?:(${WEEKDAY})|(${MONTH}) (\\d{1,2})\\b))?)`, 'giu'),
    resolve: (m, ctx) => {
      let h = Number(m[1]) % 12;
      if (m[3]!.toLowerCase() === 'p') h += 12;
      const weekday = m[4] ?? m[5];
      const day = weekday ? dayOf(weekday, ctx) : m[6] ? monthDay(m[6], m[7]!, undefined, ctx) : ctx.dct ? ymdString(ctx.dct) : 'XXXX-XX-XX';
      return { value: `${day}T${pad(h)}:${m[2] ?? '00'}`, dayless: !weekday && !m[6] && ctx.dct !== null };
    },
  },
  // at two in the morning, at 9 o'clock in the evening, at ten o'clock: an hour in words
  {
    re: new RegExp(`(?<=\\bat )(\\d{1,2}|${CLOCK_HOUR_WORDS})(?=(?: o['’]clock)? in the (morning|afternoon|evening|night)\\b| o['’]clock)` +
      `(?: o['’]clock)?(?: in the (?:morning|afternoon|evening|night)\\b)?`, 'gi'),
    resolve: (m, ctx) => {
      const n = num(m[1]!);
      if (n < 1 || n > 12) return null;
      const late = m[2] && (/afternoon|evening/i.test(m[2]) || (/night/i.test(m[2]) && n >= 6));
      const h = (n % 12) + (late ? 12 : 0);
      // ("will leave at 4 in the morning": the next such morning, said of the future.)
      const day = ctx.dct ? ymdString(ctx.tense === 'future' && h < 12 ? addDays(ctx.dct, 1) : ctx.dct) : 'XXXX-XX-XX';
      return { value: `${day}T${pad(h)}:00`, dayless: ctx.dct !== null && ctx.tense !== 'future' };
    },
  },
  // 15:00 GMT Saturday, 09:30 local time: a 24-hour clock, which news writes with its zone
  // ("at about 1:30 a.m. (0530 GMT)": in four figures too.)
  {
    // ("(0500 GMT) on Wednesday": its day after the bracket that glosses another clock.)
    re: new RegExp(`\\b(?:([01]?\\d|2[0-3])[:.]|(?=[0-2]\\d[0-5]\\d ?(?:GMT|UTC)\\b)([01]\\d|2[0-3]))([0-5]\\d) ?(?:${ZONES}|local time)\\b(?:,? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow))?(?=(?:\\),? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow)\\b)?)`, 'g'),
    resolve: (m, ctx) => {
      // ("12:01 a.m. EDT on Saturday (0401 GMT)": or the day of the clock it glosses, before the bracket.)
      const glossed = new RegExp(`\\b(${WEEKDAY}|today|yesterday|tomorrow)\\s*\\(\\s*$`, 'i').exec(m.input!.slice(Math.max(0, m.index! - 30), m.index));
      const weekday = m[4] ?? m[5] ?? glossed?.[1];
      const day = weekday ? dayOf(weekday, ctx) : ctx.dct ? ymdString(ctx.dct) : null;
      // (With no day of its own, the timeline dates it as it dates the clock it glosses: "at 6:07 p.m. (1607 GMT)".)
      return day && ctx.dct ? { value: `${day}T${pad(Number(m[1] ?? m[2]))}:${m[3]}`, dayless: !weekday } : null;
    },
  },
  // ("The team arrived at about 19:50, following the arrest of a man at 19:10": a 24-hour clock without its zone or
  // day, after "at", is that day's; the timeline dates it as the clocks before it.)
  {
    re: /(?<=\bat (?:about |around |approximately |roughly |exactly )?)([01]\d|2[0-3]):([0-5]\d)\b(?![:.]\d| ?(?:[ap]\.?m\b|GMT|UTC|BST|local|hours?\b|on\b))/gi,
    resolve: (m, ctx) => (ctx.dct ? { value: `${ymdString(ctx.dct)}T${m[1]}:${m[2]}`, dayless: true } : null),
  },
  // ("closed until 23:59 on Friday": a 24-hour clock without its zone, on a named day.)
  {
    re: new RegExp(`\\b([01]\\d|2[0-3]):([0-5]\\d),? on (${WEEKDAY}|today|tomorrow)\\b`, 'g'),
    resolve: (m, ctx) => (ctx.dct ? { value: `${dayOf(m[3]!, ctx)}T${m[1]}:${m[2]}` } : null),
  },
  // "At 7:35 this morning", "at 9.30 last night": a clock time, then the part of a day that says which half
  {
    re: /\b(\d{1,2})[:.]([0-5]\d) (?:(this|yesterday|tomorrow) (morning|afternoon|evening)|(last |to)night)\b/gi,
    resolve: (m, ctx) => {
      const h = Number(m[1]);
      if (h > 12 || !ctx.dct) return null;
      const day = m[5] ? (m[5].trim().toLowerCase() === 'last' ? 'yesterday' : 'today') : m[3]!.toLowerCase() === 'this' ? 'today' : m[3]!;
      const hour = m[4]?.toLowerCase() === 'morning' ? h % 12 : h < 12 ? h + 12 : h;
      return { value: `${dayOf(day, ctx)}T${pad(hour)}:${m[2]}` };
    },
  },
  // noon Thursday, midnight Friday, Tuesday noon
  {
    re: new RegExp(`\\b(?:(noon|midnight),? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow)|(${WEEKDAY}) (noon|midnight))\\b`, 'gi'),
    resolve: (m, ctx) => {
      const day = dayOf(m[2] ?? m[3]!, ctx);
      if (!ctx.dct) return { value: day };
      return { value: `${day}T${(m[1] ?? m[4])!.toLowerCase() === 'noon' ? '12:00' : '24:00'}` };
    },
  },
  // "conceded shortly after midnight": the first hour of a day, the one the text names (else the publication day's).
  {
    re: /\b(?:(?:shortly|just|soon) )?after midnight\b(?!,? (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)\b)/gi,
    resolve: (_, ctx) => (ctx.dct ? { value: `${ymdString(ctx.tense === 'future' ? addDays(ctx.dct, 1) : ctx.dct)}T00:00`, dayless: true } : null),
  },
  // "expired at midnight", "at noon": the last such hour, or the next in future talk; the day the text names, if it does.
  {
    re: /(?<=\b(?:at|by|until|before|after|since|from|around|about) )(midnight|noon|midday)\b(?!,? (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)\b)/gi,
    resolve: (m, ctx) => {
      if (!ctx.dct) return null;
      const midnight = m[1]!.toLowerCase() === 'midnight';
      // (Midnight ends the day before; TIMEX3 writes it as that day's 24:00.)
      const day = midnight && ctx.tense !== 'future' ? addDays(ctx.dct, -1) : ctx.dct;
      return { value: `${ymdString(day)}T${midnight ? '24:00' : '12:00'}`, dayless: true };
    },
  },
  // Thursday night, yesterday morning, last night, tonight, this morning
  {
    re: new RegExp(`\\b(?:(${WEEKDAY}|yesterday|tomorrow|this|last) (${PART})|(tonight|overnight))\\b`, 'gi'),
    resolve: (m, ctx) => {
      // ("cut off overnight on Saturday": the night of that day.)
      const night = m[3]?.toLowerCase() === 'overnight' && ctx.dct ? new RegExp(`^\\s+(?:on\\s+)?(${WEEKDAY})\\b`).exec(ctx.after ?? '') : null;
      if (night) return { value: `${weekdayValue(night[1]!, '', ctx)}TNI` };
      // ("Winds had eased overnight": the night just ended, which TIMEX3 dates by the evening it began.)
      if (m[3]?.toLowerCase() === 'overnight') return { value: ctx.dct ? `${ymdString(ctx.tense === 'future' ? ctx.dct : addDays(ctx.dct, -1))}TNI` : 'PRESENT_REF' };
      if (m[3]) return { value: ctx.dct ? `${ymdString(ctx.dct)}TNI` : 'PRESENT_REF' };
      const which = m[1]!.toLowerCase();
      if (!ctx.dct) return { value: 'PRESENT_REF' };
      const day = which === 'this' ? ymdString(ctx.dct) : which === 'last' ? ymdString(addDays(ctx.dct, -1)) : dayOf(m[1]!, ctx);
      // TIMEX3's parts of day: "Thursday night" is 2000-01-06TNI.
      return { value: `${day}${PARTS_OF_DAY[m[2]!.toLowerCase()]}` };
    },
  },
  // "gathered since early morning", "early in the evening": a part of the day that names no day, the day
  // the text last named.
  {
    // ("200 warnings were in place by the evening": the evening of the day named.)
    re: new RegExp(`(?<=\\b(?:since|until|till|from|by|in the|on the) )(?:early|late) (morning|afternoon|evening)\\b|\\bearly in the (morning|afternoon|evening)\\b|(?<=\\b(?:by|until|till|into|through|throughout|in) )the (morning|afternoon|evening)\\b(?!\\s+of\\b)`, 'gi'),
    resolve: (m, ctx) => ctx.dct ? { value: `${ymdString(ctx.dct)}${PARTS_OF_DAY[(m[1] ?? m[2] ?? m[3])!.toLowerCase()]}`, dayless: true } : null,
  },
  // "the Ukraine of today", "the world of today": the present in general, not the day
  { re: /(?<=\bof )today\b/gi, resolve: () => ({ value: 'PRESENT_REF' }) },
  // today, yesterday, tomorrow
  {
    // (Not "the stars of tomorrow": the future in general.)
    // (Nor "NBC’s Today show": a programme's name.)
    re: /\b(?:the day before yesterday|the day after tomorrow|today(?!\s+(?:show|programme|program)\b)|yesterday|(?<!\bof )tomorrow)\b/gi,
    resolve: (m, ctx) => ({ value: dayOf(m[0], ctx) }),
  },
  // (last|next|this) Christmas, Thanksgiving Day, New Year's Eve, Black Friday; Christmas morning
  // (Not a place or a thing named after the feast: "Christmas Island", "the Christmas Truce".)
  {
    re: /\b(?:([Ll]ast|[Nn]ext|[Tt]his) )?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Halloween|Valentine['’]s Day|Fourth of July|July Fourth|Boxing Day|Labor Day|Memorial Day|Veterans Day|St\.? Patrick['’]s Day|Good Friday|Easter(?: Sunday| Monday| [Ww]eek)?(?! (?:Island|Rising|eggs?)\b))(?! (?:Island|Islands|Tree|Trees|Market|Markets|Carol|Carols|Lights|Parade|Fair|Card|Cards|Special|Album|Party|Story|Truce)\b)(?: (morning|afternoon|evening|night))?\b/g,
    resolve: (m, ctx) => {
      const at = HOLIDAYS.find(([re]) => re.test(m[2]!))![1];
      if (!ctx.dct) return { value: m[1]?.toLowerCase() === 'next' ? 'FUTURE_REF' : 'PAST_REF' };
      const word = m[1]?.toLowerCase();
      const part = m[3] ? PARTS_OF_DAY[m[3]]! : '';
      const day = word === 'next' || word === 'last' ? holidayNear(at, ctx.dct, word === 'next' ? 'future' : 'past') :
        holidayNear(at, ctx.dct, ctx.tense, ctx.cued ? Infinity : 3);
      // ("Easter week": the week its Sunday ends.)
      return { value: /week$/i.test(m[2]!) ? isoWeek(day) : ymdString(day) + part };
    },
  },
  // (on|last|next|this) Thursday
  {
    // (Not a day a disaster or a crash is named after: "the Black Monday crash of 1987".)
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his(?: coming)?|[Cc]oming|on|until|by|since|from) )?(?<!\\bBlack )(${WEEKDAY})\\b`, 'g'),
    resolve: (m, ctx) => ({ value: weekdayValue(m[2]!, (m[1] ?? '').toLowerCase(), ctx) }),
  },
  // "the January-March period", "January-June": months that make a quarter or a half of a year are it
  {
    re: new RegExp(`\\b(${MONTH})[-–](${MONTH})(?![-–\\w])`, 'g'),
    resolve: (m, ctx) => {
      const [a, b] = [monthNum(m[1]!), monthNum(m[2]!)];
      const part = b - a === 2 && a % 3 === 1 ? `Q${(a + 2) / 3}` : b - a === 5 && a % 6 === 1 ? `H${(a + 5) / 6}` : null;
      if (!part) return null;
      const y = ctx.dct ? yearForMonth(b, ctx) : null;
      return { value: y === null ? `XXXX-${part}` : `${y}-${part}` };
    },
  },
  // (in|last|next) September, the end of November; a sentence may open with them ("In May, …")
  {
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Aa]s of|[Bb]y|[Ff]rom|[Dd]uring|to|through|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of)[- ])?(${MONTH})(?! \\d)(?!\\w)`, 'g'),
    resolve: (m, ctx) => {
      const word = (m[1] ?? '').toLowerCase();
      const name = m[2]!;
      // "May" and "March" are verbs too: only with a word that makes them months.
      // ("by the March deadline", "the May elections": after an article and before a noun, the month.)
      const attributive = /\b(?:the|a|an|this|last|next)\s+$/i.test(ctx.before ?? '') && /^\s+(?:deadline|elections?|vote|polls|summit|meeting|talks|deal|agreement|ceasefire|visit|report|figures|data|session|budget|decision|offensive|attack|strike|attacks|strikes|protests?|rally|launch|auction|forecast)\b/.test(ctx.after ?? '');
      // ("cut in February and May": so does another month joined to it.)
      // (Not a modal after it: "fell in March and May rise again".)
      const paired = new RegExp(`\\b${MONTH},? (?:and|or) $`).test(ctx.before ?? '') && /^\s*(?:[,.;:)]|$|\d{4}\b|(?:and|or|this|last|next|respectively|of)\b)/.test(ctx.after ?? '');
      if (/^(?:May|March)$/.test(name) && !word && !attributive && !paired) return null;
      if (/^[A-Z][a-z]{2}$/.test(name) && !word && !attributive && !paired) return null;
      const mo = monthNum(name);
      let y: number | null;
      if (!ctx.dct) y = null;
      else if (word === 'last') y = mo < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
      else if (word === 'next') y = mo > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
      else if (word === 'this') y = ctx.dct.y;
      // "since March": whatever else the sentence plans; "employed 124,800 as of December": a count already made.
      else if (word === 'since' || (word === 'as of' && ctx.pastClause)) y = yearForMonth(mo, { ...ctx, tense: 'past', cued: true });
      // "the November election", "the March vote": an election's month, the one nearest the publication date, whatever the tense.
      else if (/^(?:the |a |an )?$/i.test(word ? '' : ctx.before?.slice(-4) ?? '') && ELECTION_AFTER.test(ctx.after ?? '')) y = nearestYearOf(mo, ctx.dct);
      else y = rangeEndYear(mo, ctx.after ?? '') ?? yearForMonth(mo, ctx);
      return { value: y === null ? `XXXX-${pad(mo)}` : ymString(y, mo), mod: modOf(word) };
    },
  },
  // (Not "now-President-elect Donald Trump": what someone has since become.)
  { re: /\b(?:right now|now|currently|at present|at the moment|nowadays|these days)\b(?![-‐])/gi, resolve: () => ({ value: 'PRESENT_REF' }) },
  // ("The last few months have been difficult": a vague stretch before now; TimeBank writes some of them as durations.)
  { re: /\b(?:recently|in the past(?! (?:\w+ )?(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b)|in recent (?:years|months|weeks|days)|recent (?:years|months|weeks|days)|the (?:past|last) (?:few|several|couple of) (?:years|months|weeks|days|quarters|decades))\b/gi, resolve: () => ({ value: 'PAST_REF' }) },
  // (Not "the future of the country": what lies ahead for something, not a time.)
  { re: /\b(?:the (?:near |distant |not too distant )?future)\b(?! of\b)/gi, resolve: () => ({ value: 'FUTURE_REF' }) },
  // ("prices could rise in the coming months": a vague stretch ahead, as "the past few months" is one behind.)
  { re: /\b(?:the )?(?:coming|upcoming) (?:few )?(?:days|weeks|months|years|quarters|decades)\b/gi, resolve: () => ({ value: 'FUTURE_REF' }) },
];

function dayOf(word: string, ctx: Ctx): string {
  const w = word.toLowerCase();
  if (!ctx.dct) return w === 'today' ? 'PRESENT_REF' : w === 'tomorrow' ? 'FUTURE_REF' : 'PAST_REF';
  if (w in WEEKDAYS) return weekdayValue(word, '', ctx);
  const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : w.includes('after') ? 2 : 0;
  return ymdString(addDays(ctx.dct, shift));
}

/** Holidays by their date in a given year (fixed dates, and US Thanksgiving: November's fourth Thursday; Labor and Memorial Days). */
const HOLIDAYS: ReadonlyArray<[RegExp, (y: number) => Ymd]> = [
  [/^Christmas Eve$/, (y) => ({ y, m: 12, d: 24 })],
  [/^Christmas/, (y) => ({ y, m: 12, d: 25 })],
  [/^New Year['’]s Eve$/, (y) => ({ y, m: 12, d: 31 })],
  [/^New Year/, (y) => ({ y, m: 1, d: 1 })],
  [/^Thanksgiving/, (y) => addDays(weekdayNear({ y, m: 11, d: 1 }, 4, 1), 21)],
  // (The shopping days after it: Friday and the Monday after.)
  [/^Black Friday$/, (y) => addDays(weekdayNear({ y, m: 11, d: 1 }, 4, 1), 22)],
  [/^Cyber Monday$/, (y) => addDays(weekdayNear({ y, m: 11, d: 1 }, 4, 1), 25)],
  [/^Halloween$/, (y) => ({ y, m: 10, d: 31 })],
  [/^(?:Fourth of July|July Fourth)$/, (y) => ({ y, m: 7, d: 4 })],
  [/^Boxing Day$/, (y) => ({ y, m: 12, d: 26 })],
  // (US holidays on a Monday: September's first, May's last.)
  [/^Labor Day$/, (y) => weekdayNear({ y, m: 9, d: 1 }, 1, 1)],
  [/^Memorial Day$/, (y) => weekdayNear({ y, m: 5, d: 31 }, 1, -1)],
  [/^Veterans Day$/, (y) => ({ y, m: 11, d: 11 })],
  [/^St\.? Patrick/, (y) => ({ y, m: 3, d: 17 })],
  [/^Valentine/, (y) => ({ y, m: 2, d: 14 })],
  [/^Good Friday$/, (y) => addDays(easterSunday(y), -2)],
  [/^Easter Monday$/, (y) => addDays(easterSunday(y), 1)],
  [/^Easter/, easterSunday],
];

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * The holiday nearest the publication date, one on the side the tense speaks against counting
 * `against` times its distance: never, for "next Christmas" or "met on Christmas Day"; three
 * times, for a holiday named alone ("On New Year’s Day, the family issued a statement … but
 * will continue", on 2 January, is the day before).
 */
function holidayNear(at: (y: number) => Ymd, dct: Ymd, tense: Tense, against = Infinity): Ymd {
  const cost = (x: Ymd) => {
    const d = daysBetween(dct, x);
    return (tense === 'future' ? d < 0 : d > 0) ? Math.abs(d) * against : Math.abs(d);
  };
  return [at(dct.y - 1), at(dct.y), at(dct.y + 1)].reduce((best, x) => (cost(x) < cost(best) ? x : best));
}


/** "on Thursday" in a past-tense sentence is the last Thursday on or before the publication date. */
function weekdayValue(name: string, word: string, ctx: Ctx): string {
  const target = WEEKDAYS[name.toLowerCase()]!;
  if (!ctx.dct) return word === 'next' ? 'FUTURE_REF' : 'PAST_REF';
  const d = ctx.dct;
  if (word === 'last') return ymdString(weekdayNear(d, target, -1, true));
  if (word === 'next') return ymdString(weekdayNear(d, target, 1, true));
  if (word === 'this') return ymdString(target >= weekday(d) ? weekdayNear(d, target, 1) : weekdayNear(d, target, -1));
  // "this coming Tuesday", "an announcement coming Tuesday": the one ahead.
  if (/coming$/.test(word)) return ymdString(weekdayNear(d, target, 1));
  // "The results of Wednesday’s talks will show": a day's event, named in a sentence about
  // what will be, is the nearer of the two Wednesdays (before on a tie).
  // ("put the party at 36% for Sunday’s first round": a vote or a match a forecast is for is ahead;
  // not "the death toll for Sunday's earthquake".)
  if (ctx.possessive && /\bfor\s+$/i.test(ctx.before ?? '') &&
    /^['’]s\s+(?:\w+\s+){0,2}(?:election|elections|vote|ballot|referendum|round|run-off|runoff|poll|polls|match|game|final|race|meeting|summit|talks|deadline)\b/i.test(ctx.after ?? '')) {
    return ymdString(weekdayNear(d, target, 1));
  }
  // ("challenging the results of Saturday’s election will be revealed": what came of a day's event is out, so the day is behind.)
  if (ctx.possessive && /\b(?:results?|outcome|aftermath|wake|count|tally|turnout|winners?|victims?|toll)\s+(?:of|from|in)\s+$/i.test(ctx.before ?? '')) {
    return ymdString(weekdayNear(d, target, -1));
  }
  if (ctx.possessive && ctx.tense === 'future') {
    const [before, after] = [weekdayNear(d, target, -1), weekdayNear(d, target, 1)];
    return ymdString(daysBetween(d, after) < daysBetween(before, d) ? after : before);
  }
  return ymdString(weekdayNear(d, target, ctx.tense === 'future' ? 1 : -1));
}

/** "from January to June 2024": a range's first month takes the year its last month names (the year before, if it comes later). */
function rangeEndYear(mo: number, after: string): number | null {
  const end = new RegExp(`^\\s*(?:to|through|until|till|and|[-–])\\s+(${MONTH}),? (${YEAR})\\b`).exec(after);
  if (!end) return null;
  const y = Number(end[2]);
  return mo <= monthNum(end[1]!) ? y : y - 1;
}

// ("next-generation chips" and "next to nothing" say nothing of time.)
// ("Crews expect hot, dry winds to return by the weekend": what one expects to happen, however far the verb.)
const FUTURE = /\b(?:will|won['’]t|shall|going to|(?:plans?|expects?|expected|aims?|intends?|on track|forecast|predicted|projected|(?:un)?likely) to|expects?(?: [^\s.;]+){1,4} to \p{Ll}+|scheduled to|next(?![-‐]| to\b)|upcoming)\b|['’]ll\b/iu;

/** Words in quotation marks, read apart from the writer's own. */
export const QUOTED = /“[^”]*”|"[^"]*"/g;

/** Past unless the sentence speaks of what will be. */
export function tenseOf(sentence: string): Tense {
  // What a quote says of the future is not when the sentence's events happen:
  // "“We will insist,” the envoy told the council on Tuesday".
  return FUTURE.test(sentence.replace(QUOTED, ' ')) ? 'future' : 'past';
}

/** Past tenses that do not end in "-ed". */
const IRREGULAR_PAST = 'met|began|left|took|gave|made|held|won|lost|died|fell|rose|came|went|saw|sent|became|got|found|brought|bought|fought|sought|caught|kept|felt|led|paid|heard|stood|struck|sold|spent|built|chose|drove|wrote|ran|shot|broke|flew|grew|knew|threw|drew|swore|fled|stole|sank';
// Past tenses spelt as the present; past only where no modal or "to" stands right before ("The Fed cut rates in September").
const AMBIGUOUS_PAST = 'cut|hit|put|set|shut|spread|cost|hurt|quit|cast';
// A verb in the past right before the expression: "the king met Monday", "Cuba predicted Wednesday".
// ("will strike next Tuesday after talks broke down on Wednesday night": its particle too.)
const PAST_JUST_BEFORE = new RegExp(`(?<!\\b(?:be|if|stay|remain)\\s)\\b(?:said|says|told|${IRREGULAR_PAST}|spoke|was|were|had|did|(?!(?:expected|scheduled|planned|slated)\\s)\\p{L}{3,}ed)\\s+(?:(?:down|up|out|off|over|away|back)\\s+)?(?:on\\s+|in\\s+|last\\s+|early\\s+|late\\s+)?$`, 'iu');
// A verb in the past right after the expression: "Congress on Wednesday re-elected its leaders".
const PAST_JUST_AFTER = new RegExp(`^\\s+(?:re-)?(?:${IRREGULAR_PAST}|(?!(?:expected|scheduled|planned|slated|proposed|intended|released|published|announced)\\b)\\p{Ll}{3,}ed)\\b`, 'u');
// A schedule in the present, right before the expression: "a two-day summit opens Monday", "Celebrations continue on Sunday".
// (Verbs in lowercase: "won the US Open on Sunday" names a tournament.)
// ("a 30-month term starting on December 1": a term's start, said in June, is ahead.)
// ("rival Puma, which reports on Wednesday", "Nvidia reports earnings on Wednesday": a company's results, in the present, are ahead;
// not "Media reports on Wednesday said". So is what is ordered "to stay closed on Monday".)
// ("the current quarter, which ends in October": a month too.)
const SCHEDULED_JUST_BEFORE = /\b(?:opens?|begins?|starts?|resumes?|reopens?|continues?|ends|concludes?|kicks? off|expires|takes effect|goes on sale|is due|are due|(?<=\b(?:Game|game|match|final|vote|hearing|trial|election|ballot|meeting|summit|deadline|race|fight|kickoff|decision|verdict|sentencing|launch|referendum|debate)\s+(?:\d+\s+)?)(?:is|are)|(?:term|mandate|tenure|contract)\s+(?:starting|beginning)|(?:which|that|who)\s+reports|reports?\s+(?:its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:results|earnings|figures)|(?:to|will|would)\s+(?:stay|remain|be)\s+(?:closed|shut|open|suspended))\s+(?:on\s+|in\s+)?$/u;
// What is (un)likely is ahead, right after the expression: "A June cut now looks very unlikely".
const LIKELY_JUST_AFTER = /^\s+[\p{L}-]+\s+(?:now\s+)?(?:looks|seems|appears|is|remains)\s+(?:very\s+|increasingly\s+|highly\s+|more\s+|less\s+)?(?:un)?likely\b/u;
const PLAN_GONE_BY = /\b(?:had been|originally|initially)\s+(?:scheduled|due|set|slated|expected|planned|supposed|meant)\s+(?:to|for|on)\b[^.;,]*$/i;
const PLANNED_THING = /(?:\b(?:the|its|his|her|their)|['’]s)\s+planned$/i;
const HOPED_FOR_BEFORE = /\b(?:(?:hopes?|expectations?|bets?|odds|chances?|prospects?)\s+(?:of|for|on)\s+(?:an?\s+|the\s+)?|(?:forecast|forecasts|predicted)\s+for\s+(?:the\s+)?)$/i;
// ("Intel said in a filing with the Securities and Exchange Commission on Tuesday": past the body it was filed with.)
const SPOKEN_JUST_BEFORE = /\b(?:said|announced|stated|told \p{L}+)\s+(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:statement|announcement|interview|briefing|conference|speech|address|post|message|note|report|letter|filing|memo|video)\s+(?:(?:with|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*\s+(?:and\s+|of\s+)?){1,6})?(?:(?:late|early)\s+)?(?:on\s+)?$/iu;
// What is planned, in the clause before the expression: "talks supposed to conclude by May", "it may not be Sunday".
// ("Delays and violence marred the run-up to Saturday’s polls": delays said as a noun put nothing off.)
// ("called for a march on State House on Thursday": a protest or a vote called for is ahead.)
// ("The fifth Test begins in Sydney on Friday": a schedule in the present, however far before.)
// ("City face United at Wembley on Saturday": a fixture, said in the present; "expected the first cut in July": what one expects, however far the verb;
// not what someone expected, "higher than we expected in July".)
// ("expects revenue of $32.5 billion for the quarter ending in October": a forecast quarter's end, past any figures.)
// ("A general election must be held by October": what must happen by a month is ahead.)
// ("moving closer to a November rematch": what one draws closer to is ahead.)
const FUTURE_IN_CLAUSE = /\b(?:will|won['’]t|would|shall|going to|(?:begins|starts|opens|resumes|reopens|kicks off|takes place|expires|takes office|assumes office|is sworn in|is inaugurated)\b|(?<!\b(?:to|not|did|does|do|can|could|would|will|n['’]t) )(?:face|faces|play|plays|host|hosts|meet|meets)\b(?! (?:with|up)\b)|(?<!\b(?:its|the|a|their|his|her|our|latest|new)\s)(?:expects?|expected|predicts?|predicted|forecasts?|sees)(?: (?!in\b|on\b|by\b)[\p{L}-]+){1,6} (?:in|by|before|from|until|through)|(?:warning|warned|warns|watch|alert|advisory|curfew|closure)s?\b[^.;]{0,60}\b(?:from|until|through|till)(?: at least)?(?= *$)|(?:may|might) (?:not |well |also )?(?!have\b|been\b)[a-z]+|could (?!(?:(?:still|also|well|yet|only|never) )?(?:have|be|not)\b|n['’]t\b)(?:(?:still|also|well|yet|only|never) )?[a-z]+|(?:is|are|was|were) (?:also |still )?possible|scheduled|slated (?:to|for)|if (?:re-?)?elected|(?:vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)) to|(?<!\b(?:we|I|you|they|he|she|than|had|have|has)\s)expected (?:to|in|on|by|at|until|till|through)|(?<!\b(?:we|I|you|they|he|she|than|had|have|has)\s)expect(?:s|ed)?(?: (?!to\b)[^\s.;,]+){1,4} to \p{Ll}+|(?<!\b(?:was|were) )supposed to|set (?:to|for)|(?:certain|likely|unlikely|poised|bound|sure) to|(?<!\bhad been )due (?:to|on|in)|planned(?!\s+(?!(?:to|for|on|in|by|at|until|till|from|before|after|next|this|and|or|but|a|an|the|their|its|his|her|our|to)\b)\p{Ll}+\s)|plans\s+(?:a|an|the|new|fresh|early)\b|(?:is|are|was|were|be|been) planning|planning (?:to|for|on)|plans? to|to be held|call(?:s|ed|ing)? for (?:a |an |new |fresh |further |more )?(?:[\p{L}-]+ )?(?:march|marches|rally|rallies|protests?|strikes?|walkouts?|demonstrations?|boycotts?|shutdowns?|votes?|referendums?)|(?:postpon(?:es?|ed|ing)|delay(?:ed|ing)|(?<=\b(?:to|will|would|could|may|might|must|should|did|not)\s)delay|(?<=(?:^|\s)(?!(?:the|these|those|further|more|long|repeated|any|no|such|and|or|of|by|with|amid|despite|after|over|for)\s)[\p{L}+]+\s)delays|adjourn(?:s|ed|ing)?|defer(?:s|red|ring)?|put(?:s|ting)? off)(?: [\w+-]+){0,9}? (?:until|till|to|for))\b[^.;,]*$|['’]ll\b[^.;,]*$|\bas soon as\s+$|\bextend(?:s|ed|ing)?\b[^.;,]{0,80}\b(?:until|till|through|into)\s+$|\bto\s+\p{Ll}+\b[^.;,]*\bby\s+$|\bto\s+be\s+\p{Ll}+ed(?:\s+(?:out|in|off|up|down))?\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+$|\bahead of\s+$|\b(?:closer|nearer)\s+to\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?$|\bto (?:run|last|continue|remain|stay) (?:through|until|till|into)\s+$|\b(?:has|have)\s+(?:given|granted|set|extended)\b[^.;]{0,80}\b(?:until|till)\s+$|\blook(?:s|ing)? forward to\b[^.;,]*$|\b(?:cannot|can['’]t|can not)\b[^.;,]*\b(?:before|until|till)\s+$|\b(?:expects?|expected|forecasts?|forecast|predicts?|sees)\b[^.;]{0,80}\b(?:quarter|period|half|year)\s+ending\s+(?:in\s+)?$|\b(?:must|has to|have to|needs? to)\s+(?:be\s+)?\p{Ll}+\b[^.;,]*\b(?:by|before|until|till)\s+$/iu;

// A verb in the past earlier in the expression's clause: "according to a memo shared by the CEO on Friday".
// (Not a reporting verb, whose words may look ahead: "said it expects to release results in
// mid-November"; nor a participle after "be": "to be published in early November".)
// ("Ohtani, who had elbow surgery in September, … will bat next season": "had" too.)
// ("Modi claimed victory in the election on Tuesday, but … will depend on allies": a claim that is no report of words.)
const PAST_IN_CLAUSE = new RegExp(`(?<!\\b(?:be|been|being|is|are)\\s)\\b(?:${IRREGULAR_PAST}|had|(?<!\\b(?:to|will|would|could|should|may|might|can|must|shall|not|did|does|do|n't)\\s)(?:${AMBIGUOUS_PAST})|(?!(?:expected|scheduled|planned|slated|proposed|intended|announced|reported|stated|added|noted|warned|claimed(?!\\s+(?:victory|responsibility|credit|the)\\b)|followed)\\b)\\p{L}{3,}ed)\\b[^.;,:“”"]*$`, 'iu');

/**
 * The tense the words before an expression give it, when they say; `right` when a verb right
 * before it or a plan in its clause says so, not only a past verb further back in the clause.
 */
function localTense(before: string): { tense: Tense; right: boolean } | null {
  const clause = clauseBefore(before, 80);
  if (PAST_JUST_BEFORE.test(clause)) return { tense: 'past', right: true };
  if (SCHEDULED_JUST_BEFORE.test(clause)) return { tense: 'future', right: true };
  // ("Nippon Steel’s planned takeover … came under pressure on Monday": a plan the clause names as a
  // thing, then a verb in the past after it, is no plan for the date.)
  // (Not "postpone a planned increase … to April": no past verb after it there.)
  // ("It had been due to expire Friday evening", "originally scheduled to end on Friday": a plan given up had its date behind.)
  if (PLAN_GONE_BY.test(clause)) return { tense: 'past', right: true };
  const future = FUTURE_IN_CLAUSE.exec(clause);
  const plannedEnd = future && /^planned\b/i.test(future[0]) ? future.index + 'planned'.length : -1;
  const plannedThing = plannedEnd > 0 && PLANNED_THING.test(clause.slice(0, plannedEnd)) && PAST_IN_CLAUSE.test(clause.slice(plannedEnd));
  // ("will not be suspended after testing positive twice … in March": what the plan follows on had
  // happened, however far back the plan's verb; not a stretch still to run, "will be freed after
  // serving his term in March".)
  const wide = before.slice(-160);
  const followsOn = /\bafter\s+(?:being\s+|having\s+)?(?!(?:serving|spending|completing|finishing)\b)\p{Ll}{3,}ing\b[^.;,]*$/u.exec(wide);
  if (followsOn && /\b(?:will|won['’]t|would)\b/i.test(wide.slice(0, followsOn.index)) && !FUTURE_IN_CLAUSE.test(wide.slice(followsOn.index))) return { tense: 'past', right: false };
  if (future && !plannedThing) return { tense: 'future', right: true };
  // ("…, the Pentagon announced in a joint statement on Sunday": when the words were given out, past.)
  if (SPOKEN_JUST_BEFORE.test(clause)) return { tense: 'past', right: true };
  // ("dimming hopes of June rate cut", "bets on a December hike": what is hoped for is ahead;
  // so is what rain is forecast for: "Rain forecast for the weekend could slow the fire".)
  if (HOPED_FOR_BEFORE.test(clause)) return { tense: 'future', right: true };
  // ("there could be a spike in showers on Monday"; not "neither could be located Wednesday".)
  if (/\bcould (?:well |also )?be\b[^.;,]*$/i.test(clause) && !/\b(?:not|neither|nor|never|nobody)\b|n['’]t\b/i.test(clause)) return { tense: 'future', right: true };
  // ("caught the returning booster of its Starship rocket with a pair of giant mechanical arms on Sunday, … hopes
  // will make": a past verb more than a short clause back, no comma between.)
  // (Not where the words after it look ahead: "had considered raising the rate and did not rule out another hike at its next meeting in December".)
  const far = PAST_IN_CLAUSE.exec(clauseBefore(before, 160));
  if (far && !/\b(?:next|upcoming|coming|future)\b/i.test(far[0])) return { tense: 'past', right: false };
  return null;
}

/** The last `length` characters before an expression, with the commas that end no clause taken out. */
function clauseBefore(before: string, length: number): string {
  // (A number's thousands separator ends no clause: "employed 124,800 people as of December".)
  // (Nor does a place's state set off by commas: "would launch it in Austin, Texas, in June".)
  // (And a name is no verb: "face Manchester United on Saturday", "met Ahmed on Monday".)
  // (Nor a decimal point: "rose to a high of $2,790.15 an ounce on Wednesday".)
  // (Nor a work's title set off by commas: "released her album, ‘The Tortured Poets Department’, in April".)
  return before.slice(-(length + 40)).replace(/,\s*[‘“][^’”]{1,60}[’”]\s*,(?=\s)/gu, '').slice(-length).replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/(\d)\.(?=\d)/g, '$1').replace(/,(\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?),(?=\s+\p{Ll})/gu, '$1')
    .replace(/(?<=\S\s+)\p{Lu}\p{Ll}*ed\b/gu, 'Name')
    // (Nor is the month a modal: "met in Vienna in May and Malta in September".)
    .replace(/(?<=\S\s+)May\b/gu, 'Month');
}

/** Every time expression of a sentence, resolved against the publication date (ISO) when there is one. */
export function tagTimex(text: string, published: string | null, tense: Tense = tenseOf(text)): Timex[] {
  const ctx: Ctx = { dct: published ? parseYmd(published) : null, tense, game: GAME_WORDS.test(text) };
  // Words quoted speak in their own tense: "“Laura will move inland on Thursday,” the centre said."
  const quotes = [...text.matchAll(QUOTED)].map((q) => ({ start: q.index, end: q.index + q[0].length, tense: FUTURE.test(q[0]) ? 'future' as const : 'past' as const }));
  const quotedTense = (at: number) => quotes.find((q) => q.start < at && at < q.end)?.tense;
  const taken: Array<[number, number]> = [];
  const out: Timex[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      let start = m.index;
      let end = start + m[0].length;
      // A leading "on", "in" … is not part of the expression (TIMEX3 extents leave prepositions out).
      const lead = /^(?:on|in|since|until|till|by|from|during|to|through|before|after) /i.exec(m[0]);
      if (lead) start += lead[0].length;
      while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      // ("Brazil's Congress on Wednesday re-elected …": a past verb right after the expression.)
      const local = localTense(text.slice(0, start)) ?? (PAST_JUST_AFTER.test(text.slice(end)) ? { tense: 'past' as const, right: true } : null) ??
        (LIKELY_JUST_AFTER.test(text.slice(end)) ? { tense: 'future' as const, right: true } : null);
      const r = rule.resolve(m, { ...ctx, tense: local?.tense ?? quotedTense(start) ?? ctx.tense, cued: local?.right ?? false, after: text.slice(end, end + 40), before: text.slice(Math.max(0, start - 20), start), pastClause: local?.tense === 'past', possessive: /^['’]s\b/.test(text.slice(end)) });
      if (!r) continue;
      taken.push([start, end]);
      const t: Timex = { start, end, text: text.slice(start, end), value: r.value };
      if (r.mod) t.mod = r.mod;
      if (r.dayless) t.dayless = true;
      out.push(t);
    }
  }
  return monthsOfYearNamed(weekdayRangesForward(text, out.sort((a, b) => a.start - b.start)));
}

/** "Next year it is expected to fall in early June": a month after the year its sentence names by "next" or "last" year is in that year. */
function monthsOfYearNamed(found: Timex[]): Timex[] {
  let year: string | null = null;
  for (const t of found) {
    if (/^(?:next|last) year$/i.test(t.text) && /^\d{4}$/.test(t.value)) year = t.value;
    else if (year && /^\d{4}-\d{2}$/.test(t.value) && !/\d{4}/.test(t.text)) t.value = `${year}${t.value.slice(4)}`;
  }
  return found;
}


const WEEKDAY_ALONE = new RegExp(`^(?:${Object.keys(WEEKDAYS).join('|')})$`, 'i');

/** "due to take place from Thursday to Saturday": a range's last weekday comes after its first, whichever way the tense reads each. */
function weekdayRangesForward(text: string, out: Timex[]): Timex[] {
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (!WEEKDAY_ALONE.test(a.text) || !WEEKDAY_ALONE.test(b.text) || !/^\d{4}-\d{2}-\d{2}$/.test(a.value) || !/^\d{4}-\d{2}-\d{2}$/.test(b.value)) continue;
    if (!/^\s*(?:to|until|till|through|and|[-–])\s*$/i.test(text.slice(a.end, b.start)) || !/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    const gap = daysBetween(parseYmd(a.value), parseYmd(b.value));
    if (gap < 0) b.value = ymdString(addDays(parseYmd(b.value), 7 * Math.ceil(-gap / 7)));
  }
  return out;
}
