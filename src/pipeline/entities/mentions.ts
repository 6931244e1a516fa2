import type { EntityType } from '../../shared/article-asset';
import type { Lexicon } from '../lexicon';
import type { Sentence } from '../stages/03-sentences';
import { ABSTRACT_NOUN, LETTERS_AND_NUMBER, LOWER_CAMEL, SURNAME_FIRST, everyInitialOf, initialsOf, isCorporateSuffix, type Candidate, type Unit, capitalisedRuns, units } from './candidates';
import { CALENDAR_WORDS, CLOCK_ZONE_LETTERS, CURRENCY_CODES, TIME_ZONES } from '../lexicon/calendar';
import { POSTAL_STATES } from '../lexicon/places';
import { BODY_NOUNS as BODY_NOUN_LIST, CLUB_NAME_ENDS, CLUB_PREFIXES, COMPANY_CUES_AFTER, COMPANY_CUES_BEFORE, FORCE_GROUP_NAMES, MEDIA_NOUNS, ORG_ALIASES, ORG_HEADS_FIRST, PARTY_ADJECTIVES, PARTY_MEMBERS } from '../lexicon/organizations';
import { CHANTED_BEFORE_QUOTE, COMPANY_SPEECH, INVERTED_SPEECH } from '../lexicon/speech-verbs';
import { EXERCISE_NOUNS, MADE_THING_NOUNS, NUMBERED_WORK_NOUNS, STORM_PREFIXES, OTHER_NAME_PREFIXES, PRODUCT_NOUNS as PRODUCT_NOUN_LIST, SYSTEM_PURPOSES, VESSEL_NOUNS, WEAPON_KINDS, WORK_APPOSED, WORK_BEFORE, WORK_KINDS_BEFORE_TITLE, WORK_NOUN } from '../lexicon/other-names';
import { COMPASS_DIRECTIONS, COMPASS_POINTS, GROUNDS } from '../lexicon/places';
import { BODY_ROLES, COURTESY_TITLES_ABROAD, PEOPLE_BY_WHAT_THEY_DO, POLICE_RANKS_SHORT, POST_NOMINALS, SPORTS_ROLES, SURNAME_PARTICLES, TITLE_QUALIFIERS as TITLE_QUALIFIER_LIST, VIETNAMESE_SURNAMES } from '../lexicon/people';

const POLICE_RANKS = new Set(POLICE_RANKS_SHORT);
const MEDIA_NOUNS_AFTER = new Set(MEDIA_NOUNS);
/** What a body does, right after its name or after a clause between commas: "…, which owns the painting, said". */
const BODY_ACTS_AFTER = /^(?:,\s+(?:which|that)\b[^,.;]{1,80},)?\s+(?:said|says|announced|announces|owns|owned|confirmed|confirms|declined|denied|added|told|stated)\b/;
const BODY_KIND_AFTER = new Set(['party', 'movement', 'alliance', 'coalition', 'militia', 'faction', 'bloc', 'consortium', 'conglomerate', 'cartel', 'gang', 'union',
  // ("a survey by the Forsa institute".)
  'institute', 'pollster', 'foundation', 'think-tank', 'consultancy']);
const BODY_ROLE_SET = new Set(BODY_ROLES);
/** Faiths whose followers' adjective may follow a word that is a given name too: "a devout Roman Catholic". */
const FAITHS = /^(?:Catholic|Protestant|Muslim|Christian|Orthodox|Jewish|Hindu|Sikh|Buddhist|Evangelical|Baptist|Methodist|Anglican|Lutheran|Mormon)$/;
/** A firm's head, by the role alone: "the former Twitch chief". */
const FIRM_HEADS = new Set(['chief', 'boss', 'ceo', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman', 'owner']);
const POST_NOMINAL_SET = new Set(POST_NOMINALS);
const ACRONYM = /^(?:\p{Lu}{2,6}\d?|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{1,3}&\p{Lu}{1,3})$/u;

/**
 * Every name-like span of one sentence, typed where the words or the context decide.
 * `lowercaseWords`: words the document also writes in lowercase ("nonpartisan"), so
 * capitalised at a sentence's start they are no name.
 */
export function findMentions(blockText: string, sentence: Sentence, lex: Lexicon, isTitle: boolean,
  lowercaseWords: ReadonlySet<string> = new Set(), bodyNameWords: ReadonlySet<string> = new Set(), bodyWords: ReadonlySet<string> = new Set()): Candidate[] {
  const us = units(sentence, lex);
  const out: Candidate[] = [];
  const runs = capitalisedRuns(blockText, us, lex);
  // (A dek in Title Case too, as some papers write it: "The Florida Congressman Had Been Under Investigation".)
  const titleCase = (isTitle || sentence.block === 'dek') && isTitleCase(us, lex, lowercaseWords, bodyWords);
  // “It Was Just an Accident,” a drama: a work's title in quotation marks, its small words and all.
  const works = isTitle ? [] : worksInQuotes(blockText, sentence);
  for (const w of works) out.push({ block: sentence.block, start: w.start, end: w.end, text: blockText.slice(w.start, w.end), sentence: sentence.index,
    words: blockText.slice(w.start, w.end).split(/\s+/), type: 'other', known: true });
  // "units of the Center group of forces", "the West group": an army group, its name's lowercase words and all.
  const groups = isTitle ? [] : forceGroups(blockText, sentence);
  if (!isTitle) groups.push(...purposeNamedBodies(blockText, sentence, lex));
  for (const g of groups) out.push({ block: sentence.block, start: g.start, end: g.end, text: blockText.slice(g.start, g.end), sentence: sentence.index,
    words: blockText.slice(g.start, g.end).split(/\s+/), type: 'organization', known: true });
  // ("a Boeing 737-800", "the Boeing 787-8 Dreamliner": a model written in figures, after its maker.)
  for (const m of numberedModels(blockText, sentence)) out.push({ block: sentence.block, start: m.start, end: m.end, text: blockText.slice(m.start, m.end),
    sentence: sentence.index, words: blockText.slice(m.start, m.end).split(/\s+/), type: 'other', known: true });
  const inWork = (run: readonly Unit[]) => [...works, ...groups].some((w) => run[0]!.start >= w.start && run[run.length - 1]!.end <= w.end);
  // ("Unforgiving Swiatek crushes Anisimova": a headline's opening word, an ordinary one, before a name the body gives someone.)
  const openingWord = (r: Unit[]) => isTitle && r.length >= 2 && r[0]!.start === sentence.start && lex.readsAsWord(r[0]!.text) && !lex.isFirstName(r[0]!.text) && !bodyNameWords.has(r[0]!.text) &&
    r.slice(1).every((u) => bodyNameWords.has(u.text)) ? r.slice(1) : r;
  for (const run of titleCase ? runs.flatMap((r) => namesInTitleCase(r, lex, lowercaseWords, bodyNameWords, bodyWords)) : runs.map(openingWord)) {
    if (inWork(run)) continue;
    // ("at 5 p.m. CT", "1 p.m. ET": a clock's zone in capitals names nothing.)
    if (run.length === 1 && CLOCK_ZONE_SET.has(run[0]!.text) && /(?:\d|\b[ap]\.?m\.?)\s$/i.test(blockText.slice(Math.max(0, run[0]!.start - 6), run[0]!.start))) continue;
    // ("64 GB", "500 MW": a unit after a number names nothing.)
    if (run.length === 1 && /^(?:[KMGTP]B|[KMGT]Wh?|[kMG]Hz|MPa|RPM)$/.test(run[0]!.text) && /\d\s?$/.test(blockText.slice(Math.max(0, run[0]!.start - 2), run[0]!.start))) continue;
    // “The Salt Road,” after a film's director: capitalised words that fill a quotation are a work's title.
    if (!isTitle && titleOfWork(blockText, run)) {
      out.push({ ...bare(blockText, sentence, run), type: 'other', known: true });
      continue;
    }
    // "the Asia-Pacific Economic Cooperation (APEC) summit": initials in brackets that spell every word
    // of the run, a hyphen's parts counted, say it is one name, whatever names the lists know inside it.
    const gloss = /^\s*\((\p{Lu}{3,8})\)/u.exec(blockText.slice(run[run.length - 1]!.end));
    // (Past a sentence's "The": "The Pakistan Tehreek-e-Insaf (PTI) party".)
    const glossed = run[0]?.text === 'The' && run.length > 2 ? run.slice(1) : run;
    if (!isTitle && glossed.some((u) => u.hyphenated) && gloss && everyInitialOf(glossed) === gloss[1]) {
      out.push({ ...bare(blockText, sentence, glossed), type: lex.isOrgName(gloss[1]!) ? 'organization' : lex.isPlaceName(gloss[1]!) ? 'place' : 'organization', known: true });
      continue;
    }
    for (const part of splitRun(run, us, lex, isTitle, lowercaseWords)) {
      const c = part.paper ? { ...bare(blockText, sentence, part.units), type: 'organization' as const, known: true } :
        part.model ? { ...bare(blockText, sentence, part.units), type: 'other' as const, known: true } :
        toCandidate(blockText, sentence, part.units, us, lex, part.role);
      // ("Maersk said in January that it …": a lone word that speaks is a name, not a sentence's opening word.)
      if (c && part.weak && !c.known && (isTitle || lex.isCommonWord(c.text) || !saysNext(blockText, c.end))) c.weak = true;
      // ("Bystanders said they heard shots": a plural of people by what they do, opening the sentence, speaks for them all; no name.)
      if (c && part.weak && !c.known && c.words.length === 1 && PEOPLE_PLURAL.test(c.text) && saysNext(blockText, c.end) &&
        /^\s+\p{L}+\s+(?:that\s+)?they\b/u.test(blockText.slice(c.end))) continue;
      // "Iodine deficiency …" where the article also writes "iodine": a word, not a name.
      // (So is a thing the lists know, a disease, opening a sentence where the article writes it in lowercase: "Mpox spreads …" after "mpox".)
      if (c && c.words.length === 1 && (!c.known || c.type === 'other' && c.start === sentence.start) && !c.role && lowercaseWords.has(c.text.toLowerCase())) continue;
      if (c) out.push(c);
    }
  }
  // "the Donetsk People’s Republic (DPR)": initials in brackets after a name are that name's, and of its kind
  // (an acronym alone would be read as a body's).
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1]!, out[k]!];
    // ("The German Airports Association ADV said": so are initials right after a body's name, without brackets.)
    if (a.type === 'organization' && blockText.slice(a.end, b.start) === ' ' && BARE_INITIALS.test(b.text) && lex.orgWords.has(a.words.at(-1)!.toLowerCase())) {
      b.type = a.type;
      b.canonical = a.canonical ?? a.text;
      continue;
    }
    if (!a.type || !/^\s*\($/.test(blockText.slice(a.end, b.start)) || blockText[b.end] !== ')') continue;
    // ("Pakistan Tehreek-e-Insaf (PTI)": a hyphen's capitalised parts count, and the initials are the body's alias.)
    if (a.type === 'organization' && a.text.includes('-') && b.text === capitalsOfWordsAndParts(a.text)) {
      b.type = a.type;
      b.canonical = a.canonical ?? a.text;
    } else if (b.text === a.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')) b.type = a.type;
    // ("the Federal Penitentiary Service (FSIN)": a body's initials in its own language are its name too.)
    // (So are a party's known initials after its name in English: "Alternative for Germany (AfD)", "Social Democrats (SPD)";
    // not a dateline's credit: "UNITED NATIONS (AP) —".)
    else if (a.type === 'organization' && a.words.length >= 2 && /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(b.text) && !lex.isPlaceName(b.text) &&
      (!lex.isOrgName(b.text) || (b.type === 'organization' && lex.isOrgName(a.text) && !/^\)\s*[—–_-]/.test(blockText.slice(b.end, b.end + 4))))) {
      b.type = a.type;
      b.canonical = a.canonical ?? a.text;
    }
  }
  // "the California Department of Forestry and Fire Protection, known as Cal Fire": the short name is the same kind of thing.
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1]!, out[k]!];
    // (Not a place that ends the phrase the byname is for: "the UN peacekeeping mission in Congo, known as MONUSCO",
    // whose initials name a body.)
    // ("The Organization of the Petroleum Exporting Countries and allies led by Russia, known as OPEC+": nor one a phrase is led by.)
    const placeInPhrase = a.type === 'place' && /\b(?:in|of|at|from|to|near|by|with)\s+(?:the\s+)?$/.test(blockText.slice(Math.max(0, a.start - 12), a.start));
    if (a.type && a.type !== 'person' && (!placeInPhrase || /^\p{Lu}{3,}\+?$/u.test(b.text)) && /^,\s+(?:(?:also|commonly|better|widely)\s+)?known\s+as\s+$/.test(blockText.slice(a.end, b.start))) {
      b.type = placeInPhrase ? 'organization' : a.type;
      b.known = true;
      b.alias = true;
    }
    // ("General Mohamed Hamdan Dagalo, known as Hemedti": a person's byname is the person; "…, who is widely known as Hemedti" too.)
    if (a.type === 'person' && b.words.length === 1 &&
      /^,\s+(?:who\s+(?:is|was)\s+)?(?:(?:also|commonly|better|widely|popularly)\s+)?known\s+as\s+$/.test(blockText.slice(a.end, b.start))) {
      b.type = 'person';
      b.known = true;
      b.canonical = a.canonical ?? a.text;
    }
  }
  // ("Robert Francis Prevost … was elected …, taking the name Leo XIV": the name a pope or a monarch takes is theirs.)
  for (const b of out) {
    if (!TAKES_THE_NAME.test(blockText.slice(Math.max(0, b.start - 40), b.start))) continue;
    const a = out.find((x) => x.type === 'person' && x.end <= b.start);
    if (!a) continue;
    b.type = 'person';
    b.known = true;
    b.canonical = a.canonical ?? a.text;
  }
  out.push(...governmentBodies(blockText, sentence, lex));
  out.push(...administrations(blockText, sentence, out));
  const kept = dropOverlaps(out);
  markTeams(blockText, kept);
  markBodiesByAct(blockText, kept, lex);
  markCompanies(blockText, kept);
  typeByList(blockText, kept, lex);
  typeBySettlementsBefore(blockText, kept);
  return kept;
}

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name in a list is of its
 * neighbours' kind, when they agree. A lone word takes it only from a list of three or more
 * ("Zeus, Hera, Poseidon and Aphrodite"); "Bangladeshis and Rohingya" says too little.
 */
