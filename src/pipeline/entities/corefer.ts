import type { Entity, EntityType } from '../../shared/article-asset';
import { slugify, uniqueId } from '../../shared/ids';
import type { Lexicon } from '../lexicon';
import { editDistance } from '../text/edit-distance';
import { type Candidate, CORPORATE_SUFFIX_SET, GLOSSED_SMALL_WORDS, LETTERS_AND_NUMBER } from './candidates';
import { STORM_PREFIXES } from '../lexicon/other-names';
import { CLUB_NAME_ENDS, FOOTBALL_CLUBS, NEWSPAPER_WORD_SET } from '../lexicon/organizations';
import { COMPASS_DIRECTIONS } from '../lexicon/places';
import { ORG_NOUN_SET } from '../lexicon/reference-nouns';
import { groupBy } from '../../shared/group-by';

/** What a company's second word may say it does: "Southwest Airlines", "Eastern Bank". */
/** What a company makes, said between its name and its suffix: "Martin Marietta Materials Inc", "Hershey Foods Corp". */
const COMPANY_PRODUCT_WORDS: ReadonlySet<string> = new Set(['materials', 'foods', 'chemicals', 'industries', 'products', 'brands', 'resources', 'pharmaceuticals',
  'motors', 'steel', 'mining', 'minerals', 'petroleum', 'oil', 'textiles', 'mills', 'stores', 'entertainment', 'media', 'financial', 'capital', 'international']);
const LINES_OF_BUSINESS: ReadonlySet<string> = new Set(['airlines', 'airways', 'air', 'bank', 'energy', 'water', 'railway', 'railways', 'rail', 'trains', 'power', 'gas']);
/** What a place's name takes to name its people: "Estavia" → "Estavians", "Tolmar" → "Tolmari". */
const DEMONYM_ENDING = /^(?:n|ns|an|ans|ian|ians|ese|i|is|ish|ic|er|ers)$/;

interface Group {
  members: Candidate[];
  type: EntityType | null;
  /** The fullest form seen, which names the entity. */
  head: Candidate;
  key: string;
  tokens: string[];
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

const keyOf = (c: Candidate): string => {
  // ("Downing St" is "Downing Street".)
  // ("Lopez Obrador" is "López Obrador", "Pena Nieto" "Peña Nieto".)
  const key = withoutAccents(c.canonical ?? c.text).toLowerCase().replace(/[.“”"]/g, '').replace(/[‘’']/g, "'").replace(/[-‐‑\s]+/g, ' ').trim()
    // ("Joko ‘Jokowi’ Widodo": the marks around a nickname, not an apostrophe inside a word.)
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/(?<=\S) st$/, ' street')
    // ("Saint Francis of Assisi" is "St. Francis of Assisi", "Saint Louis" "St. Louis".)
    .replace(/^saint (?=\S)/, 'st ')
    // "Ministry of Foreign Affairs" is the "Foreign Ministry", "Department of Justice" the "Justice Department".
    .replace(/\b(ministry|department) of (?:the )?([a-z]+)(?: affairs)?$/, '$2 $1');
  // "Jerome H. Powell" is "Jerome Powell": a middle initial is no part of who is meant.
  const words = key.split(' ');
  return c.type !== 'person' || words.length < 3 ? key : words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
};

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'du', 'la', 'le']);
/** Words after a place's name that still name that place: "Gaza Strip", "Kursk Region", "Sinai Peninsula". */
const SAME_PLACE_WORDS = new Set(['strip', 'peninsula', 'region', 'oblast', 'province', 'governorate', 'prefecture', 'territory',
  'territories', 'island', 'islands', 'archipelago', 'valley', 'basin', 'krai', 'republic']);


