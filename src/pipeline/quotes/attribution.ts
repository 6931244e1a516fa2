import type { Entity, EntityType } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';
import type { Lexicon } from '../lexicon';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { NEWSPAPER_WORD_SET } from '../lexicon/organizations';
import { BODY_ROLES, SPORTS_ROLES as SPORTS_ROLE_LIST, SURNAMES_FIRST, TITLE_QUALIFIERS } from '../lexicon/people';
import { NAMING_VERBS } from '../lexicon/speech-verbs';
import {
  DOCUMENT_NOUNS, GROUP_PRONOUNS, ISSUING_VERBS, ORG_NOUN_SET, PERSON_PRONOUNS, ROLE_SYNONYMS, SPEECH_NOUNS, SPOKESPEOPLE,
} from '../lexicon/reference-nouns';
import type { Sentence, Token } from '../stages/03-sentences';
import { type QuoteSpan, quoteSpans } from './quote-spans';

/** A mention placed in reading order, so "the one named before" can be found. */
export interface PlacedMention {
  entity: Entity;
  block: string;
  start: number;
  end: number;
  /** Sentence index in the article. */
  sentence: number;
  /** Where that sentence starts in the block's text. */
  sentenceStart: number;
}

/** What the article has said so far: who spoke last, of each kind. */
export interface Discourse {
  /** Mentions per block, in text order: lookups stay local, so long articles stay linear. */
  inBlock: ReadonlyMap<string, readonly PlacedMention[]>;
  /** Every mention in reading order (sentence, then offset). */
  inOrder: readonly PlacedMention[];
  lastSpeaker: Map<EntityType | 'any', Entity>;
  /** Each block's text, to read what stands around a mention. */
  texts: ReadonlyMap<string, string>;
  /** The article's sentences by index, to read the one before a pronoun. */
  sentences: readonly Sentence[];
}

export function discourse(mentions: readonly PlacedMention[], texts: ReadonlyMap<string, string> = new Map(), sentences: readonly Sentence[] = []): Discourse {
  const inOrder = mentions.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return { inBlock: groupBy(inOrder, (m) => m.block), inOrder, lastSpeaker: new Map(), texts, sentences };
}

const NONE: readonly PlacedMention[] = [];
const mentionsIn = (ctx: Discourse, block: string) => ctx.inBlock.get(block) ?? NONE;

/** How far back "the one named before" is looked for, in mentions: far enough for any article's thread. */
const LOOKBACK = 2000;

interface Cue {
  /** Offset of the cue in the block's text. */
  at: number;
  speaker: Entity | null;
  /** "…,” as Moscow calls it, …": an aside about the words before it, not a cue for words after. */
  aside?: boolean;
  /** "Trump’s statement", "a claim by Trump": a noun of speech, not a verb. */
  noun?: boolean;
  /** "called … “unconstitutional”": a verb that names what its object is. */
  naming?: boolean;
}

