export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Months written short ("Jan.", "Sept"). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** Every word of the calendar, lowercase: days, months and months' short forms. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, ...MONTH_ABBREVIATIONS]);

/** Time zones news writes after a clock time ("15:00 GMT", "10 a.m. EST"). */
export const TIME_ZONES = ['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'IST', 'JST'] as const;
/** Zones written after a clock that name no zone on their own ("5 p.m. CT", "1 p.m. ET"), and others the timeline does not read. */
export const CLOCK_ZONE_LETTERS: readonly string[] = [...TIME_ZONES, 'ET', 'CT', 'PT', 'MT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'HKT', 'SGT', 'KST', 'WIB',
  'PKT', 'ICT', 'EAT', 'WAT', 'CAT', 'SAST', 'HST', 'AKST', 'AKDT'];

/** Currency codes ("USD", "RUB"): written in capitals after a number, they name no model. */
export const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'RUB', 'CNY', 'JPY', 'INR', 'CHF', 'UAH', 'TRY'] as const;
