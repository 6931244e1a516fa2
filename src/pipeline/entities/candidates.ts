import type { EntityType } from '../../shared/article-asset';
import { CALENDAR_WORDS } from '../lexicon/calendar';
import type { Lexicon } from '../lexicon';
import type { Sentence } from '../stages/03-sentences';
import { CORPORATE_SUFFIXES } from '../lexicon/organizations';
import { SURNAMES_FIRST } from '../lexicon/people';

export const CORPORATE_SUFFIX_SET: ReadonlySet<string> = new Set(CORPORATE_SUFFIXES);
/** "Inc", "Inc.", "S.A.": a company's suffix as written. */
export const isCorporateSuffix = (word: string) => CORPORATE_SUFFIX_SET.has(word.toLowerCase().replace(/\./g, ''));

/** A word, or one part of a hyphenated word, with offsets into its block's text. */
export interface Unit {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
  /** Joined to the previous unit by a hyphen inside one written word. */
  hyphenated: boolean;
  /** The first word inside an opening quotation mark: a quoted sentence's first word. */
  opensQuote?: boolean;
}

/** A name as written in one place, before it is typed and joined to others. */
export interface Candidate {
  block: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  words: string[];
  /** Set when the words or the context decide it; otherwise coreference decides. */
  type: EntityType | null;
  /** Whether a word list knows the whole name (so no spelling correction applies). */
  known: boolean;
  role?: string;
  /** A lone unknown word opening a sentence: a mention only if the name stands elsewhere too. */
  weak?: boolean;
  /** Canonical name from an alias list ("US" → "United States"). */
  canonical?: string;
  /** The canonical name is only another spelling of the word written ("Kiev" of "Kyiv"): the entity keeps the article's. */
  respelt?: boolean;
  /** A place playing another place ("Sweden defeated South Korea"): its national team. */
  team?: boolean;
  /** A place a side faces, hosts or plays ("travel to Murrayfield to face Scotland"): its team, in an article about teams. */
  opponent?: boolean;
  /** A name shaped like a person's that acts as a company ("Novo’s shares", "the drugmaker Eli Lilly"): the company. */
  company?: boolean;
  /** Typed a place only by the preposition before it ("at Aerovane"): another mention's type wins. */
  loose?: boolean;
  /** A body's name the lists know, written before a house of worship: "Notre-Dame cathedral". */
  building?: boolean;
  /** A short name the text gives a body ("…, known as Cal Fire"): its type holds for the name elsewhere. */
  alias?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'es', 'y', '&', 'and']);
/** What a prize is given for, in its name: "the Nobel Prize for Literature", "the Academy Award for Best Picture". */
const AWARD_FIELDS = new Set(['literature', 'peace', 'physics', 'chemistry', 'medicine', 'physiology', 'economics', 'economic', 'fiction', 'non-fiction',
  'nonfiction', 'poetry', 'drama', 'history', 'biography', 'journalism', 'best', 'public', 'international', 'national', 'feature', 'music', 'outstanding',
  'lifetime', 'excellence', 'services', 'gallantry', 'bravery', 'freedom', 'human', 'science', 'sciences', 'mathematics', 'architecture', 'translated']);