function typeByList(text: string, cs: Candidate[], lex: Lexicon): void {
  const sorted = [...cs].sort((a, b) => a.start - b.start);
  // "between Gazprom and Ukraine’s Naftogaz": an owner before a name is no member of the list;
  // the name it owns is, and the list runs up to the owner.
  const ownerOf = new Map<Candidate, Candidate>();
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    if (next && /^['’]s?\s+$/.test(text.slice(c.end, next.start))) ownerOf.set(next, c);
  });
  const owners = new Set(ownerOf.values());
  const front = (c: Candidate) => (ownerOf.get(c) ?? c).start;
  const listed = (a: Candidate, b: Candidate) => /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(a.end, front(b)));
  let chain: Candidate[] = [];
  const settle = () => {
    // "New South Wales, Victoria, South Australia and Queensland": a lone given name among
    // three places or more is a place of the same name.
    const places = chain.filter((c) => c.type === 'place').length;
    if (places >= 3 && places === chain.length - 1) for (const c of chain) if (c.type === 'person' && c.words.length === 1) c.type = 'place';
    // "its factories in Renton and Everett": so is a lone given name paired with a place after "in"
    // (and an unknown word: "its bases in Tartus and Hmeimim").
    if (chain.length === 2 && places === 1 && /\b(?:in|near)\s+$/.test(text.slice(Math.max(0, chain[0]!.start - 6), chain[0]!.start)) &&
      /^\s+and\s+$/.test(text.slice(chain[0]!.end, chain[1]!.start))) {
      for (const c of chain) if ((c.type === 'person' || c.type === null) && c.words.length === 1 && !c.role && !/['’]/.test(c.text)) c.type = 'place';
    }
    const types = new Set(chain.map((c) => c.type).filter((t) => t !== null));
    // ("Nana Akufo-Addo, NPP: 5,248,898": two names and a comma are an apposition, not a list.)
    const list = chain.length >= 3 || (chain.length === 2 && /\b(?:and|or)\s+$/.test(text.slice(chain[0]!.end, front(chain[1]!))));
    if (types.size === 1 && list) {
      const [type] = types;
      for (const c of chain) {
        if (c.type !== null || /['’]/.test(c.text)) continue;
        // ("Hakan Fidan and Indian External Affairs Minister …": the words a title opens with are its, no one in the list.)
        const titleAfter = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(c.end, c.end + 24))?.[1];
        if (titleAfter && lex.titles.includes(titleAfter.toLowerCase())) continue;
        // ("a deal between Siemens and Alstom": two parties to something, of one kind.)
        const between = chain.length === 2 && /\bbetween\s+$/.test(text.slice(Math.max(0, chain[0]!.start - 10), chain[0]!.start));
        // ("allows Gavi and Unicef to buy it": a word no list knows, paired with a body, is one too.)
        const pairedWithBody = type === 'organization' && c.words.length === 1 && !lex.isCommonWord(c.text) && !WORD_ENDING.test(c.text);
        if (c.words.length >= 2 || chain.length >= 3 || between || pairedWithBody) c.type = type!;
      }
    }
    chain = [];
  };
  for (const c of sorted) {
    if (owners.has(c)) continue;
    const last = chain[chain.length - 1];
    if (last && !listed(last, c)) settle();
    chain.push(c);
  }
  settle();
}

/** "towns south of the city, including Paiporta and Chiva": names the kind of settlement before them introduces (see SETTLEMENTS_INCLUDING). */
function typeBySettlementsBefore(text: string, cs: Candidate[]): void {
  for (const c of cs) {
    // ("towns such as Ashley and Shirley": a name shaped like someone's is the place the list says, unless a list knows the person.)
    if ((c.type !== null && !(c.type === 'person' && !c.known)) || c.role) continue;
    if (SETTLEMENTS_INCLUDING.test(text.slice(Math.max(0, c.start - 160), c.start))) c.type = 'place';
  }
}

interface Part {
  units: Unit[];
  role?: string;
  weak?: boolean;
  /** A newspaper known by its article: "The Sun", named without it. */
  paper?: boolean;
  /** A maker's model, named after its maker: "a SpaceX Dragon". */
  model?: boolean;
}

/** Makers of craft, vehicles and devices, whose models news names right after them: "a SpaceX Dragon", "a Tesla Cybertruck", "a Samsung Galaxy". */
const MAKERS_OF_CRAFT = /^(?:SpaceX|Boeing|Airbus|Embraer|Bombardier|Lockheed|Tesla|Toyota|Honda|Ford|BMW|Volkswagen|Apple|Samsung|Google)$/;

const sentenceInitial = (u: Unit, all: readonly Unit[]) => all[0] === u;
/** A sentence about awards for films, music or books. */
const AWARD_CONTEXT = /\b(?:best (?:actor|actress|picture|director|film|album|song|novel|screenplay)|Oscars?|Grammys?|Baftas?|Emmys?|Golden Globes?|Booker)\b/;
/** A quoted sentence's first word that is an ordinary word or an adverb: “Usually, …”. */
const opensQuoteAsWord = (u: Unit, lex: Lexicon) => u.opensQuote === true && (lex.isCommonWord(u.text) || /ly$/.test(u.text));

/** Trims words that are not part of the name and splits "U.S. President Donald Trump" in two. */
function splitRun(run: Unit[], all: readonly Unit[], lex: Lexicon, isTitle: boolean, lowercaseWords: ReadonlySet<string>): Part[] {
  let us = run.slice();
  // ("PMLN Vice president Maryam Nawaz": a role's capitalised qualifier before its lowercase noun is the role's, no part of the name before it.)
  const roleAfter = all[all.indexOf(us[us.length - 1]!) + 1];
  if (us.length >= 2 && TITLE_QUALIFIERS.has(us[us.length - 1]!.text.toLowerCase()) && roleAfter && !roleAfter.cap &&
    (lex.roleNouns.has(roleAfter.text) || lex.titles.includes(roleAfter.text))) us = us.slice(0, -1);
  // ("a Harris County Sheriff’s Office Deputy who was off-duty": a deputy after the office named is its officer, no part of its name.)
  if (us.length >= 3 && /^Deputy$/.test(us[us.length - 1]!.text) && lex.orgWords.has(us[us.length - 2]!.text.toLowerCase()) && !roleAfter?.cap) us = us.slice(0, -1);
  // A company's suffix alone names nothing; after a name written in lowercase ("eBay Inc.") it ends that name.
  if (us.length === 1 && isCorporateSuffix(us[0]!.text)) {
    const prev = all[all.indexOf(us[0]!) - 1];
    return prev && /^\p{Ll}+\p{Lu}\p{L}*$/u.test(prev.text) && prev.end + 1 === us[0]!.start ? [{ units: [prev, us[0]!] }] : [];
  }
  // "The Sun", "The Times": a paper the lists know with its article, named without it.
  if (us.length === 2 && us[0]!.text === 'The' && lex.isOrgName(`the ${us[1]!.text}`)) return [{ units: us.slice(1), paper: true }];
  // "The Middle East is…", "The West has…": a region the lists know with its article names it without
  // (not "The Hague", where the article is the name's and the word alone names nothing).
  const region = spell(us.slice(1)).toLowerCase();
  if (us.length >= 2 && us[0]!.text === 'The' && !us[1]!.hyphenated && lex.isPlaceName(`the ${region}`) && (lex.isPlaceName(region) || COMPASS_POINTS.has(region))) {
    return [{ units: us.slice(1) }];
  }
  // A capitalised common word that opens the sentence is no name: "Relations between…".
  let weak = false;
  // "Noble Group said": a word before a body's head word is its name, not a sentence opener.
  // ("Marks & Spencer": a word joined by an ampersand is a name's.)
  // ("Nurses at Royal Halvern Hospital vote": inside a headline too, not only at its start.)
  // ("All Progressives Congress", "All India Trinamool Congress": "All" opens a party's name; "economist at First Standard Financial": "First" a firm's.)
  const namesABody = (us.length === 2 || us.length >= 3 && !sentenceInitial(us[0]!, all)) && lex.orgWords.has(us[us.length - 1]!.text.toLowerCase()) &&
    (!lex.isNeverName(us[0]!.text) || us[0]!.text === 'All' && us.length >= 3 || us[0]!.text === 'First' && !sentenceInitial(us[0]!, all)) || us[1]?.text === '&';
  // ("South Carolina Gov. Henry McMaster": a name the lists know opens the run; so does
  // the first word of a storm's or an operation's name: "Hurricane Michael weakened".)
  // (Not a paper's name with its article before more words: "The Australian Electoral Commission".)
  const knownOpening = () => [2, 3].some((n) => us.length > n && us[0]!.text !== 'The' && knownWhole(us.slice(0, n), lex)) ||
    [1, 2].some((n) => us.length > n && OTHER_PREFIXES.has(spell(us.slice(0, n)).toLowerCase())) || (us.length === 2 && CLUB_PREFIX_SET.has(us[0]!.text.toLowerCase()));
  // ("spokesperson He Yadong": after a role, "He" is the Chinese surname, not the pronoun.)
  const roleBefore = all[all.indexOf(us[0]!) - 1];
  const surnameHe = us.length >= 2 && us[0]!.text === 'He' && !us[1]!.hyphenated && !!roleBefore && !roleBefore.cap && lex.roleNouns.has(roleBefore.text.toLowerCase());
  // ("House Speaker Mike Johnson refused": the chamber a title is held in, opening the sentence.)
  const chamberBeforeTitle = us.length >= 3 && us[0]!.text === 'House' && titleAt(us, 1, lex) > 0;
  // ("Bank of England cuts rates", "Church of England said": a body's head word before its "of", opening a headline or a sentence.)
  const headOfBody = us.length >= 3 && /^(?:of|for)$/.test(us[1]!.text) && us[2]!.cap && lex.orgWords.has(us[0]!.text.toLowerCase());
  // ("Hai Liu, of Guangzhou University, said": a given name that is also a word, before a surname, is someone's "of" a place or a body.)
  const afterRun = all[all.indexOf(us[us.length - 1]!) + 1];
  const ofApposed = us.length === 2 && lex.isLastName(us[1]!.text) && !lex.isCommonWord(us[1]!.text) && afterRun?.text === 'of' &&
    afterRun.start - us[1]!.end === 2 && !!all[all.indexOf(afterRun) + 1]?.cap;
  // ("Kitty Ussher, chief economist at the Institute of Directors, said": two words, the second no word at all, set off
  // by a comma before a role, are someone's given name and surname, whatever the first spells.)
  const roleNext = all[all.indexOf(us[us.length - 1]!) + 1];
  const roleAfterComma = (x: Unit | undefined) => !!x && !x.cap && (lex.roleNouns.has(x.text) || TITLE_QUALIFIERS.has(x.text));
  const namedBeforeRole = us.length === 2 && !us[1]!.hyphenated && /^\p{Lu}\p{Ll}+$/u.test(us[1]!.text) && !lex.isCommonWord(us[1]!.text) && !lex.isPlaceName(us[1]!.text) &&
    !lex.isOrgName(us[1]!.text) && !lex.isDemonym(us[1]!.text) && !!roleNext && roleNext.start - us[1]!.end === 2 &&
    (roleAfterComma(roleNext) || /^(?:a|an|the)$/.test(roleNext.text) && roleAfterComma(all[all.indexOf(roleNext) + 1]));
  // ("TV sitcoms Not Going Out and Bedtime": right after a kind of work, every capitalised word is its title's.)
  const kindBefore = all[all.indexOf(us[0]!) - 1];
  const titledWork = us.length >= 2 && !!kindBefore && !kindBefore.cap && WORK_KIND_SET.has(kindBefore.text) && us[0]!.start - kindBefore.end === 1;
  // (A never-name with a digit opens an event's: "the T20 World Cup", not "his last T20 game".)
  while (us.length && !namesABody && !namedBeforeRole && !titledWork && !surnameHe && !chamberBeforeTitle && !headOfBody && !ofApposed && !knownWhole(us, lex) && !knownOpening() && !opensName(us, all, lex, isTitle) &&
    (lex.isNeverName(us[0]!.text) && !/^\p{Lu}{2,}$/u.test(us[0]!.text) && !(/\d/.test(us[0]!.text) && us.length >= 2) ||
    ((sentenceInitial(us[0]!, all) || isTitle || opensQuoteAsWord(us[0]!, lex)) && isCommonStart(us, lex, lowercaseWords)))) {
    // A lone unknown word opening a sentence may still be a name named elsewhere ("Montalvo said…"),
    // as may a word the article never writes in lowercase ("Wang said…", where "wang" is slang).
    // ("Streeting, who met…": an unknown word's ending is no verb's or adverb's; nor is a club's
    // short name's: "United boss Ruben Amorim said".)
    const w = us[0]!.text;
    if (us.length === 1 && (!lex.isCommonWord(w) || !lex.isNeverName(w) && !lowercaseWords.has(w.toLowerCase()) &&
      (!/(?:ing|ly|ed)$/.test(w) || CLUB_NAME_ENDS.has(w.toLowerCase())))) {
      // ("Fujitsu, which built…", "Hoffenheim dismissed…": no word at all, by any list or by its ending, is a name as it stands.)
      weak = lex.isCommonWord(w) || lex.orgWords.has(w.toLowerCase()) || lex.placeWords.has(w.toLowerCase()) || lowercaseWords.has(w.toLowerCase()) || WORD_ENDING.test(w);
      break;
    }
    us = us.slice(1);
    // The rest of a hyphenated opener goes with it ("Pan-democrat Lam Cheuk-ting").
    while (us.length && us[0]!.hyphenated) us = us.slice(1);
  }
  while (us.length && !us[0]!.cap) us = us.slice(1);
  // ("Republican House Speaker Mike Johnson": a party's adjective before the chamber or the title it qualifies.)
  if (us.length >= 3 && PARTY_ADJECTIVE_SET.has(us[0]!.text.toLowerCase()) && (us[1]!.text === 'House' || titleAt(us, 1, lex) > 0)) us = us.slice(1);
  // "Scientologist Tom Cruise", "American Joe Smith": who they are, then the name.
  if (us.length >= 3 && lex.isDemonym(us[0]!.text) && !lex.isFirstName(us[0]!.text) && lex.isFirstName(us[1]!.text) &&
    !lex.isCommonWord(us[1]!.text)) us = us.slice(1);
  // ("fellow American Reilly Opelka": so are two words no list knows, neither a body's nor a place's, after a demonym.)
  else if (us.length === 3 && lex.isDemonym(us[0]!.text) && !lex.isFirstName(us[0]!.text) && !knownWhole(us, lex) &&
    us.slice(1).every((u) => !u.hyphenated && !lex.isCommonWord(u.text) && !lex.orgWords.has(u.text.toLowerCase()) && !lex.placeWords.has(u.text.toLowerCase()) &&
      !lex.isPlaceName(u.text) && !lex.isOrgName(u.text))) us = us.slice(1);
  // "Russian UN envoy": who the body is, then a body the lists know.
  // (Not a country's own society of the Red Cross: "the British Red Cross"; nor a name the lists
  // know whole: "the European Parliament".)
  if (us.length >= 2 && lex.isDemonym(us[0]!.text) && !us[1]!.hyphenated && !lex.isOrgName(spell(us)) && !lex.isOtherName(spell(us)) && (lex.isOrgName(spell(us.slice(1))) || lex.isPlaceName(spell(us.slice(1))) ||
    (lex.isOtherName(spell(us.slice(1))) && namesProduct(us, all)) ||
    MODEL_NAME.test(spell(us.slice(1)))) && !/^Red (?:Cross|Crescent)$/.test(spell(us.slice(1))) &&
    // (Nor a range's part a people's adjective names: "the Canadian Rockies", "the Swiss Alps".)
    !(us.length === 2 && /s$/.test(us[1]!.text) && lex.isPlaceName(us[1]!.text))) us = us.slice(1);
  if (!us.length) return [];
  // "UN General Assembly": a name the lists know whole has no title inside.
  if (knownWhole(us, lex)) return [{ units: us, weak }];
  // ("Senate Republicans", "House Democrats": a chamber's members by their party are no name; the chamber is.)
  if (us.length === 2 && /^(?:Senate|House|Congress|Parliament|Assembly)$/.test(us[0]!.text) && PARTY_MEMBER_SET.has(us[1]!.text.toLowerCase())) {
    return splitRun(us.slice(0, 1), all, lex, isTitle, lowercaseWords);
  }
  // ("Rivals Sainsbury’s and Asda": a name written with its possessive ends the run, whatever opens it.)
  const owner = us[us.length - 1]!;
  if (us.length >= 2 && owner.possessive && !owner.hyphenated && knownWhole([owner], lex)) {
    return [...splitRun(us.slice(0, -1), all, lex, isTitle, lowercaseWords), { units: [owner], weak: false }];
  }
  // ("The German Airports Association ADV said": a body's name, then its initials in capitals, with no brackets, are two names.)
  const initials = us[us.length - 1]!;
  if (us.length >= 3 && BARE_INITIALS.test(initials.text) && !initials.hyphenated && lex.orgWords.has(us[us.length - 2]!.text.toLowerCase()) &&
    !isCorporateSuffix(initials.text) && !lex.isOrgName(spell(us))) {
    return [...splitRun(us.slice(0, -1), all, lex, isTitle, lowercaseWords), { units: [initials], weak: false }];
  }
  // "Microsoft Windows", "Google Gemini": a company the lists know, then a product they know.
  // ("their Boeing Starliner spacecraft", "a SpaceX Dragon capsule": or one no list knows, before a kind of
  // craft or device; not "the Apple Intelligence software", a name of the maker's own.)
  const kind = all[all.indexOf(us[us.length - 1]!) + 1]?.text.toLowerCase() ?? '';
  // ("a SpaceX Falcon Heavy rocket": a model's name of two words after a maker the lists know, whatever words they are.)
  const makersProduct = us.length === 2 && !us[1]!.hyphenated && namesProduct(us, all) && MADE_THINGS.has(kind) && !lex.isCommonWord(us[1]!.text) &&
    !lex.orgWords.has(us[1]!.text.toLowerCase()) && !lex.isPlaceName(us[1]!.text) ||
    us.length === 3 && lex.isOrgName(us[0]!.text) && us.slice(1).every((u) => !u.hyphenated && !lex.orgWords.has(u.text.toLowerCase())) && namesProduct(us, all) &&
    MADE_THINGS.has(kind) && !lex.isPlaceName(spell(us.slice(1))) && !lex.isOrgName(spell(us.slice(1)));
  // ("came home on a SpaceX Dragon": a maker of craft the lists know, then one word after "a", is the maker and its model.)
  // ("a SpaceX Crew Dragon": or two.)
  const modelWord = (u: Unit) => !u.hyphenated && !lex.orgWords.has(u.text.toLowerCase()) && !lex.isLastName(u.text) && !lex.isFirstName(u.text);
  const aMakersModel = (us.length === 2 || us.length === 3) && lex.isOrgName(us[0]!.text) && MAKERS_OF_CRAFT.test(us[0]!.text) &&
    /^(?:a|an)$/i.test(all[all.indexOf(us[0]!) - 1]?.text ?? '') && modelWord(us[us.length - 1]!) && (us.length === 2 || !us[1]!.hyphenated && !lex.isFirstName(us[1]!.text));
  if (aMakersModel) return [{ units: us.slice(0, 1), weak }, { units: us.slice(1), weak: false, model: true }];
  // ("Apple’s US App Store": so is a country before a thing the lists know, which is that thing where the country is.)
  const countrysThing = us.length >= 3 && lex.isPlaceName(us[0]!.text) && !us[1]!.hyphenated && lex.isOtherName(spell(us.slice(1)));
  if (us.length >= 2 && (lex.isOrgName(us[0]!.text) || countrysThing) && !us[1]!.hyphenated && (lex.isOtherName(spell(us.slice(1))) || makersProduct)) {
    return [{ units: us.slice(0, 1), weak }, { units: us.slice(1), weak: false }];
  }
  // ("a former European Union Brexit negotiator": a body of two words the lists know, then a thing they know.)
  if (us.length >= 3 && lex.isOrgName(spell(us.slice(0, 2))) && !us[2]!.hyphenated && lex.isOtherName(spell(us.slice(2))) && !lex.isOrgName(spell(us)) && !lex.isOtherName(spell(us))) {
    return [{ units: us.slice(0, 2), weak }, { units: us.slice(2), weak: false }];
  }
  // "(Russian envoy to the) UN Vassily Nebenzia": a body the lists know, run into a person's name.
  for (let k = 1; k <= 2 && us.length >= k + 2; k++) {
    const head = us.slice(0, k);
    const rest = us.slice(k);
    if (!lex.isOrgName(spell(head)) && !lex.isPlaceName(spell(head))) continue;
    // ("His party, La Libertad Avanza,": "LA" is a place only in capitals; "La" opens a Romance name.)
    if (k === 1 && lex.capitalsOnly.has(head[0]!.text.toLowerCase()) && !/^\p{Lu}+$/u.test(head[0]!.text)) continue;
    // ("Moon Hyung-bae": a Korean surname the lists read as a place, then a given name of two syllables.)
    if (k === 1 && rest.length === 2 && SURNAME_FIRST.has(head[0]!.text.toLowerCase()) && rest[1]!.hyphenated && /^\p{Ll}/u.test(rest[1]!.text)) continue;
    const plain = (u: Unit) => lex.isCommonWord(u.text) || lex.orgWords.has(u.text.toLowerCase()) || lex.placeWords.has(u.text.toLowerCase());
    // ("Kerala Blasters FC" is one club.)
    // ("Middle East Respiratory Syndrome": a thing named after the place is one name.)
    if (rest.length <= 3 && !rest[0]!.hyphenated && (lex.isFirstName(rest[0]!.text) || rest.every((u) => !plain(u))) && !rest.some(plain) &&
      !lex.otherWords.has(rest[rest.length - 1]!.text.toLowerCase()) &&
      !lex.orgWords.has(rest[rest.length - 1]!.text.toLowerCase()) &&
      // ("Kremlin Spokesman Dmitry Peskov": a title after the body keeps the body in its role, below.)
      !PLACE_PREFIXES.has(rest[0]!.text.toLowerCase()) && titleAt(rest, 0, lex) === 0) {
      return [...splitRun(head, all, lex, isTitle, lowercaseWords), ...splitRun(rest, all, lex, false, lowercaseWords)];
    }
  }
  // "Psychology major at University of Texas Arlington Amneh Jafari", "Executive director of the Council on
  // American-Islamic Relations Alia Salem": after a lowercase role "at" or "of" a body, the body's name runs up
  // to a given name and a surname, which are the role holder's.
  if (us.length >= 4) {
    const i0 = all.indexOf(us[0]!);
    const lead = all.slice(Math.max(0, i0 - 7), i0).map((u) => u.text.toLowerCase());
    const n = us.length;
    const given = us[n - 2];
    // (The holder then does something: "… Alia Salem said"; not "an analyst at Bank of America Merrill Lynch.")
    const after = all[all.indexOf(us[n - 1]!) + 1];
    // (A role written without its article, as a title is: "an analyst at Bank of America Merrill Lynch agreed" names no one.)
    const r = lead.findLastIndex((w) => lex.roleNouns.has(w) || lex.titles.includes(w));
    const article = r >= 0 && /^(?:a|an|the|one|another)$/i.test(all[Math.max(0, i0 - 7) + r - 1]?.text ?? '');
    if (given && /^(?:of|at|for|the)$/.test(lead.at(-1) ?? '') && r >= 0 && !article &&
      after && !after.cap && /^\p{Ll}+$/u.test(after.text) && !CONNECTOR_WORDS.has(after.text) && !/^(?:in|at|to|from|with|by)$/.test(after.text) &&
      lex.isFirstName(given.text) && !lex.isCommonWord(given.text) && !given.hyphenated && !us[n - 1]!.hyphenated &&
      !lex.isCommonWord(us[n - 1]!.text) && us[n - 3]!.cap && !CONNECTOR_WORDS.has(us[n - 3]!.text.toLowerCase()) &&
      // (A title in the run is read below: "the US Commerce Secretary Gina Raimondo".)
      !us.slice(0, n - 2).some((u) => lex.titles.includes(u.text.toLowerCase()))) {
      return [...splitRun(us.slice(0, n - 2), all, lex, isTitle, lowercaseWords), { units: us.slice(n - 2), role: undefined }];
    }
  }
  // "(the Russian foreign) Ministry Maria Zakharova", "Economic Cooperation Department Dmitry
  // Birichevsky": a body's head word, then a given name and a surname, is a body and a person.
  for (let j = Math.max(0, us.length - 4); j + 2 < us.length; j++) {
    const rest = us.slice(j + 1);
    if (!lex.orgWords.has(us[j]!.text.toLowerCase()) || rest[0]!.hyphenated || !lex.isFirstName(rest[0]!.text) ||
      lex.isCommonWord(rest[0]!.text) || rest.some((u) => !u.cap || lex.orgWords.has(u.text.toLowerCase()) || lex.isCommonWord(u.text))) continue;
    const head = us.slice(0, j + 1);
    // ("Minister of Education Stefania Giannini" is a role's portfolio, below.)
    if (head.some((u) => !u.cap)) break;
    return [...(head.length > 1 ? splitRun(head, all, lex, isTitle, lowercaseWords) : []), ...splitRun(rest, all, lex, false, lowercaseWords)];
  }

  // "Justices Elena Kagan and Ketanji Brown Jackson": a title in the plural before the first of the names it qualifies.
  if (us.length >= 3 && /[^s]s$/.test(us[0]!.text) && lex.titles.includes(us[0]!.text.toLowerCase().slice(0, -1)) && lex.isFirstName(us[1]!.text)) {
    return splitRun(us.slice(1), all, lex, false, lowercaseWords).map((p) => ({ ...p, role: p.role ?? us[0]!.text.slice(0, -1) }));
  }
  // ("the frigate Admiral Gorshkov": after a vessel's kind, a rank is the ship's name's, not a title;
  // so before it: "the Galaxy Leader cargo ship".)
  if (us.length >= 2 && (namesVessel(all, all.indexOf(us[0]!)) && titleAt(us, 0, lex) > 0 || vesselNamedBefore(us, all))) return [{ units: us }];
  // A lone title ("the President", "Rear Adm.") is no name.
  if (titleAt(us, 0, lex) === us.length) return [];
  // A title inside the run: "[U.S.] [President] [Donald Trump]".
  for (let i = 0; i < us.length; i++) {
    const t = titleAt(us, i, lex);
    if (!t) continue;
    // ("U.S. Deputy Secretary of State": "Deputy" belongs to the title, not to the names before it.)
    let q = i;
    while (q > 0 && TITLE_QUALIFIERS.has(us[q - 1]!.text.toLowerCase())) q--;
    // ("Ukrainian Energy Minister", "US Energy Secretary": the portfolio's ordinary words after a country are the role's.)
    // (Not a body's head word, which names the force: "Victoria Police Detective Inspector Dean Thomas".)
    const portfolioWord = (u: Unit) => (lex.isCommonWord(u.text) || lex.readsAsWord(u.text)) && !lex.isPlaceName(u.text) && !lex.isDemonym(u.text) &&
      !lex.placeWords.has(u.text.toLowerCase()) && !/^(?:Police|Constabulary|Army|Navy)$/.test(u.text);
    let p = q;
    while (p > 1 && portfolioWord(us[p - 1]!)) p--;
    if (p < q && p >= 1 && (lex.isDemonym(us[p - 1]!.text) || lex.isPlaceName(us[p - 1]!.text)) && us.slice(0, p - 1).every((u) => lex.isPlaceName(u.text) || lex.isDemonym(u.text))) q = p;
    const before = us.slice(0, q);
    const after = us.slice(i + t);
    // "Sheriff's Department": the title owns the office that follows it, and names no one.
    if (us[i + t - 1]!.possessive && after.length) continue;
    // The names before the title ("[U.S.] Secretary of …") are names of their own.
    const namesBefore = () => (before.length ? splitRun(before, all, lex, false, lowercaseWords) : []);
    // "Minister of Education Stefania Giannini": the title's "of …" runs up to a given name.
    if (after[0] && !after[0].cap && /^(?:of|for)$/.test(after[0].text)) {
      const n = after.length;
      // ("… for Foreign Affairs and Security Policy": an abstract noun is a portfolio's word, no name's.)
      const plainWord = (w: string) => lex.isCommonWord(w) || lex.readsAsWord(w) || lex.orgWords.has(w.toLowerCase()) || lex.placeWords.has(w.toLowerCase()) || lex.isPlaceName(w) ||
        namesNoOne(w, lex);
      let k = after.findIndex((u, j) => j > 1 && lex.isFirstName(u.text) && !lex.isCommonWord(u.text) && after[j + 1]?.cap);
      // A given name no list knows: the last two words, when they are no ordinary words.
      // A body's head word, ending the name or before its own "of" ("Centre for …"): not "Minister of Education Stefania Giannini".
      const namesBody = after.some((u, j) => j > 0 && lex.orgWords.has(u.text.toLowerCase()) && (j === n - 1 || !after[j + 1]!.cap));
      // (The surname may be hyphenated: "MEC for Health Nomagugu Simelane-Zulu".)
      let e = n - 1;
      while (e > 0 && after[e]!.hyphenated) e--;
      if (k < 0 && e >= 3 && !namesBody && after[e - 1]!.cap && !after[e - 1]!.hyphenated && !plainWord(after[e - 1]!.text) && !plainWord(after[e]!.text)) k = e - 1;
      if (k > 1) {
        const role = spell(us.slice(0, i + t + k));
        return [...namesBefore(), ...knownNamesIn(after.slice(0, k), lex), { units: after.slice(k), role }];
      }
      // "Chairman of the Australian Centre for …" with no one named after it: the body is the name.
      let body = after.slice(after[1]?.text === 'the' ? 2 : 1);
      // ("President of the United States", "of the US": ordinary words the lists know whole as a name.)
      // (Not the day after it: "the President of the United Kingdom on Monday".)
      const cut = body.findIndex((u, j) => !u.cap && j > 0 && body.slice(j + 1).every((x) => CALENDAR_WORDS.has(x.text.toLowerCase().replace(/\.$/, ''))));
      const rest = cut > 0 ? body.slice(cut) : [];
      if (cut > 0) body = body.slice(0, cut);
      const acronym = body.length === 1 && /^\p{Lu}{2,}$/u.test(body[0]!.text) && (lex.isPlaceName(body[0]!.text) || lex.isOrgName(body[0]!.text));
      const namedBody = body.length > 0 && body.every((u) => u.cap) && (!body.every((u) => lex.isCommonWord(u.text)) || knownWhole(body, lex) || acronym);
      // (A lone ordinary word is the title's portfolio: "Minister of Education"; not "of the US".)
      const portfolio = body.length === 1 && lex.isCommonWord(body[0]!.text) && !acronym;
      if ((namesBody || namedBody) && body[0]?.cap && !portfolio) {
        return [...namesBefore(), ...splitRun(body, all, lex, false, lowercaseWords), ...(rest.length ? splitRun(rest, all, lex, false, lowercaseWords) : [])];
      }
      // "Under-Secretary-General for Political Affairs", "Minister of Education": a role, no name.
      return namesBefore();
    }
    // "Los Angeles Sheriff('s office)", "State Department Spokesperson": a title after a name is no part of it.
    if (after.length === 0 && trailingTitle(before, us[i]!, t, lex)) return splitRun(before, all, lex, false, lowercaseWords);
    // ("Mrs May": a month after a title is a surname.)
    if (after.length === 0 || !after[0]!.cap || after.every((u) => CALENDAR_WORDS.has(u.text.toLowerCase()) && !surnameLikeMonth([u], all, lex))) continue;
    // (Not after a judge's title, which a surname follows, whatever it spells: "Mr Justice Goose", "Judge Wood".)
    const judge = /^(?:judge|justice|mr justice|mrs justice|lord justice|lady justice)$/i.test(spell(us.slice(i, i + t)));
    if (lex.isCommonWord(after[0]!.text) && !lex.isFirstName(after[0]!.text) && after.length === 1 && !judge) continue;
    if (POLICE_RANKS.has(spell(us.slice(i, i + t)).toLowerCase()) && !lex.isFirstName(after[0]!.text)) continue;
    // "Justice Department", "Treasury Secretary's Office": a body's head word ends it, so the "title" names the body.
    if (lex.orgWords.has(after[after.length - 1]!.text.toLowerCase())) continue;
    const titleText = spell(us.slice(i, i + t));
    const parts: Part[] = [];
    if (before.length) parts.push({ units: before });
    // ("far-right former President Jair Bolsonaro": a qualifier written in lowercase before the title is the role's.)
    const qualifier = all[all.indexOf(us[0]!) - 1];
    // ("former Russian President Dmitry Medvedev": so is one before the country the title is of.)
    const ofCountry = us.slice(0, i).every((u) => lex.isDemonym(u.text) || lex.isPlaceName(u.text));
    const lead = i > 0 ? `${spell(us.slice(0, i))} ${titleText}` : titleText;
    const role = ofCountry && qualifier && !qualifier.cap && TITLE_QUALIFIERS.has(qualifier.text.toLowerCase()) && !qualifier.hyphenated ? `${qualifier.text} ${lead}` : lead;
    // "Prime Minister Datuk Seri Anwar Ibrahim", "President Dr. Ruto": an honorific after the role is no part of the name.
    let named = after;
    for (let h = titleAt(named, 0, lex); h > 0 && h < named.length; h = titleAt(named, 0, lex)) named = named.slice(h);
    parts.push({ units: named, role });
    return parts.flatMap((p) => (p.role ? [p] : splitRun(p.units, all, lex, false, lowercaseWords)));
  }
  return [{ units: us, weak }];
}

/**
 * "High Representative of the European Union for Foreign Affairs": the bodies and places a
 * role is "of" are mentions of their own, where the lists know them ("Education" is a portfolio).
 */
function knownNamesIn(us: readonly Unit[], lex: Lexicon): Part[] {
  const out: Part[] = [];
  let cur: Unit[] = [];
  for (const u of [...us, undefined]) {
    if (u?.cap) {
      cur.push(u);
      continue;
    }
    const name = spell(cur);
    if (cur.length && (lex.isOrgName(name) || lex.isPlaceName(name))) out.push({ units: cur });
    cur = [];
  }
  return out;
}

/** "Kremlin Calls US Sanctions on Russia's RT Attempt to Suppress Views": a headline in Title Case. */
function isTitleCase(us: readonly Unit[], lex: Lexicon, lowercaseWords: ReadonlySet<string>, bodyWords: ReadonlySet<string>): boolean {
  const words = us.filter((u) => !u.hyphenated && /^\p{L}/u.test(u.text) && u.text.length > 3);
  return words.length >= 4 && words.filter((u) => u.cap).length >= words.length * 0.8 &&
    words.filter((u) => u.cap && (lex.isCommonWord(u.text) || lowercaseWords.has(u.text.toLowerCase()) || unnamedByBody(u, lex, bodyWords))).length >= 2;
}

/**
 * ("Sam Altman Refutes Musk's Allegations of OpenAI Antitrust “Conspiracy”": where the body has named names, a headline's
 * capitalised word that is in none of them and that no list knows as a name is an ordinary word, whatever the lists lack.)
 */
function unnamedByBody(u: Unit, lex: Lexicon, bodyWords: ReadonlySet<string>): boolean {
  return bodyWords.size > 0 && !bodyWords.has(u.text) && !u.hyphenated && /^\p{Lu}\p{Ll}+$/u.test(u.text) && !lex.isFirstName(u.text) && !lex.isLastName(u.text) &&
    !lex.isPlaceName(u.text) && !lex.isOrgName(u.text) && !lex.isPersonName(u.text) && !lex.isOtherName(u.text) && !lex.isDemonym(u.text);
}

/**
 * In a Title Case headline every word is capitalised, so a run is names and ordinary words
 * together: the names are the stretches the lists know whole, or of words that are no
 * ordinary words ("Kremlin", "US", "RT"), between the ordinary ones ("Calls", "Sanctions").
 */
/**
 * A headline in Title Case: its names among its capitalised ordinary words. `bodyNameWords`
 * are the words of the names the body found ("Syrsky" in "… Zaluzhny With Syrsky", a word a
 * list might read as an adjective).
 */
function namesInTitleCase(run: readonly Unit[], lex: Lexicon, lowercaseWords: ReadonlySet<string>, bodyNameWords: ReadonlySet<string>, bodyWords: ReadonlySet<string> = new Set()): Unit[][] {
  // (Only in a run that has a word of a name the body found: "Kremlin" in "Kremlin Says" stays a name the body never repeats.)
  const namedInBody = run.some((u) => bodyWords.has(u.text));
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1]!.cap) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < run.length; i++) {
    // The longest stretch from here that a list knows whole ("New York Times", "White House").
    let known = 0;
    for (let n = Math.min(5, run.length - i); n >= 2 && !known; n--) if (knownWhole(run.slice(i, i + n), lex)) known = n;
    if (known) {
      flush();
      out.push(run.slice(i, i + known));
      i += known - 1;
      continue;
    }
    const u = run[i]!;
    // (An ordinary word is one the lists know as such, or one the article writes in lowercase.)
    const word = (w: string) => lex.isCommonWord(w) || lex.readsAsWord(w) || lowercaseWords.has(w.toLowerCase());
    // ("Sanctions": the plural of an ordinary word.)
    const plain = u.cap && !u.hyphenated && (word(u.text) || /[^s]s$/.test(u.text) && word(u.text.slice(0, -1))) && !lex.isFirstName(u.text) &&
      !lex.isPlaceName(u.text) && !lex.isOrgName(u.text) && !lex.isPersonName(u.text) && !/^\p{Lu}{2,}$/u.test(u.text) &&
      !(bodyNameWords.has(u.text) && !lex.isCommonWord(u.text)) || namedInBody && unnamedByBody(u, lex, bodyWords);
    if (plain) flush();
    else cur.push(u);
  }
  flush();
  return out;
}

/** Words as written: "Secretary-General", not "Secretary General". */
const spell = (us: readonly Unit[]) => us.map((u, k) => (k === 0 ? '' : u.hyphenated ? '-' : ' ') + u.text).join('');

/**
 * "the New People Party", "New Zealand Herald": a capitalised "New" before another
 * capitalised word begins the name. Opening a sentence or a headline it may be the
 * adjective ("New Rules Announced"), unless the next word is no ordinary word.
 */
function opensName(us: readonly Unit[], all: readonly Unit[], lex: Lexicon, isTitle: boolean): boolean {
  const [first, second] = us;
  if (!first || !second || first.text !== 'New' || !second.cap || second.hyphenated) return false;
  // "a New Zealander" is a demonym.
  if (us.length === 2 && /ers?$/.test(second.text) && lex.isPlaceName(`New ${second.text.replace(/ers?$/, '')}`)) return false;
  if (!sentenceInitial(first, all) && !isTitle) return true;
  return lex.isPlaceName(`New ${second.text}`) || !lex.isCommonWord(second.text);
}

/**
 * A title that ends a run after a name of a place or a body. Not after a given name,
 * where the "title" is a surname ("Martin Luther King"), nor after a connector
 * ("Department of Justice"), nor in a name the word lists know ("Burger King").
 */
function trailingTitle(before: readonly Unit[], title: Unit, length: number, lex: Lexicon): boolean {
  const last = before[before.length - 1];
  if (!last || !last.cap || !before[0]!.cap || lex.isFirstName(before[0]!.text)) return false;
  if (length === 1 && lex.isLastName(title.text)) return false;
  return !knownWhole([...before, title], lex);
}

function knownWhole(us: readonly Unit[], lex: Lexicon): boolean {
  const whole = us.map((u) => u.text).join(' ');
  // ("at Lord’s": a name written with its possessive, whatever its word alone is.)
  if (us[us.length - 1]!.possessive && (lex.isPlaceName(`${whole}’s`) || lex.isOrgName(`${whole}’s`))) return true;
  if (us.length < 2) return false;
  return lex.isPlaceName(whole) || lex.isOrgName(whole) || lex.isPersonName(whole) || lex.isOtherName(whole);
}

