// Common nouns that refer back to an entity named before ("the ministry added").

/** Heads of noun phrases that stand for an organisation, or for what it published. */
export const ORG_NOUNS: readonly string[] = [
  'ministry', 'government', 'department', 'agency', 'office', 'company', 'firm', 'group', 'organisation',
  'organization', 'party', 'administration', 'council', 'committee', 'commission', 'court', 'police',
  'army', 'military', 'embassy', 'kremlin', 'cabinet', 'bank', 'union', 'campaign', 'authorities',
  'club', 'team', 'network', 'newspaper', 'channel', 'agency', 'service', 'board', 'university', 'academy', 'institute', 'center', 'centre', 'bloc',
  // What the news calls a body by its trade: "the regulator said" of a central bank, "the carrier" of an airline.
  'regulator', 'watchdog', 'lender', 'insurer', 'carrier', 'airline', 'broadcaster', 'outlet', 'automaker', 'carmaker', 'chipmaker',
  'manufacturer', 'retailer', 'alliance', 'junta', 'parliament', 'legislature', 'tribunal', 'federation', 'association',
];
/** The same, to look up: "the ministry", "the union", "police". */
export const ORG_NOUN_SET: ReadonlySet<string> = new Set(ORG_NOUNS);


/**
 * Institution nouns that, capitalised after "the", still only point back ("the
 * Church denied…", "the Ministry said"): not names. "Kremlin" is a name.
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  ...ORG_NOUNS.filter((n) => n !== 'kremlin'),
  'church', 'museum', 'school', 'college', 'hospital', 'institute', 'foundation', 'band', 'league', 'gallery',
];

export const DOCUMENT_NOUNS: readonly string[] = [
  'statement', 'report', 'letter', 'release', 'communique', 'communiqué', 'document', 'memo', 'note',
  'post', 'tweet', 'message', 'filing', 'study', 'paper', 'article', 'editorial', 'announcement', 'notice',
  'declaration',
];

/** Nouns for what someone said, after a possessive: "Blinken’s suggestion that …". */
export const SPEECH_NOUNS: readonly string[] = [
  'suggestion', 'statement', 'remarks', 'remark', 'comments', 'comment', 'words', 'claim', 'claims',
  'warning', 'assertion', 'proposal', 'description', 'promise', 'pledge', 'message', 'tweet', 'post',
  'letter', 'speech', 'argument', 'insistence', 'accusation', 'allegation', 'demand', 'call', 'reply',
  'response', 'answer', 'threat', 'vow', 'view', 'assessment', 'prediction', 'question', 'complaint',
];

/** Verbs that put out what a speech noun names: "issued a statement", "released a letter". */
export const ISSUING_VERBS: readonly string[] = ['issued', 'released', 'published', 'posted', 'made', 'gave', 'delivered', 'sent', 'put'];

/** Role words that name one office: "the Russian head of state" is its president. */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'head of state': ['president', 'king', 'queen', 'emir', 'monarch', 'sultan', 'emperor'],
  'head of government': ['prime minister', 'premier', 'chancellor'],
  leader: ['president', 'prime minister', 'chancellor', 'leader', 'chairman', 'secretary-general'],
  spokesman: ['spokesperson', 'spokeswoman', 'spokesman', 'press secretary'],
  spokesperson: ['spokesperson', 'spokeswoman', 'spokesman', 'press secretary'],
  spokeswoman: ['spokesperson', 'spokeswoman', 'spokesman', 'press secretary'],
  minister: ['minister', 'secretary'],
  diplomat: ['minister', 'secretary of state', 'ambassador', 'envoy', 'diplomat'],
  // ("Lord Justice Holroyde", "Mr Justice Goose", "Chief Justice John Roberts": the judge.)
  judge: ['judge', 'justice', 'magistrate'],
};

export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her'];
export const GROUP_PRONOUNS: readonly string[] = ['it', 'they', 'we'];

/** Who speaks for a body without being named ("a spokesperson for the Foreign Ministry"). */
export const SPOKESPEOPLE: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'representatives', 'official',
  'officials', 'source', 'sources',
];