// (A model's number is no initial: "IE" is "Internet Explorer 6".)
const initialsOf = (tokens: readonly string[]): string => tokens.filter((t) => !FUNCTION_WORDS.has(t) && !/^\d+$/.test(t)).map((t) => t[0]).join('');
/** "ERG" is "European Research Group"; "RIM" is "Research In Motion Ltd"; "VOA" is "Voice of America", its "of" counted. */
const hasInitials = (g: Group, letters: string): boolean =>
  initialsOf(g.tokens) === letters ||
  // ("C3S" is the "Copernicus Climate Change Service": a letter and how many times it is repeated.)
  (/\p{L}\d/u.test(letters) && hasInitials(g, letters.replace(/(\p{L})(\d)/gu, (_, l: string, n: string) => l.repeat(Number(n))))) || initialsOf(g.tokens.filter((t) => !CORPORATE_SUFFIX_SET.has(t))) === letters ||
  // ("CFIUS" is the "Committee on Foreign Investment in the United States", its "in" not counted.)
  initialsOf(g.tokens.filter((t) => !GLOSSED_SMALL_WORDS.test(t))) === letters ||
  // ("UCR" is "UC Riverside": a short first word, itself initials, counted whole.)
  (g.tokens.length >= 2 && /^\p{L}{2,3}$/u.test(g.tokens[0]!) && g.tokens[0]! + initialsOf(g.tokens.slice(1)) === letters) ||
  (g.tokens.length === letters.length && g.tokens.includes('of') && g.tokens.map((t) => t[0]).join('') === letters);

/**
 * Joins mentions that name the same thing: the same name, a person's surname or
 * given name after the full name, an acronym of an organisation, a shorter form of
 * an organisation's name, and near-miss spellings ("Mocow" → "Moscow").
 */
