import { MONTH_ABBREVIATIONS } from './calendar';

// People's titles written short, which keep their period as part of the title ("Gov. Ralph Northam").
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt',
  'adm', 'pres', 'rev', 'fr', 'hon', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig', 'atty',
]);

// The short first words of places' and buildings' names, which keep their period ("St. Mary's Hospital", "Mt. Everest").
export const NAME_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'mt', 'ft']);

// Words that end in a period without ending the sentence (lowercase, without the period): the
// titles above, and other short forms.
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS, 'sr', 'jr', 'st', 'mt', 'ft', 'messrs',
  ...MONTH_ABBREVIATIONS,
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'co', 'corp', 'inc', 'ltd',
  'e.g', 'i.e', 'cf', 'al', 'ave', 'blvd', 'rd',
]);

// Abbreviations that often do end a sentence ("… a stake in Acme Inc. The deal …").
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'etc', 'jr', 'sr']);
