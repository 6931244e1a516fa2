// Verbs that report speech or writing, in the forms news uses them. Lowercase.
const BASES = [
  'say', 'tell', 'add', 'warn', 'claim', 'conclude', 'retort', 'state', 'declare', 'note', 'explain',
  'insist', 'argue', 'assert', 'stress', 'emphasize', 'emphasise', 'announce', 'reply', 'respond', 'answer',
  'write', 'tweet', 'post', 'comment', 'remark', 'suggest', 'admit', 'acknowledge', 'concede', 'confirm',
  'deny', 'complain', 'charge', 'allege', 'accuse', 'urge', 'demand', 'ask', 'recall', 'predict', 'promise',
  'vow', 'pledge', 'threaten', 'caution', 'observe', 'point', 'describe', 'call', 'label', 'dub', 'brand',
  'quip', 'joke', 'laugh', 'shout', 'scream', 'yell', 'whisper', 'cry', 'exclaim', 'continue', 'counter',
  'protest', 'maintain', 'contend', 'report', 'tell', 'inform', 'reveal', 'disclose', 'indicate', 'believe',
  'think', 'mention', 'testify', 'plead', 'boast', 'lament', 'mourn', 'concur', 'agree', 'disagree',
  'decry', 'condemn', 'criticize', 'criticise', 'praise', 'hail', 'welcome', 'blame', 'reiterate',
  'repeat', 'elaborate', 'specify', 'clarify', 'signal', 'hint', 'muse', 'wonder', 'sigh', 'snap',
  'fume', 'rage', 'gush', 'wish', 'radio', 'implore', 'beg', 'congratulate', 'thank', 'stated', 'estimate', 'forecast', 'proclaim', 'pronounce', 'rule', 'order',
  // What a letter or a sign says: "The Home Office letter reads: …".
  'read',
  // Verdicts given in words: "Moscow has dismissed the plans as “hysteria.”"
  'dismiss', 'denounce', 'reject', 'ridicule', 'deride', 'mock', 'slam', 'blast', 'lambaste',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks'],
  point: ['pointed', 'points', 'pointing'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'],
  testify: ['testified', 'testifies'],
  specify: ['specified', 'specifies'],
  clarify: ['clarified', 'clarifies'],
  snap: ['snapped', 'snaps'],
  plead: ['pleaded', 'pled', 'pleads'],
  rule: ['ruled', 'rules'],
  read: ['reads'],
  // A doubled final consonant before -ed and -ing.
  dub: ['dubbed', 'dubs', 'dubbing'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  slam: ['slammed', 'slams', 'slamming'],
  beg: ['begged', 'begs', 'begging'],
};

function forms(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]!];
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  const past = e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const third = y ? `${base.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const ing = e && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, past, third, ing];
}

// ("questioned how …" reports speech; "questions" is most often the noun.)
// (And what someone called someone, in the past: "addressed him as “uncle”", "referred to the commander as
// her “opponent”"; not "refers to", which says what a word means.)
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...BASES.flatMap(forms), 'questioned', 'addressed', 'referred']);

/** Headline verbs for what someone says of something: "Zakharova slams ‘reckless’ move". */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'slams', 'blasts', 'rips', 'rejects', 'dismisses', 'mocks', 'defends', 'touts', 'lashes', 'hits', 'backs',
  'decries', 'brands', 'labels',
]);

/** Verbs an attribution turns round, so that the speaker's name follows: "…,” said Tomas Berg". */
export const INVERTED_SPEECH: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'explained', 'noted', 'wrote', 'writes', 'continued', 'insisted', 'replied',
  'recalled', 'stated', 'declared', 'remarked', 'concluded', 'argued', 'acknowledged', 'admitted', 'countered', 'cautioned',
  'suggested', 'maintained', 'conceded', 'observed', 'recounted', 'responded',
]);

/** What companies do as often as people: "Merck announced", "Versum reported". */
export const COMPANY_SPEECH: ReadonlySet<string> = new Set([
  'announced', 'announces', 'reported', 'reports', 'confirmed', 'confirms', 'disclosed', 'estimated', 'forecast', 'posted',
]);

/**
 * Words that say what follows in quotation marks was chanted, shouted, sung or written on a
 * banner: "chanting “Arrest Yoon Suk Yeol.”" is words said, no title, though no one is named.
 */
/** Verbs that give a name or a label ("called the restriction “unconstitutional”"), not someone's words. */
export const NAMING_VERBS = /^(?:call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|dub|dubs|dubbed|dubbing|brand|brands|branded|branding|describe|describes|described|term|termed|addressed|referred)$/;

export const CHANTED_BEFORE_QUOTE = /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|sang|sing(?:s|ing)?|(?:banners?|signs?|placards?) reading)\s*[“‘"']?$/i;