export function corefer(cands: readonly Candidate[], lex: Lexicon, knownSpellings: () => readonly string[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const weak: Candidate[] = [];
  // Longer names first, so short forms find the full name whichever comes first in the text;
  // longer as their keys count ("Ministry of Foreign Affairs" is the two words "foreign ministry").
  const keys = new Map(cands.map((c) => [c, keyOf(c)]));
  const length = (c: Candidate) => keys.get(c)!.split(' ').length;
  // (Typed ones before untyped of the same length, so that "Harwick" in a headline joins the town the
  // body says it is, not the "Harwick Gazette" it could be the short form of.)
  const order = cands.slice().sort((a, b) => length(b) - length(a) || Number(a.type === null) - Number(b.type === null) || a.sentence - b.sentence || a.start - b.start);
  for (const c of order) {
    const key = keys.get(c)!;
    const exact = byKey.get(key);
    // "in Houston" decided it is the city; the bare "Houston" elsewhere, typed a person only
    // because the word list knows the surname, is the same city.
    const surnameOfPlace = exact?.type === 'place' && c.type === 'person' && c.words.length === 1 && !c.role;
    // ("Jasper wildfire destroys …" in a headline, "the town of Jasper" in the body: a given name the
    // lists know, alone everywhere, is the place the text says it is.)
    const givenNameOfPlace = exact?.type === 'person' && c.type === 'place' && c.words.length === 1 && exact.members.every((m) => m.words.length === 1 && !m.role);
    // ("local television station Newzroom Afrika … He told Newzroom Afrika": the same name of two
    // words or more, typed otherwise only by what stands around it, is the same thing.)
    const sameLongName = exact && c.words.length >= 2 && !c.known;
    // ("Striking machinists at Aerovane …. Aerovane chief executive Karen Voss": a place only by its
    // preposition is the body another mention says it is.)
    const looseAgainstBody = exact && ((exact.type === 'place' && exact.members.every((m) => m.loose) && c.type === 'organization') ||
      (exact.type === 'organization' && c.type === 'place' && c.loose));
    // ("Brent crude rose …. Analysts expected Brent to …": a lone given name is the thing the same word
    // names elsewhere, whichever comes first.)
    const bareName = (x: Candidate) => x.type === 'person' && x.words.length === 1 && !x.role;
    // (So is a name shaped like a place's that no list knows: "the New Glenn rocket … developing New Glenn".)
    const placeShaped = (x: Candidate) => x.type === 'place' && !lex.isPlaceName(x.text);
    // ("M23 rebels … the M23": a model's shape the group's other mentions name a body.)
    const modelShaped = (x: Candidate) => x.type === 'other' && LETTERS_AND_NUMBER.test(x.text);
    // (The cheap tests first: a group of one name may have thousands of members.)
    const bodyByShape = exact && ((exact.type === 'organization' && modelShaped(c)) || (c.type === 'organization' && exact.type === 'other' && exact.members.every(modelShaped)));
    const givenNameOfThing = exact && ((exact.type === 'other' && (bareName(c) || placeShaped(c)) && exact.members.some((m) => m.known)) ||
      (exact.type === 'person' && c.type === 'other' && c.known && exact.members.every(bareName)) ||
      // ("radar from Zhurong …. China’s Zhurong rover": a place only by its preposition too.)
      (exact.type === 'place' && c.type === 'other' && (c.known || exact.members.every((m) => m.loose)) && exact.members.every(placeShaped)) ||
      // (…and the other way round: "Macintosh platform revenues …. the decline in Macintosh sales".)
      (exact.type === 'other' && c.type === 'place' && c.loose === true && placeShaped(c)));
    // ("Spain’s state weather agency, Aemet, … Aemet said": a lone word typed a person only because it speaks
    // is the body the text said it is; not a surname of someone named in full: "Dyson … James Dyson said".)
    const speakingBody = exact?.type === 'organization' && bareName(c) && !lex.isFirstName(c.text) && !/^\p{Lu}+$/u.test(c.text) &&
      !cands.some((x) => x.type === 'person' && x.words.length > 1 && x.words.at(-1) === c.text);
    // ("…, known as Cal Fire. … Cal Fire said": the name the text gave a body stays the body's.)
    const givenAlias = exact?.head.alias === true && !c.role;
    // ("Notre-Dame reopens …. Notre-Dame cathedral": a body's name the text gives a building is the building's.)
    const buildingNamed = exact && ((exact.type === 'place' && c.type === 'organization' && c.known && exact.members.some((m) => m.building)) ||
      (exact.type === 'organization' && c.type === 'place' && c.building === true));
    if (exact && (compatible(exact.type, c.type) || (exact.type === 'person' && !c.canonical) || surnameOfPlace || sameLongName || looseAgainstBody || givenAlias || givenNameOfThing || bodyByShape || buildingNamed || givenNameOfPlace || speakingBody)) {
      if (looseAgainstBody || bodyByShape) exact.type = 'organization';
      if (buildingNamed || givenNameOfPlace) exact.type = 'place';
      if (givenNameOfThing) exact.type = 'other';
      add(exact, c);
      continue;
    }
    // (A weak mention counts only as the same name, not as a near-miss spelling of one.)
    const target = (kindOpener(c) ? null : shortFormOf(c, key, groups, lex)) ?? (c.weak ? null : misspellingOf(c, key, groups, lex));
    if (target) {
      add(target, c);
      continue;
    }
    if (c.weak) {
      weak.push(c);
      continue;
    }
    const g: Group = { members: [c], type: c.type, head: c, key, tokens: key.split(' ') };
    groups.push(g);
    byKey.set(key, g);
  }
  // A weak mention counts once its name stands as a mention elsewhere.
  for (const c of weak) {
    const g = byKey.get(keyOf(c)) ?? (kindOpener(c) ? undefined : shortFormOf(c, keyOf(c), groups, lex));
    if (g && g.type === 'place' && c.type === 'organization' && g.members.every((m) => m.loose)) g.type = 'organization';
    if (g) add(g, c);
  }
  // ("Texas Industries to Merge with Martin Marietta" over "The CEO of Martin Marietta" and "Martin Marietta Materials Inc": a
  // name a headline made a person, that the body also writes as a company's short form, is that company.)
  // (Companies by their first word, so that a long article's thousands of names are not each compared with all.)
  const companies = groupBy(groups.filter((h) => h.type === 'organization' && h.tokens.length >= 3 && CORPORATE_SUFFIX_SET.has(h.tokens.at(-1)!)), (h) => h.tokens[0]!);
  for (const g of [...groups]) {
    const company = g.members.some((m) => m.type === 'organization') ? companies.get(g.tokens[0]!)?.find((h) => h !== g && isCompanyShortForm(g.key, h)) : undefined;
    if (!company) continue;
    for (const m of g.members) add(company, m);
    groups.splice(groups.indexOf(g), 1);
  }
  // "Her Ravenian counterpart" beside "Ravenia": the people of a place the article names, no name of their own.
  const places = groups.filter((g) => g.type === 'place' && g.tokens.length === 1);
  const demonyms = new Set(groups.filter((g) => g.tokens.length === 1 && g.type !== 'person' && g.type !== 'organization' &&
    places.some((p) => p !== g && g.key.startsWith(p.key) && DEMONYM_ENDING.test(g.key.slice(p.key.length)))));
  if (demonyms.size) groups.splice(0, groups.length, ...groups.filter((g) => !demonyms.has(g)));
  correctFromWordLists(groups, knownSpellings, lex);
  // ("Nasa launches Europa Clipper to …" over "Nasa’s Europa Clipper spacecraft": a person only the headline's words make
  // gives way to the thing the body's words say it is.)
  for (const g of groups) {
    if (g.type !== 'person') continue;
    const typed = g.members.filter((m) => m.type !== null);
    // (Not a person the headline names with a given name the lists know, where the body's thing is named after them:
    // "Mikhail Kalashnikov dies" beside "Kalashnikov rifles"; "Harry Potter" in the headline and "the Harry Potter films" is the thing.)
    const things = typed.filter((m) => m.type === 'other' && m.block !== 'title' && m.block !== 'dek');
    if (things.length && typed.every((m) => m.type !== 'person' || (m.block === 'title' &&
      (!lex.isFirstName(m.words[0]!) || things.some((t) => t.text === m.text))))) g.type = 'other';
  }
  // (An article about sides: a country or a town that plays, or a club by its club's word: "Manchester United", "Ipswich Town".)
  // (Or a club the lists know: "Bayer Leverkusen".)
  const clubs = groups.filter((g) => g.type === 'organization' && g.tokens.length >= 2 && (CLUB_NAME_ENDS.has(g.tokens.at(-1)!) || CLUBS.has(g.key)));
  const sporting = clubs.length > 0 || groups.some((g) => g.type === 'place' && g.members.some((m) => m.team));
  for (const g of groups) if (g.type === 'place' && g.members.some((m) => m.team || (sporting && m.opponent))) g.type = 'organization';
  for (const g of groups) if (g.type === 'person' && g.members.some((m) => m.company) && !g.members.some((m) => m.role)) g.type = 'organization';
  return toEntities(groups);
}

const CLUBS: ReadonlySet<string> = new Set(FOOTBALL_CLUBS);

/**
 * "Police say …" beside "Lincolnshire Police": the kind of body a sentence opens with, in a word,
 * is no short form of a name it ends (unlike "City" for "Manchester City").
 */
const kindOpener = (c: Candidate) => c.weak === true && c.words.length === 1 && ORG_NOUN_SET.has(c.text.toLowerCase());

function compatible(a: EntityType | null, b: EntityType | null): boolean {
  return a === null || b === null || a === b;
}

function add(g: Group, c: Candidate): void {
  g.members.push(c);
  // The same name written with its accents names the entity ("Peña Nieto" over a headline's "Pena Nieto").
  if (c.text !== g.head.text && withoutAccents(c.text) === g.head.text && !c.canonical) g.head = { ...c, role: g.head.role ?? c.role };
  if (!g.type && c.type) g.type = c.type;
  if (!g.head.role && c.role) g.head = { ...g.head, role: c.role };
}

function shortFormOf(c: Candidate, key: string, groups: readonly Group[], lex: Lexicon): Group | null {
  const toks = key.split(' ');
  // (One typed a person only by what stands around it may be a body's short form: "Castlebridge, who were champions".)
  const personByContext = c.type === 'person' && !c.role && toks.length === 1 && !lex.isFirstName(key) && !lex.isLastName(key);
  const matches = groups.filter((g) => {
    if (g.tokens.length <= toks.length) return false;
    // A surname alone is the person even where a word list knows it as a place ("Paris", "Mohamed").
    // (Not a work named after its subject: "Nolan’s “Oppenheimer,” a three-hour drama" beside J. Robert Oppenheimer.)
    if (g.type === 'person' && (c.type === null || c.type === 'person' || !c.canonical) && !(c.type === 'other' && c.known) && toks.length === 1) {
      // (A given name so typed a place is the place: "Victoria" beside "Victoria Beckham".)
      // ("Lula" for "Luiz Inácio Lula da Silva": a name of three words or more may be called by a middle one.)
      // (Not one word of a nickname of several: "Big" is not "Glen “Big Baby” Davis", though "Jokowi" is "Joko ‘Jokowi’ Widodo".)
      const nickname = /[‘"“]([^’"”]+)[’"”]/u.exec(g.head.text)?.[1]?.toLowerCase();
      const partOfNickname = !!nickname && nickname.includes(' ') && nickname.split(' ').includes(toks[0]!);
      // (Nor a saint's given name: "Francis" is the pope, not "St. Francis of Assisi".)
      const middle = g.tokens.length >= 3 && g.tokens.slice(1, -1).includes(toks[0]!) && !FUNCTION_WORDS.has(toks[0]!) && c.type !== 'place' && !partOfNickname &&
        !/^(?:st|saint)$/.test(g.tokens[0]!);
      return g.tokens[g.tokens.length - 1] === toks[0] || middle || (g.tokens[0] === toks[0] && !(c.type === 'place' && lex.isPlaceName(c.text)));
    }
    // ("Jannik Sinner won …. “…,” Sinner said": a full name nothing typed is the person its surname,
    // alone and typed by what it does, is.)
    if (g.type === null && c.type === 'person' && !c.known && toks.length === 1 && g.tokens.length === 2 && g.tokens[1] === toks[0] &&
      !lex.isPlaceName(g.tokens[0]!) && !lex.isCommonWord(g.tokens[0]!) && !lex.isOrgName(g.tokens[0]!) &&
      g.members.every((m) => !m.canonical && m.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))) return true;
    if (g.type === 'person' && (c.type === null || c.type === 'person') && !c.role && toks.length === 2) {
      return g.tokens.slice(-2).join(' ') === key;
    }
    // "Laura" after "Hurricane Laura": the storm, though a given name.
    if (g.type === 'other' && toks.length === 1 && g.tokens.at(-1) === key && STORM_PREFIXES.includes(g.tokens.slice(0, -1).join(' '))) return true;
    // "MCG" for "Melbourne Cricket Ground": a venue's initials; "DPR" for "Donetsk People’s Republic": a
    // country's or a region's. (An acronym read alone as a body's is the place all the same.)
    if (g.type === 'place' && toks.length === 1 && /^\p{Lu}{3,}$/u.test(c.text) && c.type !== 'person' && g.tokens.length >= 3 &&
      hasInitials(g, toks[0]!)) return true;
    // ("prize at Corvo festival" beside "the Corvo International Film Festival": a word no list knows, a place only by its
    // preposition, that opens an event's name is that event.)
    if (g.type === 'other' && toks.length === 1 && g.tokens[0] === key && g.tokens.length >= 3 && (c.type === null || c.loose) && !lex.isPlaceName(key)) return true;
    if (g.type === 'organization' || g.type === 'other') {
      // ("BoE" for the "Bank of England", "MoD" for the "Ministry of Defence": a small word's letter in lowercase between capitals.)
      if (toks.length === 1 && /^\p{Lu}(?:[\p{Lu}.&]|\d(?=\p{Lu})|\p{Ll}(?=\p{Lu}))+$/u.test(c.text) && hasInitials(g, toks[0]!)) return true;
      // ("Doge" for the "Department of Government Efficiency": initials of four letters or more, written as a word.)
      if (g.type === 'organization' && toks.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(c.text) && (c.type === null || c.type === 'organization') && hasInitials(g, toks[0]!)) return true;
      // "PML-N" for "Pakistan Muslim League-Nawaz".
      if (toks.length === 2 && /^\p{Lu}{2,}-\p{Lu}{1,2}$/u.test(c.text) && hasInitials(g, toks.join(''))) return true;
      // "Noble" after "Noble Group", "Fairway" after "Fairway Group Holdings Corp".
      // (Not where the body's last word is an ordinary one: "the West" beside "the West group" of an army.)
      if (g.type === 'organization' && g.key.startsWith(`${key} `) && g.tokens.slice(toks.length).every((t) => CORPORATE_SUFFIX_SET.has(t)) &&
        !g.members.every((m) => /^\p{Ll}/u.test(m.words.at(-1)!))) return true;
      // "Albirex" for "Albirex Niigata", "Goldman" for "Goldman Sachs": an unknown word that opens a body's two-word name
      // (not a body named with its country, "Environment Canada", nor by its portfolio, "Unification Ministry", whose
      // first word goes with a title too: "Environment Minister", "Unification Minister").
      // (Its company suffix aside: "Harlow" for "Harlow Foods Inc".)
      if (toks.length === 1 && companyCore(g.tokens).length === 2 && g.tokens[0] === key && g.type === 'organization' &&
        (c.type === null || personByContext || c.loose || (c.type === 'organization' && !c.known && !/^\p{Lu}+$/u.test(c.text))) && !lex.isPlaceName(key) &&
        !lex.isCommonWord(key) && !lex.isPlaceName(g.tokens[1]!) &&
        !/^(?:ministry|department|office|bureau|agency|commission|committee|council|service|authority)$/.test(g.tokens[1]!)) return true;
      // "the Journal" for "The Wall Street Journal", "the Times": a newspaper called by its last word.
      // ("He and the Journal denied the charge": one typed a person only by what it did, too.)
      if (g.type === 'organization' && toks.length === 1 && g.tokens.length >= 2 && g.tokens.at(-1) === key && NEWSPAPER_WORD_SET.has(key) &&
        (c.type === null || c.type === 'organization' || personByContext)) return true;
      // "Rovers" for "Westford Rovers": a club called by the word that ends its name.
      if (g.type === 'organization' && toks.length === 1 && g.tokens.length === 2 && g.tokens[1] === key && CLUB_NAME_ENDS.has(key)) return true;
      // "the Spurs" for "San Antonio Spurs", "the Thunder" for "Oklahoma City Thunder": a team called by
      // the word after its city.
      if (g.type === 'organization' && toks.length === 1 && g.tokens.length >= 2 && g.tokens.at(-1) === key && (c.type === null || c.weak) &&
        lex.isPlaceName(g.tokens.slice(0, -1).join(' ')) && /^\p{Lu}\p{Ll}/u.test(c.text)) return true;
      // "Southwest" for "Southwest Airlines": a compass point opening a company's two-word name, for the company.
      if (g.type === 'organization' && toks.length === 1 && g.tokens.length === 2 && g.tokens[0] === key && COMPASS_DIRECTIONS.has(key) &&
        LINES_OF_BUSINESS.has(g.tokens[1]!)) return true;
      // "Labour" for "Labour Party", "Conservatives" for "Conservative Party": a party named without its word.
      if (g.type === 'organization' && g.tokens.at(-1) === 'party' && [key, key.replace(/s$/, '')].some((k) => g.key === `${k} party`)) return true;
      // "Martin Marietta" for "Martin Marietta Materials Inc".
      if (g.type === 'organization' && (c.type === null || c.type === 'organization') && isCompanyShortForm(key, g)) return true;
      // "Kodak" for "Eastman Kodak Co", "Ericsson" for "L.M. Ericsson Co": a company's last word before its suffix.
      if (g.type === 'organization' && toks.length === 1 && compatible(g.type, c.type) && companyCore(g.tokens).at(-1) === key &&
        companyCore(g.tokens).length >= 2 && companyCore(g.tokens).length < g.tokens.length) return true;
      // "Foreign Ministry" after "Russian Foreign Ministry"; not "Ministry" alone, nor the
      // body a name is "of" ("European Union" in "Council of the European Union").
      if (toks.length >= 2 && compatible(g.type, c.type) && g.key.endsWith(` ${key}`) &&
        !FUNCTION_WORDS.has(g.tokens[g.tokens.length - toks.length - 1]!)) return true;
    }
    // "Castlebridge" for "Castlebridge City" where the city's name plays another side: the club.
    if (g.type === 'place' && g.members.some((m) => m.team) && toks.length === 1 && g.tokens.length === 2 && g.tokens[0] === key &&
      (c.type === null || c.type === 'organization' || personByContext) && !lex.isPlaceName(key) && !lex.isCommonWord(key)) return true;
    // "the North" for North Korea, "the South" for South Sudan: a compass point for the country it opens.
    if (g.type === 'place' && c.weak && c.type === 'place' && toks.length === 1 && g.tokens.length === 2 && g.tokens[0] === key &&
      COMPASS_DIRECTIONS.has(key)) return true;
    // "Gaza" for "Gaza Strip", "Kursk" for "Kursk Region"; but "Taiwan" is not the Taiwan Strait,
    // nor "China" the China Earthquake Networks Center.
    if (g.type === 'place' && c.type !== 'person' && toks.length >= 1 && g.key.startsWith(`${key} `) && lex.isPlaceName(key) &&
      g.tokens.slice(toks.length).every((t) => SAME_PLACE_WORDS.has(t))) return true;
    return false;
  });
  if (matches.length === 0) return null;
  // ("Kissinger" beside "Henry Kissinger" and "Kissinger Associates": a surname alone is the person, not the firm named after him.)
  const people = matches.filter((g) => g.type === 'person' && g.tokens.at(-1) === toks[0] && toks.length === 1);
  if (people.length && people.length < matches.length && matches.every((g) => g.type === 'person' || g.tokens[0] === toks[0])) {
    return people.reduce((best, g) => (nearestBefore(g, c) > nearestBefore(best, c) ? g : best));
  }
  // (Unless one is whom the headline names and the surname alone has meant already, and the other was named once, in
  // full: "Timothy West … West was born …, the son of actors Lockwood West … West began his career": the story's subject.)
  if (matches.length === 2 && toks.length === 1 && matches.every((g) => g.type === 'person')) {
    const before = (g: Group) => g.members.filter((m) => nearestBefore({ ...g, members: [m] }, c) >= 0);
    const subject = matches.find((g) => g.members.some((m) => m.block === 'title') && before(g).some((m) => m.words.length === 1));
    const other = matches.find((g) => g !== subject);
    if (subject && other && before(other).length === 1) return subject;
  }
  // Two people share the surname ("Thomas Sam", "Manju Sam"): the one named last before.
  return matches.reduce((best, g) => (nearestBefore(g, c) > nearestBefore(best, c) ? g : best));
}

