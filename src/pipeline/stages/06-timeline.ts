import type { Block, Entity, TimelineEvent } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';
import { findAnniversaries } from '../timex/anniversaries';
import { anaphoricDates } from '../timex/anaphoric-dates';
import { reportingPeriods } from '../timex/reporting-periods';
import { addDays, daysBetween, parseYmd, ymdString } from '../timex/calendar-math';
import { QUOTED, tagTimex, type Timex } from '../timex/tag-timex';
import type { Sentence } from './03-sentences';

const SUMMARY_MAX = 160;

/**
 * The time expressions of the article, resolved against the publication date, each
 * with the clause it dates and the entities named there; and events the text dates
 * by anchoring them to another ("the 90th anniversary of X" puts X N years back).
 */
export function buildTimeline(
  blocks: readonly Block[], sentences: readonly Sentence[], entities: readonly Entity[], published: string | null,
): TimelineEvent[] {
  const textOf = new Map(blocks.map((b) => [b.id, b.text]));
  const placed = mentionsByBlock(entities);
  const people = mentionsByBlock(entities.filter((e) => e.type === 'person'));
  const namedThings = mentionsByBlock(entities.filter((e) => e.type === 'other' || e.type === 'organization'));
  const bodies = mentionsByBlock(entities.filter((e) => e.type === 'organization'));
  const entitiesIn = (s: Sentence, start: number, end: number, spanOnly = false) =>
    entitiesAround(placed.get(s.block) ?? [], s, start, end, spanOnly);
  const events: TimelineEvent[] = [];
  let quarter: string | null = null;
  // The last date the text named, for "the following year", "later that day".
  let anchor: string | null = null;
  // Where it was named: a clock time with no day takes the day the text just named (in the
  // same paragraph or the sentence before), not the publication date.
  let anchorSentence = -1;
  // The last day named in that sentence, if it named one ("on Sunday … in November").
  let anchorDay: string | null = null;
  // The last date named to the day, for "two days later" after a year named in passing.
  let lastDay: string | null = null;
  let lastDayBlock: string | null = null;
  let anchorBlock = '';
  // Days the text dated with their year ("7 October 2023"), for the same day named again without it.
  const yearOfDay = new Map<string, string>();
  // The day the story's opening (its dek and first paragraph, or its first two) tells of: what its quotes were mostly said on.
  let leadDay: string | null = null;
  const opening = new Set<string>();
  let block: string | null = null;
  let blockBefore: string | null = null;
  let saidBefore = false;
  for (const s of sentences) {
    if (s.block !== 'title' && opening.size < 2) opening.add(s.block);
    if (s.block !== block) [blockBefore, block] = [block, s.block];
    const blockText = textOf.get(s.block)!;
    const within = (names: ReadonlyMap<string, readonly Placed[]>, t: Timex) => (names.get(s.block) ?? []).some((m) =>
      m.start <= s.start + t.start && s.start + t.end <= m.end);
    // A month that is part of someone's name ("June Carter", "Theresa May") dates nothing; nor does a year
    // that is part of an event's or a body's ("Euro 2020", "the Paris 2024 Olympic Games").
    // (Nor does a part of the day that opens a body's name: "a guest column in the Morning News", "The Sunday Times reported".)
    const inBodyName = (t: Timex) => (bodies.get(s.block) ?? []).some((m) => m.start < s.start + t.end && s.start + t.start < m.end);
    const tagged = tagTimex(s.text, published).filter((t) => !within(people, t) && !(/^\d{4}$/.test(t.text) && within(namedThings, t)) && !inBodyName(t));
    // What came before each offset, in this sentence or earlier: the last date and the last quarter named.
    // (Not a clock time whose day is yet to be found: "hit at 4.17am …, and a second struck about nine hours later".)
    const lastBefore = (offset: number, ok: (value: string) => boolean, also: (t: Timex) => boolean = () => true) =>
      [...tagged].reverse().find((t) => t.end <= offset && !t.dayless && ok(t.value) && also(t))?.value;
    // ("rose 15.2% last month from December and were up 53% from a year earlier": a year before the month reported,
    // not before the month it is compared with.)
    const compared = (t: Timex) => /\b(?:from|than|compared\s+(?:with|to))\s+$/i.test(s.text.slice(Math.max(0, t.start - 20), t.start));
    const anchorAt = (offset: number) => (lastBefore(offset, isCalendarValue, (t) => !compared(t)) ?? lastBefore(offset, isCalendarValue))?.replace(/T.*$/, '') ?? anchor;
    // (A day named paragraphs back does not date "the next morning" after a month this paragraph names:
    // "on Tuesday. ¶ … in February last year … returned the next morning"; a year named in passing leaves it to that day.)
    const monthHere = (offset: number) => /^\d{4}-\d{2}$/.test(lastBefore(offset, isCalendarValue) ?? (anchorBlock === s.block ? anchor ?? '' : ''));
    const dayAt = (offset: number) => lastBefore(offset, isDayValue)?.replace(/T.*$/, '') ?? (lastDayBlock === s.block || !monthHere(offset) ? lastDay : null);
    const quarterAt = (offset: number) => lastBefore(offset, isQuarter) ?? quarter;
    // "a year ago" counts from the quarter being reported, once the article has named one;
    // "the following year" from the last date named.
    // (Both may read "a year earlier": the quarter being reported wins over the last date named.)
    const pointing = [...reportingPeriods(s.text, quarterAt), ...anaphoricDates(s.text, anchorAt, dayAt)]
      .filter((p, i, all) => !all.slice(0, i).some((q) => q.start < p.end && p.start < q.end));
    // Where both read the same words, the pointing reading beats a bare year ("a year ago":
    // 1988-Q3, not 1988) and yields to anything finer.
    // (A pointing reading that takes in the tagged words and more wins: "February of that year".)
    const wider = (p: Timex, t: Timex) => p.start <= t.start && t.end <= p.end && p.end - p.start > t.end - t.start;
    // ("rose 8.8% in April, down from 11% the previous month": "the previous" points back from the date named,
    // not from the publication date, wherever the text named one.)
    const yields = (t: Timex, p: Timex) => /^\d{4}$/.test(t.value) || wider(p, t) || /^the (?:previous|preceding)\b/i.test(t.text);
    const found: Timex[] = [
      ...tagged.filter((t) => !pointing.some((p) => p.start < t.end && t.start < p.end && yields(t, p))),
      ...pointing.filter((p) => !tagged.some((t) => p.start < t.end && t.start < p.end && !yields(t, p))),
    ].sort((a, b) => a.start - b.start);
    quarter = [...tagged].reverse().find((t) => isQuarter(t.value))?.value ?? quarter;
    const recent = anchorBlock === s.block || anchorSentence === s.index - 1;
    // (The day the paragraph before told of, for words quoted in this one: "The committee voted on Thursday. ¶ “… cut rates today,”
    // Bailey said." In the same paragraph, a day said of other words is theirs: "“…,” Albanese told supporters on Saturday. “We won today,” she said.")
    const dayJustTold = anchorBlock === blockBefore ? anchorDay : null;
    for (const t of found) {
      // "collided … on Wednesday night … struck the Black Hawk at about 8:48 p.m.": that Wednesday.
      // ("reached the town on Sunday, … evacuated in November. The eruption began shortly before 8am": the day named, not the month after it.)
      const day = t.dayless ? (lastBefore(t.start, isCalendarValue) ?? (recent ? anchorDay ?? anchor : null))?.replace(/T.*$/, '') : null;
      // (Dated so, it dates the next clock time in turn: "began shortly before 8am. A fissure opened around midday.")
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
        t.value = t.value.replace(/^[^T]+/, day);
        t.dayless = false;
      }
    }
    // ("at 8pm (0000 GMT)": a clock in GMT glossing a local one takes its day from it, across midnight if need be.)
    for (const t of found) {
      const glossed = glossedDay(t, found, s.text);
      if (glossed) t.value = t.value.replace(/^[^T]+/, glossed);
    }
    // ("An earthquake struck late on Friday, … the ministry said on Saturday. The quake hit at 11:11 pm": the
    // day a thing happened, not the day it was reported, dates what the next sentences tell of it.)
    // ("rose 2.6% in October, up from 2.4% in September … unchanged since August. Prices rose 0.2% from a month
    // earlier": a date a state has lasted since, or a figure is compared with, is not the time the text goes on about.)
    const dated = [...found].reverse().filter((t) => isCalendarValue(t.value) && !t.dayless &&
      !(anchor && /\bsince\s+$/i.test(s.text.slice(0, t.start))) && !BASELINE_BEFORE.test(s.text.slice(Math.max(0, t.start - 50), t.start)));
    const reported = (t: Timex) => REPORTED_ON.test(s.text.slice(Math.max(0, t.start - 40), t.start));
    // ("struck Iran early on Saturday, in retaliation for the missiles Tehran fired on October 1. Explosions were heard
    // from about 2am": what a thing answers to is told in passing; the day of the thing itself dates what follows.)
    const background = (t: Timex) => BACKGROUND_BEFORE.test(s.text.slice(Math.max(0, t.start - 100), t.start));
    // ("… on Wednesday night. There were no survivors, officials said on Thursday. ¶ The jet was landing at about 8:48 p.m.":
    // a sentence that names only the day something was said keeps the day things happened, and keeps it near.)
    const onlyReported: boolean = dated.length > 0 && dated.every(reported) && anchorDay !== null && anchorSentence === s.index - 1;
    if (onlyReported) anchorSentence = s.index;
    const named: Timex | undefined = onlyReported ? undefined : dated.find((t) => !reported(t) && !background(t)) ?? dated.find((t) => !reported(t)) ?? dated[0];
    const dayNamed = [...found].reverse().find((t) => isDayValue(t.value));
    if (dayNamed) {
      lastDay = dayNamed.value.replace(/T.*$/, '');
      lastDayBlock = s.block;
    }
    if (named) {
      const days = dated.filter((t) => isDayValue(t.value));
      anchorDay = (isDayValue(named.value) ? named : days.find((t) => !reported(t)) ?? days[0])?.value.replace(/T.*$/, '') ?? null;
      anchor = named.value.replace(/T.*$/, '');
      anchorSentence = s.index;
      anchorBlock = s.block;
    }
    if (opening.has(s.block) && !leadDay) leadDay = found.find((t) => !t.dayless && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && !quotedIn(s.text, t))?.value ?? null;
    if (published) quotedTodayOnDaySaid(s.text, found, published, leadDay ?? dayJustTold, saidBefore);
    // ("“Good things come to those who wait,” Blinken said. “… a safer country today …”": the words go on being said.)
    saidBefore = /[“"]/.test(s.text) && REPORTED_IN_PAST.test(s.text.replace(QUOTED, ' '));
    for (const t of found) {
      // "hostages taken on 7 October 2023 … taken on 7 October": the day the text dated before, not the latest one.
      const day = /^(\d{4})-(\d{2}-\d{2})$/.exec(t.value);
      if (day && /\b(?:1[5-9]|20)\d\d\b/.test(t.text)) yearOfDay.set(day[2]!, day[1]!);
      else if (day && MONTH_AND_DAY.test(t.text) && yearOfDay.has(day[2]!)) t.value = `${yearOfDay.get(day[2]!)}-${day[2]}`;
      const start = s.start + t.start;
      const end = s.start + t.end;
      const ev: TimelineEvent = {
        id: '', block: s.block, start, end, text: t.text, value: t.value,
        summary: summarize(blockText, s, start, end), entities: entitiesIn(s, start, end),
      };
      if (t.mod) ev.mod = t.mod;
      events.push(ev);
    }
    for (const a of findAnniversaries(s.text)) {
      // Anchored to the date the sentence gives, else to the publication date. The event's
      // span is the expression that dates it (the anchor), as for every other event; the
      // anniversary phrase itself is kept as its basis.
      // "the fifth anniversary of the 2008 economic collapse": the text dates it already.
      if (found.some((t) => t.start >= a.start && t.end <= a.end)) continue;
      const anchor = found.find((t) => /^\d{4}/.test(t.value));
      const anchorValue = anchor?.value ?? published;
      if (!anchorValue) continue;
      const year = Number(anchorValue.slice(0, 4)) - a.years;
      const phrase = { start: s.start + a.start, end: s.start + a.end, text: a.text };
      const at = anchor ? { start: s.start + anchor.start, end: s.start + anchor.end, text: anchor.text } : phrase;
      events.push({
        id: '', block: s.block, ...at, value: String(year).padStart(4, '0'),
        summary: capitalise(a.of), entities: entitiesIn(s, phrase.start, phrase.end, true),
        basis: phrase,
      });
    }
  }
  events.forEach((e, i) => (e.id = `t${i + 1}`));
  return events;
}