const ROMANCE_PARTICLE = /^(?:de|del|da|do|dos|das|della|di|du)$/;
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)$/;
const NAME_PARTICLES = /^(?:al|el|ad|as|an|ash|abu|bin|ibn|ben|da|de|di|du|d|van|von|le|la|mc|mac|o)['’-]\p{Lu}/u;
/** Endings of nouns that name an activity or a quality, never a person or a place. */
export const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ics|logy|graphy|nomy|sophy)s?$/;
const OF_LIKE = new Set(['of', 'for', 'on']);
// (And Persian, Urdu and Arabic joins: "Tehreek-e-Insaf", "Lashkar-e-Taiba", "Nawa-i-Waqt", "Sohail-ur-Rehman"; Portuguese and French ones: "Trás-os-Montes", "Saint-Pierre-et-Miquelon".)
const HYPHEN_PARTICLES = /^(?:a|de|del|la|le|les|sur|sous|super|on|upon|en|du|des|di|da|am|an|im|au|aux|y|e|i|ul|ur|ud|us|ut|el|al|os|do|dos|das|et)$/;
const STREET_WORDS = /^(?:Street|St\.?|Strasse|Straße|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Lane|Drive|Rue|Calle|Prospekt)$/;
/** Small words inside a name only where its initials in brackets say so (see joinsAcross). */
export const GLOSSED_SMALL_WORDS = /^(?:in|to|at)$/;
/** Between a given name and a surname, a nickname in quotation marks: " ‘Jokowi’ ", " “El Chapo” ". */
const NICKNAME_GAP = /^\s+[‘'"“]\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}[’'"”]\s+$/u;
/** "iPhone", "iPad", "eBay": a name that opens with a lowercase "i" or "e" before its capital. */
export const LOWER_CAMEL = /^[ie]\p{Lu}\p{Ll}/u;
const CAP = /^(?:\p{Lu}|\d+\p{Lu})/u;
/** Lowercase words after a hyphen that describe by the name before it ("Kremlin-backed"), any past participle too ("Senate-amended"). */
const LOWER_SUFFIX_OK = /^(?:[a-z]{3,}ed|era|area|based|led|backed|born|owned|made|style|type|like|linked|funded|run|held|controlled|sponsored|speaking|bound|wide|related|friendly|inspired|focused|specific|only|free|year|old|long|day|term|ish|esque|nominated|winning|listed|registered|educated|trained|themed|branded|allied|affiliated|aligned|dominated|supported|headquartered|founded|proof|skeptic|sceptic|critical|loving|hating)$/;

/** A name of capitals and a number, shaped like a model's: "M23", "F-16", "MH17". */
export const LETTERS_AND_NUMBER = /^\p{Lu}{1,4}-?\d{1,4}$/u;

/** The capital initials of words: "Voice of America" gives "VOA". */
/** (A word's part after a hyphen gives no letter: "Co-operation" is one C in OSCE.) */
export const initialsOf = (us: readonly Unit[]): string => us.filter((u) => !u.hyphenated).map((u) => u.text[0]!.toUpperCase()).join('');
/** The initials of every unit, a hyphen's parts counted: "Asia-Pacific Economic Cooperation" is "APEC". */
// (Not a lowercase join between them: "Pakistan Tehreek-e-Insaf" is "PTI".)
export const everyInitialOf = (us: readonly Unit[]): string => us.filter((u) => !(u.hyphenated && /^\p{Ll}/u.test(u.text))).map((u) => u.text[0]!.toUpperCase()).join('');

export function units(sentence: Sentence, lex: Lexicon): Unit[] {
  const out: Unit[] = [];
  let prevEnd = sentence.start;
  for (const t of sentence.tokens) {
    const parts = t.text.split(/[-‐‑]/);
    const gap = sentence.text.slice(prevEnd - sentence.start, t.start - sentence.start);
    prevEnd = t.end;
    if (parts.length === 1 || /^\p{Lu}\.(?:\p{Lu}\.)+$/u.test(t.text)) {
      const u: Unit = { text: t.text, start: t.start, end: t.end, cap: isCap(t.text), possessive: t.possessive, hyphenated: false };
      // (A straight mark opens a quote only after a space: in '," Berg added' it closes one.)
      if (/[“‘]\s*$|(?:^|\s)["']\s*$/.test(gap)) u.opensQuote = true;
      out.push(u);
      continue;
    }
    let at = t.start;
    parts.forEach((p, k) => {
      const last = k === parts.length - 1;
      let cap = isCap(p);
      // "al-Shabaab", "al-Ikhbariya television": the Arabic article, written in lowercase, opens the name.
      if (!cap && k === 0 && ARABIC_ARTICLE.test(p) && isCap(parts[1]!)) cap = true;
      // "Lung-bin", "Chung-tai": a lowercase part that is no English word continues a name.
      if (!cap && k > 0 && out[out.length - 1]?.cap && !lex.isCommonWord(p) && !LOWER_SUFFIX_OK.test(p)) cap = true;
      // "Wong Kwok-kin", "Moon Jae-in": after a surname, a short second syllable of a given
      // name is part of it even where it spells an English word.
      if (!cap && k === 1 && parts.length === 2 && givenNameSyllable(p, out, t.start, lex)) cap = true;
      // "Mar-a-Lago", "Saint-Jean-de-Luz", "Stratford-upon-Avon": a small word between two capitalised parts joins one name.
      if (!cap && k > 0 && k < parts.length - 1 && isCap(parts[k - 1]!) && isCap(parts[k + 1]!) && HYPHEN_PARTICLES.test(p)) cap = true;
      out.push({ text: p, start: at, end: at + p.length, cap, possessive: last && t.possessive, hyphenated: k > 0 });
      at += p.length + 1;
    });
  }
  return out;
}

/** Surnames written before the given name: "Kim Min-jun", "Wong Kwok-kin". */
export const SURNAME_FIRST: ReadonlySet<string> = new Set(SURNAMES_FIRST);

function givenNameSyllable(part: string, before: readonly Unit[], tokenStart: number, lex: Lexicon): boolean {
  const first = before[before.length - 1];
  const surname = before[before.length - 2];
  if (!first || !surname || first.start !== tokenStart || !first.cap || !surname.cap || surname.hyphenated) return false;
  if (!/^\p{Ll}{2,5}$/u.test(part) || LOWER_SUFFIX_OK.test(part)) return false;
  // ("Kim Min-jun", "Park Jin-woo": after a surname written first, a syllable may spell an English word.)
  if (SURNAME_FIRST.has(surname.text.toLowerCase()) && first.text.length <= 4 && tokenStart - surname.end === 1) return true;
  // The syllable before the hyphen is no English word and names no place ("Kwok", "Jae").
  const known = (w: string) => lex.isCommonWord(w) || lex.isPlaceName(w) || lex.isOrgName(w) || lex.isDemonym(w);
  return !known(first.text) && first.text.length >= 2 && first.text.length <= 6 && tokenStart - surname.end === 1;
}

function isCap(word: string): boolean {
  // ("BlackBerry 1Q tops estimates": a quarter or a half of the year, "3M" still a name.)
  if (/^[1-4][QH]$/.test(word)) return false;
  // ("at 3:27AM ET": a clock's hour, not a name.)
  if (/^\d+(?:AM|PM)$/i.test(word)) return false;
  // ("significant numbers of Nvidia GPUs", "Labour MPs": initials in the plural are things or people of a kind, no name's word.)
  if (/^\p{Lu}{2,}s$/u.test(word)) return false;
  // ("the San Francisco 49ers", "the Philadelphia 76ers": a team named by a number of men.)
  if (/^\d{2}ers$/.test(word)) return true;
  return CAP.test(word) || NAME_PARTICLES.test(word) || LOWER_CAMEL.test(word);
}

/**
 * Runs of capitalised units that may be one name: "Secretary of State Antony
 * Blinken", "Daughters of the American Revolution". Punctuation between words,
 * and a possessive, end a run.
 */
export function capitalisedRuns(text: string, us: readonly Unit[], lex: Lexicon): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    if (!u.cap) {
      const prev = run[run.length - 1];
      if (prev && !prev.possessive && joinsAcross(u, us, i, text, run, lex)) {
        run.push(u);
        // "Museum of the Moving Image": the article goes with its connector.
        if (us[i + 1]?.text === 'the' && (OF_LIKE.has(u.text.toLowerCase()) || GLOSSED_SMALL_WORDS.test(u.text))) run.push(us[++i]!);
        continue;
      }
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    // "President Joko ‘Jokowi’ Widodo": a nickname in quotation marks inside a name is no part of
    // the run's words; the name goes on after it.
    const next = us[i + 1];
    // (Of up to three words: "Joaquín “El Chapo” Guzmán", "Glen “Big Baby” Davis".)
    const after = [1, 2, 3].find((k) => prev && us[i + k]?.cap && NICKNAME_GAP.test(text.slice(prev.end, us[i + k]!.start)));
    if (after) {
      i += after - 1;
      continue;
    }
    const owner = prev?.text.toLowerCase().replace(/['’]s?$/, '') ?? '';
    // ("Saint Mary's Hospital", "St Patrick's Cathedral": a saint's possessive names the building.)
    const saints = /^(?:saint|st\.?|ste)$/i.test(run[0]?.text ?? '') && (lex.buildingWords.has(u.text.toLowerCase()) || lex.orgWords.has(u.text.toLowerCase()) ||
      lex.placeWords.has(u.text.toLowerCase()));
    // ("New Year’s Day", "Valentine’s Day", "New Year’s Eve": a holiday's name runs on past its possessive.)
    const holiday = /^(?:Day|Eve)$/.test(u.text) && !next?.cap;
    // ("King’s Cross underground station", "Earl’s Court station": a station's name runs on past its possessive.)
    // ("the King’s Fund", "King’s College London", "Queen’s University": a monarch's possessive names the body.)
    // (At a sentence's start, past its "The": "The King's Fund think tank said".)
    const royal = /^(?:king|queen)$/.test(owner) && (run.length === 1 || run.length === 2 && run[0]!.text === 'The') && (lex.orgWords.has(u.text.toLowerCase()) || /^(?:Fund|College|University|School|Hospital|Theatre|Park|Bench)$/.test(u.text));
    const station = !!prev?.possessive && run.length === 1 && !next?.cap && /^\s+(?:(?:underground|railway|rail|train|tube|mainline|metro)\s+)?station\b/.test(text.slice(u.end, u.end + 30)) &&
      !lex.isPersonName(owner) && !lex.isPlaceName(u.text);
    // ("at King’s Cross, police said": a name the lists know with its possessive inside, whatever follows.)
    const listed = !!prev?.possessive && run.length === 1 && lex.isPlaceName(`${owner}’s ${u.text}`);
    const endsRun = prev && prev.possessive && !COLLECTIVE_POSSESSIVES.has(owner) && !ownedByMany(text, prev, u) &&
      !(OFFICE_HOLDERS.has(owner) && OFFICES.has(u.text.toLowerCase())) && !saints && !holiday && !station && !royal && !listed;
    if (prev && (endsRun || !adjacent(text, prev, u) || splitsKnownParts(prev, u, lex) && !glossedWhole(text, us, run, i) && !knownWholeAhead(text, us, run, i, lex) &&
      !namesAnEventAhead(text, us, i, lex))) flush();
    run.push(u);
  }
  flush();
  // Connectors never end a run.
  return joinPortfolios(text, runs.map((r) => {
    while (r.length && !r[r.length - 1]!.cap) r.pop();
    return r;
  }).filter((r) => r.length), lex);
}

/** Heads whose portfolio may be a list: "Ministry of Housing, Communities and Local Government". */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'secretary', 'minister', 'committee', 'commission']);
const PORTFOLIO_ROLES = new Set(['secretary', 'minister']);

/**
 * "Ministry of Housing, Communities and Local Government", "Department for Environment, Food and
 * Rural Affairs": a ministry's portfolio listed with commas is one name, up to the list's "and".
 * (Only ordinary words listed: "the Ministry of Defence, Britain and France" are three.)
 */
function joinPortfolios(text: string, runs: Unit[][], lex: Lexicon): Unit[][] {
  const out: Unit[][] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const of = run.findIndex((u) => OF_LIKE.has(u.text) && u !== run[0]);
    if (of < 1 || !PORTFOLIO_HEADS.has(run[of - 1]!.text.toLowerCase())) {
      out.push(run);
      continue;
    }
    const plain = (r: Unit[]) => r.length <= 4 && r.every((u) => !u.cap || (!/^\p{Lu}{2,}$/u.test(u.text) && !lex.isPlaceName(u.text) && !lex.isOrgName(u.text) &&
      !lex.isFirstName(u.text) && !lex.isLastName(u.text) && !lex.isDemonym(u.text)));
    let k = i;
    let closed = false;
    // Each item after a comma, until one holds "and" or is joined to the next by it.
    while (!closed && runs[k + 1] && /^,\s+$/.test(text.slice(runs[k]!.at(-1)!.end, runs[k + 1]![0]!.start)) && plain(runs[k + 1]!)) {
      k++;
      if (runs[k]!.some((u) => u.text === 'and')) closed = true;
      else if (runs[k + 1] && /^\s+and\s+$/.test(text.slice(runs[k]!.at(-1)!.end, runs[k + 1]![0]!.start)) && plain(runs[k + 1]!)) {
        k++;
        closed = true;
      }
    }
    if (!closed) {
      out.push(run);
      continue;
    }
    // ("The Secretary of State for Culture, Media and Sport, Lisa Nandy": a role and its portfolio name no one.)
    if (!PORTFOLIO_ROLES.has(run[of - 1]!.text.toLowerCase())) out.push(runs.slice(i, k + 1).flat());
    i = k;
  }
  return out;
}

/** "Island County Sheriff's Department", "the Manhattan District Attorney's Office": an office named after who holds it. */
const OFFICE_HOLDERS = new Set(['sheriff', 'attorney', 'prosecutor', 'coroner', 'examiner', 'governor', 'mayor', 'president', 'minister',
  'chancellor', 'premier', 'commissioner', 'marshal', 'marshals', 'treasurer', 'auditor', 'solicitor', 'comptroller', 'controller', 'inspector']);
const OFFICES = new Set(['office', 'department', 'bureau', 'service', 'services']);

/** "New People's Party", "Korean People's Army": a possessive that is part of a body's name. */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'workers', 'women', 'children', 'men', 'farmers', 'veterans', 'citizens', 'writers', 'journalists', 'nations', 'soldiers', 'teachers', 'students', 'magistrates']);

