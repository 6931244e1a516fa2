// One place that turns the word lists (ours and the NLP library's lexicon) into
// lookups. Built once per process: the library's lexicon is large.
import nlp from 'compromise';
import { CLUB_WORDS, CORPORATE_SUFFIXES, EXTRA_ORG_WORDS, EXTRA_ORGS, FOOTBALL_CLUBS, MINISTRY_HEADS } from './organizations';
import { NEVER_NAMES, OTHER_NAME_WORDS, OTHER_NAMES } from './other-names';
import { FEMALE_GIVEN_NAMES, FEMALE_SURNAME, MALE_GIVEN_NAMES, MALE_SURNAME, UNISEX_GIVEN_NAMES } from './given-names';
import { ADHERENTS, EXTRA_DEMONYMS, GIVEN_NAMES_THAT_ARE_WORDS, NAME_TITLES, PEOPLE_BY_WHAT_THEY_DO, PERSON_NOUNS, ROLE_NOUNS } from './people';
import { BUILDING_WORDS, CAPITALS_ONLY, EXTRA_PLACE_WORDS, EXTRA_PLACES, PLACE_ALIASES } from './places';
import { SPEECH_VERBS } from './speech-verbs';
import { LANGUAGE_CUES_AFTER, LANGUAGE_CUES_BEFORE, LANGUAGES } from './languages';
import { INSTITUTION_NOUNS } from './reference-nouns';
import { NEWS_FIGURES } from './news-figures';