function isCommonStart(us: Unit[], lex: Lexicon, lowercaseWords: ReadonlySet<string>): boolean {
  const w = us[0]!.text;
  // ("Da’Vine Joy Randolph", "D’Angelo Russell": a capital after an apostrophe inside the word is a name's shape.)
  if (/^\p{Lu}{2,}$/u.test(w) || /\./.test(w) || /^\p{Lu}\p{Ll}*['’]\p{Lu}/u.test(w)) return false;
  const whole = us.map((u) => u.text).join(' ');
  if (lex.isPlaceName(whole) || lex.isOrgName(whole) || lex.isPersonName(whole)) return false;
  // ("Polish Foreign Minister …": a people's adjective that is also a language, or a word.)
  if (lex.isPlaceName(w) || lex.isOrgName(w) || lex.isFirstName(w) || lex.isDemonym(w) || lex.languages.has(w.toLowerCase())) return false;
  if (titleAt(us, 0, lex)) return false;
  // ("South Yorkshire Police said": a compass point before a place the lists know names a part of it.)
  if (us.length >= 2 && (COMPASS_ADJECTIVES.has(w.toLowerCase()) || /^(?:north|south|east|west)$/i.test(w)) && lex.isPlaceName(us[1]!.text.toLowerCase())) return false;
  // ("Al-Hilal", "El-Sisi": the Arabic article joined to a name opens it.)
  if (/^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)$/.test(w) && us[1]?.hyphenated && us[1].cap) return false;
  // "Ma Hao, a college student": a surname written first, then a given name no list calls a word.
  // ("Wang Jun": a given name may spell a month's short form.)
  if (us.length <= 3 && SURNAME_FIRST.has(w.toLowerCase()) && us.slice(1).every((u) => u.hyphenated || ((!lex.isCommonWord(u.text) || CALENDAR_WORDS.has(u.text.toLowerCase())) && /^\p{Lu}\p{Ll}/u.test(u.text)))) return false;
  // "Deputy Foreign Minister Sergey Ryabkov": a word that qualifies the title after it is part of the role.
  if (TITLE_QUALIFIERS.has(w.toLowerCase()) && titleAt(us, 1, lex)) return false;
  // "Nonpartisan Paul Tse": a word the article also writes in lowercase, before a person's name;
  // "Scientologist Tom Cruise": a word no list knows as a name, before a given name and a surname.
  if (lowercaseWords.has(w.toLowerCase()) && us[1] && (lex.isFirstName(us[1].text) || titleAt(us, 1, lex))) return true;
  // (Not an Arabic name's "Abu" or "bin" inside it: "Hichem Abu Chkiouat".)
  if (us.length >= 3 && lex.isFirstName(us[1]!.text) && !us[1]!.hyphenated && !lex.isLastName(w) && !ARABIC_NAME_PARTS.test(us[1]!.text)) return true;
  // ("Erling Haaland put them ahead": an "-ing" that is no verb's, before another capitalised word, opens a name.)
  const gerund = /ing$/.test(w) && (us.length === 1 || [w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)].some((stem) => lex.isCommonWord(stem)));
  return lex.isCommonWord(w) || /(?:ly|ed)$/.test(w) || gerund || (us.length === 1 && !lex.isLastName(w));
}

/**
 * Endings of English words the lists may lack ("Location", "Committee", "Removal"): no name's, alone at a
 * sentence's start (past the abstract nouns' endings the candidates already know).
 */
const WORD_ENDING = new RegExp(`${ABSTRACT_NOUN.source}|(?:ing|ly|ed|s|ist|ship|hood|ure|ery|ory|try|phy|ive|ful|less|able|ible|ous|ant|ent|al|ee|er|or)$`);

const ARABIC_NAME_PARTS = /^(?:Abu|Abou|Bin|Ibn|Abd|Abdel|Abdul)$/;
const PARTY_ADJECTIVE_SET: ReadonlySet<string> = new Set(PARTY_ADJECTIVES);
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(TITLE_QUALIFIER_LIST);

const titlesByFirstWord = new WeakMap<Lexicon, Map<string, string[]>>();

/** Titles whose first word is `word`, longest first (as `lex.titles` orders them). */
function titlesStartingWith(lex: Lexicon, word: string): readonly string[] {
  let index = titlesByFirstWord.get(lex);
  if (!index) {
    index = new Map();
    for (const t of lex.titles) {
      const w = t.split(/[ -]/)[0]!;
      index.set(w, [...(index.get(w) ?? []), t]);
    }
    titlesByFirstWord.set(lex, index);
  }
  return index.get(word) ?? [];
}

