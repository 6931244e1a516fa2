import { WORK_APPOSED, WORK_BEFORE } from '../lexicon/other-names';
import { CHANTED_BEFORE_QUOTE, NAMING_VERBS } from '../lexicon/speech-verbs';

/** A quoted span of one block: offsets of the words inside the marks (UTF-16, end exclusive). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The quote has no closing mark in this block (it runs on into the next paragraph). */
  open?: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const isSpaceOrEdge = (c: string | undefined) => c === undefined || /[\s([{\-–—/]/.test(c);
const isCloseContext = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}\-–—…]/.test(c);

/**
 * Every span between quotation marks: curly and straight double quotes, guillemets,
 * `` '' pairs, and single quotes used as quotes (as headlines do). An apostrophe
 * between letters ("each other’s") is never a mark. Quotes nested in a quote stay
 * part of the outer one.
 */
export function quoteSpans(text: string, { continuing = false } = {}): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  // A quote left open by the paragraph before, closed in this one with no mark opening it
  // again: “I think we learned a lot. ¶ It was an emotional day.” The words up to the mark go on with it.
  if (continuing) {
    const close = findClose(text, 0, (k) => text[k] === '”' || straightCloses(text, k));
    const reopened = findClose(text, 0, (k) => text[k] === '“' || straightOpens(text, k));
    if (close > 0 && (reopened < 0 || reopened > close)) {
      out.push({ start: 0, end: close });
      i = close + 1;
    }
  }
  while (i < text.length) {
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    let close: number = -1;
    let markLen = 1;
    if (c === '“' || c === '«' || c === '„') {
      const closer = c === '«' ? '»' : '”';
      close = findClose(text, i + 1, (k) => text[k] === closer || (c === '„' && text[k] === '“'));
      // Mixed marks, as pasted text has them: “fragile," Ruiz said.
      if (close < 0 && c === '“') close = findClose(text, i + 1, (k) => straightCloses(text, k));
    } else if (c === '`' && next === '`') {
      markLen = 2;
      close = text.indexOf("''", i + 2);
    } else if (straightOpens(text, i) || (c === '"' && misspacedOpening(text, i))) {
      // ("the gold standard of smartphones'' and …": or two apostrophes, as some wires close a quote.)
      close = findClose(text, i + 1, (k) => straightCloses(text, k) || ((text[k] === '”' || (text[k] === "'" && text[k + 1] === "'")) && !/\s/.test(text[k - 1] ?? ' ')));
    } else if ((c === '‘' || c === "'") && isSpaceOrEdge(prev) && next !== undefined && LETTER.test(next)) {
      close = findClose(text, i + 1, (k) =>
        (text[k] === '’' || text[k] === "'") && !/\s/.test(text[k - 1] ?? ' ') && !LETTER.test(text[k + 1] ?? ''));
      if (close < 0) {
        i++;
        continue;
      }
    }
    if (close >= 0) {
      let start = i + markLen;
      while (start < close && /\s/.test(text[start]!)) start++;
      if (close > start) out.push({ start, end: close });
      i = close + markLen;
      continue;
    }
    if ((c === '“' || c === '"' || c === '«') && next !== undefined && !/\s/.test(next) && (c !== '"' || isSpaceOrEdge(prev))) {
      // An opening mark with no closing one: the quote runs to the end of the paragraph.
      // (A short one too where a colon brings it in: "Murray said: “Imagine playing it." runs on into the next paragraph.)
      const end = text.trimEnd().length;
      if (end - (i + 1) >= 20 || /:\s*$/.test(text.slice(0, i)) && end - (i + 1) >= 3) out.push({ start: i + 1, end, open: true });
      break;
    }
    i++;
  }
  return out.filter((q) => /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}

/**
 * "…communities," For example, …": a straight mark typed against the word before it and
 * apart from the one after. Its side is ambiguous where it stands; an even number of
 * straight marks before it (none left open) says it opens.
 */
function misspacedOpening(text: string, i: number): boolean {
  if (!/[,:;]/.test(text[i - 1] ?? '') || !/^ +[\p{Lu}[]/u.test(text.slice(i + 1, i + 4))) return false;
  let marks = 0;
  for (let k = 0; k < i; k++) if (text[k] === '"') marks++;
  return marks % 2 === 0;
}

const straightOpens = (text: string, k: number) =>
  text[k] === '"' && isSpaceOrEdge(text[k - 1]) && text[k + 1] !== undefined && !/\s/.test(text[k + 1]!);

const straightCloses = (text: string, k: number) =>
  text[k] === '"' && isCloseContext(text[k + 1]) && !/\s/.test(text[k - 1] ?? ' ');

function findClose(text: string, from: number, isClose: (k: number) => boolean): number {
  for (let k = from; k < text.length; k++) if (isClose(k)) return k;
  return -1;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'on', 'in', 'to', 'at', 'by', 'with', 'from', 'into', 'about', 'as', 'vs', 'vs.', 'v.', 'de', 'la', 'le']);

/**
 * A span in quotation marks that names something rather than reproduces words: a
 * title ("Batman: The Animated Series"), a nickname or a campaign ("Robogee"), every
 * word capitalised and no speech around it. A quote that ends as speech does ("Never,")
 * or that a speech verb follows is said, however it is capitalised.
 */
export function namesSomething(text: string, q: QuoteSpan, speechVerbs: ReadonlySet<string>): boolean {
  const inner = text.slice(q.start, q.end).trim();
  const cue = text.slice(Math.max(0, q.start - 20), q.start);
  // "with a headline “Russia invades Ukraine”", "under the slogan “…”": a title, however it is capitalised.
  const titled = /\b(?:headlined?|titled|entitled|slogan|motto|hashtag|caption(?:ed)?)\s*\S?$/i.test(cue);
  // "a robot named “Better Idea of Afghan Girls,” …": a name, whatever punctuation it carries.
  // "Appearing on “Fox News Sunday,”", "on CNN's “State of Union,”": a programme's title.
  const aired = /\bon\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?\S?$/u.test(cue);
  const named = titled || aired || /\b(?:named|called|dubbed|nicknamed|known as)\s*\S?$/i.test(cue);
  // ("the best-selling memoir “Hillbilly Elegy,”": a work's title after its kind.)
  // (Capitalised as one: "called the film “a quiet masterpiece.”" are words said of it.)
  if (WORK_BEFORE.test(cue) && !q.open && /^\p{Lu}/u.test(inner) && inner.split(/\s+/).length <= 12) return true;
  // ("said she had been “TROUNCED”": a word in capitals is shouted, not a title.)
  if (!named && /^[\p{Lu}\s!.,’'-]+$/u.test(inner) && /\p{Lu}{4,}/u.test(inner) && !/^\p{Lu}{2,6}$/u.test(inner)) return false;
  // "“Day of showdown,” was the headline in Kenya's The Standard": the title named after it.
  if (!q.open && /^\S?\s*(?:was|is|read|ran|screamed|blared)\s+(?:the|a)\s+(?:front-page\s+)?(?:headline|title|slogan|caption)\b/i.test(text.slice(q.end, q.end + 60))) return true;
  // "President Joko ‘Jokowi’ Widodo": a nickname inside a name.
  if (/^\p{Lu}[\p{L}-]*$/u.test(inner) && /\p{Lu}[\p{L}.]*\s+\S?$/u.test(cue) && /^\S?\s+\p{Lu}/u.test(text.slice(q.end, q.end + 4))) return true;
  if (q.open || (/[!?…]$/.test(inner) && !named)) return false;
  // ("disliked the nickname the “God particle”", "dubbed the “Iron Lady”": a name given, in ordinary words too.)
  if (/\b(?:dubbed|nicknamed|nicknames?|known as)\s+(?:the\s+)?\S?$/i.test(cue) && inner.split(/\s+/).length <= 5) return true;
  // ("who once called him “America’s Hitler.”", "called Trump “…”": what someone called a person is their words, not a name.)
  const calledSomeone = /\b(\p{Ll}+)\s+(?:him|her|them|me|you|us|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)\s+\S?$/u.exec(text.slice(Math.max(0, q.start - 40), q.start));
  if (calledSomeone && NAMING_VERBS.test(calledSomeone[1]!.toLowerCase())) return false;
  // ("writing that he would “Make Argentina Great Again”": a verb's words after its modal are said, however capitalised.)
  if (!named && /\b(?:would|will|could|can|must|should|shall)\s+\S?$/i.test(cue)) return false;
  // ("chanting “Arrest Yoon Suk Yeol.”": words chanted, shouted or written on a banner are said.)
  if (CHANTED_BEFORE_QUOTE.test(cue)) return false;
  // ("“Anora,” a low-budget comedy about …": a title the apposition after it calls a work.)
  if (/^\p{Lu}/u.test(inner) && inner.split(/\s+/).length <= 8 && WORK_APPOSED.test(text.slice(q.end))) return true;
  if (titled && inner.split(/\s+/).length <= 15) return true;
  const words = inner.replace(/[.:;,]$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (!content.length || !content.every((w) => /^[\p{Lu}\p{N}#]/u.test(w))) return false;
  // (Before a comma, only a title of several words: “It Was Just an Accident,” a drama; not “Thanks,” he said.)
  if (/,$/.test(inner) && !named && (content.length < 2 || words.length < 3)) return false;
  // “Absolutely” she said; He said: “Thank You”.
  const after = text.slice(q.end + 1, q.end + 40).toLowerCase().match(/\p{L}+/gu)?.slice(0, 3) ?? [];
  const before = text.slice(Math.max(0, q.start - 30), q.start - 1).toLowerCase();
  // ("Google unveils ‘Willow’ quantum chip": a name before the common noun it names, whatever verb comes later.)
  if (content.length <= 3 && /^\S?\s+\p{Ll}+\s+\p{Ll}/u.test(text.slice(q.end, q.end + 30)) && after[0] && !speechVerbs.has(after[0]) &&
    !/^(?:he|she|they|it|we|i|you|was|is|were|are|had|has|have|and|or|but|as|to|in|on|at|for|from|with|by|of)$/.test(after[0])) return true;
  // (A programme's or a thing's name stays a name when the sentence goes on to say something.)
  // (As does one said to be named so, whatever verb follows: "the operation, named “Rising Lion,” would continue".)
  return aired || named || (!after.some((w) => speechVerbs.has(w)) && !/:\s*$/.test(before));
}

/**
 * A work cited in a list of sources: “Document found on street not secret” — The Canadian
 * Press, August 15, 2008. A headline, then its publication and date to the paragraph's end.
 */
export function citesAWork(text: string, q: QuoteSpan): boolean {
  if (q.open || /[.!?,]$/.test(text.slice(q.start, q.end).trim())) return false;
  const after = text.slice(q.end + 1);
  return after.length <= 100 && /^\s*[—–-]\s*\S[^“”"]*\b(?:1[89]|20)\d{2}\b[^“”"]*$/.test(after);
}