const SPEAKERS_TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/**
 * "“Today, the people have voted …,” Albanese told supporters late on Saturday night": a quote's
 * "today" is the day its words were said, where the words after the quote date them (within
 * the week before publication), not the day the article came out.
 */
function quotedTodayOnDaySaid(text: string, found: readonly Timex[], published: string, leadDay: string | null, saidBefore = false): void {
  const quotes = [...text.matchAll(QUOTED)].map((q) => ({ start: q.index, end: q.index + q[0].length }));
  const quoted = (t: Timex) => quotedIn(text, t);
  const last = quotes.at(-1);
  const said = found.find((t) => last && t.start >= last.end && !quoted(t) && !t.dayless && /^\d{4}-\d{2}-\d{2}/.test(t.value));
  // ("Powell said: “… our decision today …”", the story's first paragraph on Wednesday's decision, published on
  // Thursday: words reported in the past, with no day of their own, were said on the day the story tells of.)
  // (Or a sentence that is only the quote, going on from one reported so: "“…,” Blinken said. “… safer country today …”".)
  const onlyQuoted = saidBefore && /^\s*[“"]/.test(text) && !/[\p{L}\p{N}]/u.test(text.replace(QUOTED, ' '));
  const untold = !found.some((t) => !quoted(t)) && quotes.length > 0 && (REPORTED_IN_PAST.test(text.replace(QUOTED, ' ')) || onlyQuoted);
  const day = said?.value.slice(0, 10) ?? (untold ? leadDay : null);
  if (!day || day >= published || daysBetween(parseYmd(day), parseYmd(published)) > 7) return;
  for (const t of found) if (quoted(t) && SPEAKERS_TODAY.test(t.text) && t.value.startsWith(published)) t.value = day + t.value.slice(10);
}

/** Words quoted in the sentence hold the expression. */
const quotedIn = (text: string, t: Timex) => [...text.matchAll(QUOTED)].some((q) => q.index < t.start && t.end < q.index + q[0].length);
/** A report of words in the past: "Powell said:", "“…,” she told reporters". */
const REPORTED_IN_PAST = /\b(?:said|told|added|wrote|stated|declared|insisted)\b/;

/** "in retaliation for the missiles fired on October 1", "in response to …": a date the clause gives what a thing answers. */
const BACKGROUND_BEFORE = /\bin (?:retaliation|response|reprisal) (?:for|to)\b[^.;,:]{0,90}$/i;
/** "up from 2.4% in September", "compared with 3% in May": the figure a change is measured from. */
const BASELINE_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+[^;,]{0,30}\b(?:in|on)\s+$/i;
/** "the ministry said on Saturday", "told reporters Saturday", "said in a statement on Saturday": a day something was reported. */
// ("the union said late on Thursday": early or late in it too.)
const REPORTED_ON = /\b(?:said|says|told|announced|reported|confirmed|added)(?:\s+(?:reporters|journalists|in\s+a\s+(?:statement|briefing|news\s+conference|televised\s+address)))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;
const isQuarter = (value: string) => /^\d{4}-Q[1-4]$/.test(value);

/** A day written with its month and no year: "7 October", "Oct. 7". */
const MONTH_AND_DAY = /^(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?)$/u;

/** A calendar date, month or year (a time of day allowed): what later text can count from. */
const isDayValue = (value: string) => /^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(value);
const isCalendarValue = (value: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/.test(value);

/** The clause around the expression: the sentence, or its comma-delimited part when long. */
function summarize(text: string, s: Sentence, start: number, end: number): string {
  let sentence = text.slice(s.start, s.end);
  if (sentence.length <= SUMMARY_MAX) return tidy(sentence);
  const parts = sentence.split(/(?<=[,;:])\s+/);
  let at = s.start;
  let best = '';
  for (const p of parts) {
    const pEnd = at + p.length;
    if (at <= end && start <= pEnd) best += (best ? ' ' : '') + p;
    at = pEnd + 1;
  }
  // A short part ("Last month,") says nothing: take the next part with it.
  if (best.length < 40) {
    const i = parts.findIndex((p) => best.endsWith(p));
    best = parts.slice(Math.max(0, i), i + 2).join(' ');
  }
  sentence = best.length > SUMMARY_MAX ? `${best.slice(0, SUMMARY_MAX - 1).replace(/\s+\S*$/, '')}…` : best;
  return tidy(sentence);
}

const tidy = (s: string) => s.replace(/[,;:]\s*$/, '').trim();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Placed {
  rank: number;
  id: string;
  start: number;
  end: number;
}

/** Mentions grouped by block, each with its entity's rank, so an event looks only at its own block. */
function mentionsByBlock(entities: readonly Entity[]): Map<string, (Placed & { block: string })[]> {
  const placed = entities.flatMap((e, rank) => e.mentions.map((m) => ({ rank, id: e.id, block: m.block, start: m.start, end: m.end })));
  return groupBy(placed, (m) => m.block);
}

/** The entities named in the sentence (or only in the span), in the article's entity order. */
function entitiesAround(inBlock: readonly Placed[], s: Sentence, start: number, end: number, spanOnly: boolean): string[] {
  const [from, to] = spanOnly ? [start, end] : [s.start, s.end];
  const hits = inBlock.filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.rank - b.rank);
  return [...new Set(hits.map((m) => m.id))];
}

/**
 * "at 8pm (0000 GMT)": the day of a clock in GMT that glosses a local one, a day after it where the hours
 * say the zone is behind GMT across midnight ("2am (1800 GMT)" in Asia: a day before). Null where no clock is glossed.
 */
function glossedDay(t: Timex, found: readonly Timex[], text: string): string | null {
  if (!/\b(?:GMT|UTC)\b/.test(t.text)) return null;
  const local = [...found].reverse().find((x) => x.end <= t.start && /^\s*\(\s*$/.test(text.slice(x.end, t.start)));
  const at = local && /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(local.value);
  const gmt = /T(\d{2})/.exec(t.value);
  if (!at || !gmt) return null;
  const ahead = Number(at[2]) - Number(gmt[1]);
  return ymdString(addDays(parseYmd(at[1]!), ahead > 14 ? 1 : ahead < -12 ? -1 : 0));
}