/** How many units from `i` on form a title ("Secretary of State"), 0 if none. */
function titleAt(us: readonly Unit[], i: number, lex: Lexicon): number {
  const first = us[i]?.text.toLowerCase();
  if (first === undefined) return 0;
  // ("Marine Le Pen": a title that is also a given name, before a surname's particle, is the given name.)
  if (lex.isFirstName(us[i]!.text) && SURNAME_PARTICLE_SET.has(us[i + 1]?.text ?? '')) return 0;
  // ("the General Authority for Statistics": a rank's word opening a body's name, its head word right after.)
  if (first === 'general' && us[i + 1] && lex.orgWords.has(us[i + 1]!.text.toLowerCase())) return 0;
  // ("strategist at Boston Private Wealth": a rank that is also an adjective, inside a run, before one last word no name list knows, is a firm's.)
  if (i > 0 && i === us.length - 2 && /^(?:private|general|major)$/.test(first) && us[i - 1]!.cap && !lex.isFirstName(us[i + 1]!.text) &&
    !lex.isLastName(us[i + 1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(us[i + 1]!.text)) return 0;
  // ("Prime Minister Sheikh Hasina": a title's word the lists know as the start of someone's name.)
  if (us[i + 1] && lex.isPersonName(`${us[i]!.text} ${us[i + 1]!.text}`)) return 0;
  // ("the murders of Bebe King, 6": a title that is also a surname, ending a name after a given name, is the surname.)
  const before = us[i - 1];
  if (i === us.length - 1 && before && /^(?:king|bishop|judge|marshal|major|knight|pope)$/.test(first) && !us[i]!.possessive && before.cap && !before.hyphenated &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) && !lex.isCommonWord(before.text) && !lex.isPlaceName(before.text) && !lex.isOrgName(before.text) &&
    !lex.isDemonym(before.text) && !lex.titles.includes(before.text.toLowerCase())) return 0;
  for (const title of titlesStartingWith(lex, first)) {
    // ("House Speaker Mike Johnson", "White House Press Secretary …": the body the title opens with is named;
    // the title proper comes after it.)
    if (/^(?:white house|house) /.test(title)) continue;
    // (A hyphenated title is several units: "Co" "-founder".)
    const words = title.split(/[ -]/);
    if (i + words.length > us.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = us[i + k]!.text.toLowerCase() === words[k];
    if (ok) return words.length;
  }
  return 0;
}

/** Two words or more, all capitalised, that fill a pair of quotation marks inside a sentence: “Night Trains,”. */
function titleOfWork(text: string, run: readonly Unit[]): boolean {
  if (!run.every((u) => u.cap || /^(?:of|the|and|a|an|in|on|to|for)$/.test(u.text))) return false;
  // (Not a body's name set in quotation marks as new: "a new advisory body, the “Department of Government Efficiency”".)
  if (BODY_OF.test(run.map((u) => u.text).join(' '))) return false;
  const before = text.slice(0, run[0]!.start);
  // ("“Anora,” a low-budget comedy about …": a title opening the sentence, said to be a work right after.)
  if (/(?:^|[.!?]\s+)[“"]$/.test(before) && WORK_APPOSED.test(text.slice(run[run.length - 1]!.end))) return true;
  // (One word too, where the sentence says it names a work: "record of the year with “Flowers.”")
  if (run.length < 2 && !WORK_NOUN.test(sentenceAround(text, run[0]!.start))) return false;
  // (What a crowd chants is no title: "chanting “Arrest Yoon Suk Yeol.”")
  if (CHANTED_BEFORE_QUOTE.test(before.slice(-40))) return false;
  // (Nor are words shouted in capitals, little words too: "as a “BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY.”")
  if (run.length >= 3 && run.every((u) => !/\p{Ll}/u.test(u.text)) && run.some((u) => /^(?:FOR|OUR|AND|THE|OF|TO|IS|A|IN|WE|MY|YOUR)$/.test(u.text))) return false;
  // (Nor are a verb's words after its modal: "writing that he would “Make Argentina Great Again”".)
  if (/\b(?:would|will|could|can|must|should|shall)\s+[“"]$/i.test(before.slice(-20))) return false;
  // ("her novel ‘The Vegetarian’": single quotation marks, right after the kind of work; or two words
  // or more in a sentence that names a kind of work: "album of the year … for ‘Cowboy Carter’".)
  if (before.endsWith('‘') && /^[,.!?]?’/u.test(text.slice(run[run.length - 1]!.end)) &&
    (WORK_BEFORE.test(before) || (run.length >= 2 && WORK_NOUN.test(sentenceAround(text, run[0]!.start))))) return true;
  return /\p{L}[\p{L},]*\s+[“"]$/u.test(before) && /^[,.!?]?[”"]/u.test(text.slice(run[run.length - 1]!.end));
}

/**
 * Titles of works in quotation marks after a word of the sentence ("for “It Was Just an
 * Accident,” a drama"): three words or more, every one capitalised but the small ones.
 */
const FORCE_GROUP = new RegExp(`\\b(?:(?<=\\bthe\\s+)(?:${FORCE_GROUP_NAMES.join('|')})\\s+group(?:\\s+of\\s+forces)?|(?:${FORCE_GROUP_NAMES.join('|')})\\s+group\\s+of\\s+forces)\\b`, 'g');
function forceGroups(text: string, s: Sentence): Array<{ start: number; end: number }> {
  return [...text.slice(s.start, s.end).matchAll(FORCE_GROUP)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
}

/**
 * "the Committee to Protect Journalists", "the Joint Task Force to Combat Anti-Semitism": a body named
 * for what it is set up to do, its "to" and verb inside the name. (Not where a body is sent:
 * "the Task Force to Haiti" names a place after "to", which is no verb.)
 */
const PURPOSE_NAMED_BODY = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,4}?(?:Committee|Task\s+Force|Campaign|Coalition|Alliance|Fund|Foundation|Council|Commission|Movement|Society|Institute|Initiative|Partnership|League|Project|Trust|Association|Network))\s+to\s+(\p{Lu}\p{Ll}+)((?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){1,3})/gu;
function purposeNamedBodies(text: string, s: Sentence, lex: Lexicon): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.slice(s.start, s.end).matchAll(PURPOSE_NAMED_BODY)) {
    const verb = m[2]!;
    const object = m[3]!.trim().replace(/^and\s+/, '');
    if (!lex.isCommonWord(verb) || lex.isPlaceName(verb) || lex.isFirstName(verb) || lex.isPlaceName(`${verb} ${object}`) || lex.isPlaceName(object)) continue;
    // ("The Committee to …" at a sentence's start: the article is no part of the name.)
    const lead = /^The\s+/.exec(m[1]!)?.[0].length ?? 0;
    out.push({ start: s.start + m.index! + lead, end: s.start + m.index! + m[0].length });
  }
  return out;
}

/**
 * Boeing's airliners go by figures ("737-800", "787-8 Dreamliner", "737 MAX 9"), no capital to find
 * them by; so do flights ("Flight 1282").
 */
// (Some write the Max in capitals, some not: "737 MAX 9", "737 Max 9".)
// ("the Nobel peace prize": so is a prize some papers write with its kind in lowercase.)
const NUMBERED_MODEL = /(?<=\bBoeing\s+)7[0-9]7(?:-\d{1,3})?(?:\s?(?:MAX|Max)(?:\s\d{1,2})?)?(?:\s+Dreamliner)?\b|\bFlight\s+\d{2,5}\b|\bNobel\s+(?:peace|literature|economics|physics|chemistry|medicine)\s+prize\b/g;
function numberedModels(text: string, s: Sentence): Array<{ start: number; end: number }> {
  return [...text.slice(s.start, s.end).matchAll(NUMBERED_MODEL)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
}

/** A body's head, then its "of": "Department of …", "Ministry of …". */
const BODY_OF = /^(?:The\s+)?(?:Department|Ministry|Office|Agency|Bureau|Commission|Committee|Council|Authority|Institute|Board)\s+(?:of|for)\s/;

function worksInQuotes(text: string, s: Sentence): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.slice(s.start, s.end).matchAll(/(?<=\p{L}[\p{L},]*\s+)[“"]([^“”"]{3,80}?)[,.]?[”"]/gu)) {
    const words = m[1]!.split(/\s+/);
    const small = (w: string) => /^(?:a|an|the|of|and|or|for|on|in|to|at|by|with|from|is|was)$/.test(w);
    if (words.length < 3 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words.at(-1)!) || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small(w))) continue;
    if (!words.some(small)) continue; // (Names only are read as names: “The Salt Road”.)
    // (A title with a subtitle names its own names: “Andy Warhol: Photographs and Prints from the University Collection”.)
    if (m[1]!.includes(':')) continue;
    // (Nor a body's name set in quotation marks as new: "a new advisory body, the “Department of Government Efficiency”".)
    if (BODY_OF.test(m[1]!)) continue;
    const start = s.start + m.index! + 1;
    out.push({ start, end: start + m[1]!.length });
  }
  return out;
}

const sentenceAround = (text: string, at: number) => text.slice(Math.max(0, text.lastIndexOf('.', at) + 1), (text.indexOf('.', at) + 1 || text.length));

/** The units as a candidate, untyped, before any rule has read them. */
function bare(text: string, s: Sentence, us: readonly Unit[]): Candidate {
  const start = us[0]!.start;
  const end = us[us.length - 1]!.end;
  return { block: s.block, start, end, text: text.slice(start, end), sentence: s.index, words: us.map((u) => u.text), type: null, known: false };
}

/** "which includes Magnum and Wall’s, as …": a possessive that owns nothing, with no word after it, is a shop's or a brand's name. */
function ellipticPossessive(text: string, us: readonly Unit[]): boolean {
  const end = us[us.length - 1]!.end;
  return us.every((u) => !u.possessive || u === us[us.length - 1]) && /^['’]s[,;:)]/.test(text.slice(end, end + 3));
}

function toCandidate(text: string, s: Sentence, us: Unit[], all: readonly Unit[], lex: Lexicon, role?: string): Candidate | null {
  // ("detained at a McDonald’s restaurant", "a Sainsbury’s in Leeds": after "a", a possessive is a shop's name, its "’s" and all;
  // so is a company's whose name the lexicon knows with it: "sold at Sotheby’s", "Ben & Jerry’s said".)
  const article = all[all.indexOf(us[0]!) - 1]?.text;
  if (us[us.length - 1]!.possessive && /^['’]s\b/.test(text.slice(us[us.length - 1]!.end, us[us.length - 1]!.end + 3))) {
    const withS = `${spell(us)}’s`;
    const shop = (us.length <= 2 && (article === 'a' || article === 'an') && !lex.isPersonName(spell(us))) || lex.isOrgName(withS);
    const place = !shop && lex.isPlaceName(withS);
    if (shop || place || ellipticPossessive(text, us)) {
      const end = us[us.length - 1]!.end + 2;
      return { block: s.block, start: us[0]!.start, end, text: text.slice(us[0]!.start, end), sentence: s.index, words: text.slice(us[0]!.start, end).split(/\s+/),
        type: shop ? 'organization' : place ? 'place' : null, known: shop || place };
    }
  }
  // ("the Nobel laureate Muhammad Yunus": the prize's name said of someone, as a demonym would be.)
  if (us.length === 1 && us[0]!.text === 'Nobel' && /^\s+(?:laureates?|prize-winning|prizewinning|winners?)\b/.test(text.slice(us[0]!.end, us[0]!.end + 20))) return null;
  // "Benedict XVI", "King Charles III": a name and a regnal number is a person (the number is no initials, no honour).
  // ("an Atlas V rocket": not before the kind of thing it is.)
  if (us.length === 2 && !us[1]!.hyphenated && REGNAL.test(us[1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(us[0]!.text) && !lex.isPlaceName(us[0]!.text) && !lex.isOrgName(us[0]!.text)) {
    return { block: s.block, start: us[0]!.start, end: us[1]!.end, text: text.slice(us[0]!.start, us[1]!.end), sentence: s.index, words: us.map((u) => u.text),
      type: namesProduct(us, all) || namesNumberedWork(us, all) ? 'other' : 'person', known: true, ...(role && !COURTESY_TITLE.test(role) ? { role } : {}) };
  }
  // "a bid to oust May": a month's name where no date is written may be the surname of someone
  // the article names; it counts only if so.
  if (us.length === 1 && !role && /^(?:May|June|April|August)$/.test(us[0]!.text) && !datedMonth(us[0]!, all)) return { ...bare(text, s, us), weak: true };
  // (A lowercase syllable after a hyphen is a given name's, whatever it spells: "Kim Min-jun", "Moon Jae-in".)
  const syllable = (u: Unit) => u.hyphenated && /^\p{Ll}/u.test(u.text);
  // (Not a holiday's own day: "Easter Sunday".)
  // (Nor a given name that spells a month's short form, with no period or number after it: "Dong Jun".)
  const givenShortMonth = (u: Unit) => us.length >= 2 && /^\p{Lu}\p{Ll}{2}$/u.test(u.text) && text[u.end] !== '.' && !/^\s*\d/.test(text.slice(u.end, u.end + 4));
  while (us.length && CALENDAR_WORDS.has(us[us.length - 1]!.text.toLowerCase().replace(/\.$/, '')) && !syllable(us[us.length - 1]!) && !surnameLikeMonth(us, all, lex) &&
    !givenShortMonth(us[us.length - 1]!) && !lex.isOtherName(spell(us))) us = us.slice(0, -1);
  // (Not a word joined to the next by a hyphen: "Mar-a-Lago"; nor a Korean surname before a given name of two
  // syllables: "Jun Young-hyun".)
  const koreanGiven = us.length === 3 && !us[1]!.hyphenated && us[2]!.hyphenated && /^\p{Ll}/u.test(us[2]!.text);
  // (Nor a weekday that names a paper: "The Sunday Times", "the Sunday Telegraph".)
  const paper = us.length === 2 && /^(?:Sunday|Saturday|Monday)$/.test(us[0]!.text) && /^(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Tribune|Star|Independent|Observer|World|Sport|People|Age)$/.test(us[1]!.text);
  while (us.length && CALENDAR_WORDS.has(us[0]!.text.toLowerCase().replace(/\.$/, '')) && !givenNameLikeMonth(us, all) && !surnameLikeMonth(us, all, lex) &&
    !us[1]?.hyphenated && !koreanGiven && !paper) us = us.slice(1);
  while (us.length && !us[us.length - 1]!.cap) us = us.slice(0, -1);
  // "Washington D.C. Image", "an Ottawa MP": a trailing caption word or title is no part of the name.
  // (Not a word the initials in brackets after it count: "Mumbai Academy of Moving Image (MAMI)".)
  const glossedWhole = (xs: readonly Unit[]) => /^\s*\((\p{Lu}{3,8})\)/u.exec(text.slice(xs[xs.length - 1]!.end))?.[1] === initialsOf(xs.filter((x) => x.cap));
  while (us.length > 1 && lex.isNeverName(us[us.length - 1]!.text) && !syllable(us[us.length - 1]!) && !lex.isOtherName(spell(us)) && !glossedWhole(us)) us = us.slice(0, -1);
  // "Judge Graham Knowles QC", "Sir Mo Farah CBE": letters after a person's name are an honour, not the name.
  // (A senior counsel's "SC" only after a given name: "Colin Mandy SC", not the club "Umm Salal SC".)
  while (us.length > 2 && POST_NOMINAL_SET.has(us[us.length - 1]!.text) && !lex.isOtherName(spell(us)) && !us.slice(0, -1).some((u) => lex.orgWords.has(u.text.toLowerCase()) || lex.placeWords.has(u.text.toLowerCase())) &&
    (us[us.length - 1]!.text !== 'SC' || lex.isFirstName(us[0]!.text))) {
    us = us.slice(0, -1);
  }
  // "a Yuzhmash Ukrainian defense plant": a demonym after a name describes what follows it.
  // (Not a party's members in the plural, which end its name: "the Neo Democrats", "Sweden Democrats".)
  // (Nor a given name's surname that spells one, the name ending there: "said David French, executive vice president".)
  // (Not a faith's adjectives: "a devout Roman Catholic,".)
  const surnameDemonym = us.length === 2 && lex.isFirstName(us[0]!.text) && !lex.isCommonWord(us[0]!.text) && !lex.isDemonym(us[0]!.text) &&
    !FAITHS.test(us[1]!.text) && /^(?:['’]s?\b|\s*[,.;:)]|\s+(?:said|says|told|\p{Ll}+(?:ed|s))\b)/u.test(text.slice(us[1]!.end, us[1]!.end + 20));
  while (us.length > 1 && !surnameDemonym && lex.isDemonym(us[us.length - 1]!.text) && !/s$/.test(us[us.length - 1]!.text) && !lex.isPlaceName(spell(us)) &&
    !lex.isOrgName(spell(us))) us = us.slice(0, -1);
  if (!us.length) return null;
  const first = us[0]!;
  const last = us[us.length - 1]!;
  // "Gov. Roy Cooper (D) said": a party's letter in brackets names no one.
  if (us.length === 1 && /^\p{Lu}$/u.test(first.text) && text[first.start - 1] === '(' && text[first.end] === ')') return null;
  const before = all[all.indexOf(first) - 1];
  // "pro-Beijing", "anti-American": an attitude, said as an adjective; a name may follow it
  // ("pro-Beijing New People Party").
  if (first.hyphenated && before && ATTITUDE_PREFIXES.has(before.text.toLowerCase())) {
    const rest = us.slice(1);
    return rest.length && !rest[0]!.hyphenated ? toCandidate(text, s, rest, all, lex, role) : null;
  }
  // ("a three-Test series", "the last couple of Test matches", "in 100 Tests": cricket's kind of match, said as a word; not "the Sydney Test".)
  if (us.length === 1 && /^Tests?$/.test(first.text) && (/\b(?:one|two|three|four|five|six|seven|\d+)-$/i.test(text.slice(Math.max(0, first.start - 8), first.start)) ||
    first.text === 'Tests' || /^\s+(?:match|matches|series|cricket|team|side|squad|status|captain|captaincy|career|debut|caps?|century|centuries|hundreds?|wickets?|runs|level|nations?|grounds?|venues?|arena|format|championship)\b/.test(text.slice(last.end, last.end + 16)))) return null;
  // ("Sino-US dialogue", "Franco-German ties", "the Russo-Ukrainian war": a country's combining form before another country
  // says who takes part, as a demonym would; not a region the lists know, "Indo-Pacific".)
  if (us.length === 2 && us[1]!.hyphenated && COMBINING_FORMS.test(first.text) && (lex.isDemonym(last.text) || lex.isPlaceName(last.text) || COMBINING_FORMS.test(last.text)) &&
    !lex.isPlaceName(spell(us)) && !lex.isOrgName(spell(us))) return null;
  // ("Aboriginal and Torres Strait Islander people", "Pacific Islanders": the islands' people, said as a demonym.)
  if (us.length >= 2 && /^Islanders?$/.test(last.text)) return null;
  // ("seen on CCTV at King’s Cross", "CCTV footage": closed-circuit cameras, not China's broadcaster.)
  if (us.length === 1 && first.text === 'CCTV' && (/\b(?:seen|caught|captured|recorded|filmed|spotted|appeared|appears)\s+on\s+$/.test(text.slice(Math.max(0, first.start - 20), first.start)) ||
    /^\s+(?:footage|images?|cameras?|pictures|stills|video)\b/.test(text.slice(first.end, first.end + 12)))) return null;
  // ("won best actor for The Brutalist, his second Oscar after The Pianist": a capitalised "The" inside a sentence about
  // films, books or awards opens a work's title no list knows.)
  // (Not part of a longer title: "The Prime of Miss Jean Brodie", "Batman: The Animated Series".)
  if (before?.text === 'The' && !sentenceInitial(before, all) && !before.opensQuote && us.length <= 3 && !lex.isOrgName(`the ${spell(us)}`) &&
    !/^\s+of\s/.test(text.slice(last.end, last.end + 5)) && !/:\s*$/.test(text.slice(Math.max(0, before.start - 3), before.start)) &&
    !us.some((u) => lex.isPlaceName(u.text) || lex.isOrgName(u.text) || lex.orgWords.has(u.text.toLowerCase()) || lex.isFirstName(u.text)) &&
    (WORK_NOUN.test(sentenceAround(text, first.start)) || AWARD_CONTEXT.test(sentenceAround(text, first.start)))) {
    return { ...bare(text, s, [before, ...us]), type: 'other', known: true };
  }
  // "Startup Corvana unveils …", "Airline Qantas said": what kind of body, capitalised as a sentence's or a headline's first word.
  if (us.length >= 2 && !us[1]!.hyphenated && KIND_OPENING_A_BODY.has(first.text.toLowerCase()) && sentenceInitial(first, all)) {
    const named = toCandidate(text, s, us.slice(1), all, lex, role);
    if (named && named.type !== 'place') {
      named.type = 'organization';
      named.known = true;
    }
    return named;
  }
  // "the Church denied…": a capitalised common noun pointing back, not a name ("the City would pay": the city's government).
  if (us.length === 1 && before?.text.toLowerCase() === 'the' && (lex.institutionNouns.has(first.text.toLowerCase()) || /^(?:City|Town|County)$/.test(first.text))) return null;
  const surface = text.slice(first.start, last.end);
  const words = us.map((u) => u.text);
  const lower = words.map((w) => w.toLowerCase());
  if (us.length === 1 && lex.languages.has(lower[0]!)) {
    if (!namesLanguage(text, first, before, all[all.indexOf(first) + 1], lex)) return null;
    return { block: s.block, start: first.start, end: first.end, text: surface, sentence: s.index, words, type: 'other', known: true };
  }
  // "sanctions by the West", "the collective West": a compass point the lists know with its article names a region.
  // (Not a word of a longer name or adjective: "the West African bloc", whatever else is called "the West".)
  const nextWord = all[all.indexOf(first) + 1];
  const nameGoesOn = !!nextWord?.cap && nextWord.start - first.end <= 1;
  if (us.length === 1 && (COMPASS_POINTS.has(lower[0]!) || /^(?:northeast|northwest|southeast|southwest)$/.test(lower[0]!)) && nameGoesOn && lex.isDemonym(nextWord!.text)) return null;
  // ("Russia blames West for …": a headline leaves the article out.)
  const headlineWord = s.block === 'title' && before && /^\p{Ll}+$/u.test(before.text) && !/^\s*(?:of|and|or)\b/.test(text.slice(first.end));
  if (us.length === 1 && COMPASS_POINTS.has(lower[0]!) && (/^(?:the|collective)$/i.test(before?.text ?? '') || headlineWord) && lex.isPlaceName(`the ${lower[0]}`) &&
    !nameGoesOn) {
    return { block: s.block, start: first.start, end: first.end, text: surface, sentence: s.index, words, type: 'place', known: true };
  }
  // ("killed more than 200 people across the Southeast", "storms in the Midwest": a country's region by its point, capitalised, after its article.)
  if (us.length === 1 && /^(?:Northeast|Northwest|Southeast|Southwest|Midwest)$/.test(first.text) && /^the$/i.test(before?.text ?? '') && !nameGoesOn && nextWord?.text !== 'of') {
    return { block: s.block, start: first.start, end: first.end, text: surface, sentence: s.index, words, type: 'place', known: true };
  }
  // "The South retaliated", "after North and South Korea exchanged fire": a compass point alone may be
  // short for a country the article names with it (it counts only if one is: see coreference).
  const andCompass = nextWord?.text === 'and' && COMPASS_POINTS.has(all[all.indexOf(first) + 2]?.text.toLowerCase() ?? '');
  // (Not a part of a place, "the South of France", nor a word of a longer name: "the South Korean presidential office".)
  if (us.length === 1 && COMPASS_POINTS.has(lower[0]!) && (/^the$/i.test(before?.text ?? '') || andCompass) && nextWord?.text !== 'of' && !nameGoesOn) {
    // (Known, so that "the north" written elsewhere does not make it an ordinary word.)
    return { block: s.block, start: first.start, end: first.end, text: surface, sentence: s.index, words, type: 'place', known: true, weak: true };
  }
  // "The Democrats said": a party, by its article; "after Republicans demanded": its members, no name.
  // ("backed by the pro-Russian Socialists", "the ruling Socialists": the article may stand before a word that describes the party.)
  if (us.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first.text) && PARTY_MEMBER_SET.has(first.text.toLowerCase()) &&
    /\bthe\s+(?:(?:pro|anti)-\p{Lu}[\p{L}-]*\s+|(?:ruling|opposition|governing|main|far-right|far-left|centre-left|centre-right|center-left|center-right)\s+)?$/iu.test(text.slice(Math.max(0, first.start - 40), first.start))) {
    return { block: s.block, start: first.start, end: first.end, text: surface, sentence: s.index, words, type: 'organization', known: true };
  }
  // A word in capitals that is no name ("IQ", "TV") stays out; one the lists know as a body ("WHO") does not.
  // ("leader of the Conservative party", "the Republican party": a party's adjective before the lowercase word names the party.)
  if (us.length === 1 && PARTY_ADJECTIVE_SET.has(first.text.toLowerCase()) && /^\s+party\b/.test(text.slice(first.end, first.end + 8))) {
    return { ...bare(text, s, us), type: 'organization', known: true };
  }
  if (us.length === 1 && (lex.isNeverName(first.text) && !(ACRONYM.test(first.text) && lex.isOrgName(first.text)) || lex.isDemonym(first.text))) return null;
  if (us.length === 1 && /^\d/.test(first.text) && !/^\d{2}ers$/.test(first.text)) return null;
  // "working the phones to Senators": a title in the plural names no one.
  // (But a team may be called by one: "the Chiefs" for the "Kansas City Chiefs", a mention only where that name stands too.)
  if (us.length === 1 && /s$/.test(first.text) && lex.titles.includes(first.text.toLowerCase().replace(/s$/, ''))) {
    return all[all.indexOf(first) + 1]?.cap ? null : { ...bare(text, s, us), weak: true };
  }
  // "Western sanctions", "the Crimean government": an adjective of a compass point or of a
  // place the lists know ("Crimea" + "n"), which no demonym list has.
  if (us.length === 1 && (COMPASS_ADJECTIVES.has(first.text.toLowerCase()) || placeAdjective(first.text, lex))) return null;
  // "Baltic ministers", "Arctic sea ice", "the Baltic states": a region's name before a noun describes it
  // ("in the Baltic" names it, as does "over the Caribbean during …" or "into the Atlantic early Thursday"; "The Atlantic reported" is a magazine).
  const afterName = all[all.indexOf(last) + 1];
  if (us.length === 1 && REGION_ADJECTIVES.has(lower[0]!) && afterName && /^\p{Ll}+$/u.test(afterName.text) && !afterName.hyphenated &&
    /^ $/.test(text.slice(last.end, afterName.start)) && (!lex.speechVerbs.has(afterName.text) || afterName.text === 'states') &&
    !/^(?:and|or|but|nor|to|in|on|at|of|for|with|from|by|into|is|was|were|are|has|had|have|will|would|could|which|that|who|where|as|than|after|before|since|during|over|across|through|near|off|until|amid|within|around|along|early|late|overnight|today|yesterday|tonight|again|instead|too|last|this|next)$/.test(afterName.text)) return null;
  // "Sri Lankans voted", "New Zealanders": the people of a place the lists know, in more words or the plural.
  if (us.length <= 3 && (us.length > 1 || /s$/.test(surface)) && placeAdjective(surface.replace(/s$/, ''), lex)) return null;
  // "Mitch McConnell (R-Ky.)": a lawmaker's party and state, no name of its own.
  // ("Sen. Richard Lugar, R-Ind., said" writes it between commas.)
  if (/^[RDI]$/.test(first.text) && us[1]?.hyphenated && us.length === 2 && /(?:\(|,\s)$/.test(text.slice(Math.max(0, first.start - 2), first.start))) return null;
  // "I've", "We're": a pronoun and its verb.
  if (us.length === 1 && /^(?:I|We|You|They|He|She|It)['’](?:ve|m|ll|d|re|s)$/.test(first.text)) return null;
  // "Brent crude", "Benchmark Brent crude", "WTI futures": a grade of oil, not a country's oil ("Iraq crude"),
  // nor what else trades as futures ("Wheat futures", "Wall Street futures").
  if ((us.length === 1 || us.length === 2 && first.start === s.start && !lex.isFirstName(first.text) && !lex.isPlaceName(first.text) && !lex.isOrgName(first.text)) &&
    (/^\s+crude\b/.test(text.slice(last.end, last.end + 10)) || /^\p{Lu}{3,4}$/u.test(last.text) && /^\s+futures\b/.test(text.slice(last.end, last.end + 10))) && !lex.isPlaceName(last.text)) {
    return { block: s.block, start: last.start, end: last.end, text: last.text, sentence: s.index, words: [last.text], type: 'other', known: true };
  }
  // "a Category 5 storm": a storm's strength on its scale, not a model's name.
  if (us.length === 1 && first.text === 'Category' && /^ [1-5]\b/.test(text.slice(last.end))) return null;
  // "US$ 20,000", "HK$5": a currency.
  if (text[last.end] === '$') return null;
  // "the Christian Democrats", "the pro-business Free Democrats (FDP)", "Sweden Democrats": a party named
  // for its members, not a country's people ("Russian Communists").
  if (us.length >= 2 && us.length <= 3 && PARTY_MEMBER_SET.has(last.text.toLowerCase()) && !placeAdjective(first.text, lex) && !COMPASS_ADJECTIVES.has(lower[0]!)) {
    return { block: s.block, start: first.start, end: last.end, text: surface, sentence: s.index, words, type: 'organization', known: true };
  }
  if (lower.every((w) => lex.isDemonym(w)) || lex.isDemonym(surface)) return null;
  if (us.length === 1 && lex.capitalsOnly.has(lower[0]!.replace(/\./g, '')) && !/^\p{Lu}[\p{Lu}.]*$/u.test(first.text)) return null;

  const c: Candidate = { block: s.block, start: first.start, end: last.end, text: surface, sentence: s.index, words, type: null, known: false };
  // "OPEC+", "G7+": a body's initials and the plus that names its wider circle.
  if (us.length === 1 && /^\p{Lu}[\p{Lu}\d]+$/u.test(first.text) && text[last.end] === '+' && !/[\p{L}\d]/u.test(text[last.end + 1] ?? '')) {
    c.end = last.end + 1;
    c.text = `${surface}+`;
  }
  // ("Dr. Peter Salama": a courtesy title says who, not what role; a role said in apposition may follow.)
  if (role && !COURTESY_TITLE.test(role)) c.role = role;
  // ("Hartford, CT", "Austin, TX": a state's postal code after a town and its comma.)
  const postal = us.length === 1 && Object.hasOwn(POSTAL_STATES, surface) && /\p{Lu}[\p{L}.'’-]*,\s$/u.test(text.slice(Math.max(0, first.start - 40), first.start)) ?
    POSTAL_STATES[surface] : undefined;
  const alias = postal ?? lex.placeAliases[surface.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ')] ?? (surface.includes('.') ? lex.placeAliases[surface.toLowerCase()] : undefined);
  if (alias) {
    c.type = 'place';
    c.canonical = alias;
    // (Not a short form: "Calif." is California, "UK" the United Kingdom.)
    if (!alias.includes(' ') && us.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(surface) && !alias.toLowerCase().startsWith(surface.toLowerCase())) c.respelt = true;
    c.known = true;
    return c;
  }
  // "the Fed": a body's short form, named as the body.
  const body = ORG_ALIASES[surface.toLowerCase()];
  // ("his CDC party": not the body the lists know, where the word after says it is a body of another kind.)
  const aliasKindAfter = /^\s+(\p{Ll}+)/u.exec(text.slice(last.end, last.end + 20))?.[1];
  if (body && aliasKindAfter && BODY_KIND_AFTER.has(aliasKindAfter) && !body.toLowerCase().includes(aliasKindAfter)) {
    c.type = 'organization';
    c.known = true;
    return c;
  }
  if (body) {
    c.type = 'organization';
    c.canonical = body;
    c.known = true;
    return c;
  }
  let typed = bodyBeforeRoleHolder(us, all, lex) ? 'organization' : typeByWords(surface, lower, lex);
  if (typed !== 'other' && namesWorkByKind(text, us, all, lex)) typed = 'other';
  // ("The CEO of Martin Marietta": what a company's officer is "of" is the company, whatever given name opens it.)
  const officerOf = COMPANY_OFFICER_OF.exec(text.slice(Math.max(0, first.start - 30), first.start));
  if (officerOf && typed === 'person' && us.length >= 2 && !lex.isPersonName(surface) && !lex.isPlaceName(surface) &&
    !/^\s*(?:,\s*)?(?:who|whose)\b/.test(text.slice(last.end, last.end + 8))) typed = 'organization';
  // ("the son of actors Lockwood West and Olive Carleton-Crowe": a noun for people right before a given name says who,
  // whatever place's word the surname spells; so for the name after "and".)
  const pairOpener = all[all.indexOf(first) - 1]?.text === 'and' ? firstOfPair(us, all) : first;
  const peopleNoun = all[all.indexOf(pairOpener) - 1];
  if (typed !== 'person' && us.length >= 2 && us.length <= 3 && peopleNoun && !peopleNoun.cap && /^\s+$/.test(text.slice(peopleNoun.end, pairOpener.start)) &&
    singularsOf(peopleNoun.text).some((w) => lex.personNouns.has(w)) && (lex.isFirstName(us[0]!.text) || !lex.isCommonWord(us[0]!.text) && !lex.isDemonym(us[0]!.text)) &&
    us.every((u) => /^\p{Lu}\p{Ll}/u.test(u.text) && !lex.orgWords.has(u.text.toLowerCase()) && !lex.placeWords.has(u.text.toLowerCase())) &&
    !lex.isPlaceName(surface) && !lex.isOrgName(surface)) typed = 'person';
  // ("handed over to Duma Boko, a human rights lawyer": a given name that spells a body's word, before a surname
  // and a description of someone.)
  if (typed === 'organization' && us.length === 2 && lex.orgWords.has(lower[0]!) && !lex.orgWords.has(lower[1]!) && !lex.isOrgName(surface) &&
    describedAsPerson(text, last, lex)) typed = 'person';
  // ("the Eaton fire", "the Palisades fire": a wildfire named by where it began, in papers that write its kind in lowercase;
  // not a known place's or body's fire, nor a building's, "the Grenfell Tower fire".)
  if (us.length <= 2 && all[all.indexOf(first) - 1]?.text.toLowerCase() === 'the' && /^(?:fire|wildfire|blaze)$/.test(all[all.indexOf(last) + 1]?.text ?? '') &&
    /^\s+$/.test(text.slice(last.end, all[all.indexOf(last) + 1]!.start)) && !lex.isPlaceName(surface) && !lex.isOrgName(surface) &&
    !(us.length > 1 && (lex.placeWords.has(lower[lower.length - 1]!) || lex.orgWords.has(lower[lower.length - 1]!)))) typed = 'other';
  // ("its Alexa voice assistant": a given name the lists know, before a kind of product, names the product;
  // so does one a kind of product is "called": "a new chip, called Willow".)
  if (typed === 'person' && us.length === 1 && (namesProduct(us, all) || kindNamedBefore(text, first, lex) === 'other')) typed = 'other';
  // ("the Harry Potter films", "the James Bond novels": a name before the works of a series is the series.)
  if (typed === 'person' && us.length === 2 && !role && /^(?:films|movies|novels|books|franchise|series)$/.test(all[all.indexOf(last) + 1]?.text ?? '') &&
    all[all.indexOf(first) - 1]?.text.toLowerCase() === 'the') typed = 'other';
  // ("the Selby by-election", "the seat of Uxbridge and South Ruislip": a constituency is a place.)
  // ("his Richmond and Northallerton constituency": one named by its places; not Hong Kong's "Social Welfare constituency", named by a trade.)
  if (!typed && (/^\s+by-elections?\b/.test(text.slice(last.end, last.end + 20)) ||
    /^\s+constituency\b/.test(text.slice(last.end, last.end + 20)) && us.every((u) => !u.cap || lex.isPlaceName(u.text) || !lex.isCommonWord(u.text) && !lex.readsAsWord(u.text)) ||
    /\b(?:seat of|MPs? for)\s+$/.test(text.slice(Math.max(0, first.start - 20), first.start)))) typed = 'place';
  // ("the 1970s power-pop band the Raspberries", "the rock band the Killers": a band named after its kind.)
  if ((!typed || typed === 'person') && /\b(?:band|group|duo|trio|quartet|outfit)\s+the\s+$/.test(text.slice(Math.max(0, first.start - 20), first.start))) typed = 'organization';
  // ("the head of financial analysis at AJ Bell": where someone's role is held is a body, whatever its name's shape.)
  const heldAt = ROLE_HELD_AT.exec(text.slice(Math.max(0, first.start - 60), first.start));
  if ((!typed || typed === 'person') && !role && !lex.isPersonName(surface) && heldAt && (lex.roleNouns.has(heldAt[1]!.toLowerCase()) || PEOPLE_BY_TRADE.has(heldAt[1]!.toLowerCase()))) typed = 'organization';
  // ("UAE Team Emirates", "Team Jumbo-Visma": a racing team's name says "Team" anywhere in it.)
  if (us.length >= 2 && us.some((u) => u.text === 'Team')) typed = 'organization';
  // ("the James Webb telescope", "the Nancy Grace Roman telescope": a full name before a kind of craft names the craft after the person.)
  if (typed === 'person' && us.length >= 2 && !role && !last.possessive && SPACE_CRAFT.test(all[all.indexOf(last) + 1]?.text ?? '') &&
    all[all.indexOf(last) + 1]!.start - last.end === 1) typed = 'other';
  // ("Blue Origin’s New Glenn rocket": a name no list knows, shaped like a place's, before a kind of craft.)
  if (typed === 'place' && !lex.isPlaceName(surface) && namesProduct(us, all)) typed = 'other';
  // ("Marine Le Pen", "Ursula von der Leyen": a given name, then a surname with its particle, whatever body's word the given name spells.)
  if (us.length >= 3 && us.length <= 4 && lex.isFirstName(us[0]!.text) && SURNAME_PARTICLE_SET.has(us[1]!.text) && us[us.length - 1]!.cap) typed = 'person';
  // "the Austin-based software maker", "a Lagos-born banker": where one is based or born is a place,
  // even a name the lists give a person ("Austin").
  if (typed !== 'organization' && us.length <= 3 && afterName?.hyphenated && /^(?:based|born|headquartered)$/.test(afterName.text)) typed = 'place';
  // (So is a city before its state's: "the Austin, Texas-based company".)
  if (typed !== 'organization' && us.length <= 3 && /^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-(?:based|born|headquartered)\b/u.test(text.slice(last.end, last.end + 40))) typed = 'place';
  // "The Centraal Museum, which owns the painting, said": a museum or a centre that speaks or owns is a body.
  // (So is a programme that speaks: "the Tessaro Food Programme said".)
  if ((typed === 'place' && lex.buildingWords.has(lower[lower.length - 1]!) || typed === 'other' && /^program(?:me)?$/.test(lower[lower.length - 1]!)) &&
    BODY_ACTS_AFTER.test(text.slice(last.end, last.end + 120))) typed = 'organization';
  // ("then-US House Speaker Nancy Pelosi": the chamber its speaker is named after.)
  if (typed === 'place' && lower[lower.length - 1] === 'house' && afterName?.text === 'Speaker') typed = 'organization';
  // "the S&P 500", "the FTSE 100": a stock index by its number (the ratings agency "S&P" has none).
  // (Or by the word after it: "the Nikkei share average", "the Hang Seng index".)
  // ("South Korea’s Kospi up 3.3%", "Japan’s Nikkei soars 10%": or moving, as an index does.)
  // ("the FTSE 100 fell 1.6% and Germany’s Dax 3%": a change with its verb left out.)
  if (STOCK_INDEXES.has(lower.join(' ')) && /^ (?:\d{2,4}\b|\d+(?:\.\d+)?%|(?:share |stock |benchmark )?(?:average|index)\b|(?:was |is |had )?(?:up|down|rose|rises|rising|fell|falls|falling|gained|gains|lost|loses|closed|closes|jumped|jumps|soared|soars|slid|slides|ended|ends|added|adds|dropped|drops|climbed|climbs|edged|slumped|slumps|tumbled|tumbles|surged|surges|plunged|plunges)\b)/.test(text.slice(last.end))) typed = 'other';
  // ("the Nasdaq Composite", "the Dow Jones Industrial Average", "the MSCI World index": an index of more
  // words by its last word, or by the word after it.)
  if (us.length >= 2 && !lex.isOrgName(surface) && (/^(?:Composite|Average)$/.test(last.text) || /^ (?:share |stock |benchmark )?index\b/.test(text.slice(last.end)))) typed = 'other';
  // "detained near the M62", "on the I-95": a motorway's or an interstate's number is a road, not a model.
  if (typed === 'other' && us.length <= 2 && /^(?:M\d{1,3}|I-\d{1,3})$/.test(surface) && all[all.indexOf(first) - 1]?.text === 'the' &&
    PLACE_PREPOSITIONS.has(all[all.indexOf(first) - 2]?.text.toLowerCase() ?? '')) typed = 'place';
  // ("told Al-Manar TV": a broadcaster, whatever its name's shape.)
  if (typed !== 'person' && typed !== 'place' && us.length <= 2 && afterName?.text === 'TV' && /^\s+$/.test(text.slice(last.end, afterName.start))) typed = 'organization';
  // ("towards the A6 motorway": a road by the word after it; "TF1 television": a broadcaster.)
  if (typed === 'other' && us.length === 1 && afterName && !afterName.cap && /^\s+$/.test(text.slice(last.end, afterName.start))) {
    if (/^(?:motorway|highway|expressway|freeway|autobahn|autoroute|road)$/.test(afterName.text)) typed = 'place';
    else if (MEDIA_NOUNS_AFTER.has(afterName.text.toLowerCase())) typed = 'organization';
  }
  // "the New Social Contract party", "the Sumar movement": a body by the lowercase kind after its name.
  // (typeByContext reads the same kind of word for names nothing has typed; this one overrides a place's "New".)
  if (us.length <= 4 && typed !== 'organization' && afterName && BODY_KIND_AFTER.has(afterName.text) &&
    /^\s+$/.test(text.slice(last.end, afterName.start)) && all[all.indexOf(first) - 1]?.text.toLowerCase() === 'the' && !lex.isPlaceName(spell(us))) typed = 'organization';
  // "Italian broadcaster Sky TG24": the kind of body before a name its shape would make a model.
  if (typed === 'other' && bodyNounBefore(us, all) && !namesProduct(us, all)) typed = 'organization';
  // "a UNESCO World Heritage site": a designation, no one's name.
  if (afterName && afterName.text === 'site' && /^\s+$/.test(text.slice(last.end, afterName.start)) && lower.includes('heritage')) typed = 'other';
  // "in US English", "British English": a language as a country speaks it.
  if (us.length === 2 && lex.languages.has(lower[1]!) && (lex.isPlaceName(first.text) || lex.isDemonym(first.text))) typed = 'other';
  // "the opposition INDIA alliance": a country's name in capitals before "alliance" is a coalition's acronym.
  if (us.length === 1 && /^\p{Lu}{3,}$/u.test(surface) && typed === 'place' && afterName && /^(?:alliance|bloc|coalition)$/.test(afterName.text) &&
    /^\s+$/.test(text.slice(last.end, afterName.start))) typed = 'organization';
  // "The Palisades Fire, which broke out on Tuesday, has burned 19,000 acres": a wildfire's name.
  // (Not a fire agency the lists know: "Cal Fire said the blaze had spread".)
  if (us.length >= 2 && last.text === 'Fire' && /\b(?:acres|hectares|burn(?:ed|t|ing|s)?|broke out|blaze|contain(?:ed|ment)?|scorched|firefighters)\b/.test(text.slice(last.end, last.end + 120)) &&
    !lex.isOrgName(surface)) typed = 'other';
  // "the patrol ship Vasily Bykov", "the aircraft carrier Admiral Kuznetsov": a vessel, whoever it is named after.
  if (us.length <= 3 && namesVessel(all, all.indexOf(first)) && /^\s+$/.test(text.slice(before!.end, first.start))) typed = 'other';
  // "the Joint Sword-2024A drills", "the Zapad exercises": a military exercise, whatever its words look like.
  const kindAfter = all[all.indexOf(last) + 1];
  if (us.length <= 4 && kindAfter && !kindAfter.cap && EXERCISE_NOUN_SET.has(kindAfter.text) && kindAfter.start - last.end === 1 &&
    !lex.isPlaceName(surface) && !lex.isOrgName(surface)) typed = 'other';
  // "the antiviral drug Tamiflu", "the vaccine Qdenga": a medicine named after what it is.
  if (!typed && us.length <= 2 && before && !before.cap && /^(?:drug|vaccine|medicine|medication|antiviral|painkiller|pill)$/.test(before.text) &&
    /^\s+$/.test(text.slice(before.end, first.start))) typed = 'other';
  // "the Galerie d’Apollon", "the Musée d’Orsay", "Palazzo Vecchio": a building named in its own language.
  // (So are a station, a gate, a church or a street: "Gare d’Austerlitz", "Porte de Champerret", "Iglesia del Carmen", "Rua Augusta".)
  if (us.length >= 2 && /^(?:galerie|musée|musee|museo|palais|palazzo|château|chateau|piazza|plaza|rue|calle|via|platz|casa|stade|estadio|stadio|stadion|autodromo|autódromo|circuito|gare|porte|pont|quai|iglesia|avenida|parque|palacio|estación|estacion|rua|praça|praca|praia)$/.test(lower[0]!)) typed = 'place';
  // "professor Marc Lamont Hill": after a role, a given name begins a person's name, whatever word ends it.
  const roleBefore = before && !before.cap && lex.roleNouns.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, first.start));
  // (Nor after a title: "Assistant US Attorney Kevin Marsh", "Dr Kevin Marsh".)
  // ("Celtics coach Doc Rivers": two words after a role, neither a place the lists know nor a place's first word, are a person's,
  // whatever plural of a place's word ends them.)
  if (typed === 'place' && (roleBefore || role) && us.length >= 2 && (lex.isFirstName(first.text) && !lex.isCommonWord(first.text) ||
    us.length === 2 && !lex.isPlaceName(first.text) && !PLACE_PREFIXES.has(lower[0]!) && !COMPASS_ADJECTIVES.has(lower[0]!) && !lex.placeWords.has(lower[0]!)) &&
    !lex.isPlaceName(surface)) typed = 'person';
  // ("human rights lawyer Duma Boko": nor is a given name that spells a body's word a body, when the last word is none.)
  if (typed === 'organization' && roleBefore && us.length === 2 && !lex.isOrgName(surface) && !lex.orgWords.has(lower[1]!) && !lex.isCommonWord(words[1]!) &&
    !ACRONYM.test(words[0]!)) typed = 'person';
  // ("Austrian singer JJ", "rapper MC Solaar": a stage name in capitals after what someone does is the person.)
  const doerBefore = before && !before.cap && lex.personNouns.has(before.text.toLowerCase()) &&
    !lex.roleNouns.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, first.start));
  if (typed === 'organization' && doerBefore && us.length === 1 && /^\p{Lu}{2,3}$/u.test(surface) && !lex.isOrgName(surface)) typed = 'person';
  // "said Darren Woods, chairman of ExxonMobil": a given name, then a surname spelt like a place's word,
  // where a speaker or a role says who it is.
  // ("Notre-Dame cathedral": a body's name the lists know, before a house of worship, names the building.)
  const building = typed === 'organization' && /^\s+(?:cathedral|basilica|church|mosque|temple|abbey|chapel|monastery|synagogue)\b/.test(text.slice(last.end, last.end + 14));
  if (building) {
    typed = 'place';
    c.building = true;
  }
  if (typed === 'place' && us.length === 2 && lex.isFirstName(first.text) && !lex.isCommonWord(first.text) && !lex.isPlaceName(surface) &&
    !lex.isPlaceName(first.text) && (INVERTED_SPEECH.has(before?.text ?? '') || appositiveRole(text.slice(s.start, first.start), text.slice(last.end, s.end), lex))) typed = 'person';
  // ("Glen “Big Baby” Davis": a name with a nickname in quotation marks inside is someone's, whatever its first word spells.)
  if (us.length >= 2 && /\s[‘"“]\p{Lu}[^’"”]*[’"”]\s/u.test(text.slice(first.start, last.end))) typed = 'person';
  // ("The Sacramento Bee reports", "the Fresno Bee": after "the", a place and a word are a paper or a body, never someone.)
  // (A name no list types only where it reports: not "the Texas Hill Country".)
  if ((typed === 'person' || !typed && /^\s+(?:reported|reports|said|says|wrote|writes|quoted|cited|published|newspaper)\b/.test(text.slice(last.end, last.end + 14))) &&
    us.length >= 2 && before && /^(?:the|The)$/.test(before.text) && /^\s+$/.test(text.slice(before.end, first.start)) &&
    lex.isPlaceName(first.text) && !lex.isFirstName(first.text) && !lex.isPersonName(surface) && !role) typed = 'organization';
  // ("the Oklahoma Sooners", "the Georgia Bulldogs": after "the", a state or a city and a plural no place is called is its team,
  // in a sentence about a game.)
  const singular = last.text.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  if ((!typed || typed === 'place') && us.length === 2 && before && /^(?:the|The)$/.test(before.text) && /^\s+$/.test(text.slice(before.end, first.start)) &&
    lex.isPlaceName(first.text) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(last.text) && !lex.placeWords.has(last.text.toLowerCase()) && !lex.isPlaceName(surface) &&
    !lex.isDemonym(last.text) && !lex.orgWords.has(singular) && !LAND_PLURALS.test(last.text) &&
    SPORT_CUES.test(text.slice(s.start, s.end))) typed = 'organization';
  // ("Kitty Ussher, chief economist at the Institute of Directors": two words no list types, set off by a role, are a person's.)
  // (Not a place's club or group: "the Ontario Ghostbusters, Doctor Who fans".)
  if (!typed && us.length === 2 && us.every((u) => /^\p{Lu}\p{Ll}+$/u.test(u.text) && !lex.orgWords.has(u.text.toLowerCase()) && !lex.placeWords.has(u.text.toLowerCase())) &&
    !lex.isPlaceName(first.text) && /^\p{Ll}/u.test(appositiveRole(text.slice(s.start, first.start), text.slice(last.end, s.end), lex) ?? '')) typed = 'person';
  // "Texas A&M", "AT&T": initials joined by an ampersand name a body.
  if (!typed && us.length <= 3 && /^\p{Lu}+&\p{Lu}+$/u.test(words[words.length - 1]!)) typed = 'organization';
  // A surname the lexicon knows ("Houston") after "in" is the city.
  // (Not a figure the news names by surname: "McConnell to Obama".)
  // ("before going to Trump’s desk": an owner, not a destination; "According to Lula": a source.)
  if (typed === 'person' && us.length === 1 && !lex.isLastName(first.text) && !(lex.isPersonName(first.text) && first.possessive) &&
    PLACE_PREPOSITIONS.has(all[all.indexOf(first) - 1]?.text.toLowerCase() ?? '') && !/^according$/i.test(all[all.indexOf(first) - 2]?.text ?? '')) typed = 'place';
  // "Landslides in Chin state": a surname's spelling, in a place and named as a kind of place.
  if (typed === 'person' && us.length === 1 && PLACE_PREPOSITIONS.has(all[all.indexOf(first) - 1]?.text.toLowerCase() ?? '') &&
    PLACE_KIND_AFTER.has(all[all.indexOf(last) + 1]?.text ?? '')) typed = 'place';
  // ("the Rafah and Kerem Shalom crossings": the second of two places before their kind in the plural, a person's shape or not.)
  const kindsAfter = all[all.indexOf(last) + 1]?.text ?? '';
  // (Not an ordinary word: "ports on the US East and Gulf coasts".)
  if ((!typed || typed === 'person') && all[all.indexOf(first) - 1]?.text === 'and' && all[all.indexOf(first) - 2]?.cap && /[^s]s$/.test(kindsAfter) &&
    PLACE_KIND_AFTER.has(kindsAfter.slice(0, -1)) && !us.some((u) => lex.isCommonWord(u.text) || lex.placeWords.has(u.text.toLowerCase()))) typed = 'place';
  // "30 miles west of Houston": a compass point's "of" names a place, even a surname's.
  // ("the province of Quang Ninh": two words shaped like a person's after a kind of settlement too.)
  if (typed === 'person' && us.length === 2 && !lex.isPersonName(spell(us)) && all[all.indexOf(first) - 1]?.text === 'of' &&
    SETTLEMENT_NOUNS.has(all[all.indexOf(first) - 2]?.text.toLowerCase() ?? '') && all[all.indexOf(first) - 3]?.text.toLowerCase() === 'the') typed = 'place';
  if (typed === 'person' && us.length === 1 && all[all.indexOf(first) - 1]?.text === 'of' &&
    (PLACE_PREFIXES.has(all[all.indexOf(first) - 2]?.text.toLowerCase() ?? '') && COMPASS_DIRECTIONS.has(all[all.indexOf(first) - 2]!.text.toLowerCase()) ||
      SETTLEMENT_NOUNS.has(all[all.indexOf(first) - 2]?.text.toLowerCase() ?? ''))) typed = 'place';
  // ("Brecon Tower in Guild Close, Birmingham": a close one is in is a street, whatever body's word opens it.)
  if (us.length >= 2 && last.text === 'Close' && PLACE_PREPOSITIONS.has(all[all.indexOf(first) - 1]?.text.toLowerCase() ?? '') && !lex.isPersonName(surface)) typed = 'place';
  // ("acquired on loan from Shanghai Shenhua": a player is loaned by a club, named after its city or not.)
  if ((typed === 'place' || typed === 'person' || !typed) && us.length <= 3 && !lex.isPlaceName(spell(us).replace(/^the /i, '')) &&
    /\b(?:on\s+loan\s+(?:from|at|to)|loaned\s+(?:from|to|out\s+to)|signed\s+from|joined\s+from)\s+$/i.test(text.slice(Math.max(0, first.start - 24), first.start))) typed = 'organization';
  // ("while mayor of Trenton", "Former Trenton Mayor Tony Mack": a given name that a mayor or a governor runs,
  // or whose mayor is named after it, is the town.)
  if (typed === 'person' && us.length === 1 && !role && (
    all[all.indexOf(first) - 1]?.text === 'of' && TOWN_RUNNERS.has(all[all.indexOf(first) - 2]?.text.toLowerCase() ?? '') ||
    afterName?.text === 'Mayor' && all[all.indexOf(last) + 2]?.cap === true && /^\s+$/.test(text.slice(last.end, afterName.start)))) typed = 'place';
  // ("Wigan MP Lisa Nandy", "the Wigan MP": a member's seat, named before the member, is a place.)
  if (!typed && us.length <= 2 && !role && afterName && /^(?:MP|MPs|MSP|MSPs|MEP|MEPs|MLA|MLAs|AM|TD|councillor|councillors|Councillor|congressman|congresswoman)$/.test(afterName.text) &&
    /^\s+$/.test(text.slice(last.end, afterName.start)) && !lex.isOrgName(surface) && !/^[\p{Lu}\d]+$/u.test(surface)) typed = 'place';
  // ("M23 rebels", "the M23 group": a model's shape before fighters is an armed group's name.)
  if (typed === 'other' && us.length === 1 && LETTERS_AND_NUMBER.test(surface) &&
    (/^(?:rebels?|militia|militias|militants?|fighters?|insurgents?|movement|group)$/.test(afterName?.text ?? '') && /^\s+$/.test(text.slice(last.end, afterName!.start)) ||
      // ("an alliance of gangs known as G9": so is one a group is known as.)
      /\b(?:alliance|group|coalition|gangs?|militia|movement|federation|bloc)\b[^.;]{0,30}\b(?:known as|called|named|dubbed)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, first.start - 60), first.start)))) typed = 'organization';
  // ("Bradley fighting vehicles", "Abrams tanks": a given name before the kind of weapon it names is the weapon.)
  if (typed === 'person' && us.length === 1 && !role && !lex.isPersonName(first.text) && namesProduct(us, all) &&
    WEAPON_KIND_SET.has(all[all.indexOf(first) + 1]?.text.toLowerCase() ?? '')) typed = 'other';
  // ("Jupiter’s moon Europa", "the planet Mars": a body in space, named after its kind, is a place, under its own name
  // (not the first word of a craft's named after it: "the Europa Clipper spacecraft").)
  if (!typed && us.length <= 2 && /^(?:moon|planet|asteroid|comet|exoplanet)$/.test(all[all.indexOf(first) - 1]?.text ?? '')) {
    typed = 'place';
    c.canonical = surface;
  }
  if (typed) {
    c.type = typed;
    c.known = true;
  } else if (LOWER_CAMEL.test(first.text)) {
    // "iPhone 6", "iPad": Apple's way of naming devices; "eBay" a company.
    c.type = first.text.startsWith('i') ? 'other' : 'organization';
  } else {
    c.type = (actsAsCompany(us, all) || describedAsBody(text, last) || glossedAsBody(text, us, lex) ? 'organization' : null) ?? (namesProduct(us, all) || vesselNamedBefore(us, all) || flaggedBefore(us, all) ? 'other' : null) ??
      kindNamedBefore(text, first, lex) ?? (describedAsPerson(text, last, lex) || AGE_AFTER.test(text.slice(last.end, last.end + 10)) ? 'person' : null) ??
      (describedAsPlace(text, last) ? 'place' : null) ?? (describedAsThing(text, last) || WORK_APPOSED.test(text.slice(last.end)) || makersOwnProduct(us, lex, s.block === 'title' || s.block === 'dek') ? 'other' : null) ??
      typeByShape(text, us, lower, lex, role) ?? typeByContext(text, us, all, lex, role);
    // ("machinists at Aerovane": a preposition alone makes a place, and gives way to any body's sign elsewhere.)
    const prev = all[all.indexOf(first) - 1];
    if (c.type === 'place' && prev && !prev.cap && PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) && !PLACE_KIND_AFTER.has(all[all.indexOf(last) + 1]?.text ?? '')) c.loose = true;
  }
  // ("said Gil Luria of D.A. Davidson", "Mike Smith of John Lewis": a person's name after another's "of" is the firm that one works at.)
  const ofAt = all.indexOf(first) - 1;
  const namePart = (u: Unit | undefined) => !!u?.cap && !lex.isCommonWord(u.text) && !lex.titles.includes(u.text.toLowerCase()) && !lex.isPlaceName(u.text) && !lex.isOrgName(u.text);
  if (c.type === 'person' && !role && all[ofAt]?.text === 'of' && namePart(all[ofAt - 1]) && namePart(all[ofAt - 2]) &&
    /^\s+$/.test(text.slice(all[ofAt - 2]!.end, all[ofAt - 1]!.start)) && /^\s+of\s+$/.test(text.slice(all[ofAt - 1]!.end, first.start)) && !all[ofAt - 3]?.cap) c.type = 'organization';
  // ("recorded at Capel Curig in Snowdonia": a name no list knows as someone's, at a place inside another the lists know, is a place.)
  if (c.type === 'person' && !role) {
    const within = /^\s+in\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/u.exec(text.slice(last.end, last.end + 40));
    const atWord = within ? all[all.indexOf(first) - 1] : undefined;
    if (atWord && /^(?:at|near)$/.test(atWord.text) && lex.isPlaceName(within![1]!) && !lex.isFirstName(first.text) && !lex.isPersonName(surface)) c.type = 'place';
  }
  // "PALO ALTO, Calif. (AP) —": a dateline's place in capitals opening a paragraph (read as initials
  // only for want of a better reading: "KATY, Texas (AP) —").
  if (us.length <= 3 && first.start === s.start && us.every((u) => /^\p{Lu}{2,}$/u.test(u.text)) &&
    // ("MUAN, South Korea —": its country of two words too.)
    /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*)?\s*(?:\([^)]{1,20}\)\s*)?[—–-]/u.test(text.slice(last.end, last.end + 40)) &&
    (!c.known || (us.length === 1 && ACRONYM.test(first.text) && !lex.isOrgName(first.text) && /^,/.test(text.slice(last.end))) ||
      // ("TRENTON, N.J. (AP) —", "MADISON, Wis. —": a town named like a person, its state or country after the comma.)
      (c.type === 'person' && us.length === 1 && !role && /^,\s*\p{Lu}/u.test(text.slice(last.end))))) c.type = 'place';
  // "met Biden at the White House": a seat of government one is at is the building.
  // ("attending the Munich Security Conference": a conference one goes to is the event, not its organisers.)
  if (c.type === 'organization' && /^(?:conference|forum|summit)$/i.test(last.text) &&
    /\b(?:attend(?:s|ed|ing)?|at|during|sidelines of|address(?:es|ed|ing)?|host(?:s|ed|ing)?)\s+the\s+$/i.test(text.slice(Math.max(0, first.start - 24), first.start))) c.type = 'other';
  // ("Speaking outside 10 Downing Street": so is the street its office stands in.)
  if (c.type === 'organization' && us.length === 2 && (last.text === 'House' &&
    /\b(?:at|inside|outside|near)\s+the\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start)) ||
    last.text === 'Street' && /\b(?:at|inside|outside|near)\s+(?:No\.?\s*)?\d{1,3}\s+$/i.test(text.slice(Math.max(0, first.start - 16), first.start)) ||
    // ("Speaking from Downing Street", "his final speech in Downing Street": where one speaks from, or is in.)
    last.text === 'Street' && /\b(?:from|outside|inside|in)\s+$/.test(text.slice(Math.max(0, first.start - 24), first.start)) ||
    // ("Stocks fell on Wall Street": the street itself, where the body is "Wall Street estimates".)
    surface === 'Wall Street' && /\b(?:on|in|at|near|along)\s+$/i.test(text.slice(Math.max(0, first.start - 8), first.start)))) c.type = 'place';
  // "McConnell to Obama: …": a message's addressee, not a destination.
  if (c.type === 'place' && !c.known && all[all.indexOf(first) - 1]?.text === 'to' && text[last.end] === ':' && lex.isLastName(last.text)) c.type = 'person';
  // "the 737 MAX": a model named by its number first, the word after it in capitals.
  const numberBefore = all[all.indexOf(first) - 1];
  if (us.length === 1 && (/^\p{Lu}{3,}$/u.test(first.text) || first.text === 'Max') && numberBefore && /^\d{3}$/.test(numberBefore.text) && text.slice(numberBefore.end, first.start) === ' ' &&
    !lex.isOrgName(first.text) && !lex.isPlaceName(first.text) && !NO_MODEL_AFTER_NUMBER.has(first.text)) {
    c.start = numberBefore.start;
    c.text = text.slice(c.start, c.end);
    c.words = [numberBefore.text, ...c.words];
    c.type = 'other';
  }
  // "Internet Explorer 6", "FIFA World Cup 2018", "Highway 411": a model's, an event's or a road's number is part of its name.
  const road = us.length === 1 && ROAD_WORD.test(first.text);
  // ("France 24 television": a broadcaster the lists know with its number, whatever its first word names.)
  const listedNumber = MODEL_NUMBER.exec(text.slice(last.end, last.end + 16));
  const listed = !!listedNumber && lex.isOrgName(`${c.text}${listedNumber[0]}`);
  if (listed) c.type = 'organization';
  // ("IAM District 751", "UAW Local 600": a union's branch by its number.)
  const branch = us.length >= 2 && /^(?:District|Local|Lodge|Branch)$/.test(last.text) && !!listedNumber;
  if (branch) c.type = 'organization';
  const numbered = (c.type === 'other' || road || listed || branch) && !role ? listedNumber : null;
  if (numbered) {
    c.end = last.end + numbered[0].length;
    c.text = text.slice(c.start, c.end);
    // ("the Rossiya 24 TV channel", "France 24 television": a broadcaster by the word after its number.)
    const kind = /^\s+([\p{L}]+)/u.exec(text.slice(c.end))?.[1];
    if (c.type === 'other' && kind && MEDIA_NOUNS_AFTER.has(kind.toLowerCase())) c.type = 'organization';
    // ("Channel 4’s Great Canal Journeys": a television channel by its number.)
    if (c.type === 'other' && us.length === 1 && first.text === 'Channel') c.type = 'organization';
    // (A name the lists know with its number is no misspelling of another: "Rossiya 24", "Rossiya 1".)
    if (listed || lex.isOtherName(c.text)) c.known = true;
  }
  // "Janata Dal (United)", "Communist Party of India (Marxist)": a party's word in brackets is
  // part of its name (no person's name has one; a place, a people or a party in brackets says
  // where from or which side: "Sam Smith (Labour)").
  const qualifier = /^ \((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/u.exec(text.slice(c.end, c.end + 30));
  // (An ordinary word: not the short name a body is given, "Philippine Institute of Volcanology and Seismology (Phivolcs)".)
  if (qualifier && !role && us.length >= 2 && (lex.isCommonWord(qualifier[1]!.toLowerCase()) || /(?:ist|ite)$/.test(qualifier[1]!)) && !lex.isPlaceName(qualifier[1]!) && !lex.isDemonym(qualifier[1]!) && !lex.isFirstName(qualifier[1]!) &&
    !lex.isLastName(qualifier[1]!) && !lex.isOrgName(qualifier[1]!) && !lex.isFirstName(first.text) && c.type !== 'place' && c.type !== 'other') {
    c.end += qualifier[0].length;
    c.text = text.slice(c.start, c.end);
    c.words = [...c.words, `(${qualifier[1]})`];
    c.type = 'organization';
    c.known = true;
  }
  // "Kremlin spokesman Dmitry Peskov": the role written in lowercase before the name.
  // ("Gaza health official Dr. Ashraf al-Kidra": past the courtesy title.)
  const at = all.indexOf(first) - (COURTESY_TITLE.test(all[all.indexOf(first) - 1]?.text ?? '') ? 1 : 0);
  const roleWord = all[at - 1];
  if (c.type === 'person' && !c.role && roleWord && !roleWord.cap && lex.roleNouns.has(roleWord.text.toLowerCase()) &&
    /^\s+$/.test(text.slice(roleWord.end, all[at]!.start))) {
    // The body whose role it is, all its words: "US State Department spokesman".
    let k = at - 1;
    // ("UN secretary general António Guterres": a role's own lowercase words are part of it.)
    const inRole = (u: Unit) => (u.cap && !lex.isNeverName(u.text)) || ROLE_MODIFIERS.has(u.text.toLowerCase());
    // ("Ministry of Foreign Affairs spokesperson Wang Wenbin": "of" between a body's capitalised words.)
    const joins = (j: number) => /^(?:of|for)$/.test(all[j]!.text) && !!all[j - 1]?.cap && !!all[j + 1]?.cap;
    while (k > 0 && k > at - 7 && (inRole(all[k - 1]!) || joins(k - 1)) && /^\s+$|^-$/.test(text.slice(all[k - 1]!.end, all[k]!.start))) k--;
    c.role = text.slice(all[k]!.start, roleWord.end);
  }
  // ("His wife of 77 years, Rosalynn, died": a relative in apposition before a given name no list knows.)
  if (c.type === null && us.length <= 2) {
    const kin = appositiveRole(text.slice(s.start, c.start), '', lex);
    if (kin && /^(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|partner|grandson|granddaughter)\b/.test(kin)) {
      c.type = 'person';
      c.known = true;
    }
  }
  if (c.type === 'person' && !c.role) c.role = appositiveRole(text.slice(s.start, c.start), text.slice(c.end, s.end), lex) ?? undefined;
  return c;
}

function placeAdjective(w: string, lex: Lexicon): boolean {
  if (lex.isPlaceName(w) || lex.isFirstName(w) || lex.isLastName(w)) return false;
  return ['ian', 'an', 'n', 'i', 'er'].some((suffix) => w.length > suffix.length + 3 && w.endsWith(suffix) &&
    [w.slice(0, -suffix.length), `${w.slice(0, -suffix.length)}a`].some((place) => lex.isPlaceName(place)));
}

/** Words before a month's name that make it a date: "in May", "since June", "last April". */
const DATING_WORDS = /^(?:in|on|since|until|by|from|during|of|last|next|this|early|late|mid|through|before|after)$/;

/** "in May", "May 5", "last May", "May-June": a month's name that dates something. */
function datedMonth(u: Unit, all: readonly Unit[]): boolean {
  const i = all.indexOf(u);
  const before = all[i - 1]?.text.toLowerCase() ?? '';
  const after = all[i + 1];
  if (DATING_WORDS.test(before) || /^(?:till|to|between|and|or|every|each)$/.test(before)) return true;
  return !!after && (/^\d/.test(after.text) || after.hyphenated || CALENDAR_WORDS.has(after.text.toLowerCase()));
}

/** "Jan Egeland", "June Carter": a month's name before a surname, where no date is being written, is a given name. */
function givenNameLikeMonth(us: readonly Unit[], all: readonly Unit[]): boolean {
  const [month, next] = us;
  // ("Mayor Jan van Zanen": the surname may open with its lowercase particle.)
  const surnameStarts = !!next && (next.cap || (LOWERCASE_NAME_WORDS.has(next.text) && !!us[2]?.cap));
  if (!month || !next || !/^(?:Jan|January|April|May|June|July|August)$/.test(month.text) || !surnameStarts) return false;
  if (CALENDAR_WORDS.has(next.text.toLowerCase()) || /^\d/.test(next.text)) return false;
  const before = all[all.indexOf(month) - 1]?.text.toLowerCase() ?? '';
  return !DATING_WORDS.test(before);
}

/** "Theresa May", "Brian May": a month after a given name, with no day after it, is a surname. */
function surnameLikeMonth(us: readonly Unit[], all: readonly Unit[], lex: Lexicon): boolean {
  const last = us[us.length - 1]!;
  const given = us[us.length - 2];
  if (!/^(?:May|June|April|August)$/.test(last.text)) return false;
  // "Mrs May", "Prime Minister May": a month after a title is a surname.
  const before = all[all.indexOf(last) - 1];
  if (us.length === 1 && before?.cap && lex.titles.includes(before.text.toLowerCase())) return true;
  if (!given) return false;
  if (!lex.isFirstName(given.text) || lex.isCommonWord(given.text)) return false;
  return !/^\d/.test(all[all.indexOf(last) + 1]?.text ?? '');
}

/** A number after a name, that is no quantity, score or date: " 6" in "Internet Explorer 6". */
const MODEL_NUMBER = /^ \d{1,4}(?![\d.,:–—-]*\d)(?!\s*(?:%|per\b|years?\b|months?\b|days?\b|people\b|million\b|billion\b))(?=[\s,.;:)!?]|['’]s?\b|$)/;

/**
 * What an unknown name's shape says. "Internet Explorer 6", "Apollo 11": a model or
 * a mission, named with a number. "Environment Canada", "Hitwise UK": a body named
 * after its country, not a person (people's names end with a surname, not a country).
 */
function typeByShape(text: string, us: readonly Unit[], lower: readonly string[], lex: Lexicon, role?: string): EntityType | null {
  if (role) return null;
  const last = us[us.length - 1]!;
  // ("Yes 433, No 38, Abstained 5, Total 476": a tally's labels, not things with model numbers.)
  const tally = /\d,\s*$/.test(text.slice(Math.max(0, us[0]!.start - 8), us[0]!.start)) || /^ \d+,\s*\p{Lu}\p{L}*\s+\d/u.test(text.slice(last.end, last.end + 40));
  if (!tally && /^ \d{1,4}(?![\d.,:–—-]*\d)(?!\s*(?:%|per\b|years?\b|months?\b|days?\b))/.test(text.slice(last.end, last.end + 16))) {
    // ("Highway 411", "Route 66", "Interstate 95": a road.)
    return us.length === 1 && ROAD_WORD.test(us[0]!.text) ? 'place' : 'other';
  }
  // "Western Australia", "Northern Ireland": a part of the place, by its compass point.
  // ("Inner Mongolia", "Outer Hebrides": or by how far in it lies.)
  if (us.length === 2 && (PLACE_PREFIXES.has(lower[0]!) || COMPASS_ADJECTIVES.has(lower[0]!) || /^(?:inner|outer)$/.test(lower[0]!)) && lex.isPlaceName(lower[1]!)) return 'place';
  // ("the Swiss Alps", "the Canadian Rockies": a range's part, by the people whose land it is.)
  if (us.length === 2 && lex.isDemonym(us[0]!.text) && /s$/.test(lower[1]!) && lex.isPlaceName(lower[1]!)) return 'place';
  if (us.length >= 2 && !lex.isFirstName(lower[0]!) && lex.isPlaceName(lower[lower.length - 1]!) &&
    !lex.isPlaceName(lower.slice(0, -1).join(' '))) return 'organization';
  return null;
}

/** The type the words themselves give, from word lists. */
export function typeByWords(surface: string, lower: readonly string[], lex: Lexicon): EntityType | null {
  const n = lower.length;
  // ("S.A." is "sa".)
  const last = lower[n - 1]!.replace(/\./g, '');
  // ("consecutive Super Bowls", "two World Cups": the plural of a thing the lists know.)
  if (lex.isOtherName(surface) || (n > 1 && /[^s]s$/.test(surface) && lex.isOtherName(surface.slice(0, -1)))) return 'other';
  // ("the iPhone Air", "iPad Pro": Apple's way of naming devices, whatever word follows.)
  if (n > 1 && /^i\p{Lu}\p{Ll}/u.test(surface) && !lex.isOrgName(surface)) return 'other';
  // "New Year’s Eve", "Valentine’s Day": a holiday.
  if (n > 1 && /['’]s (?:Day|Eve)$/.test(surface)) return 'other';
  // ("Roe v. Wade", "Brown v Board of Education": a court case, by its parties.)
  if (n > 2 && lower.slice(1, -1).some((w) => /^vs?\.?$/.test(w))) return 'other';
  // ("the Olympiastadion", "the Hippodrome": a stadium's name in one word says what it is.)
  if (n === 1 && /^\p{Lu}\p{Ll}{3,}(?:stadion|stadium|arena|drome|dromo)$/u.test(surface)) return 'place';
  // ("the San Francisco 49ers", "the 76ers": a team named by a number of men.)
  if (/(?:^|\s)\d{2}ers$/.test(surface)) return 'organization';
  // ("Nobel Prize in Physics": a prize, whatever its field's word reads as.)
  if (/ Prize in /.test(surface)) return 'other';
  if (n > 1 && (OTHER_PREFIXES.has(lower[0]!) || OTHER_PREFIXES.has(`${lower[0]} ${lower[1]}`))) return 'other';
  if (n === 2 && CLUB_PREFIX_SET.has(lower[0]!) && !lex.isCommonWord(lower[1]!)) return 'organization';
  // "Beethoven’s Fifth Symphony": a numbered work, not the orchestra a symphony also is.
  if (n === 2 && /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(lower[0]!) && /^(?:symphony|concerto|sonata|quartet)$/.test(lower[1]!)) return 'other';
  // "IE6", "MH17", "A320", "F-16", "Su-34": letters and a number, a model's or a flight's name.
  // (The lists' bodies stay bodies: "G-7" is the G7.)
  // ("GPT-4o", "Lumen-2", and a maker's name before a model's: "Bombardier CRJ700", "Airbus A320neo".)
  const words = surface.split(' ');
  // (A virus's strain too: "H5N1".)
  // ("Chandrayaan-3", "Tianwen-1": a mission's long name and its number.)
  // ("Joint Sword-2024B": a letter after the number too.)
  if (words.length <= 3 && /^(?:\p{Lu}\p{L}{0,4}-\d{1,4}(?:\p{Ll}{0,3}|\p{Lu})|\p{Lu}\p{Ll}{5,}-\d{1,2}|\p{Lu}{1,4}-?\d{2,4}\p{Ll}{0,3}|\p{Lu}\p{L}{0,3}-?\d{1,4}|\p{Lu}\d{1,2}\p{Lu}\d{1,2})$/u.test(words.at(-1)!) &&
    !lex.isOrgName(surface)) return 'other';
  // ("Flight 7C2216", "Flight 9W339": an airline's code may open with a figure.)
  if (words.length === 2 && words[0] === 'Flight' && /^\d\p{Lu}\d{1,4}$/u.test(words[1]!)) return 'other';
  if (lex.isOrgName(surface)) return 'organization';
  // ("the US House of Representatives", "the Texas Senate": a place's body the lists know, whatever the body's words look like.)
  for (let k = 1; k < n && k <= 2; k++) if (lex.isPlaceName(lower.slice(0, k).join(' ')) && lex.isOrgName(lower.slice(k).join(' '))) return 'organization';
  // ("the British Red Cross": a country's society.)
  if (n > 2 && /^red (?:cross|crescent)$/.test(lower.slice(-2).join(' '))) return 'organization';
  // ("Surfers Against Sewage", "Mothers Against Drunk Driving": a campaign's name says what it is against.)
  if (n >= 3 && lower.slice(1, -1).some((w) => w === 'against' || w === 'without') && !lex.otherWords.has(lower[0]!) && !lex.otherWords.has(last)) return 'organization';
  // "Elton & Gray", "Procter & Gamble": an ampersand joins a firm's names, not a person's.
  if (n > 1 && / & /.test(surface)) return 'organization';
  // "The House could vote": the chamber, named alone with a capital.
  if (n === 1 && surface === 'House') return 'organization';
  // "Banco de México", "Partido Popular", "Grupo Televisa": a body's head word first, as Romance languages write it.
  if (n > 1 && ORG_HEAD_FIRST_SET.has(lower[0]!) && !lex.isPlaceName(surface)) return 'organization';
  if (lex.isPlaceName(surface)) return 'place';
  if (lex.isPersonName(surface)) return 'person';
  if (n > 1) {
    // ("St. Francis of Assisi": a saint named by a town is a person, not a place named after a saint.)
    if (n === 4 && /^(?:st\.?|saint)$/.test(lower[0]!) && lower[2] === 'of' && lex.isFirstName(lower[1]!) && !lex.buildingWords.has(last) && !lex.orgWords.has(last)) return 'person';
    // "Lee Sun-kyun", "Moon Jae-in": a surname written first, then a hyphenated given name.
    if (n === 3 && SURNAME_FIRST.has(lower[0]!) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(surface)) return 'person';
    // ("talks with Qin Gang", "Li Bo": a Chinese surname, then a given name of one syllable that English spells as a word.)
    if (n === 2 && SURNAME_FIRST.has(lower[0]!) && !VIETNAMESE_SURNAME_SET.has(lower[0]!) && PINYIN_SYLLABLE.test(lower[1]!) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(surface) &&
      !lex.isOrgName(surface) && !lex.placeWords.has(lower[1]!) && !lex.orgWords.has(lower[1]!)) return 'person';
    // "Da’Vine Joy Randolph", "D’Angelo Russell": a word with a capital after its apostrophe, in a name of two or three words.
    if (n <= 3 && words.some((w) => /^\p{Lu}\p{Ll}{0,3}['’]\p{Lu}\p{Ll}+$/u.test(w)) &&
      !lower.some((w) => lex.orgWords.has(w) || lex.placeWords.has(w) || lex.buildingWords.has(w))) return 'person';
    // "Le Duc Tho", "Pham Minh Chinh": a surname written first, then two short syllables, as Vietnamese names are.
    if (n === 3 && VIETNAMESE_SURNAME_SET.has(lower[0]!) && /^(?:\p{Lu}\p{Ll}{0,5} ){2}\p{Lu}\p{Ll}{1,5}$/u.test(surface) &&
      !lower.some((w) => lex.isPlaceName(w) || lex.orgWords.has(w) || lex.placeWords.has(w))) return 'person';
    // "Jamison Gibson-Park", "Alex Oxlade-Chamberlain": a given name, then a double-barrelled surname, whatever
    // word ends it ("Park", "Hall").
    if (n === 3 && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(surface) && lex.isFirstName(lower[0]!) && !lex.isPlaceName(lower[0]!) && !lex.isCommonWord(lower[0]!)) return 'person';
    // "Co Louth", "Co. Cork": a county, as Irish news writes it (a company's "Co" comes last; "Co-op" is a word).
    if (n === 2 && /^co\.?$/.test(lower[0]!) && /^Co\.? /.test(surface)) return 'place';
    // "Margaret Court", "Charlotte Church", "Daniel Marsh": a given name that says man or woman, then a surname
    // spelt like a body's, a building's or a place's word.
    if (n === 2 && /^(?:court|church|house|hall|bank|banks|marsh|hill|wood|field|mews)$/.test(last) && lex.genderOf(lower[0]!) !== null && !lex.isCommonWord(lower[0]!) &&
      !lex.isPlaceName(lower[0]!)) return 'person';
    // "Leeds United", "Port United", "Coffs United Lions": a club's "United" after its town.
    if (lower.indexOf('united') > 0) return 'organization';
    // ("the Los Angeles Angels": a city the lists know, then a plural no place is called, is the city's team, whatever word opens it.)
    // (A city of two words: "Florida Keys", "Golan Heights" are places.)
    if (n >= 3 && lex.isPlaceName(lower.slice(0, -1).join(' ')) && /[^s]s$/.test(last) && !lex.placeWords.has(last) && !lex.isPlaceName(surface) &&
      !lex.isDemonym(words.at(-1)!)) return 'organization';
    // ("São Paulo Grand Prix": an event named after the place.)
    // ("the New START treaty": a prefix before initials names an agreement, not a place.)
    if (PLACE_PREFIXES.has(lower[0]!) && !lower.some((w) => lex.orgWords.has(w)) && !lex.otherWords.has(last) && !/^\p{Lu}{3,}$/u.test(surface.split(' ')[1] ?? '')) return 'place';
    // "National Hurricane Center", "Tsunami Warning Center": a centre that works is a body, one you visit a place.
    // (Not a museum's: "National Air and Space Museum Steven F. Udvar-Hazy Center".)
    // ("US National Hurricane Center": past the country that runs it.)
    const opening = n > 2 && lex.isPlaceName(lower[0]!) ? lower[1]! : lower[0]!;
    if (/^cent(?:er|re)s?$/.test(last) && (/^(?:national|federal|international|european|regional)$/.test(opening) || CENTRE_WORK.has(lower[n - 2]!)) &&
      !lower.slice(0, -1).some((w) => lex.buildingWords.has(w))) return 'organization';
    if (lex.buildingWords.has(last)) return 'place';
    // "Joint Base Andrews", "Naval Air Station Pensacola": a base named after someone is the base.
    if (n >= 3 && lower.slice(1, -1).some((w) => w === 'base' || w === 'station') && !lex.isFirstName(lower[0]!)) return 'place';
    // "Museum of Flight", "Bank of England": the word before "of" says what it is.
    const of = lower.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
    // (A plural head is still the head: "Centers for …".)
    const head = of > 0 ? [lower[of - 1]!, lower[of - 1]!.replace(/(?<=[^s])s$/, '')].find((h) => lex.buildingWords.has(h) || lex.orgWords.has(h)) ?? lower[of - 1] : undefined;
    // "Centre for Policy Studies", "Council on Foreign Relations": a body that works for something.
    if (head && lower[of] !== 'of' && (lex.buildingWords.has(head) || lex.orgWords.has(head))) return 'organization';
    // ("Smart Lander for Investigating Moon": a craft for something is a thing.)
    if (head && lower[of] === 'for' && lex.otherWords.has(head) && !lex.orgWords.has(head)) return 'other';
    if (head && lex.buildingWords.has(head)) return 'place';
    if (head && lex.orgWords.has(head) && !lex.placeWords.has(head)) return 'organization';
    // "Sea of Japan", "Gulf of Mexico", "Republic of Korea": a place's word before "of".
    if (head && lex.placeWords.has(head) && !lex.orgWords.has(head)) return 'place';
    if (lex.orgWords.has(last)) return 'organization';
    if (lex.otherWords.has(last)) return 'other';
    if (lex.placeWords.has(last)) return 'place';
    if (lower.some((w) => lex.orgWords.has(w) && !lex.placeWords.has(w))) return 'organization';
    // "MIT Pappalardo", "BBC Radio": a body's initials open a body's name, not a person's.
    // (Not a name all in capitals: "PALO ALTO, Calif.")
    const written = surface.split(/\s+/);
    if (BODY_INITIALS.test(written[0]!) && !written.every((w) => /^[\p{Lu}\p{P}]+$/u.test(w)) && !lex.isFirstName(lower[1]!)) return 'organization';
    if (lex.isFirstName(lower[0]!) && !lower.some((w) => lex.isCommonWord(w) && !lex.isFirstName(w) && !lex.isLastName(w))) return 'person';
    // "Stephen King", "Theresa May": a given name that is no ordinary word, then a surname that is one.
    if (lex.isFirstName(lower[0]!) && !lex.isCommonWord(lower[0]!) && n <= 4) return 'person';
    if (lex.isLastName(last) && !lex.isPlaceName(lower[0]!)) return 'person';
  }
  // (Not a word in capitals for emphasis: "UNLESS".)
  if (n === 1 && ACRONYM.test(surface) && !lex.isNeverName(last) && !(last.length >= 4 && lex.isCommonWord(last))) return 'organization';
  if (n === 1 && lex.isFirstName(last) && !lex.isCommonWord(last)) return 'person';
  return null;
}

/**
 * "Barisan Nasional (BN)", "Pakatan Harapan (Alliance of Hope)": a name glossed in brackets by
 * its initials or by a body's name in English is a body's (people are not given either).
 */
function glossedAsBody(text: string, us: readonly Unit[], lex: Lexicon): boolean {
  if (us.length < 2) return false;
  const gloss = /^\s*\(([^()]{2,60})\)/.exec(text.slice(us[us.length - 1]!.end))?.[1];
  if (!gloss) return false;
  // (Its "of" or "for" counted or not: "Voice of America (VOA)", "Umbrella for Democratic Change (UDC)".)
  if (/^\p{Lu}{2,6}$/u.test(gloss)) return initialsOf(us) === gloss || initialsOf(us.filter((u) => u.cap)) === gloss;
  const words = gloss.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the|and)$/.test(w)) && typeByWords(gloss, words.map((w) => w.toLowerCase()), lex) === 'organization';
}

/**
 * A role said in apposition: "the Foreign Ministry spokesperson, Maria Zakharova," and
 * "Daniel Carp, the CEO,", "Arun Jaitley, a senior BJP official". The phrase ends with a role
 * noun or holds one before "of", "for" or "at" ("spokesperson for President Putin").
 */
export function appositiveRole(before: string, after: string, lex: Lexicon): string | null {
  const role = (phrase: string | undefined) => {
    const all = (phrase ?? '').trim().replace(/^(?:the|a|an|another|its|his|her|their)\s+/i, '').split(/\s+/).filter(Boolean);
    // ("its co-founder who had been serving as interim chief executive": the noun before the relative clause.)
    // (…and without the verb that ends it: "President and Chief Executive Officer of Sigma-Aldrich said,“…”".)
    const relative = all.findIndex((w, k) => /^(?:who|which|that|whose)$/i.test(w) || (k > 0 && k === all.length - 1 && INVERTED_SPEECH.has(w)));
    const words = relative > 0 ? all.slice(0, relative) : all;
    // ("…, as well as the acting governor of Sevastopol, Mikhail Razvozhaev": a list, not an apposition.)
    if (words.length === 0 || words.length > 9 || /^(?:and|or|as|including|also|but|plus)$/i.test(words[0]!)) return null;
    // ("Islamic Jihad spokesman in Gaza": a role's place too.)
    const of = words.findIndex((w) => /^(?:of|for|at|in)$/.test(w));
    const at = of > 0 ? of - 1 : words.length - 1;
    const head = words[at]!.toLowerCase();
    if (!lex.roleNouns.has(head) && !lex.roleNouns.has(head.replace(/s$/, ''))) return null;
    // ("The list included the head of the council, Tomas Berg": the noun phrase, from its article;
    // "Guardiola also praised Arsenal manager, Mikel Arteta": from after the verb or adverb.)
    const lower = words.slice(0, at).map((w) => w.toLowerCase());
    // (Written in lowercase: "Washington State University" holds no verb.)
    const verb = words.slice(0, at).findLastIndex((w) => /^\p{Ll}/u.test(w) &&
      (/ed$/.test(w) || lex.speechVerbs.has(w) || /^(?:also|then|later|again|recently|has|have|had|is|was|were)$/.test(w)));
    const from = Math.max(lower.lastIndexOf('the') + 1, lower.lastIndexOf('a') + 1, verb + 1);
    return words.slice(from).join(' ');
  };
  // ("…, said Tomas Berg" and "In Moscow, Berg spoke": no phrase of a role.)
  // (After a dateline's dash too: "JOHANNESBURG, Dec 2 (Reuters) - The chairman of …, Gwede Mantashe,".)
  const pre = /(?:^|[,;:(—–]\s*|\s-\s+)([^,;:()—–“”"]+),\s*$/.exec(before);
  const fromPre = pre && !/\b(?:said|says|told|in|on|at|after|before|during|when)\s*$/i.test(pre[1]!.split(/\s+/).slice(0, 1).join(' ')) ? role(pre[1]) : null;
  if (fromPre) return fromPre;
  // (A dot ends the phrase unless an abbreviation's: "…, former governor of U.S. state of Virginia,".)
  const post = /^,\s*([^,;:()—–“”"]+?)\s*(?:[,;)]|\.(?!\p{L}|\s*\p{Ll})|$)/u.exec(after);
  return post && !/^(?:who|which|whose|said|says|told|\d)/i.test(post[1]!) ? role(post[1]) : null;
}

/** Three capitals or more: a body's initials ("MIT", "BBC"); a person's are fewer ("JR Smith"). */
const BODY_INITIALS = /^\p{Lu}{3,}$/u;

/** Words of a sentence about a game. */
const SPORT_CUES = /\b(?:game|games|football|basketball|baseball|hockey|soccer|season|coach|won|beat|beats|defeated|score|scored|bowl|playoffs?|league|match|quarterback|touchdowns?|innings?)\b/i;
/** Plurals that name land, not a side: "the Florida Keys", "the Golan Heights". */
const LAND_PLURALS = /^(?:Keys|Heights|Hills|Islands|Isles|Lakes|Plains|Falls|Springs|Mountains|Highlands|Lowlands|Flats|Banks|Sands|Woods|Cays|Narrows|Rapids|Shoals|Glades|Everglades|Dunes|Valleys|Ridges|Forks|Pines|Gardens|Docks|Marshes|Meadows|Downs|Fields|Wells|Waters|Peaks|Territories|Provinces|States|Counties|Districts|Regions|Coasts|Shores|Cliffs|Caves|Lands|Steppes|Sounds|Bays|Straits|Creeks|Rivers)$/;
/** Countries' combining forms: "Sino-", "Anglo-", "Franco-". */
const COMBINING_FORMS = /^(?:Sino|Anglo|Franco|Russo|Italo|Hispano|Luso|Austro|Greco|Germano|Turco|Irano|Indo|Afro|Euro|Judeo|Nippo|Polono|Serbo|Czecho|Hiberno|Scoto|Dano|Swedo)$/;
/** One syllable of Mandarin in pinyin, without its tone: "gang", "bo", "long", "zhuang". */
const PINYIN_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh)?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang)$/;
/** First words of place names: "Port Elian", "Mount Kenya", "San Diego". */
// ("County Galway", "Loch Ness": a kind of place before a place the lists know.)
const PLACE_PREFIXES = new Set(['county', 'loch', 'glen', 'river', 'midtown', 'downtown', 'uptown', 'port', 'fort', 'mount', 'mt', 'mt.', 'ft.', 'lake', 'cape', 'saint', 'st', 'st.', 'san', 'santa', 'são', 'sao', 'los', 'las', 'el', 'new', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'isle',
  // (Spanish words that open a place's name: "Laguna Madre", "Puerto Barrios", "Punta Cana".)
  'laguna', 'lago', 'isla', 'punta', 'playa', 'bahia', 'bahía', 'puerto']);

/** Before a place's name, a part of it: "Western Australia" (the prefixes above do the same: "North Korea"). */
const REGION_ADJECTIVES = new Set(['baltic', 'arctic', 'antarctic', 'pacific', 'atlantic', 'mediterranean', 'caribbean', 'nordic', 'balkan', 'alpine', 'himalayan', 'andean']);
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** "the state of Guerrero", "the mountains of Guerrero", "the seat of Dickson": land named after "of". */
const LAND_NOUNS = new Set(['state', 'mountains', 'hills', 'coast', 'shores', 'streets', 'heart', 'north', 'south', 'east', 'west',
  // (and a constituency: "the seat of Dickson")
  'seat', 'constituency', 'electorate', 'riding', 'ward', 'borough', 'parish']);
// ("Erdogan visited Kahramanmaras, near the epicentre": a name no list knows, visited or toured, is a place.)
const PLACE_VERBS = new Set(['shelled', 'shelling', 'bombed', 'bombing', 'bombarded', 'liberated', 'liberating', 'stormed', 'besieged', 'evacuated', 'annexed', 'occupied', 'recaptured',
  'visited', 'visiting', 'toured', 'touring']);
const PAIRED_SETTLEMENTS = /\b(\p{Ll}+)\s+of\s+\p{Lu}[\p{L}’'-]*\s+in\s+(?:the\s+)?\p{Lu}[^,.;:]*?\s+and\s+$/u;
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'settlement', 'region', 'province', 'district', 'outskirts', 'suburb', 'suburbs', 'port', 'island', 'capital',
  'county', 'prefecture', 'township', 'municipality', 'governorate', 'neighbourhood', 'neighborhood', 'slum', 'camp', 'hometown', 'birthplace', 'enclave', 'hamlet', 'borough', 'resort',
  'canton', 'commune', 'parish']);
/** "towns …, including Paiporta and Chiva": the plurals of the settlement nouns, and of the lands above them, before "including". */
const SETTLEMENTS_INCLUDING = new RegExp(String.raw`\b(?:${[...SETTLEMENT_NOUNS, 'community', 'country', 'state', 'area']
  .map((n) => (/s$/.test(n) ? n : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`))
  // (At a sentence's start too: "Towns such as Paiporta".)
  .map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|')})\b[^.;:“”"]{0,80}?,?\s+(?:including|such as|like|among them)\s+` +
  String.raw`(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:,\s+(?:and\s+)?|\s+and\s+))*$`, 'u');
/** Lowercase words inside a name, where the words before are the name's start: "Huis ten Bosch", "Bergen op Zoom". */
const LOWERCASE_NAME_WORDS = new Set([...SURNAME_PARTICLES, 'ten', 'ter', 'der', 'den', 'op', 'aan', 'upon']);
/** Lowercase nouns after a place's name that say what kind of place it is: "Ludian county", "the Pazarcik district". */
const PLACE_KIND_AFTER = new Set(['district', 'province', 'county', 'region', 'prefecture', 'township', 'municipality', 'governorate', 'village', 'town', 'area', 'state',
  'crossing', 'checkpoint', 'valley', 'neighbourhood', 'neighborhood', 'facility', 'complex', 'compound', 'campus',
  // (a site one travels through or that works there: "Haneda airport", "the Ras Tanura refinery")
  'airport', 'airfield', 'airbase', 'refinery', 'seaport', 'resort', 'port', 'harbour', 'harbor',
  // (and a building or a site known by its place's name: "Belmarsh prison", "the Shioli crater")
  'prison', 'jail', 'palace', 'crater', 'station', 'hospital', 'stadium', 'arena', 'gallery', 'museum',
  // (and the land's own shape: "the High Atlas mountains", "the Dnieper river")
  'mountains', 'mountain', 'river', 'desert', 'islands', 'island', 'lake', 'peninsula', 'plateau', 'basin', 'coast', 'delta', 'forest', 'gorge', 'strait', 'canyon']);

/**
 * After a speech verb: a time said with it, then "it" as the subject of what was said (not the
 * "it" anyone may say: "said it would be hard", "said it was time").
 */
const SPEAKS_AS_IT = /^(?:\s+(?:on|in|last|this|early|late)\s+\p{Lu}?\p{Ll}+)?(?:\s+that)?\s+it\s+(?!(?:is|was|were|seems|seemed|looks|looked|feels|felt|makes|made|means|meant|remains|(?:would|will|could|can|may|might|should|must)(?: not)? be|(?:had|has|have)(?: not)? been)\b|\p{Ll}+ly\b)\p{Ll}/u;

/** The first capital of each word and of each part after a hyphen: "Pakistan Tehreek-e-Insaf" gives "PTI". */
const capitalsOfWordsAndParts = (name: string) => (name.match(/(?:^|[\s-])\p{Lu}/gu) ?? []).map((x) => x.slice(-1)).join('');
/** The endings of plurals that name people by what they do or are: "bystanders", "protesters", "witnesses", "businesses". */
const PEOPLE_PLURAL = /\p{Ll}(?:ers|ors|ees|ists|ants|ents|ians|nesses)$/u;
/** Whether the word after `end` is a plain verb of saying ("Maersk said"). */
const saysNext = (text: string, end: number) => /^\s+(?:said|says|told|tells|added|adds|announced|announces|stated|wrote|writes|warned|warns)\b/.test(text.slice(end));

/** People named by the work they do for an employer: "analysts at …", "a researcher with …". */
const EMPLOYEE_NOUNS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'scientist', 'scientists',
  'engineer', 'engineers', 'executive', 'executives', 'employee', 'employees', 'staffer', 'staffers', 'banker', 'bankers', 'trader', 'traders', 'consultant', 'consultants']);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'throughout', 'towards', 'toward', 'around', 'off']);

/** The type the sentence around an unknown name suggests; null when it says nothing. */
function typeByContext(text: string, us: Unit[], all: readonly Unit[], lex: Lexicon, role?: string): EntityType | null {
  if (role) return 'person';
  const i = all.indexOf(us[0]!);
  const j = all.indexOf(us[us.length - 1]!);
  const prev = all[i - 1]?.text.toLowerCase();
  const prev2 = all[i - 2]?.text.toLowerCase();
  const next = all[j + 1]?.text.toLowerCase();
  const next2 = all[j + 2]?.text.toLowerCase();
  // "The Samagi Jana Balawegaya, led by the opposition leader …": a name after "the" that someone leads is a body's
  // (a person is not "the" anyone).
  if (prev === 'the' && /^,\s+(?:which\s+is\s+|now\s+)?(?:led|headed|founded|chaired)\s+by\b/.test(text.slice(us[us.length - 1]!.end, us[us.length - 1]!.end + 30))) return 'organization';
  // "the West African regional body Ecowas said", "the militant group Hamas": what kind of body, then its name.
  // (Right before it, not across a comma: "the ruling party, Gwede Mantashe,".)
  // ("payments start-up Quillpay": the noun written with a hyphen.)
  const bodyNoun = all[i - 1]?.hyphenated && all[i - 2] ? `${prev2}-${prev}` : prev;
  // (Not a product's: "The giant Super Heavy rocket", "giant" said of its size.)
  if (prev && !all[i - 1]!.cap && bodyNoun && BODY_NOUNS.has(bodyNoun) && us.length <= 3 && us[0]!.start - all[i - 1]!.end === 1 && !namesProduct(us, all)) return 'organization';
  // "the national weather service, Meteovald, warned": a body's noun, then its name set off by commas.
  // (Not a role's body: "The chairman of the ruling party, Gwede Mantashe,".)
  // ("Spain’s state weather agency, Aemet, said": or a country's.)
  // ("An independent monitoring group, the Archive of Public Gatherings, estimated": its own "the" after the comma.)
  // ("His party, La Libertad Avanza, holds": or someone's.)
  const apposed = /(?<!\b(?:of|for|at|in)\s)(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)|\b\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+),\s*(?:the\s+)?$/u.exec(text.slice(Math.max(0, us[0]!.start - 64), us[0]!.start));
  // ("according to the state weather agency, Aemet.": the name may end the sentence.)
  if (apposed && BODY_NOUNS.has(apposed[1]!) && us.length <= 4 && /^\s*(?:,|\.(?:\s|$))/.test(text.slice(us[us.length - 1]!.end)) && !lex.isFirstName(us[0]!.text)) return 'organization';
  // "the Wimbledon final", "a third Wimbledon title": a tournament, named by where it is played.
  // (Not a side's: "Kelvic title win".)
  if (us.length === 1 && next && !all[j + 1]!.cap && /^(?:final|finals|title|semi-final|semifinal|quarter-final|quarterfinal|trophy|crown|champion)$/.test(next) &&
    !/^(?:win|wins|winners?|race|bid|hopes|charge|challenge|challengers?|defen[cs]e|contenders?|rivals?|side)$/.test(next2 ?? '') &&
    !lex.isPlaceName(spell(us)) && !lex.isOrgName(spell(us)) && !lex.isFirstName(us[0]!.text)) return 'other';
  // "a voice-recognition program called Siri": what the product is called.
  if (prev && /^(?:called|named|dubbed)$/.test(prev) && prev2 && PRODUCT_NOUNS.has(prev2)) return 'other';
  // "Borrell wrote on X", "in a post on X": the social network once called Twitter.
  // ("viewed 100 million times on X, according to the platform’s owner": so is X where its sentence speaks of a platform.)
  if (us.length === 1 && /^X\.?$/.test(us[0]!.text) && prev === 'on' && (prev2 && /^(?:wrote|writes|writing|posted|posts|posting|said|says|saying|tweeted|post|statement|message|video|account|comments?|remarks)$/.test(prev2) ||
    /\b(?:platform|social media|social network|viewed|views|followers)\b/.test(text.slice(Math.max(0, us[0]!.start - 120), us[0]!.end + 60)) ||
    postedOnX(text, us[0]!))) return 'organization';
  // "drills, code-named Joint Sword-2024A": an operation's or an exercise's code name.
  if (prev && (prev === 'codenamed' || prev === 'named' && prev2 === 'code')) return 'other';
  // ("began in Southport, Merseyside, after": the county or region set off after a town one is in, the clause going on.)
  // (The town a place the lists know, or a name no list gives anyone.)
  const townBefore = /(?<!\baccording\s)\b(?:in|at|from|near|to)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+$/u.exec(text.slice(Math.max(0, us[0]!.start - 40), us[0]!.start));
  const town = townBefore?.[1]!.toLowerCase() ?? '';
  // (One word, not a state's short form, "Louisville, Ky.," or "Randolph, Mass."; nor the subject of what follows:
  // "a refugee in Switzerland, Homira Atimadi, is".)
  const after = text.slice(us[us.length - 1]!.end);
  const goesOn = /^\s*(?:,(?!\s*(?:is|was|are|were|said|says|has|had|who|told|added)\b)|;)/.test(after) || (us[0]!.text.length >= 6 && /^\.(?:\s|$)/.test(after));
  const townKnownOrNoOnes = lex.isPlaceName(town) || !lex.isFirstName(town.split(' ')[0]!) && !lex.isLastName(town) && !lex.isOrgName(town) && !lex.isCommonWord(town);
  if (townBefore && us.length === 1 && us[0]!.text.length >= 4 && townKnownOrNoOnes && goesOn && !lex.isFirstName(us[0]!.text) && !lex.isCommonWord(us[0]!.text)) return 'place';
  // ("at its Renton, Washington, plant", "the Kestrelton, Ohio, factory": a town set off by its state or country, the sentence going on after both.)
  const within = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+\p{Ll}/u.exec(text.slice(us[us.length - 1]!.end, us[us.length - 1]!.end + 40));
  if (within && us.length <= 3 && lex.isPlaceName(within[1]!.toLowerCase()) && !lex.isFirstName(us[0]!.text) && !lex.isCommonWord(us[0]!.text)) return 'place';
  // ("Waffle House, the Southern restaurant chain, added": a name an apposition after it says is a kind of body.)
  if (us.length <= 3 && APPOSED_BODY_KIND.test(after) && !lex.isFirstName(us[0]!.text) && !lex.isPlaceName(spell(us))) return 'organization';
  // ("told supporters in the Zócalo, the capital's main square,": a name an apposition after it says is a kind of place.)
  if (us.length <= 3 && APPOSED_PLACE_KIND.test(after) && !lex.isFirstName(us[0]!.text) && !lex.isOrgName(spell(us))) return 'place';
  // ("Luton Town, Burnley and Sheffield United were relegated": a side a league sends down or up.)
  if (us.length <= 3 && RELEGATED_AFTER.test(after.slice(0, 120)) && !lex.isFirstName(us[0]!.text)) return 'organization';
  // ("Reform UK won five, including Clacton, where its leader was elected": a name the clause after it says things happen in.)
  // (Not where one works or goes: "at Acme, where he was chief".)
  if (us.length <= 3 && /^,\s+where\s/.test(after) && !/^(?:at|for|with|by|joined|joining|left|leaving)$/.test(prev ?? '') && !lex.isFirstName(us[0]!.text) &&
    !lex.isOrgName(spell(us)) && !us.every((u) => /^\p{Lu}{2,}$/u.test(u.text)) && !lex.isCommonWord(us[0]!.text)) return 'place';
  // "the former chief executive of Panera Bread", "the mayor of Kempsey": what a role is held
  // in is a body, or the place a mayor or governor runs; never a person (a speech verb after it is the role holder's).
  // ("the chief administrator of Ziarat district": a place by the kind of place after it, whatever the role.)
  if (prev === 'of' && prev2 && !all[i - 2]!.cap && lex.roleNouns.has(prev2) && us.length <= 4) {
    return TERRITORY_ROLES.has(prev2) || (next && !all[j + 1]!.cap && PLACE_KIND_AFTER.has(next) && /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start))) ? 'place' : 'organization';
  }
  // "shipping companies including Maersk", "lenders such as Sberbank": one of the bodies just named.
  const kinds = /\b(\p{L}+?)(?:ies|es|s)\s+(?:including|such\s+as|like)\s+$/u.exec(text.slice(Math.max(0, us[0]!.start - 40), us[0]!.start));
  const kind = kinds?.[1]!.toLowerCase();
  if (kind && us.length <= 3 && [kind, `${kind}y`, `${kind}e`].some((k) => BODY_NOUNS.has(k)) && !lex.isFirstName(us[0]!.text)) return 'organization';
  // "95 nautical miles southeast of Aden", "just north of Kherson": a bearing is taken from a place.
  if (prev === 'of' && prev2 && COMPASS_DIRECTIONS.has(prev2.toLowerCase()) && !all[i - 2]!.cap && us.length <= 3) return 'place';
  // "the governments of Tolmar and Ravenia", "the people of Estavia": what a country has.
  if (prev === 'of' && prev2 && !all[i - 2]!.cap && GOVERNED.has(prev2) && us.length <= 3 && !lex.isFirstName(us[0]!.text)) return 'place';
  // (…and the second of two: "of Tolmar and Ravenia".)
  if (prev === 'and' && all[i - 2]?.cap && all[i - 3]?.text === 'of' && GOVERNED.has(all[i - 4]?.text.toLowerCase() ?? '') && us.length <= 3 &&
    !lex.isFirstName(us[0]!.text)) return 'place';
  // "Pakistan's private Aaj television", "the Anatolia news agency": a broadcaster or a paper named before what it is.
  // ("British news outlets": not a people's adjective.)
  if (us.length <= 3 && next && !all[j + 1]!.cap && (MEDIA_NOUNS_AFTER.has(next) || (next === 'news' && next2 === 'agency')) && !lex.isDemonym(us[0]!.text) &&
    /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start))) return 'organization';
  // "Daniel Okafor, of Harehills, is due …": where someone named before the comma lives.
  if (prev === 'of' && us.length <= 3 && /,\s+of\s+$/.test(text.slice(Math.max(0, us[0]!.start - 6), us[0]!.start)) && /^,/.test(text.slice(us[us.length - 1]!.end)) &&
    all[i - 2]?.cap && !lex.isFirstName(us[0]!.text) && !us.some((u) => lex.orgWords.has(u.text.toLowerCase()))) return 'place';
  // "its junior partner Komeito", "coalition partner Komeito": a party in a coalition.
  if (prev === 'partner' && /^(?:junior|senior|coalition|minority|smaller)$/.test(prev2 ?? '') && us.length <= 3 && !lex.isFirstName(us[0]!.text)) return 'organization';
  // "the far-right Chega party", "the Wagner militia": a body's name before what kind of body it is.
  if (us.length <= 3 && next && !all[j + 1]!.cap && BODY_KIND_AFTER.has(next) && /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start)) &&
    !lex.isFirstName(us[0]!.text) && !lex.isDemonym(us[0]!.text)) return 'organization';
  // "Albirex Niigata head coach Kazuaki Yoshinaga", "Celtic manager Gordon Strachan": a body before the role held in it.
  // (Not a capitalised word of the role: "said Tech analyst Patrick Moorhead".)
  if (!lex.isFirstName(us[0]!.text) && !(us.length === 1 && lex.isLastName(us[0]!.text)) && !us[us.length - 1]!.possessive &&
    (!us.every((u) => lex.isCommonWord(u.text)) || us.length === 1 && CLUB_NAME_ENDS.has(us[0]!.text.toLowerCase()) && roleHolderAt(all, j + 2, lex)) &&
    // (After "said" only a club's role says so: "says Wolfsburg boss Dieter Hecking", not "said Tech analyst Patrick Moorhead".)
    !(prev && INVERTED_SPEECH.has(prev) && !CLUB_ROLES.has(all[j + 1]?.text.toLowerCase() ?? ''))) {
    let k = j + 1;
    // ("chief executive Anton Berg": "executive" qualifies a role, or is one before a name.)
    while (all[k] && !all[k]!.cap && ROLE_MODIFIERS.has(all[k]!.text.toLowerCase()) && !(BODY_ROLE_SET.has(all[k]!.text.toLowerCase()) && all[k + 1]?.cap) && k < j + 3) k++;
    if (all[k] && !all[k]!.cap && BODY_ROLE_SET.has(all[k]!.text.toLowerCase()) && all[k + 1]?.cap && /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start))) return 'organization';
  }
  // ("Emmett Shear, the former Twitch chief, said": a firm's head named by the role alone, no name after it;
  // a person's "former Obama aide" is no firm's chief.)
  if (us.length <= 2 && prev && /^(?:the|a|former|ex)$/.test(prev) && next && !all[j + 1]!.cap && FIRM_HEADS.has(next) && !all[j + 2]?.cap &&
    /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start)) && !us.some((u) => lex.isFirstName(u.text) || lex.isLastName(u.text)) &&
    !lex.isPersonName(spell(us)) && !lex.isPlaceName(spell(us)) && !lex.isDemonym(us[0]!.text)) return 'organization';
  // ("Landslides in Chin state": the kind of place, not the verb "state".)
  // ("the Bab al-Hawa crossing": counted in written words.)
  // ("the Miraflores presidential palace": the kind after an adjective of state.)
  // (And a station after the kind of railway: "King’s Cross underground station".)
  // ("the Zamzam displacement camp": a camp only by what it is for; "the Trump camp" is his campaign.)
  // ("the Zamzam camp for displaced people": or by whom it is for, after it.)
  const camp = /^(?:refugee|displacement|detention|prison|military|army)$/.test(next ?? '') && all[j + 2]?.text === 'camp' ||
    next === 'camp' && /^\s+(?:for|of)\s+(?:the\s+)?(?:displaced|refugees|internally|migrants|asylum)\b/.test(text.slice(all[j + 1]!.end, all[j + 1]!.end + 30));
  const kindAt = next && /^(?:presidential|royal|imperial|underground|railway|rail|train|tube|metro)$/.test(next) && !all[j + 2]?.cap && PLACE_KIND_AFTER.has(all[j + 2]?.text ?? '') ? j + 2 : j + 1;
  if (us.filter((u) => !u.hyphenated).length <= 2 && next && !all[j + 1]!.cap && (PLACE_KIND_AFTER.has(all[kindAt]!.text) || camp) && /^\s+$/.test(text.slice(us[us.length - 1]!.end, all[j + 1]!.start)) &&
    !lex.isFirstName(us[0]!.text) && !LOWERCASE_NAME_WORDS.has(prev ?? '')) return 'place';
  // ("the Shika nuclear power plant": a plant by the town it stands in.)
  if (us.length <= 2 && /^\s+(?:nuclear\s+)?power\s+(?:plant|station)\b/.test(text.slice(us[us.length - 1]!.end, us[us.length - 1]!.end + 30)) && !lex.isFirstName(us[0]!.text)) return 'place';
  // "the White Helmets said": a group named in the plural with its article, not a person who speaks.
  // (Not a place's or a person's works, "the Vienna Negotiations", "the Warhol Polaroids"; not "the Hampton Roads area".)
  if (prev === 'the' && us.length >= 2 && /[^aeiosu'’]s$/.test(us[us.length - 1]!.text) && !(next && PLACE_KIND_AFTER.has(next)) &&
    !lex.isFirstName(us[0]!.text) && !lex.isLastName(us[0]!.text) && !lex.isPersonName(us[0]!.text) && !lex.isPlaceName(us[0]!.text)) return 'organization';
  // "a study published in Nature": a journal, not a place.
  if (prev === 'in' && prev2 && /^(?:published|appeared|appearing|reported|writing)$/.test(prev2) && us.length <= 4 && !lex.isFirstName(us[0]!.text)) return 'organization';
  // "analysts at Jefferies", "an economist with Capital Economics": where such people work is a body
  // (and speaking there, or opening the sentence: "Analysts at Nomura said").
  if ((prev === 'at' || prev === 'with') && prev2 && (!all[i - 2]!.cap || i === 2) && EMPLOYEE_NOUNS.has(prev2) && us.length <= 3 && !lex.isFirstName(us[0]!.text)) return 'organization';
  // "Maersk said on Monday that it would …": what speaks of itself as "it" is a body.
  if (next && lex.speechVerbs.has(next) && SPEAKS_AS_IT.test(text.slice(all[j + 1]!.end, all[j + 1]!.end + 60))) return 'organization';
  // ("…near al-Marwa, said the army": a speech verb after a comma has its speaker after it.)
  // (One unknown word that speaks may be a company: "Merck announced Friday".)
  // ("Unions at the plant in Kassel said": the verb is the subject's, after a place's preposition.)
  // (Not where the verb's word is a noun a verb follows: "Watchdog report finds …".)
  if (next && lex.speechVerbs.has(next) && !/ing$/.test(next) && !/^\s*,/.test(text.slice(us[us.length - 1]!.end)) &&
    !/^(?:finds|found|says|said|shows|showed|warns|warned|reveals|revealed|claims|urges)$/.test(next2 ?? '') &&
    (us.length > 1 || lex.isLastName(us[0]!.text) || !COMPANY_SPEECH.has(next)) && !(prev && /^(?:in|near|at|from|outside|across)$/.test(prev) && us.length === 1)) return 'person';
  if (prev && lex.roleNouns.has(prev)) return 'person';
  // ("The CEO of Martin Marietta, Ward Nye, said": the holder of a role "of" a body, set off by commas after it.)
  const roleOf = /\b(\p{Ll}+|CEO|CFO|COO)\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,4}\p{Lu}[\p{L}.&’'-]*,\s+$/u.exec(text.slice(Math.max(0, us[0]!.start - 80), us[0]!.start));
  if (roleOf && lex.roleNouns.has(roleOf[1]!.toLowerCase()) && us.length >= 2 && us.length <= 3 && /^,/.test(text.slice(us[us.length - 1]!.end))) return 'person';
  // ("He married Prunella Scales in 1963": whom someone marries.)
  if (prev && us.length >= 2 && us.length <= 3 && /^(?:married|marries|marry|wed|weds|divorced|divorces)$/.test(prev)) return 'person';
  // ("a temple to the Hindu god Ram", "the goddess Durga": a deity is named as a person is.)
  if (prev && /^(?:god|goddess|deity|prophet)$/.test(prev) && !all[i - 1]!.cap && us.length <= 2 && !lex.isPlaceName(spell(us))) return 'person';
  // "elected MP for Clacton", "the seat of Uxbridge": a constituency.
  if (us.length <= 3 && (prev === 'for' && /^(?:mp|mps|member|mla|msp|mep|seat|constituency)$/.test(prev2 ?? '') || prev === 'of' && /^(?:seat|constituency)$/.test(prev2 ?? ''))) return 'place';
  // "shelled Gorlovka", "the village of Krasnoye": what is done to a place, or what a place is called.
  // ("the cities of Zhaotong and Qujing": a plural in "-ies" too.)
  const settlements = (w: string | undefined) => !!w && (singularsOf(w).some((x) => SETTLEMENT_NOUNS.has(x)) || LAND_NOUNS.has(w));
  if (prev && us.length <= 3 && (PLACE_VERBS.has(prev) || (prev === 'of' && settlements(prev2)))) return 'place';
  // (…and the second of two: "the villages of Olgovka and Kauchuk".)
  if (prev === 'and' && us.length <= 3 && all[i - 2]?.cap && all[i - 3]?.text === 'of' && settlements(all[i - 4]?.text.toLowerCase()) && !lex.isFirstName(us[0]!.text)) return 'place';
  // (…each where it lies: "the villages of Dalnee in the Donetsk People’s Republic (DPR) and Kopanki".)
  const paired = prev === 'and' && us.length <= 3 ? PAIRED_SETTLEMENTS.exec(text.slice(Math.max(0, us[0]!.start - 120), us[0]!.start)) : null;
  if (paired && settlements(paired[1]) && !lex.isFirstName(us[0]!.text)) return 'place';
  // "its capital, Muzaffarabad", "Ludian county", "the Pazarcik district": what kind of place it is, right before or after.
  // ("The ruling party state…": not after a word that speaks.)
  if (us.length <= 2 && prev && !all[i - 1]!.cap && SETTLEMENT_NOUNS.has(prev) && /^,?\s+$/.test(text.slice(all[i - 1]!.end, us[0]!.start))) return 'place';
  // "…,” said Tomas Berg": the one who speaks. ("The state Assembly": a noun after its article;
  // "said Tech analyst Patrick Moorhead": a word of the role after it.)
  // (Only the verbs an attribution turns round: "Strachan hails Celtic title win" names no speaker after its verb.)
  const roleAfter = next !== undefined && !all[j + 1]!.cap && lex.roleNouns.has(next);
  // ("She said Azure growth would slow": a name before the noun a clause opens with, not the one who speaks.)
  const beforeClauseNoun = next !== undefined && !all[j + 1]!.cap && /^(?:would|will|could|can|may|might|should|must|has|have|had|is|are|was|were)$/.test(all[j + 2]?.text ?? '');
  if (prev && us.length <= 3 && INVERTED_SPEECH.has(prev) && !DETERMINERS.test(prev2 ?? '') && !roleAfter && !beforeClauseNoun &&
    (lex.isFirstName(us[0]!.text) || us.every((u) => !lex.isCommonWord(u.text)))) return 'person';
  // "who starred in Parasite": a film or a show, not a place.
  if (prev === 'in' && prev2 && /^(?:starred|starring|stars|appeared|appearing|appears|featured|cast)$/.test(prev2)) return 'other';
  // "an attack in Khan Shaykhun": after "in" or "near", unknown words that open with no given name are a place.
  if (prev && /^(?:in|near|outside|across|throughout|inside|off)$/.test(prev) && us.length <= 3 && !lex.isFirstName(us[0]!.text) &&
    !us[us.length - 1]!.possessive) return 'place';
  // Two to four unknown words are most often a person ("Nana Addo Dankwah Akufo-Addo"), unless the last is a plural ("Hells Angels").
  // (Counted in written words: "Wong Kwok-kin" is two; a given name's second syllable may spell a common word.)
  // "Kowloon West", "Sussex East": a place's part (not "Kanye West", whose given name says who).
  if (us.length >= 2 && COMPASS_POINTS.has(us[us.length - 1]!.text.toLowerCase()) && !lex.isFirstName(us[0]!.text)) return 'place';
  const written = us.filter((u) => !u.hyphenated);
  // ("Malaysia Tourism" is no one; "Georgia Smith" is, by the surname.)
  const placeFirst = lex.isPlaceName(written[0]?.text ?? '') && !lex.isFirstName(written[0]?.text ?? '') && !lex.isLastName(written[written.length - 1]?.text ?? '');
  // ("the Canadian Rockies", "the Swiss Alps": a people's adjective opens no one's name; before a
  // plural, after "the", it names the land.)
  if (written.length === 2 && lex.isDemonym(written[0]!.text) && /s$/.test(written[1]!.text) && prev === 'the' &&
    !singularsOf(written[1]!.text.toLowerCase()).some((w) => lex.orgWords.has(w))) return 'place';
  if (written.length >= 2 && written.length <= 4 && !placeFirst && !lex.isDemonym(written[0]!.text) && written.every((u) => !lex.isCommonWord(u.text) && !namesNoOne(u.text, lex)) &&
    !/[^aeiosu'’]s$/.test(us[us.length - 1]!.text)) return 'person';
  // ("a letter to Democratic colleagues": an adjective before its noun, not a destination.)
  // ("According to Zorvan": a source, whatever it is.)
  if (prev && PLACE_PREPOSITIONS.has(prev) && us.length <= 3 && !(us.length === 1 && lex.readsAsWord(us[0]!.text) && next && /^\p{Ll}/u.test(all[j + 1]!.text)) &&
    !(prev === 'to' && prev2 === 'according')) return 'place';
  if (next === 'who' || (next && /^\d+$/.test(next) && next2 === undefined)) return 'person';
  return null;
}

/**
 * A word that is no part of a person's name, though no word list knows it as a common word:
 * a body's initials, an abstract noun or a compass point ("Kowloon West").
 */
function namesNoOne(word: string, lex: Lexicon): boolean {
  // ("MIT Pappalardo Fellow": a body's initials open no one's name.)
  if (BODY_INITIALS.test(word)) return true;
  if (lex.isFirstName(word) || lex.isLastName(word)) return false;
  // (An abstract noun's ending, on a word long enough to carry one: "Civic Passion".)
  return (word.length >= 6 && ABSTRACT_NOUN.test(word.toLowerCase())) || COMPASS_POINTS.has(word.toLowerCase());
}
const ORG_HEAD_FIRST_SET: ReadonlySet<string> = new Set(ORG_HEADS_FIRST);
const VIETNAMESE_SURNAME_SET: ReadonlySet<string> = new Set(VIETNAMESE_SURNAMES);
/** A given name and a surname from `k`: who holds the role before them. */
const roleHolderAt = (all: readonly Unit[], k: number, lex: Lexicon) =>
  !!all[k]?.cap && !!all[k + 1]?.cap && !all[k + 1]!.hyphenated && lex.isFirstName(all[k]!.text);
/** "Chelsea manager Enzo Maresca": a given name alone, before a role held in a body and the full name of its holder, is the body. */
function bodyBeforeRoleHolder(us: readonly Unit[], all: readonly Unit[], lex: Lexicon): boolean {
  const j = all.indexOf(us[us.length - 1]!);
  const role = all[j + 1];
  return us.length === 1 && lex.isFirstName(us[0]!.text) && !lex.isLastName(us[0]!.text) && !!role && !role.cap &&
    BODY_ROLE_SET.has(role.text.toLowerCase()) && roleHolderAt(all, j + 2, lex);
}
/** "Modi congratulated Gukesh on X, calling…": a verb of posting or greeting a few words before, X ending the clause. */
function postedOnX(text: string, x: Unit): boolean {
  // (Or before "as" or "that": "welcomed it on X as “…”".)
  if (!/^\s*(?:[,.;:)—–]|$|as\b|that\b)/.test(text.slice(x.end, x.end + 6))) return false;
  const words = text.slice(Math.max(0, x.start - 80), x.start).split(/[.;:!?,]/).pop()!.split(/[^\p{L}]+/u).filter(Boolean);
  // ("“…,” wrote Marc Andreessen, a Silicon Valley investor, on X.": the verb before a writer's apposition.)
  const afterApposition = /^\s*on\s*$/.test(text.slice(Math.max(0, x.start - 4), x.start)) && /[”"],?\s+(?:wrote|posted|tweeted)\s+[^.;:!?”"]{0,90},\s+on\s+$/.test(text.slice(Math.max(0, x.start - 130), x.start));
  return afterApposition || words.slice(-6, -1).some((w) => POSTING_VERBS.test(w));
}
const POSTING_VERBS = /^(?:congratulat|thank|prais|hail|welcom|condemn|mourn|announc|shar|tweet|wrote|writ|post|slamm|mock|criticiz|criticis|respond|react|repl|vow|urg|warn)\w*$/i;
const CONNECTOR_WORDS = new Set(['of', 'for', 'on', 'and', 'the', '&']);
/** What a country or a town has, before its name: "the government of …", "the people of …". */
const GOVERNED = new Set(['government', 'governments', 'people', 'peoples', 'citizens', 'residents', 'resident', 'native', 'natives', 'outskirts', 'suburbs', 'centre', 'center', 'capital', 'economy', 'territory', 'borders', 'border']);
/** Roles held in a club, which name it before the holder even after "said": "said Celtic manager Brendan Rodgers". */
const CLUB_ROLES: ReadonlySet<string> = new Set(SPORTS_ROLES);
/** Roles held over a town or a region, whose "of" names it: "mayor of Trenton". */
const TOWN_RUNNERS = new Set(['mayor', 'mayors', 'governor', 'governors', 'premier', 'prefect', 'bishop', 'archbishop']);
/** Roles held over a place rather than in a body. */
const TERRITORY_ROLES = new Set(['mayor', 'governor', 'premier', 'prefect', 'sheriff', 'mp', 'senator', 'congressman', 'congresswoman', 'representative',
  // ("bishop of Chiclayo": a see is named after its city.)
  'bishop', 'archbishop']);
/** A road named with its number: "Highway 411", "Route 66". */
const ROAD_WORD = /^(?:highway|route|interstate|road)$/i;
const PARTY_MEMBER_SET: ReadonlySet<string> = new Set(PARTY_MEMBERS);
/** The compass points among the first words of places' names ("west of Houston"). */
const CENTRE_WORK = new Set(['research', 'warning', 'forecast', 'prediction', 'information', 'coordination', 'operations', 'command', 'policy', 'emergency', 'data',
  'management', 'response', 'control', 'monitoring']);
const DETERMINERS = /^(?:the|a|an|this|that|its|his|her|their|our|each|every)$/;
/** "Mr", "Dr.": a courtesy title, which says who is meant but is no role. */
const COURTESY_TITLE = new RegExp(`^(?:mr|mrs|ms|miss|dr|messrs|${COURTESY_TITLES_ABROAD.join('|')})\\.?$`, 'i');

const ATTITUDE_PREFIXES = new Set(['pro', 'anti']);
/**
 * Lowercase words that belong to a role before its last word: "secretary general", "deputy prime
 * minister", and the body's own noun in "Utrecht police chief", "Labour party leader".
 */
const ROLE_MODIFIERS = new Set([...TITLE_QUALIFIERS, 'secretary', 'foreign', 'prime', 'defence', 'defense', 'executive', 'press', 'general', 'presidential',
  'police', 'army', 'military', 'fire', 'party', 'government', 'opposition', 'city', 'county', 'state', 'company', 'club', 'team', 'campaign', 'union',
  'communications', 'economic', 'national', 'security', 'policy', 'legal', 'health', 'finance', 'trade', 'emergencies', 'emergency', 'head', 'assistant', 'minority', 'majority']);
/** "F-16", "Su-34", "MiG-29": a model's letters, a hyphen and its number. */
const MODEL_NAME = /^\p{Lu}\p{L}{0,3}-\d{1,4}$/u;
const PRODUCT_NOUNS = new Set(PRODUCT_NOUN_LIST);
const OTHER_PREFIXES = new Set(OTHER_NAME_PREFIXES);
const COMPANY_AFTER = new Set(COMPANY_CUES_AFTER);
const COMPANY_BEFORE = new Set(COMPANY_CUES_BEFORE);
const BODY_NOUNS = new Set(BODY_NOUN_LIST);
const CLUB_PREFIX_SET: ReadonlySet<string> = new Set(CLUB_PREFIXES);
const REGNAL = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XXI{0,3})$/;
const STOCK_INDEXES = new Set(['s&p', 'ftse', 'nikkei', 'stoxx', 'euro stoxx', 'cac', 'dax', 'kospi', 'nifty', 'russell', 'nasdaq', 'asx', 'hang seng', 'sensex', 'taiex', 'ibex', 'topix', 'moex', 'bovespa']);
const KIND_OPENING_A_BODY = new Set(['startup', 'start-up', 'firm', 'company', 'airline', 'retailer', 'broadcaster', 'conglomerate', 'automaker',
  'carmaker', 'chipmaker', 'lender', 'insurer', 'subsidiary', 'watchdog', 'regulator']);