/** "martin marietta" for "Martin Marietta Materials Inc": a company's name of two words or more, before what the company makes and its suffix. */
function isCompanyShortForm(key: string, company: Group): boolean {
  const n = key.split(' ').length;
  return n >= 2 && company.tokens.length > n + 1 && company.key.startsWith(`${key} `) && CORPORATE_SUFFIX_SET.has(company.tokens.at(-1)!) &&
    company.tokens.slice(n, -1).every((t) => COMPANY_PRODUCT_WORDS.has(t));
}

/** A company's name without the suffixes that end it: "eastman kodak co" → "eastman kodak". */
function companyCore(tokens: readonly string[]): readonly string[] {
  let n = tokens.length;
  while (n > 0 && CORPORATE_SUFFIX_SET.has(tokens[n - 1]!)) n--;
  return tokens.slice(0, n);
}

// (Named before it, not later in the same sentence: "Prime Minister Modi of aiding … Lalit Modi".)
const nearestBefore = (g: Group, c: Candidate): number =>
  Math.max(-1, ...g.members.filter((m) => m.sentence < c.sentence || (m.sentence === c.sentence && m.start < c.start)).map((m) => m.sentence * 1e6 + m.start));

function misspellingOf(c: Candidate, key: string, groups: readonly Group[], lex: Lexicon): Group | null {
  if (c.known || key.length < 5) return null;
  const max = key.length >= 9 ? 2 : 1;
  // ("Kathryn Waters said … “…”, Water said": one who speaks, a letter off the surname of someone named in full.)
  if (c.type === 'person' && !key.includes(' ')) {
    const near = groups.filter((g) => g.type === 'person' && g.tokens.length >= 2 && g.tokens.at(-1)![0] === key[0] && g.tokens.at(-1)!.length >= 5 &&
      editDistance(key, g.tokens.at(-1)!, 1) <= 1);
    if (near.length === 1) return near[0]!;
  }
  for (const g of groups) {
    if (!g.head.known && g.members.length < 2) continue;
    if (g.key[0] !== key[0] && g.key[1] !== key[1]) continue;
    // ("Estavians" beside "Estavia": its people, not a misspelling of its name.)
    if (key.startsWith(g.key) && DEMONYM_ENDING.test(key.slice(g.key.length))) continue;
    // ("Southern California" beside "Northern California": a word swapped for another word is another name, no typo.)
    const words = key.split(' ');
    // (Not a word and its plural: "Liberal senator" beside "the Liberals".)
    const otherWord = (w: string, x: string) => w !== x && `${w}s` !== x && `${x}s` !== w && lex.isCommonWord(w) && lex.isCommonWord(x);
    if (words.length === g.tokens.length && words.some((w, k) => otherWord(w, g.tokens[k]!))) continue;
    if (editDistance(key, g.key, max) <= max) return g;
  }
  return null;
}