const SPEECH_NOUN_SET = new Set(SPEECH_NOUNS);
const UNNAMED_PEOPLE = /^(?:official|source|witness|resident|expert|analyst|diplomat|observer|insider|critic|activist|protester|lawmaker|investigator|man|woman|boy|girl|teenager|shopper|voter|fan|worker|student|driver|customer|passenger|survivor|villager|mother|father)$/;
const SPOKESPEOPLE_SET = new Set(SPOKESPEOPLE);
const ISSUING_SET = new Set(ISSUING_VERBS);
const DOC_NOUN_SET = new Set(DOCUMENT_NOUNS);
/** "… said in a statement", "… issued a communiqué": a body putting out a document. */
const PUT_OUT = new RegExp(`^[^.;]{0,40}\\b(?:in|${ISSUING_VERBS.join('|')})\\s+(?:a|an|its)\\s+(?:${DOCUMENT_NOUNS.join('|')})\\b`);
/** "The family issued a statement", "…, it said in a statement": a sentence that says someone put out a document. */
const ISSUED = new RegExp(`\\b(?:(?:${ISSUING_VERBS.join('|')})|(?:said|says|wrote|writes|stated) in)\\s+(?:a|an|its|their|his|her)\\s+(?:\\w+\\s+)?(?:${DOCUMENT_NOUNS.join('|')})\\b`);
const PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'from', 'with', 'to', 'on', 'by', 'about', 'over', 'under', 'after', 'before', 'who', 'which', 'that']);
const AUXILIARIES = /^(?:has|have|had|is|was|were|are|been|be|will|would|could|should|may|might|must|also|then|later|repeatedly|reportedly|once|again|already|recently|previously|earlier|further|has also|not|n't)$/i;
const BOUNDARY = /[,;:—–(”"’]/;
/** After a country's name: its rulers, unnamed ("Niger’s ruling junta"). */
const COUNTRY_RULERS = /^['’]s?\s+(?:(?:new|ruling|military|interim|transitional|current|outgoing|incoming)\s+)*(?:government|junta|military|army|authorities|leadership|regime|rulers|cabinet|administration)\b/;
const SURNAME_FIRST_SET: ReadonlySet<string> = new Set(SURNAMES_FIRST);
/** Words in a trade union's name that say it is one, "union" or not: "the International Association of Machinists". */
const UNION_NAME = /\b(?:union|association|federation|workers|guild|confederation|syndicate|brotherhood|teamsters|congress)\b/i;
/** Kinds of body specific enough that "the police" is a police force the article named, or none. */
/** The people of a place who speak as one, named after it in lowercase: "Utrecht police", "Manchester residents". */
const PLACE_PEOPLE = /^(?:police|authorities|officials|prosecutors|residents|firefighters|investigators|rescuers|officers|detectives|paramedics|medics|doctors|troops|forces|lawmakers|leaders|voters|locals|villagers|protesters|fans|supporters)$/;
const SPECIFIC_BODIES = /^(?:police|army|military|court|embassy|bank|club|team|newspaper|channel|university|network)$/;
const RELATIONS = /^(?:family|families|relatives|parents|children|sons?|daughters?|wife|husband|widow|mother|father|brothers?|sisters?|lawyers?|attorneys?|friends?|supporters|aides)$/i;
/** Kin, named by how they are related to someone: never whoever spoke last. */
const FAMILY = /^(?:mother|father|wife|husband|widow|widower|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle|nephew|niece|cousin|stepfather|stepmother|fiancée?|partner|girlfriend|boyfriend|parents?)$/;

/** Who said the quote `q` of `sentence`, from the sentence's cues; null when it does not say. */
export function speakerInSentence(
  blockText: string, sentence: Sentence, q: QuoteSpan, quotesInBlock: readonly QuoteSpan[],
  ctx: Discourse, lex: Lexicon,
): Entity | null | undefined {
  // "“…” – Matthew Ingram": a signature after the closing mark says it outright.
  const dash = /^[”"’']?\s*[-–—]\s*/.exec(blockText.slice(q.end, q.end + 8));
  const signed = dash ? mentionsIn(ctx, sentence.block).find((m) => m.start === q.end + dash[0].length)?.entity : undefined;
  if (signed && (signed.type === 'person' || signed.type === 'organization')) return signed;
  const inQuote = (t: Token) => quotesInBlock.some((x) => t.start >= x.start && t.end <= x.end);
  const cues: Cue[] = [];
  const tokens = sentence.tokens;
  // (A name's own words are no verbs: "the United States" never "states".)
  const named = mentionsIn(ctx, sentence.block).filter((m) => m.end > sentence.start && m.start < sentence.end);
  const inName = (t: Token) => named.some((m) => t.start >= m.start && t.end <= m.end);
  tokens.forEach((t, i) => {
    if (inQuote(t) || inName(t)) return;
    const w = t.text.toLowerCase();
    // "Macron’s ‘boots on the ground’ remark": the words quoted are the owner's remark.
    if (SPEECH_NOUN_SET.has(w) && i > 0 && inQuote(tokens[i - 1]!)) {
      const opening = tokens.findIndex((x) => quotesInBlock.some((y) => y.start === x.start && y.end >= tokens[i - 1]!.end));
      const owner = opening > 0 && tokens[opening - 1]!.possessive ? mentionEndingAt(ctx, sentence.block, tokens[opening - 1]!.end) : undefined;
      if (owner) {
        cues.push({ at: tokens[opening - 1]!.start, speaker: owner, noun: true });
        return;
      }
    }
    const asSaying = /^(?:quoted|quotes|quoting|cited|cites|citing)$/.test(w) ? tokens.findIndex((x, k) => k > i + 1 && k <= i + 8 &&
      x.text.toLowerCase() === 'as' && /^(?:saying|telling|stating|adding|noting|warning)$/i.test(tokens[k + 1]?.text ?? '')) : -1;
    if (asSaying > 0 && PASSIVE.test(tokens[i - 1]?.text ?? '')) {
      // "Claure was quoted by Reuters as saying": the one quoted, the verb's subject, speaks.
      cues.push({ at: t.start, speaker: subjectOf(blockText, sentence, i, quotesInBlock, ctx, lex) });
    } else if (asSaying > 0) {
      // "The paper cited her as saying", "quoted Peskov as telling reporters": the one cited speaks.
      cues.push({ at: t.start, speaker: subjectOfPhrase(sentence, tokens[i + 1]!.start, tokens[asSaying]!.start, ctx, lex) });
    } else if (SPEECH_NOUN_SET.has(w) && tokens[i + 1]?.text.toLowerCase() === 'by' && !inQuote(tokens[i + 1]!)) {
      // "a distorted claim by Trump that …": whom the claim is by.
      const by = phraseAt(blockText, sentence, tokens[i + 1]!.end, ctx, lex);
      if (by && (by.type === 'person' || by.type === 'organization')) cues.push({ at: t.start, speaker: by, noun: true });
    } else if ((lex.speechVerbs.has(w) || quotedAsSpeaker(tokens, i)) && !isNounUse(blockText, tokens, i) && !continuesAnAction(w, tokens[i + 1], tokens[i + 2]) && !saidOfSubject(tokens, i) &&
      !notAReport(blockText, tokens, i)) {
      const aside = /^(?:it|them|this|that)$/i.test(tokens[i + 1]?.text ?? '') &&
        /(?:^|[,(—–][”"’]?\s*)as\s+[^,;]{1,40}$/i.test(blockText.slice(sentence.start, t.start));
      cues.push({ at: t.start, speaker: subjectOf(blockText, sentence, i, quotesInBlock, ctx, lex), aside, naming: NAMING_VERBS.test(w) });
    } else if (/^(?:found|finds|concluded|concludes)$/.test(w) && !inQuote(t)) {
      // ("A damning report by HM Inspectorate of Prisons has found “systemic failures”": a finding's words are the
      // body's the document is by, or whose it is: "the regulator's review concluded".)
      const k = tokens.slice(Math.max(0, i - 8), i).findIndex((x) => FINDING_DOCUMENTS.test(x.text));
      if (k >= 0) {
        const doc = tokens[Math.max(0, i - 8) + k]!;
        const by = mentionsIn(ctx, sentence.block).find((m) => m.start > doc.end && m.end <= t.start && DOCUMENT_BY.test(blockText.slice(doc.end, m.start)));
        const owner = mentionsIn(ctx, sentence.block).find((m) => m.end <= doc.start && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(blockText.slice(m.end, doc.start)));
        const body = (by ?? owner)?.entity;
        if (body && body.type === 'organization') cues.push({ at: t.start, speaker: body });
      }
    } else if ((w === 'quoting' || w === 'citing') && !inQuote(t)) {
      // "According to Yonhap, quoting the Korean Central News Agency, …": whose words they are.
      const source = phraseAt(blockText, sentence, t.end, ctx, lex);
      if (source && (source.type === 'person' || source.type === 'organization')) cues.push({ at: t.start, speaker: source });
    } else if (w === 'according' && tokens[i + 1]?.text === 'to') {
      cues.push({ at: t.start, speaker: phraseAt(blockText, sentence, tokens[i + 1]!.end, ctx, lex) });
    } else if (w === 'words' && /^(?:his|her)$/i.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text.toLowerCase() === 'in' && t.start < q.start) {
      // "…, which, in her words, showed “…”": whose words the pronoun says, whoever else the clause names.
      cues.push({ at: t.start, speaker: referent([tokens[i - 1]!.text.toLowerCase() === 'his' ? 'he' : 'she'], ctx, sentence, lex) });
    } else if (w === 'words' && tokens[i + 1]?.text.toLowerCase() === 'of' && tokens[i - 1]?.text.toLowerCase() === 'the') {
      // "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": whom the words are of.
      cues.push({ at: t.start, speaker: namedBetween(ctx, sentence.block, tokens[i + 1]!.end, q.start > t.start ? q.start : sentence.end) ??
        phraseAt(blockText, sentence, tokens[i + 1]!.end, ctx, lex) });
    } else if (SPEECH_NOUN_SET.has(w) && i > 1 && /^(?:a|an)$/i.test(tokens[i - 1]!.text) && ISSUING_SET.has(tokens[i - 2]!.text.toLowerCase()) && !inQuote(tokens[i - 2]!)) {
      // "Cornyn issued a statement regarding …": the one who issued it speaks.
      cues.push({ at: tokens[i - 2]!.start, speaker: subjectOf(blockText, sentence, i - 2, quotesInBlock, ctx, lex) });
    } else if (SPEECH_NOUN_SET.has(w) && i > 0 && tokens[i - 1]!.possessive && !JUDGED_AFTER.test(blockText.slice(t.end, t.end + 30))) {
      // ("Peskov said Cameron’s comments were “a very dangerous statement”": words said of the comments, not in them.)
      const owner = mentionEndingAt(ctx, sentence.block, tokens[i - 1]!.end);
      if (owner) cues.push({ at: t.start, speaker: owner, noun: true });
    }
  });
  // "Peskov: “…”": a name and a colon right before the quote.
  const colon = /([^\s:]+)\s*:\s*[“"‘']?$/.exec(blockText.slice(Math.max(0, q.start - 60), q.start));
  if (colon) {
    const end = q.start - colon[0].length + colon[1]!.length;
    const placed = mentionsIn(ctx, sentence.block).find((x) => x.end === end);
    // "Braverman told GB News: “…”": the one told is no speaker.
    // (Past the article or title before the one told: "told the BBC:", "told Mrs May:".)
    const told = placed && /(\p{Ll}+)\s+(?:(?:the|\p{Lu}[\p{L}.]*)\s+){0,3}$/u.exec(blockText.slice(Math.max(0, placed.start - 40), placed.start))?.[1]?.toLowerCase();
    // ("Lula calls for an end to veto power at the UN: “It's crazy”": nor is a body or a place a preposition governs.)
    const m = told && (lex.speechVerbs.has(told) || /^(?:to|at|in|on|for|with|against|about|over|into|across|near)$/.test(told)) ? null : mentionEndingAt(ctx, sentence.block, end);
    // ("Galuzin told TASS that the West meddles in Georgia: “…”": a place ending the reported
    // clause is what it is about; the speech verb before says who.)
    const placeInClause = m?.type === 'place' && cues.some((c) => c.at < q.start && c.speaker);
    if (m && m.type !== 'other' && !placeInClause) cues.push({ at: q.start - 1, speaker: m });
  }
  // "Defense attorneys called the restriction on Trump’s speech “unconstitutional”": a noun of
  // speech inside what a naming verb governs is not who speaks; the verb's subject is, named or not.
  // ("Responding to Blinken’s suggestion that Moscow would not “tango”" is Blinken's word.)
  const nearest = cues.filter((c) => c.at < q.start && !c.aside).sort((a, b) => b.at - a.at)[0];
  if (nearest?.noun) {
    const verb = cues.filter((c) => c.at < nearest.at && !c.noun && !c.aside).sort((a, b) => b.at - a.at)[0];
    if (verb?.naming) return verb.speaker;
    // ("The task force said Harvard’s statement “reinforces the troubling …”": the quote goes on from the noun
    // as its predicate, the verb's subject's words about the statement, not the statement's own.)
    if (verb?.speaker && /^\p{L}+\s*[“"‘]?$/u.test(blockText.slice(nearest.at, q.start)) && /^\p{Ll}+(?:s|ed)\b/u.test(blockText.slice(q.start, q.end))) return verb.speaker;
  }
  const before = cues.filter((c) => c.at < q.start && c.speaker && !c.aside).sort((a, b) => b.at - a.at);
  const after = cues.filter((c) => c.at >= q.end && c.speaker).sort((a, b) => a.at - b.at);
  // ("Austin has asked his staff …, though one official warned that “…”": the verb right before the
  // quote says whose words they are, even someone unnamed; a name further back does not.)
  if (nearest && !nearest.speaker && !nearest.noun && before[0] && nearest.at > before[0].at &&
    /^\s*(?:that\s*)?[“"‘]?$/.test(blockText.slice(nearest.at, q.start).replace(/^\S+/, ''))) return null;
  // "Fico said that Putin had confirmed Russia’s readiness …, but that this was “practically
  // impossible”": a second "that" clause is the first verb's again, when the verb between takes none.
  if (before[1]) {
    const between = blockText.slice(before[0]!.at, q.start);
    const coordinated = /,?\s+(?:but|and|yet)\s+(?:also\s+)?that\s/.exec(between);
    if (coordinated && !/^\S+\s+that\b/.test(between) && !/\bthat\b/.test(between.slice(0, coordinated.index)) &&
      /^\S+(?:\s+[^\s,;.]+){0,4}\s+that\s/.test(blockText.slice(before[1].at, before[0]!.at))) return before[1].speaker;
  }
  if (before[0]) return before[0].speaker;
  // "“Be patient,” rescuers told a boy, according to Reuters": the verb right after the quote
  // says who, even people no one names; a source further on only reports it.
  const next = cues.filter((c) => c.at >= q.end && !c.noun).sort((a, b) => a.at - b.at)[0];
  if (next && !next.speaker && next.at - q.end <= 30 && after[0] && after[0].at > next.at) return null;
  if (after[0]) return after[0].speaker;
  return cues.length ? null : undefined;
}

/** "would continue to support", "continued fighting", "pointed to the table": doing something, not speaking. */
function continuesAnAction(word: string, next: Token | undefined, after?: Token): boolean {
  if (next === undefined) return false;
  // "She pointed to the refreshment table": a gesture, where "pointed out" is speech.
  if (/^point/.test(word)) return /^(?:to|at|toward|towards)$/i.test(next.text);
  // "the member who wishes to leave": a wish to do something, where "wished them luck" is speech.
  if (/^wish/.test(word)) return /^(?:to|that|for)$/i.test(next.text);
  // "Putin had agreed to the interview": consent to a thing, where "agreed that …" is speech.
  if (/^agree/.test(word)) return /^(?:to|on)$/i.test(next.text) && /^(?:the|a|an|this|that|these|those|it|its|his|her|their|such)$/i.test(after?.text ?? '');
  // "did not rule out “military-technical cooperation”": what is ruled out is no ruling.
  if (/^rul/.test(word)) return /^out$/i.test(next.text);
  return /^continu/.test(word) && (next.text.toLowerCase() === 'to' || /ing$/.test(next.text));
}

/**
 * "Moscow will respond to any ‘theft’": what someone will or may say is no report of words said;
 * "the decision, announced at the summit, amounted to “theft”": a participle after a noun's
 * comma describes the noun (after a closing quotation mark it would be turned round: "…,” announced the ministry).
 */
function notAReport(text: string, tokens: readonly Token[], i: number): boolean {
  // ("Kiev would not agree to any arrangement “…”": what someone would not do is no report of words either.)
  const modal = /^(?:will|would|may|might|could|can|shall|should|must)$/i;
  if (modal.test(tokens[i - 1]?.text ?? '') || (/^(?:not|never)$/i.test(tokens[i - 1]?.text ?? '') && modal.test(tokens[i - 2]?.text ?? ''))) return true;
  // ("In a statement read outside court, the family said": a document that was read, not one that reads “…”.)
  if (/^read$/i.test(tokens[i]!.text) && DOC_NOUN_SET.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
    /^(?:outside|out|aloud|by|at|in|on|to|before|after)$/i.test(tokens[i + 1]?.text ?? '')) return true;
  // ("Zambada, who this week pleaded guilty": a plea entered in court is no report of words.)
  if (/^(?:pleaded|pled|pleads|plead|pleading)$/i.test(tokens[i]!.text) && /^(?:guilty|not|innocent|no)$/i.test(tokens[i + 1]?.text ?? '')) return true;
  // (Not the verb after a name set off by commas: "Its director general, Rafael Grossi, called on both sides …".)
  const before = text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start);
  return /ed$/i.test(tokens[i]!.text) && /\p{L}\s*,\s*$/u.test(before) && !/,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*,\s*$/u.test(before) &&
    /^(?:at|in|on|by|during|after|before|last|earlier|this|to)$/i.test(tokens[i + 1]?.text ?? '');
}

/**
 * The given name of a name's words: the first, but the second where the first is a family name
 * written first ("Lan Fo’an" is a man; "Lan" alone is a woman's name elsewhere).
 */
function givenName(words: readonly string[]): string {
  return words.length > 1 && SURNAME_FIRST_SET.has(words[0]!.toLowerCase()) ? words[1]! : words[0] ?? '';
}

/** A form of "be" before a participle: the verb is passive. */
const PASSIVE = /^(?:is|are|was|were|be|been|being)$/i;

/** "Vandenbroeck is quoted by Daily News": the one quoted is the one who spoke. */
function quotedAsSpeaker(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text.toLowerCase() === 'quoted' && PASSIVE.test(tokens[i - 1]?.text ?? '');
}

/** "he was alleged to have spoken", "she is said to be": the subject is talked about, not talking. */
function saidOfSubject(tokens: readonly Token[], i: number): boolean {
  // ("The diplomat was told that …": the one told hears the words, whoever said them.)
  // ("Elian has been increasingly referred to as “our son”": the one called so is no speaker.)
  const passive = PASSIVE.test(tokens[i - 1]?.text ?? '') || (/ly$/i.test(tokens[i - 1]?.text ?? '') && PASSIVE.test(tokens[i - 2]?.text ?? ''));
  if (passive && /^(?:referred|addressed)$/i.test(tokens[i]!.text)) return true;
  return PASSIVE.test(tokens[i - 1]?.text ?? '') && (tokens[i + 1]?.text.toLowerCase() === 'to' || /^(?:told|informed|reminded|assured)$/i.test(tokens[i]!.text));
}

/** "his statement", "a call for": words a speech verb list holds that are nouns here. */
function isNounUse(text: string, tokens: readonly Token[], i: number): boolean {
  // ("Russian state media", "a state visit": the country, not the verb; it says only before "that" or a quote.)
  if (/^state$/i.test(tokens[i]!.text) && /^\s+\p{L}/u.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3)) && tokens[i + 1]?.text.toLowerCase() !== 'that') return true;
  const prev = tokens[i - 1];
  // ("Cameron’s comments", "the ministry’s statements": a possessive's noun.)
  if (prev?.possessive && /^['’]s?\s+$/.test(text.slice(prev.end, tokens[i]!.start))) return true;
  if (!prev || !/^\s+$/.test(text.slice(prev.end, tokens[i]!.start))) return false;
  // ("in order to", "on record": after a preposition, a word that is no participle is a noun.)
  if (/^(?:in|on|of|for|at|by|with|under|without)$/i.test(prev.text) && !/ing$/i.test(tokens[i]!.text)) return true;
  // ("unless West meets demands", "Kiev rejected calls": the object of a verb before it.)
  if (/s$/.test(tokens[i]!.text) && /^\p{Ll}+(?:s|ed)$/u.test(prev.text) && !AUXILIARIES.test(prev.text)) return true;
  return /^(?:a|an|the|this|that|his|her|its|their|our|my|your)$/i.test(prev.text);
}

/** The subject of the speech verb at token `v`: on its left, or after it when inverted. */
function subjectOf(
  text: string, s: Sentence, v: number, quotes: readonly QuoteSpan[], ctx: Discourse, lex: Lexicon,
): Entity | null {
  const verb = s.tokens[v]!;
  const verbWord = verb.text.toLowerCase();
  const prevWord = s.tokens[v - 1]?.text.toLowerCase() ?? '';
  if (/ing$/.test(verbWord) && !/^(?:is|was|were|are|been|be)$/.test(prevWord)) {
    // "with Boswell stating: …": a name right before the participle is its subject.
    const named = nameRightBefore(text, s, verb.start, ctx);
    if (named && (named.type === 'person' || named.type === 'organization')) return named;
    // "“…,” he added, warning that …": the participle's subject is the speech verb's right before it.
    const said = s.tokens[v - 1];
    if (said && v >= 2 && lex.speechVerbs.has(said.text.toLowerCase()) && /^,\s*$/.test(text.slice(said.end, verb.start))) {
      // ("…, a statement said, adding that …": an unnamed source leaves it to the sentence's subject.)
      const subject = subjectOf(text, s, v - 1, quotes, ctx, lex);
      if (subject) return subject;
    }
    // "…, saying that …": the participle's subject is the sentence's.
    return sentenceSubject(text, s, quotes, ctx, lex, verb.start);
  }

  // ("Congo’s government said it would not abandon Goma and accused Rwanda of …": a verb in the past
  // after "and" shares the subject of the speech verb in the past before it, not what that verb reported.)
  if (prevWord === 'and' && /ed$/.test(verbWord)) {
    const saidInPast = (t: Token) => lex.speechVerbs.has(t.text.toLowerCase()) && /(?:ed|said|told|wrote)$/.test(t.text);
    let k = v - 2;
    while (k > 0 && !/^[,;:“”"]$/.test(text.slice(s.tokens[k]!.end, s.tokens[k + 1]!.start).trim()) && !saidInPast(s.tokens[k]!)) k--;
    const earlier = s.tokens[k];
    if (k > 0 && earlier && saidInPast(earlier) && !/[,;:“”"]/.test(text.slice(earlier.end, s.tokens[v - 1]!.start))) {
      const subject = subjectOf(text, s, k, quotes, ctx, lex);
      if (subject) return subject;
    }
  }
  // ("Albanese initially said this was a question for Dutton, then said: “…”": a verb after a comma and "then" shares
  // the sentence's subject, not the name the clause before ends on.)
  const thenAfter = /,\s*then\s+$/i.exec(text.slice(s.start, verb.start));
  if (thenAfter) {
    const subject = sentenceSubject(text, s, quotes, ctx, lex, s.start + thenAfter.index);
    if (subject && (subject.type === 'person' || subject.type === 'organization')) return subject;
  }
  let from = verb.start;
  // Skip auxiliaries and adverbs: "the ministry has also warned".
  for (let k = v - 1; k >= 0 && AUXILIARIES.test(s.tokens[k]!.text) && /^\s+$/.test(text.slice(s.tokens[k]!.end, from)); k--) from = s.tokens[k]!.start;
  // "Hakan Demirtas, 32, told Reuters": an age in apposition says nothing of who.
  const age = /,\s*\d{1,3}\s*,\s*$/.exec(text.slice(s.start, from));
  if (age) from = s.start + age.index;
  // ("Sen. Alex Padilla, D-Calif., accused": nor does a lawmaker's party and state.)
  const party = /,\s*[RDI]-\p{Lu}[\p{L}.]*\s*,\s*$/u.exec(text.slice(s.start, from));
  if (party) from = s.start + party.index;
  // "Washington congratulated Lee and said …": a verb joined by "and" to the sentence's first has its subject.
  const joined = /\s+and\s+$/.exec(text.slice(s.start, from));
  // ("He thanked Russia for its support and pledged “full support”": the pronoun the sentence opens with.)
  const pronoun = joined ? /^\s*(He|She)\s+\p{Ll}+/u.exec(text.slice(s.start, s.start + joined.index)) : null;
  if (pronoun && joined && !/[,;:“”"]/.test(text.slice(s.start, s.start + joined.index))) {
    const who = referent([pronoun[1]!.toLowerCase()], ctx, s, lex);
    if (who) return who;
  }
  if (joined) {
    const opener = mentionsIn(ctx, s.block).filter((m) => m.start >= s.start && m.end <= s.start + joined.index).sort((a, b) => a.start - b.start)[0];
    // ("Russian Foreign Minister Sergey Lavrov has accused the US of waging a “hybrid war” against Russia and
    // warned that …": after the opener's own role, and past words it quoted.)
    const lead = opener ? text.slice(s.start, opener.start).trim() : '';
    // ("The police named him as Abdul Ezedi, 35, from Newcastle, and said …": past an age and a hometown set off by commas.)
    const between = opener ? text.slice(opener.end, s.start + joined.index).replace(/[“"][^“”"]*[”"]/g, 'Q')
      .replace(/,\s*\d{1,3}\s*(?=,)/g, '').replace(/,\s*from\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*,?\s*$/u, '') : '';
    if (opener && (/^(?:the)?$/i.test(lead) || (opener.entity.type === 'person' && lead === opener.entity.role)) && opener.entity.type !== 'other' &&
      /^\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(opener.end)) && !/[,;:“”"]/.test(between)) return opener.entity;
  }
  const whole = clauseBefore(text, s.start, from);
  // "… came after Blinken said": the verb's subject follows the last subordinating word.
  // ("… over what it called “unacceptable” remarks": the pronoun after "what" is the verb's subject.)
  // ("the city of Kurakhovo, which he described as “…”": so is the one after a relative "which".)
  const sub = /^(.*\b(?:after|before|when|while|because|since|although|though|whereas|once|until|that|what|which)\s+)(?=\S)/is.exec(whole.text);
  const left = sub && /[\p{L}]/u.test(whole.text.slice(sub[1]!.length)) ? { start: whole.start + sub[1]!.length, text: whole.text.slice(sub[1]!.length) } : whole;
  // ("…, Viktor Orban, who arrived on what he described as a “peace mission”": a pronoun inside a
  // relative clause is the one the clause is about.)
  // ("China staged drills … in what it described as a “stern warning”": a body's "it" the same way.)
  if (/^\s*it\s*$/i.test(left.text) && /\b(?:what|which)\s*$/i.test(text.slice(s.start, left.start)) && !/,\s*which\s*$/i.test(text.slice(s.start, left.start))) {
    // (A country opening the sentence is its subject too.)
    const subject = sentenceSubject(text, s, quotes, ctx, lex, left.start) ?? mentionsIn(ctx, s.block).find((m) => m.start === s.start && m.entity.type === 'place')?.entity;
    if (subject && (subject.type === 'organization' || subject.type === 'place')) return subject;
  }
  if (/^\s*(?:he|she)\s*$/i.test(left.text)) {
    const who = /,\s*who\b[^,;:“”"()]*$/.exec(text.slice(s.start, left.start));
    const head = who ? mentionEndingAt(ctx, s.block, s.start + who.index) : null;
    if (head?.type === 'person' && pronounFits(left.text.trim().toLowerCase(), head, lex)) return head;
    // ("Orban met Putin in Moscow, … in what he described as a “peace mission”": a pronoun in a clause
    // hung on the sentence is its subject, not the last person named.)
    const subject = !who && /\b(?:what|which)\s*$/i.test(text.slice(s.start, left.start)) ? sentenceSubject(text, s, quotes, ctx, lex, left.start) : null;
    if (subject?.type === 'person' && pronounFits(left.text.trim().toLowerCase(), subject, lex)) return subject;
  }
  // ("Syrsky, who replaced Zaluzhny …, said on Saturday that he had ordered the pullout “…”": the pronoun
  // opening what someone said is that someone.)
  const reported = /^\s*(?:he|she)\b/i.test(left.text) ? /\b(?:said|says|told\s+[\p{L}-]+|added|stated|insisted|claimed|argued|explained|wrote)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?that\s+$/u.exec(text.slice(s.start, left.start)) : null;
  if (reported) {
    const subject = sentenceSubject(text, s, quotes, ctx, lex, s.start + reported.index);
    if (subject?.type === 'person' && pronounFits(/^\s*(\S+)/.exec(left.text)![1]!.toLowerCase(), subject, lex)) return subject;
  }
  // ("Rachel Reeves, who took office in July, welcomed the move but warned that …": a verb joined
  // to one right after a relative clause has the clause's head for subject.)
  const joinedAfterRelative = /^\s*\p{Ll}+(?:ed|s)\b[^,;:“”"]*\s(?:and|but)\s+(?:also\s+)?$/u.test(left.text) ? RELATIVE_CLAUSE_BEFORE.exec(text.slice(s.start, left.start)) : null;
  const relativeHead = joinedAfterRelative ? mentionEndingAt(ctx, s.block, s.start + joinedAfterRelative.index) : null;
  if (relativeHead?.type === 'person' || relativeHead?.type === 'organization') return relativeHead;
  // "Pandor told reporters that …, but added: “…”": a verb joined after a comma shares the sentence's subject.
  // ("Trump called the development “a wake-up call” for U.S. industry but said it could be “a positive”": so does one
  // joined after the words a quote ends, no name of its own before the verb.)
  if (/^\s*(?:and|but|yet)(?:\s+(?:then|also|later))?\s*$/i.test(left.text) ||
    /^\s*(?:for|to|in|on|about|of|over)\b[^,;:“”"]*\s(?:and|but|yet)(?:\s+(?:then|also|later))?\s*$/i.test(left.text) && /[”"]\s*$/.test(text.slice(s.start, left.start))) {
    const subject = sentenceSubject(text, s, quotes, ctx, lex, left.start);
    if (subject) return subject;
  }
  // (Only marks left, as a straight closing quote is: "'…,' said Zelensky"; or a time or an adverb:
  // "The IMF, which has a loan program with Argentina, last week praised the “impressive” progress".)
  if (!/[\p{L}\p{N}]/u.test(left.text) || WHEN_BEFORE_VERB.test(left.text)) {
    // "Smith, who heads the committee, said", "Biden, speaking at the White House, called":
    // the name before the relative or participle clause.
    const relative = RELATIVE_CLAUSE_BEFORE.exec(text.slice(s.start, /[\p{L}\p{N}]/u.test(left.text) ? left.start : from));
    let head = relative ? mentionEndingAt(ctx, s.block, s.start + relative.index) : null;
    // ("Novatek, Russia’s largest producer of liquefied natural gas, which operates the terminal, said": past an apposition before the clause.)
    // ("Lee Jae-myung, the leader of the opposition Democratic Party, who narrowly lost …, called": a "who" is
    // a person's, not the body that ends the apposition before it.)
    const whoAfterBody = relative && head && head.type !== 'person' && /^,\s*who\b/.test(relative[0]);
    const apposition = relative && (!head || whoAfterBody) ? /,\s*[^,;:“”"]+$/.exec(text.slice(s.start, s.start + relative.index)) : null;
    const beforeApposition = apposition ? mentionEndingAt(ctx, s.block, s.start + apposition.index) : null;
    if (apposition && (!whoAfterBody || beforeApposition?.type === 'person')) head = beforeApposition;
    // ("Dr. Hiromitsu Nakauchi of Stanford University, who was not involved, called …": the person the body is "of".)
    if (head?.type === 'organization' && relative) head = personOfBody(text, s, ctx, head, s.start + relative.index) ?? head;
    // ("Saudi Arabia, which has been in talks with the Houthis, called for …": a country speaks through its government.)
    if (head && (head.type === 'person' || head.type === 'organization' || (head.type === 'place' && !!relative && !/^,\s*(?:who|whose|\p{Ll}+ing)\b/u.test(relative[0])))) return head;
    // ("The company, which also makes Dove soap, said …": the common noun before the clause refers back to whom it names.)
    const nounBefore = relative && !head ? /^\s*the\s+(\p{L}+)\s*$/iu.exec(text.slice(s.start, s.start + relative.index)) : null;
    const meant = nounBefore ? referent(['the', nounBefore[1]!.toLowerCase()], ctx, s, lex) : null;
    if (meant) return meant;
    // "The mayor, Ana Silva, said: …": the name in apposition right before the verb.
    const comma = /,\s*$/.exec(text.slice(s.start, from));
    const apposed = comma ? mentionEndingAt(ctx, s.block, s.start + comma.index) : null;
    // "Khaled Al-Maeena, editor at large at the Saudi Gazette, said", "Hernan Gomez, Panama
    // coach, said": an apposition that describes (it has ordinary words, not only a name)
    // says who only through the name before it.
    // (The description may end in a place of its own: "curator at the University of Arkansas, Fayetteville,".)
    const described = comma ? /,\s*([^,]*\b\p{Ll}[^,]*)(?:,\s*\p{Lu}[^,]*)?,\s*$/u.exec(text.slice(s.start, from)) : null;
    // (Not a quote's own closing comma: "“…,” Niger’s leader, General Abdourahamane Tiani, told" is Tiani.)
    if (described && !/^,\s*[”"’]/.test(described[0])) {
      const named = mentionEndingAt(ctx, s.block, s.start + described.index);
      // ("Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham, the Islamist group that led the offensive, told": the
      // body is the role's, inside the person's apposition; the person speaks.)
      const bodyStart = named?.type === 'organization' ? mentionsIn(ctx, s.block).find((m) => m.entity === named && m.end === s.start + described.index)?.start : undefined;
      const role = bodyStart !== undefined ? /,\s*(?:the|a|an)\s+[^,;“”"]*\b(?:of|at|for)\s+(?:the\s+)?$/.exec(text.slice(s.start, bodyStart)) : null;
      const holder = role ? mentionEndingAt(ctx, s.block, s.start + role.index) : null;
      if (holder?.type === 'person') return holder;
      if (named && (named.type === 'person' || named.type === 'organization')) return named;
    }
    // ("“…,” Dai Yajuan of the Chengdu Military Area Command, told": the person the body is "of", a stray comma after it.)
    if (apposed?.type === 'organization') return personOfBody(text, s, ctx, apposed, s.start + comma!.index) ?? apposed;
    if (apposed?.type === 'person') return apposed;
    // ("The statement, published by the Kremlin on Thursday, criticized …": a document speaks for whoever put it out.)
    const putOutBy = PUT_OUT_BY.exec(text.slice(s.start, from));
    if (putOutBy) {
      const source = mentionsIn(ctx, s.block).find((m) => m.start === s.start + putOutBy[0].length && m.entity.type !== 'other');
      if (source) return source.entity;
    }
    // ("The report, published on Wednesday, said": a document opening the sentence, a clause about it set off, speaks for whoever it is by.)
    const docOpening = DOCUMENT_OPENING.exec(text.slice(s.start, from));
    const byDocument = docOpening ? referent(['the', docOpening[1]!.toLowerCase()], ctx, s, lex) : null;
    if (byDocument) return byDocument;
    // ("Vance, …, once called Trump “America’s Hitler”": who is called something is no speaker.)
    if (NAMING_VERBS.test(verbWord)) return sentenceSubject(text, s, quotes, ctx, lex, verb.start);
    // Inverted: "…,” said Peskov.
    return phraseAt(text, s, verb.end, ctx, lex);
  }
  // ("… a ‘lucky goal’ despite Juan Mata magic says Wolfsburg boss Dieter Hecking": "says" with a person's name
  // ending the sentence after it, a role at most between, is inverted, whoever the words before it name.)
  if (/^(?:says|said)$/.test(verbWord)) {
    const ending = mentionsIn(ctx, s.block).find((m) => m.entity.type === 'person' && m.start > verb.end && m.end <= s.end &&
      /^\s*[.!?]?\s*$/.test(text.slice(m.end, s.end)));
    const between = ending ? text.slice(verb.end, ending.start).trim().split(/\s+/).filter(Boolean) : [];
    if (ending && between.length <= 3 && between.every((w) => /^\p{Lu}/u.test(w) || lex.roleNouns.has(w.toLowerCase()) || ROLE_WORDS_BEFORE_NAME.has(w.toLowerCase()))) return ending.entity;
  }
  // "Russian envoy to the UN Vassily Nebenzia told": a person named right before the verb is its subject
  // (not one a preposition governs: "the lack of support for Draghi also indicated").
  const right = nameRightBefore(text, s, from, ctx);
  // (A role's "for" or "to" is the role's: "Undersecretary for Education Mr. Toccafondi says", "councillor for Kinson …".)
  const gov = right ? /(\S+)\s+(?:for|of|to|with|by|from|against|about|toward|towards)\s+$/i.exec(text.slice(Math.max(s.start, from - 60), from).replace(/(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u, '')) : null;
  const governed = gov !== null && /^\p{Ll}/u.test(gov[1]!) && !lex.roleNouns.has(gov[1]!) && !lex.titles.includes(gov[1]!);
  if (right?.type === 'person' && !governed) return right;
  return subjectOfPhrase(s, left.start, from, ctx, lex) ?? apposedTo(text, s, left.start, ctx);
}

/** What may stand between "says" and the name it turns round to: "says the former Wolfsburg boss …". */
const ROLE_WORDS_BEFORE_NAME: ReadonlySet<string> = new Set(['the', ...TITLE_QUALIFIERS, ...BODY_ROLES]);

/** "In a statement, ", "In its annual report on Monday, ": a sentence that opens with the document its subject put out. */
const OPENED_WITH_DOCUMENT = new RegExp(`^In\\s+(?:a|an|its|their|his|her|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENT_NOUNS.join('|')})\\b[^,.;]{0,40},\\s*`, 'u');

/** What comes between a document's noun and the body it is by: "report by HM Inspectorate", "a statement from the". */
const DOCUMENT_BY = /^\s+(?:[\p{L}-]+\s+){0,2}(?:by|from)\s+(?:the\s+)?$/u;

/** Documents whose findings are quoted: "the report found", "an inquiry concluded". */
const FINDING_DOCUMENTS = /^(?:report|study|inquiry|review|audit|survey|investigation|inspection|assessment|analysis)$/i;

/** "The report, published on Wednesday,": a document opening the sentence, a clause about it set off. */
const DOCUMENT_OPENING = new RegExp(`^(?:the|its|this)\\s+(?:[\\p{L}-]+\\s+)?(${DOCUMENT_NOUNS.join('|')}),\\s`, 'iu');

/** "The statement, published by …,": a document and who put it out, opening the sentence. */
const PUT_OUT_BY = new RegExp(`^(?:the|a|an|its|their|this)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENT_NOUNS.join('|')}),\\s+(?:published|issued|released|posted|signed|put out|sent)\\s+by\\s+(?:the\\s+)?`, 'iu');

/** A copula after a speech noun: what follows judges the words, "Cameron’s comments were “…”". */
const JUDGED_AFTER = /^\s+(?:(?:were|was|are|is)(?:\s+not)?|had been|have been|has been)\s/;

/**
 * "Smith, who heads the committee, ", "Biden, speaking at the White House, ": a relative or
 * participle clause set off by commas, right before a verb (with a clause inside it too:
 * "Netanyahu, who ordered the strike from New York, where he had addressed the UN, said").
 */
const WHEN_BEFORE_VERB = /^\s*(?:(?:also|again|then|later|earlier|meanwhile|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|month|year)|(?:earlier |later )?this (?:week|month|year)|yesterday|today)\s*)+$/;
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:who|which|whose|\p{Ll}+ing|however|meanwhile|though|too|also|in turn|for (?:his|her|its|their) part)\b[^,]*(?:,\s*(?:where|when|while)\b[^,]*)?,\s*$/u;

/** The entity named right before offset `end` of the sentence, only spaces between. */
function nameRightBefore(text: string, s: Sentence, end: number, ctx: Discourse): Entity | null {
  const m = mentionsIn(ctx, s.block).find((x) => x.end <= end && x.start >= s.start && /^\s*$/.test(text.slice(x.end, end)));
  return m?.entity ?? null;
}

/** A curly apostrophe inside a word, which the closing single quotation mark is written as too. */
const isApostrophe = (text: string, k: number) => text[k] === '’' && /\p{L}/u.test(text[k - 1] ?? '') && /\p{L}/u.test(text[k + 1] ?? '');

/** The text from the last clause boundary before `end` (a comma, a closing quote …) to `end`. */
function clauseBefore(text: string, sentenceStart: number, end: number): { start: number; text: string } {
  let k = end - 1;
  // (An apostrophe is no closing mark: "Israel’s military".)
  for (; k >= sentenceStart && (!BOUNDARY.test(text[k]!) || isApostrophe(text, k)); k--) {
    // "Mitch McConnell (R-Ky.) said": a parenthesis is read past, not into.
    if (text[k] === ')') {
      const open = text.lastIndexOf('(', k);
      if (open >= sentenceStart) k = open;
    }
  }
  return { start: k + 1, text: text.slice(k + 1, end) };
}

/** "Dmitry Peskov, the Kremlin spokesman, said": the phrase before the apposition. */
function apposedTo(text: string, s: Sentence, clauseStart: number, ctx: Discourse): Entity | null {
  // ("Larry Langford, 63, who told the court,": past an age in apposition too.)
  const before = text.slice(s.start, clauseStart).replace(/[,\s]+$/, '').replace(/,\s*\d{1,3}$/, '');
  return mentionEndingAt(ctx, s.block, s.start + before.length);
}

/** The entity a noun phrase starting at `from` names: a name, a pronoun, or "the ministry". */
function subjectOfPhrase(s: Sentence, from: number, to: number, ctx: Discourse, lex: Lexicon): Entity | null {
  const words = s.tokens.filter((t) => t.start >= from && t.end <= to);
  // The noun phrase ends at its first preposition: "the ministry in Moscow".
  const np: Token[] = [];
  for (const t of words) {
    if (np.length && PREPOSITIONS.has(t.text.toLowerCase()) && !inMention(ctx, s.block, t)) break;
    np.push(t);
  }
  // "Japan’s new prime minister used his first trip abroad": the phrase ends at its role, before the verb.
  const roleAt = np.findIndex((t, k) => k > 0 && lex.roleNouns.has(t.text.toLowerCase()) && !t.possessive && !inMention(ctx, s.block, t) &&
    /^\p{Ll}+(?:ed|s)$/u.test(np[k + 1]?.text ?? ''));
  if (roleAt > 0) np.length = roleAt + 1;
  // Events, works and products do not speak.
  const named = mentionsIn(ctx, s.block).filter((m) => m.entity.type !== 'other' && np.some((t) => t.start >= m.start && t.end <= m.end));
  // "a spokesperson for the Foreign Ministry": one who speaks for a body, unnamed, is the body.
  const last = np[np.length - 1]?.text.toLowerCase() ?? '';
  const next = words[np.length];
  if (!named.length && SPOKESPEOPLE_SET.has(last) && next && /^(?:for|of|at)$/i.test(next.text)) {
    const body = mentionsIn(ctx, s.block).find((m) => m.start >= next.end && m.start <= to && (m.entity.type === 'organization' || m.entity.type === 'place'));
    // "the official representative of the Foreign Ministry": the one named before as its spokesperson.
    const bodyName = body?.entity.name.toLowerCase();
    const holder = body && np[0]?.text.toLowerCase() === 'the' ? lastMentioned(ctx, s, 'person', (e) => {
      const role = e.role?.toLowerCase() ?? '';
      return SPOKESPEOPLE.some((r) => role.includes(r)) && role.includes(bodyName!);
    }) : null;
    if (holder) return holder;
    if (body) return body.entity;
    // "a spokesperson for the agency": the body the article named before, by that noun's kind.
    const det = words[np.length + 1]?.text.toLowerCase();
    const noun = words[np.length + 2]?.text.toLowerCase();
    if (!body && (det === 'the' || det === 'its') && noun && ORG_NOUN_SET.has(noun)) {
      const meant = referent(['the', noun], ctx, s, lex);
      if (meant?.type === 'organization') return meant;
    }
  }
  // "Analysts at Goldman Sachs said": people no one names, speaking for the firm they work at.
  if (!named.length && UNNAMED_EXPERTS.test(last) && next && /^(?:at|from|with)$/i.test(next.text)) {
    const firm = mentionsIn(ctx, s.block).find((m) => m.start >= next.end && m.start <= to && m.entity.type === 'organization');
    if (firm && /^\s*(?:the\s+)?$/.test((ctx.texts.get(s.block) ?? '').slice(next.end, firm.start))) return firm.entity;
  }
  // "according to a statement from the Defense Ministry": whom the statement is from.
  if (!named.length && (SPEECH_NOUN_SET.has(last) || DOC_NOUN_SET.has(last)) && next && /^(?:from|by|of)$/i.test(next.text)) {
    const source = mentionsIn(ctx, s.block).find((m) => m.start >= next.end && m.start <= to && m.entity.type !== 'other');
    if (source && /^[\s\p{L}]*$/u.test((ctx.texts.get(s.block) ?? '').slice(next.end, source.start))) return source.entity;
  }
  // "the Kremlin spokesman": a role at a body means the person who holds it, when one was named.
  const head = np[np.length - 1];
  if (named.length && named.every((m) => m.entity.type !== 'person') && head && lex.roleNouns.has(head.text.toLowerCase()) &&
    !named.some((m) => head.start >= m.start && head.end <= m.end)) {
    // One the article gave a role at that very body; else, when no one did, the one who spoke
    // last, named in the sentence before ("Mr Darboe called the results “bogus” … “…,” the
    // United Democratic Party leader said"); else whoever holds such a role.
    const heldAtBody = (e: Entity) => named.some((m) => e.role?.toLowerCase().includes(m.entity.name.toLowerCase()) ?? false);
    const atBody = lastMentioned(ctx, s, 'person', heldAtBody);
    if (atBody) return atBody;
    // "Japan’s new prime minister used his first trip abroad to call for …" in a headline or its
    // dek: the one the article goes on to name with that role at that body.
    const role = head.text.toLowerCase();
    const ahead = s.block === 'title' || s.block === 'dek' ?
      ctx.inOrder.find((m) => m.sentence > s.index && m.entity.type === 'person' && heldAtBody(m.entity) && (m.entity.role?.toLowerCase().includes(role) ?? false)) : undefined;
    if (ahead) return ahead.entity;
    const last = ctx.lastSpeaker.get('person');
    const b = sentenceBeforeQuote(ctx, s);
    // (Named in the two sentences before: "… ,” Prasad told reporters. The BJP leader alleged …")
    const namedJustBefore = (e: Entity) => [b - 1, b].some((i) => {
      const x = ctx.sentences[i];
      return !!x && mentionsIn(ctx, x.block).some((m) => m.entity === e && m.start >= x.start && m.end <= x.end);
    });
    // ("An Israeli army spokeswoman": someone new, not the one who spoke last.)
    const definite = !/^(?:a|an|one)$/i.test(np[0]?.text ?? '');
    if (definite && last && namedJustBefore(last)) return last;
    const holder = referent(np.map((t) => t.text.toLowerCase()), ctx, s, lex);
    if (holder?.type === 'person') return holder;
  }
  // ("one senior EU diplomat told Politico": someone unnamed at a body, new to the article, is not the body;
  // a spokesperson, who speaks for it, is.)
  // (Nor is a source: "a Kremlin source told TASS".)
  if (named.length && head && /^(?:a|an|one|another)$/i.test(np[0]?.text ?? '') && (!SPOKESPEOPLE_SET.has(head.text.toLowerCase()) || /^sources?$/i.test(head.text)) &&
    named.every((m) => (m.entity.type === 'organization' || m.entity.type === 'place') && m.end <= head.start) &&
    (lex.roleNouns.has(head.text.toLowerCase()) || UNNAMED_PEOPLE.test(head.text.toLowerCase()))) return null;
  // "the Seoul official said": someone unnamed from a place is not the place.
  // ("Utrecht police said", "Kent firefighters said": nor are a place's police, or any people of it.)
  if (named.length && named.every((m) => m.entity.type === 'place' && m.end <= head!.start) && head &&
    (lex.roleNouns.has(head.text.toLowerCase()) || UNNAMED_PEOPLE.test(head.text.toLowerCase()) || PLACE_PEOPLE.test(head.text))) return null;
  // "the Kohberger family", "Smith's lawyers": people related to the one named, not that one.
  if (head && RELATIONS.test(head.text) && named.some((m) => m.entity.type === 'person' && m.end <= head.start)) return null;
  if (named.length) {
    const rank = (m: PlacedMention) => ['person', 'organization', 'place', 'other'].indexOf(m.entity.type);
    return named.slice().sort((a, b) => rank(a) - rank(b) || b.start - a.start)[0]!.entity;
  }
  // ("The Ministry of Justice said it accepted the findings. “…,” a spokesperson said": one who speaks for the body
  // the sentence before opens with and has report.)
  if (/^(?:a|an)$/i.test(np[0]?.text ?? '') && np.length === 2 && SPOKESPEOPLE_SET.has(last)) {
    const body = bodyOpeningReportBefore(ctx, s, lex);
    if (body) return body;
  }
  // ("though one official warned that …": someone new and unnamed points back to no one.)
  if (/^(?:a|an|one|another|some|several|two|three|other)$/i.test(np[0]?.text ?? '') && np.length >= 2) return null;
  return referent(np.map((t) => t.text.toLowerCase()), ctx, s, lex, words.map((t) => t.text.toLowerCase()).join(' '));
}

function inMention(ctx: Discourse, block: string, t: Token): boolean {
  return mentionsIn(ctx, block).some((m) => t.start >= m.start && t.end <= m.end && m.start < t.start);
}

/** The phrase that starts right after `at`: "said Peskov", "according to the statement". */
function phraseAt(text: string, s: Sentence, at: number, ctx: Discourse, lex: Lexicon): Entity | null {
  const rest = text.slice(at, s.end);
  const m = /^[\s,]*/.exec(rest)!;
  const start = at + m[0].length;
  // ("The organiser, …, said on Instagram that": where it was said is no one who said it.)
  if (/^(?:on|via)\s/i.test(text.slice(start, start + 4))) return null;
  let end = start;
  // (A dot after initials or a title's short form ends nothing: "said Florida Gov. Rick Scott".)
  const abbreviation = (k: number) => /\p{Lu}/u.test(text[k - 1] ?? '') || TITLE_ABBREVIATIONS.has(/\p{L}+$/u.exec(text.slice(start, k))?.[0].toLowerCase() ?? '');
  // (An apostrophe is no closing mark: "said Biden’s campaign chair".)
  while (end < s.end && (!BOUNDARY.test(text[end]!) || isApostrophe(text, end)) && !/[.!?]/.test(text[end]!) || (text[end] === '.' && abbreviation(end))) end++;
  return roleNamedAfter(text, s, start, end, ctx, lex) ?? subjectOfPhrase(s, start, end, ctx, lex);
}

/**
 * "…,” said the president of the 32nd Chamber, Christine Mée, …": a role, then in apposition
 * the one who holds it, is that one (not whoever the article gave the role to before).
 */
function roleNamedAfter(text: string, s: Sentence, start: number, end: number, ctx: Discourse, lex: Lexicon): Entity | null {
  const words = text.slice(start, end).toLowerCase().split(/\s+/);
  // ("…,” said Biden’s campaign chair, Jen O’Malley Dillon": a role someone named holds over the one in apposition.)
  const owner = /^\S+['’]s$/.test(words[0] ?? '') && words.length <= 4 && words.slice(1).some((w) => lex.roleNouns.has(w) || lex.titles.includes(w));
  // ("…,” said her nephew, Hemi Tapsell": one's kin, named in apposition.)
  const kin = /^(?:his|her|their)$/.test(words[0] ?? '') && words.length <= 3 && words.slice(1).some((w) => KIN_NOUNS.has(w) || lex.roleNouns.has(w));
  if (!owner && !kin && (!/^(?:the|a|an)$/.test(words[0] ?? '') || !words[1] || !(lex.roleNouns.has(words[1]) || lex.titles.includes(words[1])))) return null;
  const comma = /^,\s*/.exec(text.slice(end, s.end));
  if (!comma) return null;
  const inBlock = mentionsIn(ctx, s.block);
  if (inBlock.some((m) => m.start >= start && m.end <= end && m.entity.type === 'person' && !(owner && m.start === start))) return null;
  const m = inBlock.find((x) => x.start === end + comma[0].length);
  return m?.entity.type === 'person' && /^\s*(?:[,.;)]|$|who\b)/.test(text.slice(m.end, s.end)) ? m.entity : null;
}

/**
 * The person the sentence before the quote opens with, its subject (not a possessive's owner: "Varga’s serve"),
 * past a phrase set off by a comma that names no one ("Following Saturday's final, Safarova spoke").
 */
function personOpeningBefore(ctx: Discourse, s: Sentence): PlacedMention | undefined {
  const before = ctx.sentences[sentenceBeforeQuote(ctx, s)];
  if (!before) return undefined;
  const text = ctx.texts.get(before.block) ?? '';
  const first = ctx.inOrder.find((m) => m.sentence === before.index && m.block === before.block);
  const opens = first && (first.start === before.start || /^[^,;:“”"]{1,60},\s+$/.test(text.slice(before.start, first.start)));
  return opens && first.entity.type === 'person' && !/^['’]/.test(text.slice(first.end, first.end + 1)) ? first : undefined;
}

/** Players' and managers' roles, which sports writing uses for the one just named: "the former Nurnberg coach said". */
const SPORTS_ROLES: ReadonlySet<string> = new Set(SPORTS_ROLE_LIST);

/** One's family and friends, whom a quote is given to by kin before a name: "said her nephew, …". */
const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'nephew', 'niece', 'cousin', 'uncle', 'aunt',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'widow', 'widower', 'partner', 'fiancé', 'fiancée', 'friend', 'stepfather', 'stepmother', 'stepson', 'stepdaughter']);

/** What a pronoun or a common noun phrase refers back to. */
export function referent(words: readonly string[], ctx: Discourse, s: Sentence, lex: Lexicon, clause = words.join(' '), depth = 0): Entity | null {
  const content = words.filter((w) => !/^(?:the|a|an|this|that|its|his|her|their|also|and|but|then|later)$/.test(w));
  // "According to her": "her" alone is the pronoun, not a determiner.
  if (content.length === 0 && words.length === 1 && PERSON_PRONOUNS.includes(words[0]!)) content.push(words[0]!);
  if (content.length === 0) return null;
  const head = content[0]!;
  if (PERSON_PRONOUNS.includes(head)) {
    const fits = (e: Entity) => pronounFits(head, e, lex);
    const last = ctx.lastSpeaker.get('person');
    // ("“…,” he said when speaking at Dewan Besar": no one named after the pronoun is whom it means.)
    const at = pronounAt(ctx, s, head);
    if (relativeBefore(ctx, s, head, lex) === null) return null;
    // ("… listened to registered nurse Emily Lyons …. She spoke of Slepian …. ¶ “…,” she said": a sentence before that opens
    // with the same pronoun hands it on; it means whom that one meant.)
    const handedOn = ctx.sentences[sentenceBeforeQuote(ctx, s)];
    if (handedOn && depth < 2 && new RegExp(`^\\s*${head}\\s+\\p{Ll}`, 'iu').test((ctx.texts.get(handedOn.block) ?? '').slice(handedOn.start, handedOn.end))) {
      const meant = referent(words, ctx, handedOn, lex, clause, depth + 1);
      if (meant) return meant;
    }
    const introduced = introducedBefore(ctx, s, fits) ?? unnamedBefore(ctx, s, lex);
    // ("Akufo-Addo defeated Mahama, Osei said. “…,” she told …": the one who says the sentence before, whose given
    // name says she is a woman, before the one it opens with, whose name says neither.)
    if (introduced?.type === 'person' && !pronounFits(head, introduced, lex, false)) {
      const before = ctx.sentences[sentenceBeforeQuote(ctx, s)];
      const text = before ? ctx.texts.get(before.block) ?? '' : '';
      const reporter = before ? ctx.inOrder.find((m) => m.sentence === before.index && m.block === before.block && m.entity.type === 'person' &&
        /^\s+(?:said|says|told|added)\b/.test(text.slice(m.end, m.end + 8))) : undefined;
      if (reporter && reporter.entity !== introduced && pronounFits(head, reporter.entity, lex, false)) return reporter.entity;
    }
    if (introduced !== undefined) return introduced;
    // ("Vikram Misri announced that …, which he said would lead to “…”": the only one named before the
    // pronoun in its own sentence, not whoever spoke further back.)
    // (Outside quotation marks: "“He would like to … with (Jonathan) …,” he said" is not Jonathan.)
    const outside = outsideQuotes(ctx, s);
    const own = new RegExp(`\\b${head}\\b`, 'i').exec(outside);
    const namedOwn = own ? [...new Set(mentionsIn(ctx, s.block).filter((m) => m.start >= s.start && m.end <= s.start + own.index && m.entity.type === 'person' &&
      outside[m.start - s.start] !== ' ').map((m) => m.entity))] : [];
    if (namedOwn.length === 1 && fits(namedOwn[0]!)) return namedOwn[0]!;
    // ("… whose leader, Abu Mohammed al-Jolani, addressed crowds …. He called it “…”": the only one the
    // sentence before names, not whoever spoke further back.)
    const before = ctx.sentences[sentenceBeforeQuote(ctx, s)];
    const named = before ? [...new Set(ctx.inOrder.filter((m) => m.sentence === before.index && m.block === before.block && m.entity.type === 'person').map((m) => m.entity))] : [];
    // (Or the paragraph before, where that one is who says it: "…, said Norma Talosig, regional civil defence chief. ¶ “…,” she told AFP.")
    const reports = (e: Entity) => ctx.inOrder.some((m) => m.entity === e && m.sentence === before!.index && m.block === before!.block &&
      (/\b(?:said|says|told|added)\s+$/.test((ctx.texts.get(before!.block) ?? '').slice(Math.max(0, m.start - 8), m.start)) ||
        /^\s+(?:said|says|told|added)\b/.test((ctx.texts.get(before!.block) ?? '').slice(m.end, m.end + 8))));
    if (named.length === 1 && fits(named[0]!) && last !== named[0] && (before!.block === s.block || pronounFits(head, named[0]!, lex, false) && reports(named[0]!))) return named[0]!;
    // ("…, the 73-year-old pledged to …. “…,” he said": a sentence before that names no one but an age is about
    // the one the article is about, the person named most so far, not whoever was named last.)
    // (So is one that opens with a people's noun: "The Serbian, who had lost …, wept. “…,” he told reporters.")
    const beforeText = before ? (ctx.texts.get(before.block) ?? '').slice(before.start, before.end) : '';
    const described = /\bthe \d{1,3}-year-old\b/.test(beforeText) || lex.isDemonym(/^The (\p{Lu}\p{Ll}+)\b/u.exec(beforeText)?.[1] ?? '');
    if (before && !named.length && !last && before.block === s.block && described) {
      const most = mostNamedBefore(ctx, before.index, fits);
      if (most) return most;
    }
    // ("Local media named the suspect as Juraj Cintula. … “…,” he said": the one person the paragraph has named
    // before the quote, where the last speaker is not named in it.)
    const inParagraph = [...new Set(mentionsIn(ctx, s.block).filter((m) => m.sentence < s.index && m.entity.type === 'person').map((m) => m.entity))];
    if (last && inParagraph.length === 1 && inParagraph[0] !== last && fits(inParagraph[0]!) && !inParagraph.includes(last)) return inParagraph[0]!;
    return (last && fits(last) ? last : null) ??
      lastMentioned(ctx, s, 'person', (e, m) => fits(e) && (m.sentence < s.index || m.end <= at));
  }
  // "“…,” the Serb said", "the 37-year-old added": sports writing's names for the one just named.
  // ("the 22-year-old Frenchman said": an age before the people's noun too.)
  const people = content.length === 2 && /^\d{1,3}-year-old$/.test(head) ? content[1]! : head;
  if (words[0] === 'the' && content.length <= 2 && (content.length === 1 || people !== head) &&
    (lex.isDemonym(people) && !/s$/.test(people) || /^\d{1,3}-year-old$/.test(people))) {
    // (Not a name inside the quote: "“… Carlos was just too good,” the Serb said"; and the one the
    // sentence before is about, its subject, before one it names later: "Varga … broke Ehrlin’s serve.")
    // (Before the quote, when it runs over sentences: "Slot, who replaced Klopp, … “It is … . I … ,” the Dutchman said.")
    return personOpeningBefore(ctx, s)?.entity ?? lastMentioned(ctx, s, 'person', (_, m) => m.sentence < s.index);
  }
  if (GROUP_PRONOUNS.includes(head)) {
    // ("Analysts at Jefferies said …. “…,” they wrote": the firm the sentence before has its people speak for.)
    const firm = head === 'they' ? firmOfExpertsOpening(ctx, s.index - 1) : null;
    if (firm) return firm;
    if (head === 'they' && opensWithUnnamedGroup(ctx, s.index - 1, lex)) return null;
    // "…, the Eastern Theater Command said in a statement. It described them as “…”": the body
    // the sentence before has speaking, quoted or not.
    const body = head === 'it' ? bodySpeakingBefore(ctx, s, lex) : null;
    if (body) return body;
    // (Named before the pronoun: not "hostages held by Hamas" later in "It calls for …".)
    const at = s.start + (new RegExp(`\\b${head}\\b`, 'i').exec(outsideQuotes(ctx, s))?.index ?? s.end - s.start);
    return ctx.lastSpeaker.get('organization') ?? ctx.lastSpeaker.get('place') ?? lastMentioned(ctx, s, 'organization', (_, m) => m.sentence < s.index || m.end <= at);
  }
  const phrase = content.join(' ');
  const last = content[content.length - 1]!;
  if (DOC_NOUN_SET.has(last)) {
    // "said its statement": a body's, the one last named, whoever spoke before.
    if (words.includes('its')) return lastMentioned(ctx, s, 'organization') ?? ctx.lastSpeaker.get('organization') ?? null;
    // "The Kohberger family issued a statement … “…,” the document read": the one the sentence
    // before says issued it, named or not.
    const prev = ctx.sentences[s.index - 1];
    const prevText = prev ? (ctx.texts.get(prev.block) ?? '') : '';
    // ("In a statement, the ministry said …. … according to the statement": whoever the sentence has saying it.)
    const opened = prev ? OPENED_WITH_DOCUMENT.exec(prevText.slice(prev.start, prev.end)) : null;
    const subject = opened ? /^(.{1,60}?)\s+(?:said|told|wrote|\p{Ll}+ed|\p{Ll}+s)\b/u.exec(prevText.slice(prev!.start + opened[0].length, prev!.end)) : null;
    if (prev && opened && subject) {
      const from = prev.start + opened[0].length;
      const issuer = subjectOfPhrase(prev, from, from + subject[1]!.length, ctx, lex);
      if (issuer) return issuer;
    }
    const issued = prev ? ISSUED.exec(prevText.slice(prev.start, prev.end)) : null;
    if (prev && issued) {
      // ("…, it said in a statement. “…,” the statement read": the pronoun that put it out.)
      const pronoun = /(\p{L}+)\s*$/u.exec(prevText.slice(prev.start, prev.start + issued.index))?.[1]?.toLowerCase();
      if (pronoun && (GROUP_PRONOUNS.includes(pronoun) || PERSON_PRONOUNS.includes(pronoun))) return referent([pronoun], ctx, prev, lex);
      return sentenceSubject(prevText, prev, [], ctx, lex);
    }
    // ("According to the ministry, 29 drones were downed. “…,” the statement read": the body the sentence before cites.)
    const cited = prev ? /^According to (?:the|its) (\p{Ll}+),/u.exec(prevText.slice(prev.start, prev.end)) : null;
    const citedBody = cited && ORG_NOUN_SET.has(cited[1]!) ? referent(['the', cited[1]!], ctx, prev!, lex) : null;
    if (citedBody) return citedBody;
    // ("A report by HM Inspectorate of Prisons has found …. The report, published on Wednesday, said": the body it is by.)
    const byBody = lastMentioned(ctx, s, 'organization', (_, m) => {
      const before = (ctx.texts.get(m.block) ?? '').slice(Math.max(0, m.start - 50), m.start);
      const at = before.toLowerCase().lastIndexOf(last);
      return m.sentence <= s.index && at >= 0 && DOCUMENT_BY.test(before.slice(at + last.length));
    });
    if (byBody) return byBody;
    // (Not a person who last spoke, where nothing says they put a document out: "Gallant said …. … “…,” the statement added", of the army's.)
    const lastPerson = ctx.lastSpeaker.get('any');
    // (Their office may have: "Mr. Netanyahu's office confirmed …. “…,” the statement said.")
    const personIssued = lastPerson?.type !== 'person' || ctx.inOrder.some((m) => m.entity === lastPerson && m.sentence < s.index &&
      (PUT_OUT.test((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 80)) || /^['’]s\s+(?:(?:press\s+)?office|spokes\p{L}+|campaign|aides?)\b/u.test((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 30))));
    return ctx.lastSpeaker.get('organization') ?? (personIssued ? lastPerson : undefined) ??
      // "the ministry said in a statement … “…,” the document says": the body that put it out.
      lastMentioned(ctx, s, 'organization', (_, m) => m.sentence < s.index && PUT_OUT.test((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 80)));
  }
  // ("Netanyahu cancelled the visit. His office said …": a leader's office speaks for the leader.)
  if (/^(?:his|her)$/.test(words[0] ?? '') && /^(?:office|press office|campaign)$/.test(content.join(' '))) return referent([words[0] === 'his' ? 'he' : 'she'], ctx, s, lex);
  // "the union’s negotiating team wrote": the body whose team it is.
  if (content.length >= 2 && ORG_NOUN_SET.has(content[0]!) && /^(?:team|negotiators|leadership|delegation|lawyers|board)$/.test(last)) {
    return referent(['the', content[0]!], ctx, s, lex);
  }
  if (ORG_NOUN_SET.has(last)) {
    // ("the newspaper said": the Wall Street Journal, whose name says it is one; "the union said": the
    // machinists' association.)
    const named = lastMentioned(ctx, s, 'organization', (e) => e.name.toLowerCase().includes(last) ||
      (last === 'newspaper' && NEWSPAPER_WORD_SET.has(e.name.toLowerCase().split(/\s+/).at(-1)!)) ||
      (last === 'union' && UNION_NAME.test(e.name)));
    // ("According to the police", with no police named: not the White House that spoke before.)
    if (!named && SPECIFIC_BODIES.test(last)) return null;
    // ("changes to the OpenAI board" … "The board had said": the firm whose board the article named, not the
    // last firm to speak.)
    const boardOf = !named && last === 'board' ?
      lastMentioned(ctx, s, 'organization', (_, m) => /^(?:['’]s)?\s+board\b/.test((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 12))) : null;
    return named ?? boardOf ?? (GENERIC_FIRM.test(last) ? bodyOpeningReportBefore(ctx, s, lex) : null) ?? ctx.lastSpeaker.get('organization') ?? lastMentioned(ctx, s, 'organization');
  }
  // "a Kremlin spokesman told journalists", after Peskov was named as one: he. Not a man for
  // "An Israeli army spokeswoman", nor a woman for "a spokesman".
  const sex = /woman\b/.test(phrase) ? 'female' : /\bspokesman\b|\bchairman\b/.test(phrase) ? 'male' : null;
  const sexFits = (e: Entity) => {
    if (!sex) return true;
    const role = e.role?.toLowerCase() ?? '';
    const given = lex.genderOf(givenName(e.name.split(/\s+/)));
    return !(sex === 'female' ? /\b(?:spokes|chair)man\b/.test(role) || given === 'male' : /woman\b/.test(role) || given === 'female');
  };
  // ("the Ukrainian leader said", after "US President Joe Biden": the leader the article called Ukrainian.)
  const nation = content.find((w) => lex.isDemonym(w));
  const ofNation = (e: Entity) => !nation || (e.role?.toLowerCase().split(/\s+/).includes(nation) ?? false);
  // ("Postmistress cleared as judge condemns ‘…’": the role holder of a headline that names no one is named
  // below it, in the body. Where the headline names someone, its role nouns are that person's.)
  // ("… what the judge called “a campaign of torture” …. Mr Justice Cavanagh said": in the body, a judge no one
  // was called before is the one named further on; other roles are not, where officials come and go.)
  const headline = s.block === 'title' || s.block === 'dek';
  const namedBelow = (ok: (e: Entity) => boolean, role: string) =>
    (headline && !(ctx.inBlock.get('title') ?? []).some((m) => m.entity.type === 'person')) || (!headline && role === 'judge')
      ? ctx.inOrder.find((m) => m.entity.type === 'person' && ok(m.entity) && (headline || m.sentence > s.index))?.entity ?? null : null;
  for (const [role, synonyms] of Object.entries(ROLE_SYNONYMS)) {
    if (!phrase.includes(role) && !clause.includes(role)) continue;
    const holds = (e: Entity) => synonyms.some((r) => e.role?.toLowerCase().includes(r)) && sexFits(e);
    const byRole = lastMentioned(ctx, s, 'person', (e) => holds(e) && ofNation(e)) ?? (nation ? lastMentioned(ctx, s, 'person', holds) : null) ?? namedBelow(holds, role);
    if (byRole) return byRole;
  }
  // "an official told TASS": someone not named, and not named before; so is "the unnamed detective".
  if (/^(?:a|an|one)$/.test(words[0] ?? '') || words.some((w) => /^(?:unnamed|unidentified|anonymous)$/.test(w))) return null;
  // "German officials have said", "witnesses said": people no one names.
  const singular = [last.replace(/es$/, ''), last.replace(/s$/, '')].find((w) => w !== last && (lex.roleNouns.has(w) || UNNAMED_PEOPLE.test(w)));
  if (singular && !/(?:ss|us)$/.test(last)) return null;
  if (lex.roleNouns.has(last) || /^(?:man|woman|official|source|head)$/.test(last)) {
    const byRole = lastMentioned(ctx, s, 'person', (e) => e.role?.toLowerCase().includes(last) ?? false);
    // "A Chinese Foreign Ministry spokesperson said … the spokesperson added": no one holds
    // the role by name, so the body the article gave the role to speaks.
    const body = !byRole && SPOKESPEOPLE_SET.has(last) ? unnamedSpokespersonOf(ctx, s) : null;
    if (body) return body;
    // "A Palestinian official familiar with the talks said … “…,” the official told Reuters": the one
    // the sentence before opened with, whom no one names.
    const unnamed = byRole ? undefined : unnamedBefore(ctx, s, lex, last);
    if (unnamed !== undefined) return unnamed;
    // ("…, citing a Kremlin source. “…,” the source told TASS": a source is one no one names.)
    if (last === 'source') return byRole;
    // ("The mother of one of the twins told the court …": a relative is no one who spoke before, unless the
    // article named someone as that relative.)
    if (FAMILY.test(last)) return byRole;
    // ("Hecking, however, was not impressed. “…,” the former Nurnberg coach said": sports writing's name for the one
    // the sentence before opens with, as "the Serb" is, where no one named holds the role.)
    if (!byRole && words[0] === 'the' && SPORTS_ROLES.has(last)) {
      const subject = personOpeningBefore(ctx, s);
      // (Not one the article gave a role outside sport.)
      if (subject && (!subject.entity.role || subject.entity.role.toLowerCase().split(/\s+/).some((w) => SPORTS_ROLES.has(w)))) return subject.entity;
    }
    // ("Mr Justice Goose said …. Keir Starmer said …. “…,” the prime minister said": not one the article gave another role.)
    // ("“Putin wants to break Ukraine,” the Ukrainian president said": not one the quotation itself names.)
    const free = (e: Entity) => !e.role || e.role.toLowerCase().includes(last);
    const unquoted = (m: PlacedMention) => {
      const text = ctx.texts.get(m.block) ?? '';
      return text.lastIndexOf('“', m.start) <= text.lastIndexOf('”', m.start);
    };
    const lastSpeaker = ctx.lastSpeaker.get('person');
    // ("Speaking alongside Sam Altman …, the president called it “…”": not one the same sentence names first, whom
    // it would call "he" if it meant him.)
    const elsewhere = (m: PlacedMention) => !(m.block === s.block && m.sentence === s.index);
    return byRole ?? (lastSpeaker && free(lastSpeaker) ? lastSpeaker : null) ?? lastMentioned(ctx, s, 'person', (e, m) => free(e) && unquoted(m) && elsewhere(m)) ??
      lastMentioned(ctx, s, 'person', (e, m) => free(e) && unquoted(m)) ??
      lastSpeaker ?? lastMentioned(ctx, s, 'person', (_, m) => unquoted(m)) ?? lastMentioned(ctx, s, 'person');
  }
  return null;
}

/** The sentence's text with its quotations blanked out, offsets kept. */
function outsideQuotes(ctx: Discourse, s: Sentence): string {
  return (ctx.texts.get(s.block) ?? '').slice(s.start, s.end).replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
}

/** "he" is no one a given name says is a woman, and "she" no one it says is a man (nor anyone its name says nothing of, unless `unknownFits`). */
function pronounFits(pronoun: string, e: Entity, lex: Lexicon, unknownFits = true): boolean {
  const gender = pronoun === 'he' || pronoun === 'him' ? 'male' : 'female';
  const words = e.name.split(/\s+/);
  // (A surname's Slavic ending says a sex only where no given name is written: "Zakharova" alone; "Dimie Ogoina",
  // a given name the lists lack, may be anyone.)
  const said = lex.genderOf(givenName(words)) ?? (words.length === 1 ? lex.genderOfSurname(words[0]!) : null);
  return said === null ? unknownFits : said === gender;
}

/**
 * The body the sentence before (in the same paragraph, with no quotation in it) has speaking:
 * the first one named after the last comma before its verb of saying ("the Eastern Theater
 * Command of the PLA said"), or the body its noun points back to ("the ministry said").
 */
function bodySpeakingBefore(ctx: Discourse, s: Sentence, lex: Lexicon): Entity | null {
  const prev = ctx.sentences[s.index - 1];
  const text = prev ? ctx.texts.get(prev.block) ?? '' : '';
  if (!prev || prev.block !== s.block || /[“”"]/.test(text.slice(prev.start, prev.end))) return null;
  const verb = prev.tokens.find((t) => lex.speechVerbs.has(t.text.toLowerCase()));
  if (!verb) return null;
  const clause = Math.max(prev.start, text.lastIndexOf(',', verb.start) + 1);
  const named = ctx.inOrder.find((m) => m.sentence === prev.index && m.block === prev.block && m.start >= clause && m.end <= verb.start &&
    m.entity.type === 'organization');
  if (named) return named.entity;
  const noun = /\bthe\s+(\p{Ll}+)\s+$/u.exec(text.slice(clause, verb.start))?.[1];
  const pointed = noun ? referent(['the', noun], ctx, prev, lex) : null;
  return pointed?.type === 'organization' ? pointed : null;
}

/** Nouns for a firm that the news uses of whichever firm it has just reported on. */
const GENERIC_FIRM = /^(?:company|firm|group|carmaker|automaker|chipmaker|manufacturer|airline|retailer|lender|insurer|carrier)$/;

/**
 * "Boeing, which has spent $1.6 billion on the program, said it would review the data. “…,” the company said": the body
 * the sentence before opens with and has report, though it spoke no quotation (not NASA, quoted further back).
 */
function bodyOpeningReportBefore(ctx: Discourse, s: Sentence, lex: Lexicon): Entity | null {
  const prev = ctx.sentences[sentenceBeforeQuote(ctx, s)];
  const text = prev ? ctx.texts.get(prev.block) ?? '' : '';
  if (!prev || prev.block !== s.block || /[“”"]/.test(text.slice(prev.start, prev.end))) return null;
  const opener = mentionsIn(ctx, prev.block).find((m) => m.start >= prev.start && /^(?:The\s+)?$/.test(text.slice(prev.start, m.start)));
  const verb = prev.tokens.find((t) => lex.speechVerbs.has(t.text.toLowerCase()) && /(?:ed|said|told|says)$/.test(t.text));
  return opener?.entity.type === 'organization' && verb && verb.start > opener.end ? opener.entity : null;
}

/**
 * "The company's chief executive, Maria Lopez, was blunt. “…,” she said.": a person the
 * sentence before opens with (not in a possessive) is whom its pronoun means.
 */
function introducedBefore(ctx: Discourse, s: Sentence, fits: (e: Entity) => boolean): Entity | null {
  const list = ctx.inOrder;
  const before = sentenceBeforeQuote(ctx, s);
  let first: PlacedMention | undefined;
  for (let i = mentionsBefore(ctx, before); i < list.length && list[i]!.sentence === before; i++) {
    const m = list[i]!;
    // ("When asked about Lula’s comments, Peña Nieto sought …": not one in a possessive in the opening phrase.)
    const text = ctx.texts.get(m.block) ?? '';
    // ("“… indicate that... Boakai is in a lead …,” Weah said. He said …": not one named inside a quotation,
    // though an ellipsis made a sentence open there.)
    if (quoteSpans(text).some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (m.entity.type === 'person' && inOpeningPhrase(ctx, m) && /^['’]s?\b/.test(text.slice(m.end, m.end + 2))) continue;
    if (m.entity.type === 'person' || (m.entity.type === 'organization' && !inOpeningPhrase(ctx, m))) {
      // "Kremlin spokesman Dmitry Peskov told …": the body names the person's role, and the person leads.
      const next = list[i + 1];
      // ("Senate Majority Leader Chuck Schumer": the role's words may be capitalised.)
      const between = text.slice(m.end, next?.start ?? m.end);
      // ("NIWA’s area manager, Chukwudi Okonjo, said …": the body's role, then its holder between commas.)
      const role = next?.sentence === m.sentence && next.block === m.block && next.entity.type === 'person' &&
        (/^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(between) || (/^\s+(?:[\p{L}.-]+\s+){1,3}$/u.test(between) && !!next.entity.role?.includes(between.trim())) ||
          /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+$/u.test(between));
      // ("Navalny’s widow, Yulia Navalnaya, appeared": so does a person's kin or aide after the possessive.)
      first = (m.entity.type === 'organization' || /^['’]s?\s/.test(between)) && role ? next : m;
      break;
    }
  }
  // ("Russia’s permanent representative to the UN, Vassily Nebenzia, blamed …": a role that names
  // bodies, then its holder set off by commas.)
  if (first && first.entity.type !== 'person') {
    const text = ctx.texts.get(first.block) ?? '';
    for (let i = list.indexOf(first) + 1; i < list.length && list[i]!.sentence === before; i++) {
      const m = list[i]!;
      if (m.entity.type !== 'person') continue;
      if (m.start - m.sentenceStart < 100 && /,\s+$/.test(text.slice(m.sentenceStart, m.start)) && /^,/.test(text.slice(m.end)) &&
        !/[.;:“”"]/.test(text.slice(m.sentenceStart, m.start))) first = m;
      break;
    }
  }
  if (!first || first.entity.type !== 'person' || !fits(first.entity)) return null;
  const text = ctx.texts.get(first.block) ?? '';
  // (Or the sentence opens with the person's own role, however long: "EU High Representative for
  // Foreign Affairs and Security Policy Kaja Kallas announced …".)
  const lead = text.slice(first.sentenceStart, first.start).trim().replace(/^the\s+/i, '');
  const byRole = lead.length > 0 && lead === first.entity.role;
  // ("He saw Djokovic come back …": a sentence that opens with a pronoun is about whom the pronoun means, not the one it names first.)
  const pronounOpens = /^\s*(?:He|She)\s+\p{Ll}/u.test(lead.length ? text.slice(first.sentenceStart, first.start) : '');
  const opening = (byRole || first.start - first.sentenceStart < 60) && !/^['’]s\b/.test(text.slice(first.end, first.end + 2)) && !pronounOpens;
  return opening && ctx.lastSpeaker.get('person') !== first.entity ? first.entity : null;
}

/**
 * "An Israeli army spokeswoman confirmed the strike. “…,” she said.": the sentence before
 * opens with someone no one names, so the pronoun is that one: the body named with them,
 * else no one. Undefined when the sentence before opens otherwise.
 */
function unnamedBefore(ctx: Discourse, s: Sentence, lex: Lexicon, noun?: string): Entity | null | undefined {
  const prev = ctx.sentences[sentenceBeforeQuote(ctx, s)];
  if (!prev) return undefined;
  const text = (ctx.texts.get(prev.block) ?? '').slice(prev.start, prev.end);
  const words = text.split(/\s+/);
  if (!/^(?:An?|One)$/.test(words[0] ?? '')) return undefined;
  // The noun the phrase ends on: "An Israeli army spokeswoman", past "army".
  const head = words.slice(1, 6).findIndex((w) => lex.roleNouns.has(w) || UNNAMED_PEOPLE.test(w) || SPOKESPEOPLE_SET.has(w));
  // (For "the official", the same noun: "An official …".)
  if (head < 0 || (noun !== undefined && words[head + 1] !== noun)) return undefined;
  const end = words.slice(0, head + 2).join(' ').length;
  const named = mentionsIn(ctx, prev.block).filter((m) => m.start >= prev.start && m.end <= prev.start + end);
  if (named.some((m) => m.entity.type === 'person')) return undefined;
  return named.find((m) => m.entity.type === 'organization' || m.entity.type === 'place')?.entity ?? null;
}

/**
 * "The mother of one of the twins told the court …. “…,” she said": a sentence before that opens with someone's
 * kin, unnamed, is whom the pronoun means (null: no one named); undefined where it does not, or names the relative.
 */
function relativeBefore(ctx: Discourse, s: Sentence, pronoun: string, lex: Lexicon): null | undefined {
  const prev = ctx.sentences[sentenceBeforeQuote(ctx, s)];
  if (!prev || prev.block !== s.block) return undefined;
  const text = (ctx.texts.get(prev.block) ?? '').slice(prev.start, prev.end);
  const opening = /^(?:The|His|Her|Their|\p{Lu}[\p{L}-]*['’]s?)\s+(?:(?:late|own|eldest|elder|younger|youngest|grieving)\s+)?(\p{Ll}+)\b/u.exec(text);
  const kin = opening?.[1];
  if (!kin || !FAMILY.test(kin)) return undefined;
  const female = /^(?:mother|wife|widow|daughter|sister|grandmother|aunt|niece|stepmother|fiancée|girlfriend)$/.test(kin);
  const male = /^(?:father|husband|widower|son|brother|grandfather|uncle|nephew|stepfather|fiancé|boyfriend)$/.test(kin);
  if (pronoun === 'she' && male || pronoun === 'he' && female) return undefined;
  // (Named where the sentence says who speaks: "His mother, Jane Smith, said".)
  const verb = prev.tokens.find((t) => lex.speechVerbs.has(t.text.toLowerCase()));
  const upTo = verb ? verb.start : prev.end;
  const named = mentionsIn(ctx, prev.block).some((m) => m.start >= prev.start + opening![0].length && m.end <= upTo && m.entity.type === 'person');
  return named ? undefined : null;
}

/** Where the pronoun `word` stands in sentence `s`, past its quotes: the sentence's end when not found. */
function pronounAt(ctx: Discourse, s: Sentence, word: string): number {
  const text = (ctx.texts.get(s.block) ?? '').slice(s.start, s.end);
  const from = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"')) + 1;
  const m = new RegExp(`\\b${word}\\b`, 'i').exec(text.slice(from));
  return m ? s.start + from + m.index : s.end;
}

/**
 * The sentence before the words a quote's closing sentence attributes: "Berlusconi has denied the
 * charges. “It is absurd … I have never done. It is … my dignity,” he has said." reads "he" from
 * the sentence before the quote opened, not from one inside it.
 */
function sentenceBeforeQuote(ctx: Discourse, s: Sentence): number {
  const text = ctx.texts.get(s.block) ?? '';
  const q = quoteSpans(text).find((x) => x.start < s.start && s.start <= x.end);
  if (!q) return s.index - 1;
  let i = s.index - 1;
  while (i > 0 && ctx.sentences[i]?.block === s.block && ctx.sentences[i]!.start >= q.start) i--;
  const opening = ctx.sentences[i];
  // ("Berlusconi said: “It is absurd …": the sentence that opens the quote introduces its speaker.)
  return opening && opening.block === s.block && /[^\s“”"‘’']/.test(text.slice(opening.start, q.start)) ? i : i - 1;
}

/**
 * "The authors say the results confirm it. They call for “…”": a sentence whose subject is
 * people no one names (authors, researchers, officials) is what the next "they" means.
 */
function opensWithUnnamedGroup(ctx: Discourse, index: number, lex: Lexicon): boolean {
  const prev = ctx.sentences[index];
  if (!prev) return false;
  // "The report's authors say", "Researchers found": a plural noun, perhaps an adverb, then a verb of saying or finding.
  const m = /^(?:(?:the|these|those|some|many|other|most|several)\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,2}?\p{Ll}[\p{Ll}-]*s\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/iu.exec(prev.text);
  if (!m || !(lex.speechVerbs.has(m[1]!.toLowerCase()) || /^(?:found|find|finds)$/i.test(m[1]!))) return false;
  const end = prev.start + m[0].length;
  return !mentionsIn(ctx, prev.block).some((x) => x.start >= prev.start && x.start < end);
}

/** "Analysts at Goldman Sachs", "economists from HSBC", "campaigners from Surfers Against Sewage": people no one names, who speak for their body. */
const UNNAMED_EXPERTS = /^(?:analysts|economists|strategists|researchers|scientists|experts|campaigners|activists|officials|lawyers|engineers|spokespeople)$/;

/** "Analysts at Jefferies said the sell-off might be overdone.": the firm whose people open sentence `index`. */
function firmOfExpertsOpening(ctx: Discourse, index: number): Entity | null {
  const prev = ctx.sentences[index];
  const opening = prev ? /^(\p{L}+)\s+(?:at|from|with)\s+(?:the\s+)?/u.exec(prev.text) : null;
  if (!prev || !opening || !UNNAMED_EXPERTS.test(opening[1]!.toLowerCase())) return null;
  const firm = mentionsIn(ctx, prev.block).find((m) => m.start === prev.start + opening[0].length);
  return firm?.entity.type === 'organization' ? firm.entity : null;
}

/** "Speaking to Sky News, the minister said": a body named in the phrase that opens the sentence is not its subject. */
const ING_ADJECTIVE_OPENING = /^(?:Outgoing|Incoming|Acting|Ruling|Governing|Reigning|Sitting|Leading|Visiting|Striking)\s+\p{Lu}/u;
function inOpeningPhrase(ctx: Discourse, m: PlacedMention): boolean {
  const text = ctx.texts.get(m.block) ?? '';
  const opening = /^[^,]*,/.exec(text.slice(m.sentenceStart, m.sentenceStart + 120))?.[0];
  // ("Outgoing President Macky Sall, who …, congratulated": an adjective in "-ing" before a capital opens no phrase.)
  return opening !== undefined && m.end <= m.sentenceStart + opening.length && !ING_ADJECTIVE_OPENING.test(opening) &&
    /^(?:\p{L}+ing|In|At|On|After|Before|During|According|Following|Despite|Amid|With|Without|For|From|Under|Since|While|When|As|Unlike|Like)\b/u.test(opening);
}

/** How many mentions (in reading order) come before sentence `index`. */
function mentionsBefore(ctx: Discourse, index: number): number {
  const list = ctx.inOrder;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastMentioned(ctx: Discourse, s: Sentence, type: EntityType, ok: (e: Entity, m: PlacedMention) => boolean = () => true): Entity | null {
  const list = ctx.inOrder;
  // The last mention in a sentence up to this one, then backwards.
  const lo = mentionsBefore(ctx, s.index + 1);
  for (let i = lo - 1; i >= Math.max(0, lo - LOOKBACK); i--) {
    const m = list[i]!;
    if (m.entity.type === type && ok(m.entity, m)) return m.entity;
  }
  return null;
}

/** The person named most often before sentence `index` (the first named, on a tie). */
function mostNamedBefore(ctx: Discourse, index: number, ok: (e: Entity) => boolean): Entity | null {
  const counts = new Map<Entity, number>();
  for (const m of ctx.inOrder) {
    if (m.sentence >= index) break;
    if (m.entity.type === 'person' && ok(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | null = null;
  for (const [e, n] of counts) if (!best || n > counts.get(best)!) best = e;
  return best;
}

/** "A Chinese Foreign Ministry spokesperson said": the body last named with a spokesperson no one names. */
function unnamedSpokespersonOf(ctx: Discourse, s: Sentence): Entity | null {
  return lastMentioned(ctx, s, 'organization', (_, m) =>
    /^\s+(?:\p{Ll}+\s+)?spokes(?:person|man|woman)\b(?![\s,]+\p{Lu})/u.test((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 40)));
}

/** The first person named between two offsets of a block, else its first organisation. */
function namedBetween(ctx: Discourse, block: string, from: number, to: number): Entity | null {
  const ms = mentionsIn(ctx, block).filter((m) => m.start >= from && m.end <= to);
  return (ms.find((m) => m.entity.type === 'person') ?? ms.find((m) => m.entity.type === 'organization'))?.entity ?? null;
}

/** "Tom Hale of the Red Cross": the person named right before "of" (or "at", "from") the body whose mention ends at `end`. */
function personOfBody(text: string, s: Sentence, ctx: Discourse, body: Entity, end: number): Entity | null {
  const bodyStart = mentionsIn(ctx, s.block).find((m) => m.entity === body && m.end === end)?.start ?? -1;
  const of = bodyStart > s.start ? /\s+(?:of|at|from)\s+(?:the\s+)?$/.exec(text.slice(s.start, bodyStart)) : null;
  const holder = of ? mentionEndingAt(ctx, s.block, s.start + of.index) : null;
  return holder?.type === 'person' ? holder : null;
}

function mentionEndingAt(ctx: Discourse, block: string, end: number): Entity | null {
  // ("Sen. John Barrasso (R-Wyo.), the No. 3 Republican senator, said": past a bracket after the name.)
  const bracket = /\s*\([^()]{1,40}\)\s*$/.exec(ctx.texts.get(block)?.slice(Math.max(0, end - 48), end) ?? '');
  const at = (e: number) => mentionsIn(ctx, block).find((m) => m.end === e)?.entity ?? null;
  return at(end) ?? (bracket ? at(end - bracket[0].length) : null);
}

/**
 * "Lions coach Glen Williams praised the opposition." closing a paragraph, and the next one
 * opening “It was a good battle, we …” with no cue: the person the paragraph ended on.
 */
export function personEndingParagraph(text: string, last: Sentence, ctx: Discourse, lex: Lexicon): Entity | null {
  if (/[“”"]/.test(text.slice(last.start, last.end))) return null;
  const subject = sentenceSubject(text, last, [], ctx, lex);
  return subject?.type === 'person' ? subject : null;
}

/** The subject of the sentence: its first person named outside a prepositional phrase, else its first organisation. */
export function sentenceSubject(text: string, s: Sentence, quotes: readonly QuoteSpan[], ctx: Discourse, lex: Lexicon, upTo = s.end): Entity | null {
  // ("He paid tribute to his predecessor, Rishi Sunak, saying …": a sentence that opens with its pronoun is about whom that means.)
  // (Past an opening phrase: "In an interview that evening, she called …".)
  // (Or past an adverb with no comma: "Later he said ….")
  const opener = /^(?:(?:\p{L}+ing|In|At|On|After|Before|During|Following|Despite|Amid|Later|Earlier)\b[^,;:“”"]{0,100},\s*(?=[hs])|(?:Later|Earlier|Then|Now|Afterwards|Meanwhile|Separately)\s+(?=[hs]))?([Hh]e|[Ss]he)\s+\p{Ll}/u.exec(text.slice(s.start, upTo));
  if (opener) {
    const who = referent([opener[1]!.toLowerCase()], ctx, s, lex);
    if (who) return who;
  }
  // (Not a name after the participle: "…, adding that Draghi will remain" is what was added.)
  const ms = mentionsIn(ctx, s.block).filter((m) => m.start >= s.start && m.end <= upTo &&
    !quotes.some((q) => m.start >= q.start && m.end <= q.end));
  const free = ms.filter((m) => {
    // (Within its own clause: "Asked to respond to this, Anthony Albanese said" is not governed by the "to" before the comma.)
    const lead = text.slice(s.start, m.start);
    const before = lead.slice(lead.lastIndexOf(',') + 1).trim().split(/\s+/).slice(-3).map((w) => w.toLowerCase());
    // ("The Kohberger family issued a statement saying": the family, not the one named.)
    const next = /^(['’]s?)?\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 30));
    const after = next?.[2]?.toLowerCase() ?? '';
    // ("During Cleverly’s visit, the spokesperson Wang Wenbin emphasized …, asserting": not
    // one in the opening phrase, nor a possessive unless of words: "Trump’s statements suggesting".)
    const possessive = !!next?.[1] && ![after, after.replace(/s$/, '')].some((w) => SPEECH_NOUN_SET.has(w) || DOC_NOUN_SET.has(w));
    // ("Russia’s permanent representative to the UN, Vassily Nebenzia, has criticized …": a role
    // opening the sentence, then its holder between commas; the role's "to" governs no name after it.)
    const holderOfOpeningRole = /^[^,;:“”"]*,\s*$/.test(text.slice(s.start, m.start)) && /^,/.test(text.slice(m.end));
    return (holderOfOpeningRole || !before.some((w) => /^(?:by|of|to|with|for|from|against|about|toward|towards)$/.test(w))) && !RELATIONS.test(after) &&
      !possessive && !inOpeningPhrase(ctx, m);
  });
  // ("The Kremlin has dismissed accusations … over the death of Aleksey Navalny, calling them “…”": the body the
  // sentence opens with, its verb right after it, before a person named further on.)
  const opening = free.find((m) => (m.entity.type === 'person' || m.entity.type === 'organization') && /^(?:the\s+)?$/i.test(text.slice(s.start, m.start)) &&
    /^\s+(?:(?:has|have|had|also)\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(m.end, upTo)));
  if (opening) return opening.entity;
  const pick = free.find((m) => m.entity.type === 'person') ?? free.find((m) => m.entity.type === 'organization');
  if (pick) return pick.entity;
  // "Niger’s ruling junta …, calling …", "China’s military began …, describing …": a country's
  // rulers, unnamed, speak as the country.
  const owner = ms.find((m) => m.start === s.start && m.entity.type === 'place');
  if (owner && COUNTRY_RULERS.test(text.slice(owner.end, upTo))) return owner.entity;
  const first = s.tokens[0]?.text.toLowerCase();
  // "The president acknowledged …, adding": the noun the sentence opens with.
  const second = s.tokens[1]?.text;
  if (first === 'the' && second && /^\p{Ll}+$/u.test(second)) return referent([first, second], ctx, s, lex);
  return first ? referent([first], ctx, s, lex) : null;
}