/**
 * "ByteDance", "TikTok": a name written in camel case is a company's or its product's; so is
 * one that has a chief executive or shares ("Acme CEO …", "shares of Acme"), or that is
 * called a company's parent, rival or owner ("Google parent Alphabet").
 */
function actsAsCompany(us: readonly Unit[], all: readonly Unit[]): boolean {
  // (Not with the kind of product after it: "PhotoShop software", "PageMaker and PhotoShop software".)
  if (us.length === 1 && /\p{Ll}\p{Lu}/u.test(us[0]!.text) && !/^(?:Mc|Mac|De|Di|La|Le|Van|Von)\p{Lu}/u.test(us[0]!.text)) return !namesProduct(us, all);
  const i = all.indexOf(us[0]!);
  const j = all.indexOf(us[us.length - 1]!);
  const prev = all[i - 1]?.text.toLowerCase() ?? '';
  const prev2 = all[i - 2]?.text.toLowerCase() ?? '';
  const next = all[j + 1]?.text.toLowerCase() ?? '';
  // ("shares of Wegovy maker Novo Nordisk": the shares are the maker's.)
  if (/^makers?$/.test(next)) return false;
  // ("its Azure cloud business", "their Hulu streaming unit": a business of the owner's, named before what it is.)
  const unitAt = [1, 2, 3].find((k) => /^(?:business|unit|division|arm|subsidiary)$/.test(all[j + k]?.text ?? '') && all.slice(j + 1, j + k).every((x) => !x.cap));
  if (/^(?:its|their)$/.test(prev) && unitAt !== undefined) return true;
  // ("to acquire Versum Materials", "a stake in Pioneer", "its merger with Entegris": what is bought and sold.)
  // ("the company’s Starbase site": something the company owns; "The giant Super Heavy rocket": a big product.)
  const companyBefore = COMPANY_BEFORE.has(prev) && !all[i - 1]!.possessive && !namesProduct(us, all);
  return COMPANY_AFTER.has(next) || companyBefore || (prev === 'of' && /^(?:shares|stock|owner|parent|acquisition|takeover|purchase)$/.test(prev2)) ||
    /^(?:acquire|acquires|acquired|acquiring)$/.test(prev) || (prev === 'in' && /^(?:shares|stake|stakes)$/.test(prev2)) ||
    (prev === 'with' && /^(?:merger|merge|merged|merging)$/.test(prev2)) || (prev === 'per' && next === 'share');
}
/** "Italian broadcaster Sky TG24", "the militant group Hamas": the kind of body right before the name (before its shape can say "model"). */
function bodyNounBefore(us: readonly Unit[], all: readonly Unit[]): boolean {
  const prev = all[all.indexOf(us[0]!) - 1];
  const noun = prev?.text.toLowerCase() ?? '';
  // (The plural before a list of them: "French TV channels TF1 and France 2".)
  const kind = singularsOf(noun).some((w) => BODY_NOUNS.has(w));
  return us.length <= 3 && !!prev && !prev.cap && kind && us[0]!.start - prev.end === 1;
}