export interface Lexicon {
  /** lowercase word or phrase → the library's tags. */
  tags(word: string): readonly string[];
  isFirstName(word: string): boolean;
  /** The gender word lists give a first name, when they give only one. */
  genderOf(firstName: string): 'male' | 'female' | null;
  /** What a surname's ending says of its bearer ("Zakharova"), where it says anything. */
  genderOfSurname(surname: string): 'male' | 'female' | null;
  isLastName(word: string): boolean;
  isPlaceName(phrase: string): boolean;
  isOrgName(phrase: string): boolean;
  isPersonName(phrase: string): boolean;
  isOtherName(phrase: string): boolean;
  isDemonym(word: string): boolean;
  /** Known in the lexicon as an ordinary word (not a name). */
  isCommonWord(word: string): boolean;
  isNeverName(word: string): boolean;
  /** The NLP library reads the word as an adjective, verb or adverb ("Political"), by its lexicon or its suffix rules. */
  readsAsWord(word: string): boolean;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  /** Place words that win over organisation words: a museum is visited, so it is a place. */
  buildingWords: ReadonlySet<string>;
  otherWords: ReadonlySet<string>;
  titles: readonly string[];
  roleNouns: ReadonlySet<string>;
  /** Nouns that say a person is meant, in an apposition ("…, an Australian woman"). */
  personNouns: ReadonlySet<string>;
  ministryHeads: readonly string[];
  speechVerbs: ReadonlySet<string>;
  placeAliases: Readonly<Record<string, string>>;
  capitalsOnly: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  languageCuesBefore: ReadonlySet<string>;
  languageCuesAfter: ReadonlySet<string>;
  /** Nouns that, capitalised after "the", refer back to an institution without naming it ("the Church"). */
  institutionNouns: ReadonlySet<string>;
  /** Lowercase names of places and bodies frequent in the news, for spelling correction. */
  knownNames(): readonly string[];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Organization', 'ProperNoun', 'SportsTeam', 'Demonym']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const LAST_NAME_TAGS = new Set(['LastName']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const PERSON_TAGS = new Set(['Person']);
const DEMONYM_TAGS = new Set(['Demonym']);

/** Those nouns for people, and their plurals ("forecasters", "gunmen"): ordinary words, whatever the general lexicon knows. */
const PERSON_NOUN_FORMS: ReadonlySet<string> = new Set(PEOPLE_BY_WHAT_THEY_DO.flatMap((n) => [n, n.endsWith('man') ? `${n.slice(0, -3)}men` : `${n}s`]));
const withoutAccents = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

let cached: Lexicon | null = null;
let known: string[] | null = null;
const wordReadings = new Map<string, boolean>();

export function lexicon(): Lexicon {
  if (cached) return cached;
  const model = nlp.model() as unknown as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
  };
  const raw = model.one.lexicon;
  const tagsOf = (w: string): readonly string[] => {
    const t = raw[w];
    return t === undefined ? [] : Array.isArray(t) ? t : [t];
  };
  const has = (w: string, set: ReadonlySet<string>) => tagsOf(w).some((t) => set.has(t));
  const places = new Set([...EXTRA_PLACES, ...Object.keys(PLACE_ALIASES)]);
  const orgs = new Set([...EXTRA_ORGS, ...FOOTBALL_CLUBS]);
  const others = new Set(OTHER_NAMES);
  const never = new Set(NEVER_NAMES);
  const adherents = new Set([...ADHERENTS, ...EXTRA_DEMONYMS]);
  const givenWords = new Set(GIVEN_NAMES_THAT_ARE_WORDS);
  const male = new Set(MALE_GIVEN_NAMES);
  const female = new Set(FEMALE_GIVEN_NAMES);
  const unisex = new Set(UNISEX_GIVEN_NAMES);
  // The full names, and the surnames the news uses alone: not those the library knows as
  // ordinary words or places, which a list of people must not turn into names.
  const figures = new Set(NEWS_FIGURES);
  for (const f of NEWS_FIGURES) {
    const surname = f.split(' ').pop()!;
    if (surname.length > 2 && !tagsOf(surname).some((t) => !NAME_TAGS.has(t)) && !places.has(surname)) figures.add(surname);
  }
  const norm = (p: string) => p.toLowerCase().replace(/'/g, '’').replace(/\./g, '').replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
  // (A list's name with a hyphen is found written either way: "Asia-Pacific Economic Cooperation".)
  for (const o of [...orgs]) if (/[-‐]/.test(o)) orgs.add(norm(o));

  cached = {
    tags: (w) => tagsOf(w.toLowerCase()),
    isFirstName: (w) => {
      const k = w.toLowerCase();
      const given = (x: string) => has(x, FIRST_NAME_TAGS) || givenWords.has(x) || male.has(x) || female.has(x) || unisex.has(x);
      // ("Luís", "António", "Zoë": the lists write most given names without their accents.)
      return given(k) || given(withoutAccents(k));
    },
    genderOfSurname: (w) => (FEMALE_SURNAME.test(w) ? 'female' : MALE_SURNAME.test(w) ? 'male' : null),
    genderOf: (w) => {
      const written = w.toLowerCase();
      const k = tagsOf(written).length || male.has(written) || female.has(written) || unisex.has(written) ? written : withoutAccents(written);
      if (unisex.has(k)) return null;
      const t = tagsOf(k);
      const isMale = t.includes('MaleName') || male.has(k);
      const isFemale = t.includes('FemaleName') || female.has(k);
      return isMale === isFemale ? null : isMale ? 'male' : 'female';
    },
    isLastName: (w) => has(w.toLowerCase(), LAST_NAME_TAGS),
    isPlaceName: (p) => {
      const k = norm(p);
      return places.has(k) || has(k, PLACE_TAGS);
    },
    isOrgName: (p) => {
      const k = norm(p);
      // ("G-7" is "G7".)
      return orgs.has(k) || orgs.has(p.toLowerCase()) || (/\d/.test(k) && orgs.has(k.replace(/ (?=\d)/g, ''))) || has(k, ORG_TAGS);
    },
    isPersonName: (p) => {
      const k = norm(p);
      return has(k, PERSON_TAGS) || figures.has(k);
    },
    isOtherName: (p) => others.has(norm(p)) || others.has(p.toLowerCase()),
    // (The library files "Philippines" among demonyms.)
    isDemonym: (w) => (has(w.toLowerCase(), DEMONYM_TAGS) && !places.has(w.toLowerCase())) || adherents.has(w.toLowerCase()),
    isCommonWord: (w) => {
      const k = w.toLowerCase();
      const t = tagsOf(k);
      return never.has(k) || PERSON_NOUN_FORMS.has(k) || (t.length > 0 && !t.some((x) => PROPER_TAGS.has(x)));
    },
    isNeverName: (w) => never.has(w.toLowerCase()),
    readsAsWord: (w) => {
      const k = w.toLowerCase();
      let v = wordReadings.get(k);
      if (v === undefined) {
        v = nlp(k).has('(#Adjective|#Verb|#Adverb)');
        wordReadings.set(k, v);
      }
      return v;
    },
    orgWords: new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS, ...CORPORATE_SUFFIXES, ...CLUB_WORDS]),
    placeWords: new Set([...Object.keys(model.two.placeWords), ...EXTRA_PLACE_WORDS]),
    buildingWords: new Set(BUILDING_WORDS),
    otherWords: new Set(OTHER_NAME_WORDS),
    titles: [...NAME_TITLES].sort((a, b) => b.length - a.length),
    roleNouns: new Set(ROLE_NOUNS),
    personNouns: new Set([...ROLE_NOUNS, ...PERSON_NOUNS]),
    ministryHeads: MINISTRY_HEADS,
    speechVerbs: SPEECH_VERBS,
    placeAliases: PLACE_ALIASES,
    capitalsOnly: CAPITALS_ONLY,
    languages: new Set(LANGUAGES),
    languageCuesBefore: new Set(LANGUAGE_CUES_BEFORE),
    languageCuesAfter: new Set(LANGUAGE_CUES_AFTER),
    institutionNouns: new Set(INSTITUTION_NOUNS),
    knownNames: () => {
      // Only the names our lists hold as frequent in the news: near the whole lexicon's
      // thousands of places, a town it lacks is one letter from another ("Derby", "Derry").
      known ??= [...places, ...orgs].filter((w) => w.length >= 5);
      return known;
    },
  };
  return cached;
}