/** Bodies named after the plural that owns them: "Dockworkers’ Union", "Growers’ Federation". */
const BODIES_OF_MANY = new Set(['union', 'unions', 'party', 'association', 'federation', 'confederation', 'league', 'alliance', 'congress', 'council',
  'court', 'movement', 'front', 'committee', 'fund', 'society', 'guild', 'army', 'club', 'coalition', 'cooperative', 'co-operative', 'institute']);

/** "Westminster Magistrates’ Court", "Dockworkers’ Union": a plural's apostrophe inside a body's name. */
function ownedByMany(text: string, a: Unit, b: Unit): boolean {
  // ("International Longshoremen’s Association": a plural in "-men" takes its apostrophe before the "s".)
  const plural = (/^['’]\s+$/.test(text.slice(a.end, b.start)) && /s$/i.test(a.text)) || (/^['’]s\s+$/.test(text.slice(a.end, b.start)) && /\p{Ll}men$/u.test(a.text));
  return plural && (COLLECTIVE_POSSESSIVES.has(a.text.toLowerCase()) || BODIES_OF_MANY.has(b.text.toLowerCase()));
}

function adjacent(text: string, a: Unit, b: Unit): boolean {
  if (b.hyphenated) return true;
  // (Across a nickname: "Joko ‘Jokowi’ Widodo".)
  if (NICKNAME_GAP.test(text.slice(a.end, b.start))) return true;
  if (ownedByMany(text, a, b)) return true;
  // (Past the period of a case's "v.": "Roe v. Wade".)
  if (/^vs?$/.test(a.text) && /^\.\s$/.test(text.slice(a.end, b.start))) return true;
  const gap = a.possessive ? text.slice(a.end, b.start).replace(/^['’][sS]/, '') : text.slice(a.end, b.start);
  return /^\s+$/.test(gap) && !/\n/.test(gap);
}

/** "US-Russia" is two names; "Cold War-era" keeps only "Cold War". */
/**
 * "Asia-Pacific Economic Cooperation (APEC)": the initials in brackets after the capitalised words
 * from the run's start are theirs, a hyphen's parts counted, so the words are one name.
 */
function glossedWhole(text: string, us: readonly Unit[], run: readonly Unit[], i: number): boolean {
  let end = i;
  while (us[end + 1]?.cap && adjacent(text, us[end]!, us[end + 1]!)) end++;
  const gloss = /^\s*\((\p{Lu}{3,8})\)/u.exec(text.slice(us[end]!.end));
  return !!gloss && everyInitialOf([...run, ...us.slice(i, end + 1)]) === gloss[1];
}

/** "the Asia-Pacific Economic Cooperation summit": the run with the capitalised words after it is a body the lists know whole. */
function knownWholeAhead(text: string, us: readonly Unit[], run: readonly Unit[], i: number, lex: Lexicon): boolean {
  let end = i;
  while (us[end + 1]?.cap && adjacent(text, us[end]!, us[end + 1]!)) end++;
  return end > i && lex.isOrgName(text.slice(run[0]!.start, us[end]!.end));
}

/** "the China-Russia Expo", "the US-Africa Leaders Summit": two places joined by a hyphen open an event's name that runs on to its kind. */
function namesAnEventAhead(text: string, us: readonly Unit[], i: number, lex: Lexicon): boolean {
  let end = i;
  while (us[end + 1]?.cap && !us[end + 1]!.hyphenated && adjacent(text, us[end]!, us[end + 1]!) && end < i + 3) end++;
  return end > i && lex.otherWords.has(us[end]!.text.toLowerCase());
}

function splitsKnownParts(prev: Unit, u: Unit, lex: Lexicon): boolean {
  if (!u.hyphenated) return false;
  const known = (w: string) => lex.isPlaceName(w) || lex.isOrgName(w) || lex.isDemonym(w);
  return known(prev.text) && known(u.text);
}

function joinsAcross(u: Unit, us: readonly Unit[], i: number, text: string, run: Unit[], lex: Lexicon): boolean {
  const w = u.text.toLowerCase();
  // ("Save the Children": a name the lists know whole joins across its article too.)
  if (w === 'the' && !u.hyphenated && us[i + 1]?.cap && adjacent(text, run[run.length - 1]!, u) && adjacent(text, u, us[i + 1]!)) {
    return lex.isOrgName([...run.map((x) => x.text), 'the', us[i + 1]!.text].join(' '));
  }
  // ("the Nobel Prize in Literature", "the Nobel Prize in Physiology or Medicine": a prize's field is its name's.)
  if (w === 'in' && !u.hyphenated && run[run.length - 1]?.text === 'Prize' && us[i + 1]?.cap && adjacent(text, run[run.length - 1]!, u) && adjacent(text, u, us[i + 1]!)) return true;
  // ("Committee on Foreign Investment in the United States (CFIUS)": a small word no name is joined
  // by runs on where the initials in brackets after it say the name does.)
  if (GLOSSED_SMALL_WORDS.test(w) && !u.hyphenated && adjacent(text, run[run.length - 1]!, u)) {
    let j = i + 1;
    if (us[j]?.text === 'the') j++;
    let end = j;
    while (us[end + 1]?.cap && adjacent(text, us[end]!, us[end + 1]!)) end++;
    const gloss = us[j]?.cap ? /^\s*\((\p{Lu}{3,8})\)/u.exec(text.slice(us[end]!.end)) : null;
    const named = run[0]?.text === 'The' ? run.slice(1) : run;
    return !!gloss && initialsOf([...named, ...us.slice(j, end + 1)].filter((x) => x.cap)) === gloss[1];
  }
  // ("Roe v. Wade", "Brown v Board of Education": a court case's two parties.)
  if (/^(?:v|vs)\.?$/.test(w) && !u.hyphenated && us[i + 1]?.cap && adjacent(text, run[run.length - 1]!, u) && /^\.?\s$/.test(text.slice(u.end, us[i + 1]!.start))) return true;
  if (!CONNECTORS.has(w) || u.hyphenated) return false;
  const prev = run[run.length - 1]!;
  // ("the Booker Prize for Orbital": a prize is for a field, "the Nobel Prize for Literature"; the work that won it is a name of its own.)
  if (w === 'for' && /^(?:Prize|Award|Medal)s?$/.test(prev.text) && !AWARD_FIELDS.has(us[i + 1]?.text.toLowerCase() ?? '')) return false;
  if (!adjacent(text, prev, u)) return false;
  let j = i + 1;
  if (us[j]?.text === 'the' && OF_LIKE.has(w)) j++;
  const next = us[j];
  // "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row.
  const particle = (x: Unit | undefined) => !!x && !x.cap && CONNECTORS.has(x.text.toLowerCase()) && !OF_LIKE.has(x.text.toLowerCase()) && !/^(?:and|&|y)$/.test(x.text);
  if (particle(u) && particle(next) && us[j + 1]?.cap && adjacent(text, prev, u) && adjacent(text, u, next!) && adjacent(text, next!, us[j + 1]!)) return true;
  if (!next || !next.cap || !adjacent(text, us[j - 1]!, next)) return false;
  // ("the UN General Assembly on Saturday": a day or a month after the connector dates the name.)
  // (Not "May", a given name and a verb too.)
  // ("Rookie of the Year", "Person of the Year": an award's "of the Year" is its name's.)
  const award = w === 'of' && j === i + 2 && next.text === 'Year';
  // (Not after a Romance particle, where "Mar" is the sea's: "Viña del Mar", "Mar del Plata".)
  if (CALENDAR_WORDS.has(next.text.toLowerCase()) && next.text !== 'May' && !award && !ROMANCE_PARTICLE.test(w) && !(us[j + 1]?.cap && adjacent(text, next, us[j + 1]!))) return false;
  if (award && !(us[j + 1]?.cap && adjacent(text, next, us[j + 1]!))) return true;
  // ("St Peter’s Square on Easter Sunday": so does a feast's day.)
  if (w === 'on' && /^(?:Easter|Christmas|Boxing|Thanksgiving|Ramadan|Eid|Diwali|Hanukkah|Passover|Yom|New)$/.test(next.text) &&
    (next.text !== 'New' || us[j + 1]?.text.startsWith('Year'))) return false;
  // A name the lists know whole joins across its connector: "Law and Justice", "Alternative for Germany".
  // (Past a sentence's opening article: "The Alternative for Germany (AfD), which …".)
  const words = [...(run[0]?.text === 'The' ? run.slice(1) : run).map((x) => x.text), ...us.slice(i, j).map((x) => x.text)];
  for (let k = j; k < Math.min(us.length, j + 3) && us[k]!.cap && (k === j || adjacent(text, us[k - 1]!, us[k]!)); k++) {
    words.push(us[k]!.text);
    if (lex.isOrgName(words.join(' ')) || lex.isOtherName(words.join(' ')) || lex.isPlaceName(words.join(' '))) return true;
  }
  if (w === 'and' || w === '&') {
    // ("the Senate and Congress": two names the lists know, each whole.)
    if (w === 'and' && lex.isOrgName(run.map((x) => x.text).join(' ')) && (lex.isOrgName(next.text) || lex.isPlaceName(next.text)) &&
      !(us[j + 1]?.cap && adjacent(text, next, us[j + 1]!))) return false;
    // "The Telegraph and The Guardian": a capitalised article begins another name;
    // "Apple Inc and Google Inc", "Philips N.V. and Cisco": a company's suffix ends one.
    // ("St Patrick's Cathedral and St. Paul's School": a saint's name begins another.)
    if (next.text === 'The' || /^(?:Saint|St\.?)$/.test(next.text) || isCorporateSuffix(prev.text)) return false;
    // ("IonQ and Rigetti Computing": a company's one-word name with a capital inside is whole.)
    if (run.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(prev.text)) return false;
    // ("United Airlines and American Airlines": a body's word ends each of two names, and the first is whole.)
    const endsBody = (x: Unit | undefined) => !!x && lex.orgWords.has(x.text.toLowerCase()) && !OF_HEADS.has(x.text.toLowerCase());
    if (endsBody(prev) && run.length >= 2 && !run.some((x) => OF_LIKE.has(x.text)) && [us[j + 1], us[j + 2]].some((x) => endsBody(x) && x!.text === prev.text)) return false;
    // ("Elliott Management and Silver Point Capital": so does a firm's word end each of two, whatever words they are.)
    let close = j + 1;
    while (us[close + 1]?.cap && adjacent(text, us[close]!, us[close + 1]!) && close < j + 4) close++;
    if (endsBody(prev) && run.length >= 2 && !run.some((x) => OF_LIKE.has(x.text)) && close > j + 1 && endsBody(us[close]) && !lex.isCommonWord(run[0]!.text) &&
      !lex.isPlaceName(run[0]!.text)) return false;
    // "Treasury Secretary Henry Paulson and Federal Reserve Chairman Ben Bernanke": a titled person's name ends before "and".
    // (Not a title's word inside a body's name: "Justice and Development Party".)
    // ("Deputy President Rigathi Gachagua and …": a given name no list knows, with a surname, ends it too.)
    const holder = (k: number) => lex.isFirstName(run[k + 1]!.text) ||
      (run.length - k - 1 === 2 && run.slice(k + 1).every((x) => x.cap && !lex.orgWords.has(x.text.toLowerCase()) && !lex.isCommonWord(x.text) && !lex.isPlaceName(x.text)));
    if (run.some((x, k) => lex.titles.includes(x.text.toLowerCase()) && run.length - k >= 3 && holder(k)) &&
      !run.some((x) => OF_LIKE.has(x.text))) return false;
    // ("US Secretary of State Marco Rubio and National Security Adviser Mike Waltz": past a portfolio's "of"
    // too, where a given name the lists know and a surname end the run after a title.)
    if (run.length >= 4 && lex.isFirstName(run[run.length - 2]!.text) && !lex.isCommonWord(run[run.length - 2]!.text) &&
      run.slice(0, -2).some((x) => lex.titles.includes(x.text.toLowerCase()))) return false;
    // "Procter & Gamble", "Jefferies & Co": an ampersand joins one name.
    if (w === '&') return true;
    // ("the Selby and Ainsty by-election", "the seat of Uxbridge and South Ruislip": a constituency's name joins its places.)
    // ("his Richmond and Northallerton constituency" too.)
    let last = j;
    while (us[last + 1]?.cap && adjacent(text, us[last]!, us[last + 1]!)) last++;
    if (/^\s+(?:by-elections?|seat|constituency)\b/.test(text.slice(us[last]!.end, us[last]!.end + 20)) ||
      /\b(?:seat of|MPs? for)\s+$/.test(text.slice(Math.max(0, run[0]!.start - 20), run[0]!.start))) return true;
    // "Procter & Gamble", "State and Homeland Security Departments": only inside an organisation's name.
    // (Up to a possessive, which ends the name: "Veltrona and Germany’s Kasseler Bahntechnik AG" are two.)
    // (Only the name right after it: not "Snapchat and Fortnite to Lloyds Bank", whose bank comes after "to".)
    let stop = j + 1;
    while (stop < j + 4 && us[stop]?.cap && adjacent(text, us[stop - 1]!, us[stop]!)) stop++;
    const upToOwner = us.slice(j, stop);
    const owner = upToOwner.findIndex((x) => x.possessive);
    const rest = (owner >= 0 ? upToOwner.slice(0, owner + 1) : upToOwner).filter((x) => x.cap).map((x) => x.text.toLowerCase());
    // "Massachusetts Institute of Technology and Colorado State University": two bodies, each complete.
    const complete = run.some((x) => OF_LIKE.has(x.text)) && run.some((x) => OF_HEADS.has(x.text.toLowerCase()));
    if (complete && rest.some((x) => OF_HEADS.has(x))) return false;
    // "Centers for Disease Control and Prevention": a body's last word, one that names no one.
    // ("Department of Health and Human Services", "of Forestry and Fire Protection": or its last two.)
    const tail = us[j + 1]?.cap && adjacent(text, next, us[j + 1]!) ? [next, us[j + 1]!] : [next];
    const ends = !(us[j + tail.length]?.cap && adjacent(text, tail.at(-1)!, us[j + tail.length]!));
    // ("Infectious Diseases": a plural of an ordinary word is one.)
    const ordinary = (w: string) => lex.isCommonWord(w) || ABSTRACT_NOUN.test(w) || (tail.length > 1 && lex.readsAsWord(w));
    const plainWord = (x: Unit) => (ordinary(x.text) || (/[^s]s$/.test(x.text) && ordinary(x.text.slice(0, -1)))) && !lex.isFirstName(x.text) && !lex.isPlaceName(x.text);
    // (…or an adjective and a noun no list knows as a name: "Allergy and Infectious Diseases".)
    const noName = (x: Unit) => !lex.isFirstName(x.text) && !lex.isLastName(x.text) && !lex.isPlaceName(x.text) && !lex.isOrgName(x.text) && !lex.isPersonName(x.text);
    const adjectiveAndNoun = tail.length === 2 && lex.readsAsWord(tail[0]!.text) && noName(tail[0]!) && noName(tail[1]!);
    // ("the Office of Rail and Road": a body's two fields, words no list knows at all, either side of "and".)
    // ("the Journal of Travel and Medicine": or a word the lists know only as an ordinary one.)
    const fieldWord = (x: Unit) => noName(x) && !x.hyphenated && (lex.tags(x.text.toLowerCase()).length === 0 || lex.isCommonWord(x.text));
    const body = run[0]?.text === 'The' ? run.slice(1) : run;
    const head = body[0]?.text.toLowerCase() ?? '';
    const twoFields = tail.length === 1 && body.length === 3 && OF_LIKE.has(body[1]!.text) && (OF_HEADS.has(head) || lex.orgWords.has(head)) && fieldWord(prev) && fieldWord(next);
    const lastWord = ends && run.some((x) => OF_LIKE.has(x.text)) && (tail.every(plainWord) || adjectiveAndNoun || twoFields);
    // "Under-Secretary-General for Political and Peacebuilding Affairs": a title's portfolio.
    const portfolio = run.some((x) => OF_LIKE.has(x.text)) && run.some((x) => lex.titles.includes(x.text.toLowerCase())) && !lex.isFirstName(next.text);
    // ("the CHIPS and Science Act", "the Infrastructure Investment and Jobs Act": a law's name runs to its "Act".)
    // (Not two people: "Biden and Trump Act".)
    const law = rest.length >= 2 && rest.at(-1) === 'act' && ends && !lex.isPersonName(prev.text) && !lex.isPersonName(next.text);
    return (lastWord || portfolio || law || rest.some((x) => lex.orgWords.has(x))) && !lex.isPlaceName(prev.text);
  }
  if (OF_LIKE.has(w)) {
    // "Popular Front for the Liberation of Palestine (PFLP)": initials that follow say how far the name runs
    // (with its "of" or without: "Voice of America (VOA)").
    // ("Umbrella for Democratic Change (UDC)": the capitalised words after the connector run up to the brackets.)
    let end = j;
    while (us[end + 1]?.cap && adjacent(text, us[end]!, us[end + 1]!)) end++;
    const gloss = /^\s*\((\p{Lu}{3,8})\)/u.exec(text.slice(us[end]!.end));
    const after = us.slice(j, end + 1);
    // (A sentence's opening "The" is no part of the initials.)
    const named = run[0]?.text === 'The' ? run.slice(1) : run;
    if (gloss && (initialsOf([...named, ...after].filter((x) => x.cap)) === gloss[1] || initialsOf([...named, u, ...after]) === gloss[1])) return true;
    // "Centers for …", "Friends of …": a plural head is still the head.
    const plural = prev.text.toLowerCase();
    const singular = plural.replace(/(?<=[^s])s$/, '');
    const head = [plural, singular].find((h) => lex.orgWords.has(h) || lex.placeWords.has(h) || OF_HEADS.has(h)) ?? plural;
    // ("the International Space Station for NASA": a place is not named for a body's initials alone; a body may be, "Friends for UNICEF".)
    if (w === 'for' && after.length === 1 && /^\p{Lu}{2,6}$/u.test(next.text) && !lex.orgWords.has(head) && !OF_HEADS.has(head)) return false;
    // ("the Berlin Wall Memorial on Bernauer Strasse": a building "on" a street is located, not named, by it.)
    if (w === 'on' && STREET_WORDS.test(after.at(-1)?.text ?? '')) return false;
    // ("St. Francis of Assisi", "Saint Catherine of Siena": a saint is named by the town after "of", unless a building follows.)
    if (w === 'of' && run.length === 2 && /^(?:St\.?|Saint)$/.test(run[0]!.text) && lex.isFirstName(prev.text) && after.length === 1 &&
      !lex.buildingWords.has(after[0]!.text.toLowerCase()) && !lex.orgWords.has(after[0]!.text.toLowerCase())) return true;
    // "Nathan Law of Demosisto": a person's name takes no "of" (a surname may spell a word that does).
    if (run.length >= 2 && lex.isFirstName(run[0]!.text) && !lex.isCommonWord(run[0]!.text) && !lex.titles.includes(run[0]!.text.toLowerCase()) &&
      !lex.orgWords.has(head) && !OF_HEADS.has(head)) return false;
    // ("Senate Democratic Leader Chuck Schumer of New York": nor one after a title, whatever body's words the title has.)
    const given = run.at(-2);
    if (run.length >= 3 && given && lex.isFirstName(given.text) && !lex.isCommonWord(given.text) && lex.titles.includes(run.at(-3)!.text.toLowerCase().replace(/\.$/, '')) &&
      !lex.orgWords.has(head) && !OF_HEADS.has(head) && !lex.isCommonWord(prev.text)) return false;
    // ("the Samajwadi Party of Akhilesh Yadav won": a party that has its own name is led, not named, by the two words
    // after its "of" that name no place, body or thing: a person's; not "the Communist Party of China", nor "Party of Regions".)
    const twoWords = j === i + 1 && us[j + 1]?.cap && adjacent(text, next, us[j + 1]!) && !(us[j + 2]?.cap && adjacent(text, us[j + 1]!, us[j + 2]!));
    const nameWord = (x: Unit) => !lex.isCommonWord(x.text) && !lex.isPlaceName(x.text) && !lex.isOrgName(x.text) && !lex.orgWords.has(x.text.toLowerCase()) &&
      !lex.placeWords.has(x.text.toLowerCase()) && (lex.isFirstName(x.text) || lex.isLastName(x.text) || lex.tags(x.text.toLowerCase()).length === 0);
    if (w === 'of' && twoWords && /^(?:Party|Movement|Front|Alliance|Congress)$/.test(prev.text) && run.length >= 2 && !run.some((x) => OF_LIKE.has(x.text)) &&
      nameWord(next) && nameWord(us[j + 1]!) && !lex.isPlaceName(`${next.text} ${us[j + 1]!.text}`)) return false;
    // "University of Sheffield of the UK": a name that has its "of" already ends before a country,
    // as does a company's name at its suffix ("Beecham Group PLC of Britain").
    if (lex.isPlaceName(next.text) && (run.some((x) => OF_LIKE.has(x.text) || lex.isPlaceName(x.text)) || isCorporateSuffix(prev.text))) return false;
    // ("the maker of Call of Duty", "a Game of Thrones actor": two capitalised ordinary words joined
    // by "of" inside a sentence are one title; not a role, "the Head of State".)
    const inSentence = /[\p{Ll}\d,;:]\s+$/u.test(text.slice(Math.max(0, prev.start - 3), prev.start));
    if (w === 'of' && run.length === 1 && j === i + 1 && inSentence && lex.isCommonWord(prev.text) &&
      ![lex.isFirstName, lex.isLastName, lex.isPlaceName, lex.isOrgName, lex.isPersonName].some((known) => known(next.text)) &&
      !lex.personNouns.has(head) && !(us[j + 1]?.cap && adjacent(text, next, us[j + 1]!))) return true;
    return lex.orgWords.has(head) || lex.placeWords.has(head) || lex.otherWords.has(head) || OF_HEADS.has(head) ||
      lex.titles.includes(head) || run.some((x) => lex.orgWords.has(x.text.toLowerCase()));
  }
  // Name particles: "Leonardo da Vinci", "Ursula von der Leyen".
  return run.length > 0;
}

const OF_HEADS = new Set([
  'daughters', 'sons', 'friends', 'republic', 'kingdom', 'duke', 'duchess', 'prince', 'princess', 'king',
  'queen', 'isle', 'statue', 'chamber', 'house', 'houses', 'bank', 'museum', 'secretary', 'minister',
  'ministry', 'department', 'office', 'bureau', 'court', 'church', 'council', 'board', 'school', 'college',
  'university', 'institute', 'city', 'state', 'gulf', 'bay', 'sea', 'cape', 'mount', 'lake', 'port',
  'battle', 'siege', 'treaty', 'book', 'bishop', 'archbishop', 'mayor', 'governor', 'chief', 'head',
  'director', 'speaker', 'leader', 'president', 'chairman', 'commissioner', 'secretariat', 'academy',
  'federation', 'union', 'league', 'association', 'coalition', 'party', 'order', 'society', 'people', 'institution', 'organisation',
  'organization', 'authority', 'agency', 'commission', 'committee', 'corporation', 'fund', 'service', 'foundation', 'trust', 'center', 'centre',
  // Groups named for what their members want: "Citizens for Clean Government", "Doctors for Europe".
  'citizens', 'doctors', 'physicians', 'lawyers', 'scientists', 'parents', 'mothers', 'veterans', 'students', 'americans', 'families',
]);