const MADE_THINGS: ReadonlySet<string> = new Set(MADE_THING_NOUNS);
const SPACE_CRAFT = /^(?:telescope|observatory|spacecraft|probe|rover|lander|orbiter)$/;

/** "the Rubin platform", "its Zorvex app": a name no list knows, before what kind of product it is. */
function namesProduct(us: readonly Unit[], all: readonly Unit[]): boolean {
  const last = us[us.length - 1]!;
  const next = all[all.indexOf(last) + 1];
  // ("Activision, the maker of Call of Duty": what a company makes, named after it.)
  const i = all.indexOf(us[0]!);
  if (all[i - 1]?.text === 'of' && /^(?:makers?|creators?|developers?)$/i.test(all[i - 2]?.text ?? '')) return true;
  // (Right after the name: "Rhee Bong-jo, assistant minister" is someone's role after a comma.)
  if (next === undefined || next.cap || next.start - last.end !== 1) return false;
  if (PRODUCT_NOUNS.has(next.text.toLowerCase())) return true;
  // ("Wegovy maker Novo Nordisk", "ChatGPT maker OpenAI": what a company makes, named before it.)
  if (/^makers?$/.test(next.text)) return true;
  // ("Taurus cruise missiles", "F-35 fighter jets": a weapon's kind may come in two words.)
  const after = all[all.indexOf(next) + 1];
  const kindAfter = !!after && !after.cap && PRODUCT_NOUNS.has(after.text.toLowerCase()) && after.start - next.end === 1;
  if (WEAPON_KIND_SET.has(next.text.toLowerCase()) && kindAfter) return true;
  // ("the Horizon accounting system": a system by what it does.)
  if (SYSTEM_PURPOSE_SET.has(next.text.toLowerCase()) && /^systems?$/.test(after?.text ?? '') && after!.start - next.end === 1) return true;
  // ("its Alexa voice assistant", "their Zorvex cloud platform": so may a product's after an owner's word.)
  const before = all[all.indexOf(us[0]!) - 1];
  return kindAfter && us.length === 1 && !!before && (/^(?:its|their)$/i.test(before.text) || before.possessive === true);
}
/** "Apple Intelligence": a company the lists know, then an ordinary noun that names its product. */
function makersOwnProduct(us: readonly Unit[], lex: Lexicon, headline: boolean): boolean {
  if (us.length !== 2 || us[1]!.hyphenated || !lex.isOrgName(us[0]!.text) || lex.isPlaceName(us[0]!.text)) return false;
  const w = us[1]!.text.toLowerCase();
  // (A noun only: not "EU High Representative", a title's adjective, nor "Microsoft Gaming", a division.)
  // ("the Apple Watch", "Apple Pay": a noun that is a verb too, capitalised in running text, where a headline's verbs are not.)
  const nounToo = !headline && lex.tags(w).some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable');
  return (ABSTRACT_NOUN.test(w) || lex.isCommonWord(w) && (!lex.readsAsWord(w) || nounToo)) && !/ing$/.test(w) && !lex.titles.includes(w) && !lex.isFirstName(w) &&
    !lex.orgWords.has(w) && !lex.placeWords.has(w) && !lex.buildingWords.has(w);
}