/** A single unknown name one typo away from a known place or organisation takes its name. */
function correctFromWordLists(groups: Group[], knownSpellings: () => readonly string[], lex: Lexicon): void {
  for (const g of groups) {
    // (A thing the context types as a product is no misspelt body: "Starliner capsule", not "Starlink".)
    if (g.head.known || g.key.length < 5 || g.tokens.length > 3 || g.type === 'other') continue;
    // ("Coun Warrington" is someone titled, not a misspelt "Washington".)
    if (g.members.some((m) => m.role)) continue;
    // "Political" is a word, not a misspelt "Politico"; "Union" a body's word, not "Unian".
    if (g.tokens.length === 1 && (lex.isCommonWord(g.key) || lex.readsAsWord(g.key) || lex.orgWords.has(g.key) || lex.placeWords.has(g.key))) continue;
    const max = g.key.length >= 9 ? 2 : 1;
    // (A short name a letter different from a known one is likelier a town of its own than a typo:
    // "Chiva" is not "China"; one a letter short or long, or two letters swapped, is the typo: "Mocow", "Mosocw".)
    // (Two letters off only where the ends agree: "Starliner" is Boeing's capsule, not "Starlink".)
    const hit = knownSpellings().find((k) => k[0] === g.key[0] && (g.key.length >= 7 || k.length !== g.key.length || swapsTwo(g.key, k)) &&
      (editDistance(g.key, k, 1) <= 1 || k.at(-1) === g.key.at(-1) && editDistance(g.key, k, max) <= max));
    if (!hit) continue;
    // (A place the text says is one is no misspelt body: "the state of Al-Jazira", not "Al Jazeera".)
    if (g.type === 'place' && !lex.isPlaceName(hit) && lex.isOrgName(hit)) continue;
    g.type = lex.isPlaceName(hit) ? 'place' : lex.isOrgName(hit) ? 'organization' : g.type;
    g.head = { ...g.head, canonical: titleCase(hit) };
  }
  // Groups that are the same entity once corrected ("Mocow" and "Moscow") become one.
  const byName = new Map<string, Group>();
  const merged = groups.filter((g) => {
    const k = `${g.type} ${nameOf(g).toLowerCase()}`;
    const first = byName.get(k);
    if (!first) {
      byName.set(k, g);
      return true;
    }
    first.members.push(...g.members);
    return false;
  });
  groups.splice(0, groups.length, ...merged);
}