/** "the Paks II project": a name with a number, right before the kind of work it names. */
function namesNumberedWork(us: readonly Unit[], all: readonly Unit[]): boolean {
  const last = us[us.length - 1]!;
  const next = all[all.indexOf(last) + 1];
  return next !== undefined && next.start - last.end === 1 && NUMBERED_WORK_NOUN_SET.has(next.text);
}
const NUMBERED_WORK_NOUN_SET: ReadonlySet<string> = new Set(NUMBERED_WORK_NOUNS);
const WEAPON_KIND_SET: ReadonlySet<string> = new Set(WEAPON_KINDS);
const SYSTEM_PURPOSE_SET: ReadonlySet<string> = new Set(SYSTEM_PURPOSES);
/** Capitalised as they open a surname: "Le Pen", "Van Dijk". */
const SURNAME_PARTICLE_SET: ReadonlySet<string> = new Set(SURNAME_PARTICLES.map((p) => p[0]!.toUpperCase() + p.slice(1)));

/**
 * The noun an apposition after a name is headed by: "Ma Hao, a college student who …" is a
 * student, "X, the platform formerly known as Twitter" a platform. English puts the head last
 * among the lowercase words, before a relative clause, a preposition or an adverb.
 */
function appositiveHead(text: string, last: Unit): string | null {
  // ("Azure, its cloud computing business": an owner's word opens it too.)
  // ("Shou Zi Chew, TikTok’s chief executive": so does a name's possessive.)
  const m = /^,\s+(?:an?|the|its|their|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}['’]s)\s+((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+)/u.exec(text.slice(last.end, last.end + 80));
  if (!m) return null;
  let head: string | null = null;
  const words = m[1]!.split(/\s+/);
  for (const [i, w] of words.entries()) {
    // ("Lu Ting, the bank’s chief economist": a possessor, not the head.)
    if (/['’]s?$/.test(w)) {
      head = null;
      continue;
    }
    if (/^\p{Lu}/u.test(w)) {
      if (head) break;
      continue;
    }
    // ("the artificial intelligence system it announced": a pronoun opens a clause of its own.)
    if (/^(?:who|whose|which|that|of|for|in|at|on|from|and|or|with|as|to|by|it|he|she|they|we|you)$/.test(w) || /ly$/.test(w)) break;
    // ("the company formed by …": a participle after the noun begins what is said of it; not a
    // modifier before another noun: "its cloud computing business".)
    const modifies = /^\p{Ll}[\p{L}-]*$/u.test(words[i + 1] ?? '') && !/^(?:by|in|on|at|to|for|from|with|as|of|and|or)$/.test(words[i + 1]!);
    if (head && /(?:ed|ing)$/.test(w) && !modifies) break;
    head = w;
  }
  return head;
}

/** A body's initials written after its name with no brackets: "The German Airports Association ADV said". */
const BARE_INITIALS = /^\p{Lu}{2,6}$/u;

/** "Bebe King, 6,", "Hakan Demirtas, 32, told": an age set off by commas after a name says it is someone's. */
// ("Bebe King, six, …": children's ages are written in words.)
const AGE_AFTER = /^,\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve),/;

/** "a joint venture called Stargate", "a programme named Artemis": what kind of thing the name is given to. */
function kindNamedBefore(text: string, first: Unit, lex: Lexicon): EntityType | null {
  // ("a new quantum computing chip, called Willow,": a comma may stand between.)
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  // ("The vaccine, MVA-BN, is made by …": so may a name set between commas after "the" and the kind alone.)
  const apposed = /(?:^|[.!?]\s+|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(\p{Ll}+),\s+$/u.exec(before)?.[1];
  if (apposed && PRODUCT_NOUNS.has(apposed) && /^[^,.;]{0,30},/.test(text.slice(first.end))) return 'other';
  // ("the operation, which he called Rising Lion,": or a relative clause whose verb names it.)
  const kind = /\b(\p{Ll}+),?\s+(?:(?:which|that)\s+(?:he|she|they|it|officials|the\s+\p{Ll}+)\s+)?(?:called|named|dubbed)\s+$/u.exec(text.slice(Math.max(0, first.start - 60), first.start))?.[1];
  if (!kind) return null;
  if (BODY_NOUNS.has(kind) || /^(?:venture|consortium|coalition|partnership)$/.test(kind)) return 'organization';
  // ("The exercise, named Joint Sword-2024B,": a military exercise.)
  if (EXERCISE_NOUN_SET.has(kind)) return 'other';
  return PRODUCT_NOUNS.has(kind) || lex.otherWords.has(kind) || STORM_PREFIXES.includes(kind) ? 'other' : null;
}

/** "X, the platform formerly known as Twitter, …": the apposition says it is a body. */
function describedAsBody(text: string, last: Unit): boolean {
  const head = appositiveHead(text, last);
  // ("Euroclear, a Brussels-based clearing house": a house that trades is a firm.)
  if (head === 'house') return /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:clearing|publishing|auction|fashion|trading|brokerage|investment|record|production) house\b/u.test(text.slice(last.end, last.end + 80));
  return head !== null && BODY_NOUNS.has(head);
}

const WORK_KIND_SET: ReadonlySet<string> = new Set(WORK_KINDS_BEFORE_TITLE);
/**
 * "the sitcoms Not Going Out and Bedtime", "dramas such as Bleak House": a title after the kind of work, in a list or not;
 * "Fawlty Towers star Prunella Scales": a name no list knows, before the star of it.
 */
function namesWorkByKind(text: string, us: readonly Unit[], all: readonly Unit[], lex: Lexicon): boolean {
  const surface = spell(us);
  if (lex.isPersonName(surface) || lex.isPlaceName(surface) || lex.isOrgName(surface)) return false;
  const last = us[us.length - 1]!;
  const star = all[all.indexOf(last) + 1];
  if (star?.text === 'star' && /^\s$/.test(text.slice(last.end, star.start)) && all[all.indexOf(star) + 1]?.cap &&
    !us.some((u) => lex.orgWords.has(u.text.toLowerCase()))) return true;
  // (The kind, then the titles: past "such as", "including" and the titles listed before.)
  const before = text.slice(Math.max(0, us[0]!.start - 120), us[0]!.start);
  const kind = /\b(\p{Ll}+)\s+(?:(?:such\s+as|including|like)\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*(?:,\s+|\s+and\s+))*$/u.exec(before)?.[1];
  return !!kind && WORK_KIND_SET.has(kind);
}

/** "Lockwood West and Olive Carleton-Crowe": the first word of the name before the "and" right before `us`. */
function firstOfPair(us: readonly Unit[], all: readonly Unit[]): Unit {
  let i = all.indexOf(us[0]!) - 2;
  while (i > 0 && all[i - 1]!.cap && all[i]!.start - all[i - 1]!.end <= 1) i--;
  return all[i] ?? us[0]!;
}

/** A lowercase noun as written and as its singular might be: "embassies", "embassie", "embassy". */
const singularsOf = (noun: string): string[] => [noun, noun.replace(/s$/, ''), noun.replace(/ies$/, 'y')];

/** "Apple Intelligence, the artificial intelligence system it announced": the apposition says it is a made thing. */
function describedAsThing(text: string, last: Unit): boolean {
  const head = appositiveHead(text, last);
  // ("The Dali, a container ship, hit the bridge": a ship too.)
  return head !== null && (PRODUCT_NOUNS.has(head) || /^systems?$/.test(head) || VESSEL_NOUN_SET.has(head));
}

/** "Nuuk, the Greenlandic capital": the apposition says it is a settlement. */
function describedAsPlace(text: string, last: Unit): boolean {
  const head = appositiveHead(text, last);
  // ("Dickson, the Queensland seat he had held": an electoral district.)
  return head !== null && (SETTLEMENT_NOUNS.has(head) || /^(?:archipelago|seat|constituency|electorate|riding)$/.test(head));
}

/** "Valeska Paris, an Australian woman and former Scientologist, …": the apposition says who. */
function describedAsPerson(text: string, last: Unit, lex: Lexicon): boolean {
  // ("Sun Huaikun, who is in charge of the response,": a "who" clause is said of a person.)
  if (/^,\s+who\b/.test(text.slice(last.end, last.end + 8))) return true;
  const head = appositiveHead(text, last);
  return head !== null && lex.personNouns.has(head);
}

/** "in English", "speaks Arabic", "Spanish-language": the language, not the adjective. */
function namesLanguage(text: string, u: Unit, before: Unit | undefined, after: Unit | undefined, lex: Lexicon): boolean {
  if (after && lex.languageCuesAfter.has(after.text.toLowerCase())) return true;
  if (!before || !lex.languageCuesBefore.has(before.text.toLowerCase())) return false;
  // "in Portuguese waters" is the adjective again.
  return /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|or|but|as|with|for|to|by|at|on|is|was|are|were|only|too|instead)\b)/u.test(text.slice(u.end));
}

/**
 * "Sweden defeated South Korea 1–0": two places playing each other are their
 * teams. Marks both, so the whole entity becomes the organisation.
 */
function markTeams(text: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    // ("Liverpool face Manchester City": a city that plays a club is its own club.)
    const club = (c: Candidate) => c.type === 'organization' && CLUB_NAME_ENDS.has(c.words[c.words.length - 1]!.toLowerCase());
    if (!(a.type === 'place' && (b.type === 'place' || club(b)) || club(a) && b.type === 'place')) continue;
    if (TEAM_PLAY.test(text.slice(a.end, b.start))) {
      if (a.type === 'place') a.team = true;
      if (b.type === 'place') b.team = true;
    }
  }
  // "Liverpool 1-2 Man Utd", "a 2-1 victory over ten-man Liverpool": a club named after its city.
  // So is one a player moves from or to ("signed forward Rafinha Couto from Porto", "sold defender
  // Otávio Pereira to Fulham", "joined Porto from Fluminense"), or whose coach or president is named.
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    // ("Saurashtra have clinched a place in the semi-finals": one word no list knows, that a plural verb follows as the subject
    // opening its sentence, is a side; no one person "have" done anything.)
    if ((c.type === null || c.type === 'person') && !c.known && !c.role && c.words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.text) &&
      PLURAL_VERB_AFTER.test(text.slice(c.end, c.end + 40)) && /^\s+(?:have|are|were)\s+\p{Ll}+(?:ed|en)\b/u.test(text.slice(c.end, c.end + 40)) &&
      /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, c.start - 3), c.start))) {
      c.type = 'organization';
    }
    // ("won 2-1 at Wembley": a ground is where a match is played, never a team.)
    if (c.type !== 'place' || GROUND_SET.has(c.text.toLowerCase())) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const after = text.slice(c.end, c.end + 40);
    // ("beating Felix Auger-Aliassime of Canada 6-4": a player's country before the score is where he is from.)
    const playersCountry = cs[i - 1]?.type === 'person' && /^\s+of\s+$/.test(text.slice(cs[i - 1]!.end, c.start));
    // ("Liverpool clinched their 20th title … with a 5-1 win over Tottenham", "Liverpool crowned Premier League champions".)
    const won = TITLE_WON_AFTER.test(after) || WIN_LATER.test(text.slice(c.end, c.end + 120));
    if ((SCORE_AFTER.test(after) || RECORD_AFTER.test(after) || won) && !playersCountry || RESULT_BEFORE.test(before) || TRANSFER_BEFORE.test(before) || (CLUB_ROLE_AFTER.test(after) && !COUNTRY_ROLE.test(after))) c.team = true;
    const next = cs[i + 1];
    if (SACKS_COACH_AFTER.test(after)) c.team = true;
    // ("Luton Town, Burnley and Sheffield United were relegated": sides a league sends down or up, each of a list.)
    if (RELEGATED_AFTER.test(text.slice(c.end, c.end + 120))) c.team = true;
    // ("Liverpool have completed the signing", "England were beaten": a town or a country the verb counts as many is its side.)
    // (Only as the subject opening its sentence: not "residents of Ahmedabad have", nor "Russia and Ukraine have".)
    if (PLURAL_VERB_AFTER.test(after) && !/[^s]s$/.test(c.text) && /(?:^|[.!?]\s+)$/.test(before) && c.words.length <= 2) c.team = true;
    // ("the France captain left", "the France forward’s future": after "the", a player's role the place's team gives, with no name after it.)
    if (/\bthe\s+$/i.test(before) && THE_TEAMS_PLAYER_AFTER.test(after)) c.team = true;
    if (OPPONENT_BEFORE.test(before)) c.opponent = true;
    // ("Luka Doncic scored 28 points for Dallas": what a player scores, scored for a city, is for its side.)
    if (/\b(?:points|goals|runs|rebounds|assists|wickets|tries|touchdowns)\s+for\s+$/.test(before)) c.team = true;
    // ("the arrivals of Jeremie Frimpong, also from Leverkusen, and Milos Kerkez from Bournemouth": in an article about sides, where a player comes from.)
    if (cs[i - 1]?.type === 'person' && /^,?\s+(?:also\s+)?from\s+$/.test(text.slice(cs[i - 1]!.end, c.start))) c.opponent = true;
    if (JOINED.test(before) && next?.type === 'place' && /^\s+from\s+$/.test(text.slice(c.end, next.start))) c.team = next.team = true;
    // ("joined PSG from Barcelona": the club left is one too, whatever the club joined is.)
    const prevC = cs[i - 1];
    if (prevC && prevC.type === 'organization' && JOINED.test(text.slice(Math.max(0, prevC.start - 20), prevC.start)) && /^\s+from\s+$/.test(text.slice(prevC.end, c.start))) c.team = true;
  }
}

/**
 * "Novo Nordisk said …. Novo’s shares have lost half their value", "U.S. rival Eli Lilly": a name the
 * lists read as a person's, whose shares trade or whose kind of company is written before it, is the
 * company (the whole entity becomes one; see coreference).
 */
function markCompanies(text: string, cs: Candidate[]): void {
  for (const c of cs) {
    if ((c.type !== 'person' && c.type !== 'organization' && c.type !== null) || c.role) continue;
    const after = text.slice(c.end, c.end + 30);
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    if (OWNED_BY_COMPANY.test(after) || kindOfCompanyBefore(before)) c.company = true;
  }
}
/**
 * "Hoffenheim dismissed head coach Christian Ilzer", "Bochum have sacked their manager": only a club
 * sacks or appoints a coach (a name no list knows, or a city's, is then the club's).
 */
const SACKS_COACH_AFTER = /^\s+(?:(?:has|have|had)\s+)?(?:sacked|sacks|sack|dismissed|dismisses|dismiss|fired|fires|fire|appointed|appoints|appoint|hired|hires|hire|parted company with|parted ways with)\s+(?:(?:their|its)\s+)?(?:(?:new|former)\s+)?(?:(?:head|first-team)\s+)?(?:coach|manager|boss|trainer)\b/;

/**
 * "Fujitsu, which built the Horizon system", "Zarvex agreed to acquire Versum": what a company does, said of a
 * name in a clause after it, or a takeover it agrees to.
 */
const BUILDS_AFTER = /^(?:,\s+which\s+(?:also\s+)?(?:built|builds|makes|made|manufactures|manufactured|produces|produced|operates|operated|owns|owned|runs|employs|supplies|supplied|develops|developed|designed|designs|sells|sold|publishes|published|acquired|bought)|\s+(?:has\s+)?agreed\s+to\s+(?:acquire|buy|take\s+over|merge\s+with))\s/;

/** A name no list knows, typed by what only a body does: sacking its coach, building a system, playing a match. */
function markBodiesByAct(text: string, cs: Candidate[], lex: Lexicon): void {
  for (const c of cs) {
    if (/\s/.test(c.text) || c.known || c.role || (c.type !== null && c.type !== 'person') || lex.isFirstName(c.text)) continue;
    const after = text.slice(c.end, c.end + 60);
    // (So is one a team won or lost against: "a 2-0 home defeat by Bochum".)
    // (Not a surname's: "Musk agreed to buy Twitter".)
    // (Marked a company too, so that the name's other mentions, read as a person's by a verb of saying alone, go with it.)
    if (SACKS_COACH_AFTER.test(after) || BUILDS_AFTER.test(after) && !lex.isLastName(c.text) ||
      c.type === null && RESULT_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start))) {
      c.type = 'organization';
      c.company = true;
    }
  }
}

/** "…, taking the name Leo XIV", "took the regnal name Charles III": the name someone takes. */
const TAKES_THE_NAME = /\b(?:taking|took|takes|adopting|adopted|choosing|chose)\s+the\s+(?:papal\s+|regnal\s+)?name\s+$/;

/** "Novo’s shares", "Lilly’s chief executive": what only a company has. */
const OWNED_BY_COMPANY = /^['’]s?\s+(?:shares|stock|share price|market value|market capitalisation|market capitalization|workforce|employees|shareholders|headquarters|quarterly|annual revenue|revenue|net profit)\b/;
/**
 * "the drugmaker Novo Nordisk", "U.S. rival Eli Lilly": a kind of company, or a country's rival, right before the name
 * (only kinds no one is called, unlike the company cues' "parent", "developer" or "rival" alone: "his rival Trump").
 */
const KIND_OF_COMPANY_BEFORE = /\b(?:(\p{Ll}[\p{Ll}-]*)|(?:\p{Lu}[\p{L}.]*|its)\s+(?:rival|competitor))\s+$/u;
/** The company cues a person is called too ("his rival Trump", "the developer …", "Google parent …"). */
const CUES_FOR_PEOPLE_TOO = new Set(['parent', 'rival', 'rivals', 'giant', 'maker', 'app', 'platform', 'operator', 'developer', 'publisher',
  'carrier', 'broadcaster', 'miner', 'brewer', 'supplier', 'distributor', 'manufacturer', 'subsidiary', 'firm', 'company', 'supermarket']);
const kindOfCompanyBefore = (before: string) => {
  const m = KIND_OF_COMPANY_BEFORE.exec(before);
  return m !== null && (m[1] === undefined || (COMPANY_BEFORE.has(m[1]) && !CUES_FOR_PEOPLE_TOO.has(m[1])));
};

const POSITIONS = String.raw`(?:defender|striker|forward|midfielder|goalkeeper|keeper|winger|full-back|centre-back|center-back|playmaker|player)`;
const TRANSFER_BEFORE = new RegExp(String.raw`\b(?:signed|signs|sign|signing|bought|buys|sold|sells|sell|loaned|loans|recruited)\s+(?:[\p{L}’'-]+\s+){0,3}${POSITIONS}\s+(?:[\p{L}’'.-]+\s+){1,4}(?:from|to)\s+$`, 'u');
const JOINED = /\b(?:joined|rejoined|joins)\s+$/;
const CLUB_ROLE_AFTER = new RegExp(String.raw`^\s+(?:head\s+)?(?:coach|manager|president|chairman|boss|captain|${POSITIONS.slice(3, -1)})\s+\p{Lu}`, 'u');
const THE_TEAMS_PLAYER_AFTER = new RegExp(String.raw`^\s+(?:head\s+)?(?:coach|manager|captain|${POSITIONS.slice(3, -1)})(?:['’]s)?\b`, 'u');
/** "France coach", but not "Ukraine president": a country's president is its head of state. */
const COUNTRY_ROLE = /^\s+president\b/;

const VESSEL_NOUN_SET: ReadonlySet<string> = new Set(VESSEL_NOUNS);
/** What a military exercise is called after its name. */
const EXERCISE_NOUN_SET: ReadonlySet<string> = new Set(EXERCISE_NOUNS);
/** The unit before `i` is a vessel's kind: "the frigate …", "the aircraft carrier …" (not "the air carrier Delta"). */
function namesVessel(all: readonly Unit[], i: number): boolean {
  const kind = all[i - 1];
  if (!kind || kind.cap) return false;
  return VESSEL_NOUN_SET.has(kind.text) || kind.text === 'carrier' && all[i - 2]?.text === 'aircraft';
}

/**
 * "the Galaxy Leader cargo ship", "the Ever Given container vessel": a name of two words or more
 * after "the", right before the kind of ship it is (one word may say what it carries). Not an
 * owner's name after "a": "a Maersk container ship".
 */
/** "the Singapore-flagged Dali", "the Liberian-flagged Galaxy Leader": only a ship flies a flag. */
function flaggedBefore(us: readonly Unit[], all: readonly Unit[]): boolean {
  const before = all[all.indexOf(us[0]!) - 1];
  return !!before && before.hyphenated && before.text === 'flagged' && us[0]!.start - before.end === 1;
}

function vesselNamedBefore(us: readonly Unit[], all: readonly Unit[]): boolean {
  const first = all.indexOf(us[0]!);
  const last = all.indexOf(us[us.length - 1]!);
  if (all[first - 1]?.text.toLowerCase() !== 'the') return false;
  // (One word too: "the Titan submersible", "the Dali container ship".)
  const next = all[last + 1];
  const kind = next && !next.cap && VESSEL_NOUN_SET.has(next.text) ? next : next && !next.cap ? all[last + 2] : undefined;
  return !!kind && !kind.cap && VESSEL_NOUN_SET.has(kind.text) && kind.start - (next === kind ? us[us.length - 1]!.end : next!.end) === 1 &&
    next!.start - us[us.length - 1]!.end === 1;
}

/** Capitals after a number that are a zone or a currency, not a model's name: "10 GMT", "500 USD". */
const NO_MODEL_AFTER_NUMBER: ReadonlySet<string> = new Set<string>([...TIME_ZONES, ...CURRENCY_CODES]);
const CLOCK_ZONE_SET: ReadonlySet<string> = new Set(CLOCK_ZONE_LETTERS);
/** "The CEO of …", "the owner of …": a role held in a body, before "of" and the body (a president's may be a country's, which the lists know). */
const COMPANY_OFFICER_OF = new RegExp(`\\b(?:${[...BODY_ROLES, 'president'].join('|')})\\s+of\\s+$`, 'i');

/** "to face Scotland", "They host France": a side met on the field (counted only where the article has teams). */
const OPPONENT_BEFORE = /\b(?:(?:face|faces|facing|host|hosts|hosting|play|plays|playing|meet|meets)|(?:draw|defeat|win|victory|loss)\s+(?:against|to|over|with|by))\s+$/;

const GROUND_SET: ReadonlySet<string> = new Set(GROUNDS);
const PEOPLE_BY_TRADE: ReadonlySet<string> = new Set(PEOPLE_BY_WHAT_THEY_DO);
/** "…, the head of financial analysis at": a role, what it covers, then where it is held. */
// ("Kathy Jones, chief fixed income strategist at": its article left out, as job titles are.)
const ROLE_HELD_AT = /,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)(?:\s+of\s+[\p{Ll}\s-]{1,40})?\s+at\s+$/u;
// ("San Francisco, which led 10-0 in the second quarter": a score a relative clause gives it.)
const SCORE_AFTER = /^(?:,\s+which\s+(?:had\s+)?(?:led|trailed|won|lost|beat|drew)(?:\s+\p{Ll}+){0,2})?\s+\d{1,2}\s*[–—-]\s*\d{1,2}\b/u;
const PLURAL_VERB_AFTER = /^\s+(?:have|are|were)\s+(?!(?:been\s+)?(?:home|hit|struck|affected|located|found|known)\b)/;
/** "San Antonio finished 22-60", "Boston improved to 40-12", "Liverpool lost 2-1": a team's record or result. */
const APPOSED_BODY_KIND = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}(?:chain|${BODY_NOUN_LIST.filter((n) => !/^(?:side|team|body|station|unit|platform|maker)$/.test(n)).join('|')})(?:,|\s+(?:that|which|based|founded|owned|run)\b)`, 'u');
const APPOSED_PLACE_KIND = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}(?:square|street|avenue|boulevard|park|plaza|district|neighbourhood|neighborhood|suburb|village|island|province|harbour|harbor|airport|bridge|palace|stadium|mosque|cathedral|temple|shrine|monastery|castle|fortress)\b/u;
const RELEGATED_AFTER = /^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,4},?\s+(?:(?:and|or)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+)?(?:were|was|are|is|have been|has been|had been|will be)\s+(?:all\s+|also\s+)?(?:relegated|promoted)\b/u;
const RECORD_AFTER = /^\s+(?:finished|went|improved to|fell to|dropped to|moved to|lost|won|drew|tied)\s+\d{1,2}\s*[–—-]\s*\d{1,2}\b/;
// ("a 2-0 home defeat by Bochum", "home defeat to Bochum": a result at home or away names the other side without a score too.)
const RESULT_BEFORE = /\b(?:\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:(?:home|away|shock|surprise|narrow|heavy|comfortable|late)\s+)?|(?:home|away)\s+)(?:victory|win|defeat|loss|draw)\s+(?:over|against|to|with|by)\s+(?:[\p{Ll}-]+\s+)?$|\b(?:lost|lose|loses|won|win|wins|drew|draw|draws|tied)\s+\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:at|against|to|with|away to|away at|at home to)\s+$/u;

/** "Liverpool clinched their 20th top-flight title", "Liverpool crowned Premier League champions": a club's win. */
const TITLE_WON_AFTER = /^\s+(?:(?:clinched|won|wins|secured|sealed|claimed|lifted)\s+(?:the|their|its|a)\s+(?:[\p{L}\d-]+\s+){0,4}(?:[Tt]itle|[Tt]rophy|[Cc]hampionship|[Cc]up|[Cc]rown)|(?:were\s+|are\s+)?crowned\s+(?:[\p{L}-]+\s+){0,3}champions)\b/u;
/** "…, with a 5-1 win over Tottenham": a result the clause gives its subject, further on. */
const WIN_LATER = /^[^.;:“”"]{0,100}?\bwith\s+an?\s+\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:win|victory|defeat|loss|draw|thrashing|rout)\b/u;
const SCORE = String.raw`\d{1,2}\s*[–—-]\s*\d{1,2}`;
const TEAM_PLAY = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:defeated|defeats|beat|beats|faced|faces|face|drew(?: with)?|draws(?: with)?|tied(?: with)?|edged(?: past)?|thrashed|routed|eliminated|knocked out|lost(?: ${SCORE})? to|(?:won|win|wins)(?: ${SCORE})? (?:against|over)|vs?\.?|versus)\s+$`,
);

/** "the Russian foreign ministry": a demonym and a lowercase government body. */
function governmentBodies(text: string, s: Sentence, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  // ("the Russian foreign Ministry": a head written half capitalised is one too.)
  const heads = lex.ministryHeads.map((h) => h.split(' ').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('\\s+')).join('|');
  const re = new RegExp(`\\b(\\p{Lu}\\p{L}+)\\s+(?:${heads})\\b`, 'gu');
  const sentenceText = text.slice(s.start, s.end);
  for (const m of sentenceText.matchAll(re)) {
    if (!lex.isDemonym(m[1]!)) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    out.push({ block: s.block, start, end, text: m[0], sentence: s.index, words: m[0].split(/\s+/), type: 'organization', known: true });
  }
  return out;
}

/** "the Biden administration": a person's name and a lowercase "administration". */
function administrations(text: string, s: Sentence, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const after = text.slice(c.end, c.end + 16);
    const m = /^\s+administration\b/.exec(after);
    if (!m || c.type === 'place' || c.type === 'organization') continue;
    const end = c.end + m[0].length;
    const surface = text.slice(c.start, end);
    out.push({ block: s.block, start: c.start, end, text: surface, sentence: s.index, words: surface.split(/\s+/), type: 'organization', known: true });
  }
  return out;
}

/** Longer spans win over the spans they cover. */
function dropOverlaps(cs: Candidate[]): Candidate[] {
  const sorted = cs.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