/** Two spellings the same but for two neighbouring letters swapped: "mosocw", "moscow". */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

const titleCase = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());

function nameOf(g: Group): string {
  // "Kiev" of "Kyiv", "Burma" of "Myanmar": the entity keeps the article's own spelling, as its quotes' speaker and in the legend.
  const own = g.members.find((m) => m.respelt);
  if (own && g.members.every((m) => m.respelt || m.text === g.head.canonical)) return own.text;
  if (g.head.canonical) return g.head.canonical;
  // (A dateline's "MOSCOW" is the name "Moscow": the spelling in running text wins.)
  const shouted = (m: Candidate) => !/\p{Ll}/u.test(m.text) && m.text.replace(/\P{L}/gu, '').length >= 5;
  // The fullest name, as its key counts ("Russian Foreign Ministry" over "Ministry of Foreign Affairs").
  const size = (m: Candidate) => keyOf(m).split(' ').length;
  const full = g.members.reduce((best, m) => (size(m) > size(best) || (size(m) === size(best) && (m.words.length > best.words.length ||
    (m.words.length === best.words.length && shouted(best) && !shouted(m)))) ? m : best), g.head);
  // (A shop's name keeps the possessive every mention writes: "McDonald’s", "Ben & Jerry’s".)
  let name = g.members.every((m) => /['’]s$/.test(m.text)) ? full.text : full.text.replace(/['’]s$/, '');
  // (A place of four letters too, as datelines write "LIMA" and "OSLO"; initials that name a place have their canonical name above.)
  if ((shouted(full) || (!/\p{Ll}/u.test(full.text) && full.text.replace(/\P{L}/gu, '').length === 4)) && g.type === 'place') name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  // "Russian foreign ministry" names an organisation: capitalise it as one.
  return g.type === 'organization' && /\p{Ll}/u.test(name[0] ?? '') === false
    ? name.replace(/(\s)(\p{Ll})(\p{L}{3,})/gu, (_, sp: string, ch: string, rest: string) => `${sp}${ch.toUpperCase()}${rest}`)
    : name;
}

function toEntities(groups: readonly Group[]): Entity[] {
  const taken = new Set<string>();
  const sorted = groups
    .filter((g) => g.type !== null)
    .map((g) => ({ g, members: g.members.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start) }))
    .sort((a, b) => a.members[0]!.sentence - b.members[0]!.sentence || a.members[0]!.start - b.members[0]!.start);
  return sorted.map(({ g, members }) => {
    const name = nameOf(g);
    // (A headline's short form gives way to the body's: "Prime Minister", not the headline's "PM".)
    const role = (members.find((m) => m.role && m.block !== 'title') ?? members.find((m) => m.role))?.role;
    const e: Entity = {
      id: uniqueId(slugify(name) || 'entity', taken),
      name,
      type: g.type!,
      mentions: members.map((m) => ({ block: m.block, start: m.start, end: m.end, text: m.text })),
    };
    if (role) e.role = role;
    return e;
  });
}

