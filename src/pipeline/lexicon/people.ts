// Titles and roles that stand before a person's name. Lowercase; multi-word first.

/** Capitalised titles that precede a name and are not part of it ("President Vladimir Putin"). */
/**
 * British police ranks written short: "PC Keith Palmer", "DCI Jane Roe". Titles only before a
 * given name: "PC World" is a magazine.
 */
export const POLICE_RANKS_SHORT: readonly string[] = ['pc', 'wpc', 'dc', 'ds', 'dci', 'dsu', 'det insp', 'det sgt', 'det con'];

/** The particles a surname may open with, where a given name before them says a person: "Marine Le Pen". */
export const SURNAME_PARTICLES: readonly string[] = ['le', 'la', 'de', 'van', 'von', 'di', 'da', 'du', 'del'];

/** Courtesy titles of other languages that English news keeps before a name: "Monsieur Macron". */
export const COURTESY_TITLES_ABROAD: readonly string[] = ['monsieur', 'madame', 'mme', 'herr', 'frau', 'senor', 'señor', 'senora', 'señora'];

export const NAME_TITLES: readonly string[] = [
  'vice president', 'prime minister', 'deputy prime minister', 'foreign minister', 'defence minister',
  'defense minister', 'finance minister', 'interior minister', 'health minister', 'justice minister',
  'secretary of state', 'secretary of defense', 'defense secretary', 'home secretary', 'foreign secretary',
  'health secretary', 'energy secretary', 'commerce secretary', 'transport secretary', 'transportation secretary', 'education secretary',
  'labor secretary', 'labour secretary', 'interior secretary', 'agriculture secretary', 'culture secretary', 'business secretary',
  'justice secretary', 'environment secretary', 'housing secretary', 'homeland security secretary',
  'chief executive officer', 'chief operating officer', 'chief financial officer', 'chief technology officer',
  'chief information officer', 'chief marketing officer',
  'attorney general', 'secretary-general', 'secretary general', 'general secretary', 'pm', 'director-general', 'director general', 'sens', 'sens.', 'reps', 'reps.', 'chief executive', 'chief justice',
  'supreme leader', 'mr justice', 'mrs justice', 'lord justice', 'lady justice', 'chief constable', 'national security adviser', 'national security advisor', 'adviser', 'advisor', 'crown prince', 'first lady', 'house speaker', 'press secretary', 'white house press secretary',
  'president', 'presidents', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'sen.',
  'representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor',
  'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'judge', 'justice', 'king', 'queen',
  'prince', 'princess', 'pope', 'emperor', 'empress', 'tsar', 'tsarina', 'czar', 'kaiser', 'sheikh', 'ayatollah', 'imam', 'rabbi', 'bishop', 'archbishop',
  'cardinal', 'father', 'rev', 'rev.', 'reverend', 'sir', 'dame', 'lord', 'lady', 'mr', 'mr.', 'mrs',
  'mrs.', 'ms', 'ms.', ...COURTESY_TITLES_ABROAD, 'mme.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'general', 'gen', 'gen.', 'admiral',
  'colonel', 'col', 'col.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.',
  'sergeant', 'sgt', 'sgt.', 'marine', 'corporal', 'cpl', 'cpl.', 'private', 'pvt', 'pvt.', 'officer', 'detective', 'inspector', 'chief', 'commissioner', 'director',
  'administrator', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'skipper', 'speaker', 'leader', 'commander', 'cdr', 'cdr.', 'cmdr', 'cmdr.', 'supt', 'supt.', 'ch supt', 'det supt', 'det insp', 'det sgt', 'insp', 'insp.', 'marshal', 'field marshal',
  'patriarch', 'metropolitan', 'president-elect', 'chancellor-elect', 'economist', 'taoiseach', 'tánaiste', 'tanaiste',
  'lawmaker', 'legislator', 'councillor', 'councilor', 'cllr', 'cllr.', 'coun', 'coun.',
  // (America's city and state legislators, one or several: "Councilwomen Lethonia Barnes and Teresa Myers Ervin".)
  'councilman', 'councilwoman', 'councilmember', 'councilmen', 'councilwomen', 'councilmembers', 'councillors', 'councilors',
  'alderman', 'alderwoman', 'aldermen', 'alderperson', 'selectman', 'selectwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'mec', 'mpl', 'mp', 'mla', 'mep', 'msp', 'sheriff', 'deputy sheriff', 'police chief', 'fire chief', 'fire commissioner', 'fire marshal',
  'division chief', 'battalion chief', 'fire captain', 'assistant chief',
  'prosecutor', 'public prosecutor', 'chief prosecutor', 'attorney', 'state attorney', 'county attorney', 'coroner',
  'comptroller', 'treasurer', 'trooper', 'constable', 'fellow', 'research fellow', 'senior fellow',
  'founder', 'co-founder', 'cofounder', 'majority leader', 'minority leader', 'majority whip', 'minority whip',
  // (A party's leader in a chamber: "Senate Democratic Leader Chuck Schumer", "House GOP Whip".)
  'democratic leader', 'republican leader', 'gop leader', 'democratic whip', 'republican whip', 'gop whip',
  'rear admiral', 'vice admiral', 'adm', 'adm.', 'rear adm', 'rear adm.', 'vice adm', 'vice adm.', 'brigadier',
  'brigadier general', 'brig', 'brig.', 'brig gen', 'brig. gen.', 'lt gen', 'lt. gen.', 'maj gen', 'maj. gen.',
  'governor-general', 'governor general', 'chief deputy', 'chief minister', 'deputy chief minister',
  'lt col', 'lt. col.', 'lieutenant governor', 'lt. gov.', 'lt gov', 'lt. governor', 'corporal', 'cpl', 'cpl.', 'staff sergeant', 'staff sgt.', 'commodore',
  ...POLICE_RANKS_SHORT,
  // Malaysian and Bruneian honorifics, written before the name ("Datuk Seri Anwar Ibrahim").
  'datuk seri', 'datuk', "dato' seri", 'dato seri', "dato'", 'dato', 'datin', 'tan sri', 'puan sri', 'toh puan', 'tun',
  'honourable', 'honorable', 'hon', 'hon.', 'superintendent', 'chief superintendent', 'chief inspector', 'detective chief inspector',
  'detective inspector', 'detective sergeant', 'detective constable', 'detective superintendent', 'detective chief superintendent', 'police constable', 'district judge', 'federal judge', 'circuit judge', 'chief judge', 'magistrate judge', 'special counsel',
  'district attorney', 'us attorney', 'u.s. attorney', 'permanent representative', 'cabinet secretary', 'prime cabinet secretary', 'under-secretary-general', 'under secretary general', 'under-secretary general',
  'assistant secretary-general', 'deputy secretary-general', 'high commissioner', 'special envoy', 'special representative',
];

/** Lowercase nouns for a person's role when they stand before the name ("Kremlin spokesperson Dmitry Peskov"). */
export const ROLE_NOUNS: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'president', 'minister', 'secretary', 'economist', 'analyst',
  'official', 'officials', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'adviser', 'advisor',
  'aide', 'chief', 'director', 'head', 'leader', 'commander', 'general', 'lawyer', 'attorney', 'judge',
  'prosecutor', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'professor', 'researcher',
  'scientist', 'expert', 'historian', 'activist', 'founder', 'co-founder', 'creator', 'chairman',
  'chairwoman', 'chairperson', 'executive', 'ceo', 'manager', 'coach', 'player', 'striker', 'captain', 'actor', 'actress',
  'singer', 'artist', 'author', 'writer', 'student', 'teacher', 'doctor', 'nurse', 'officer', 'candidate',
  'lawmaker', 'legislator', 'politician', 'diplomat', 'negotiator', 'premier', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'mp', 'deputy', 'representative', 'congressman', 'congresswoman',
  'administrator', 'commissioner', 'inspector', 'detective', 'sheriff', 'pastor', 'priest', 'bishop', 'archbishop', 'cardinal', 'pope', 'pontiff',
  'cleric', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur', 'investor', 'owner', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'defector', 'presenter', 'host', 'star',
];

/**
 * People the news quotes by what they do or what befell them, often in the plural opening a
 * sentence ("Forecasters warned …", "Protesters said …"): ordinary words the general lexicon lacks.
 */
export const PEOPLE_BY_WHAT_THEY_DO: readonly string[] = [
  'forecaster', 'meteorologist', 'seismologist', 'epidemiologist', 'virologist', 'climatologist', 'rescuer', 'paramedic',
  'protester', 'protestor', 'demonstrator', 'pollster', 'evacuee', 'mourner', 'mediator', 'creditor', 'bondholder',
  'shareholder', 'shopper', 'commuter', 'motorist', 'passenger', 'peacekeeper', 'militant', 'insurgent', 'separatist',
  'jihadist', 'gunman', 'assailant', 'attacker', 'captor', 'detainee', 'inmate', 'juror', 'defendant', 'plaintiff',
  'petitioner', 'campaigner', 'conservationist', 'fisherman', 'miner', 'supporter', 'voter', 'strategist',
  'statistician', 'archaeologist', 'physicist', 'biologist', 'chemist', 'geologist', 'contractor', 'homeowner',
  'villager', 'trafficker', 'poacher', 'looter', 'rioter', 'hacker', 'scammer', 'fraudster', 'fan', 'migrant', 'immigrant', 'policymaker',
  // ("Opponents said the plan would fail": people by the side they take, which the general lexicon lacks.)
  'opponent', 'detractor', 'proponent', 'organiser', 'organizer', 'prosecutor', 'lawmaker', 'negotiator', 'local', 'investor', 'insurer', 'regulator',
];

/** Nouns for a person that are no role ("…, an Australian woman"). */
export const PERSON_NOUNS: readonly string[] = [
  'woman', 'man', 'girl', 'boy', 'teenager', 'child', 'resident', 'native', 'citizen', 'national', 'member',
  'veteran', 'survivor', 'victim', 'witness', 'volunteer', 'worker', 'employee', 'graduate',
  'grandmother', 'grandfather', 'widow', 'refugee', 'pilot', 'engineer', 'designer',
  'scientologist', 'photographer', 'filmmaker', 'programmer', 'athlete',
  // Performers, often named by a stage name in capitals: "countertenor JJ".
  'rapper', 'countertenor', 'tenor', 'soprano', 'baritone', 'comedian', 'dj',
  ...PEOPLE_BY_WHAT_THEY_DO,
];

/** Followers of a religion: like demonyms, words for groups of people, not names. */
export const ADHERENTS: readonly string[] = [
  'muslim', 'muslims', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'christian',
  'christians', 'catholic', 'catholics', 'protestant', 'protestants', 'mormon', 'mormons', 'sunni', 'sunnis',
  'shia', 'shiite', 'shiites', 'evangelical', 'evangelicals', 'scientologist', 'scientologists',
  // Members of a people or a party, said as nouns: no names either.
  'serb', 'serbs', 'croat', 'croats', 'turk', 'turks', 'kurd', 'kurds', 'arab', 'arabs', 'pashtun', 'pashtuns', 'tamil',
  'tamils', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'republican', 'democrat', 'communist', 'communists', 'socialist',
  'socialists', 'republicans', 'democrats', 'tory', 'conservative', 'loyalist', 'loyalists', 'unionist', 'unionists',
  // Followers of a doctrine or a leader's line.
  'jesuit', 'jesuits', 'franciscan', 'franciscans',
  'marxist', 'marxists', 'leninist', 'leninists', 'maoist', 'maoists', 'trotskyist', 'trotskyists', 'stalinist', 'stalinists',
  'islamist', 'islamists', 'jihadist', 'jihadists', 'salafist', 'salafists', 'zionist', 'zionists', 'gaullist', 'gaullists',
  'peronist', 'peronists', 'thatcherite', 'thatcherites', 'blairite', 'blairites', 'corbynite', 'corbynites', 'chavista', 'chavistas',
];

/**
 * Given names that are also ordinary words, which the general lexicon knows only as words
 * ("Bill Ingalls", "Dean Kamen"). Nouns only: a modal ("Will") or a month ("May") would
 * make a name of a question or a date.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: readonly string[] = [
  'bill', 'dean', 'rose', 'frank', 'ray', 'max', 'guy', 'hope', 'joy', 'nat', 'drew', 'gene', 'miles',
  'dawn', 'holly', 'ivy', 'grace', 'faith', 'glen', 'dale', 'wade', 'cliff', 'sandy', 'penny', 'earl',
  'rusty', 'amber', 'iris', 'ruby', 'pearl', 'heather', 'violet', 'hunter', 'carter', 'mason', 'chuck',
  'hank', 'buck', 'rod', 'lance', 'pierce', 'rex', 'sky', 'summer', 'autumn', 'crystal', 'destiny',
  // (A believer's word too: "Christian Lindner".)
  'christian',
  // (A soldier's word too: "Marine Le Pen".)
  'marine',
  // (A month's short form too: "Jan Lipavsky".)
  'jan',
];

/** The peoples of countries and regions the general lexicon lacks ("British", "Eritrean", "Chechen"); languages are listed apart. */
export const EXTRA_DEMONYMS: readonly string[] = [
  'andorran', 'argentinian', 'bahraini', 'barbadian', 'belizean', 'beninese', 'bhutanese', 'botswanan', 'british', 'bruneian',
  'burkinabe', 'burundian', 'cypriot', 'djiboutian', 'eritrean', 'fijian', 'gabonese', 'grenadian', 'guinean', 'guyanese',
  'kosovar', 'kyrgyz', 'luxembourgish', 'malawian', 'maldivian', 'malian', 'mauritanian', 'mauritian', 'moldovan', 'montenegrin',
  'mozambican', 'nepalese', 'salvadoran', 'surinamese', 'tajik', 'tanzanian', 'togolese', 'tongan', 'uruguayan', 'yemeni',
  'flemish', 'walloon', 'bavarian', 'chechen', 'dagestani', 'tatar', 'sicilian', 'corsican', 'sinhalese', 'baloch', 'inuit', 'māori', 'maori', 'pasifika', 'aboriginal', 'indigenous', 'sámi', 'sami',
  // One of a people, as sports writing names a player: "the 22-year-old Frenchman".
  'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman', 'welshman', 'welshwoman',
  'englishwoman', 'briton', 'kiwi', 'aussie', 'scot', 'swede', 'serb', 'croat', 'spaniard', 'kurd',
  // Moscow's word for the US and Britain together: "the Anglo-Saxons".
  'anglo-saxon', 'anglo-saxons',
];

/** Vietnamese surnames, written first: "Le Duc Tho", "Pham Minh Chinh". */
export const VIETNAMESE_SURNAMES: readonly string[] = ['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'ly'];

/**
 * Chinese, Korean and Vietnamese surnames that English also writes as words ("Ma", "Wang",
 * "Han"): they open a name written surname first ("Ma Hao, a college student"). Not those that
 * are English function words ("He", "Do"), which open sentences far more often.
 */
export const SURNAMES_FIRST: readonly string[] = [
  'ma', 'lan', 'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu',
  'guo', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng',
  'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding',
  'ren', 'yao', 'shen', 'zhong', 'cui', 'tan', 'fan', 'liao', 'shi', 'jin', 'jia', 'xia', 'fu', 'fang', 'zou',
  'xiong', 'bai', 'meng', 'qin', 'qiu', 'hou', 'yin', 'xue', 'yan', 'duan', 'lei', 'mao', 'hao', 'kong', 'wen',
  'lai', 'hong', 'tao', 'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'oh', 'seo',
  'shin', 'kwon', 'hwang', 'ahn', 'yoo', 'jeon', 'ko', 'moon', ...VIETNAMESE_SURNAMES,
];

/** Words that qualify a role before its noun: "deputy minister", "former coach", "Vice president". */
export const TITLE_QUALIFIERS: readonly string[] = ['deputy', 'vice', 'acting', 'former', 'first', 'senior', 'assistant', 'associate', 'interim', 'chief', 'ex'];

/** Players' and managers' roles, by which sports writing names a club before the holder and the holder afterwards: "Wolfsburg boss Dieter Hecking", "the former Nurnberg coach said". */
export const SPORTS_ROLES: readonly string[] = ['coach', 'manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'skipper', 'winger',
  'forward', 'playmaker', 'player'];

/** Roles held in a body, said after its name and before the holder's: "Celtic manager Gordon Strachan". */
export const BODY_ROLES: readonly string[] = [
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'player', 'forward', 'winger',
  'executive', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'director', 'analyst', 'economist', 'founder', 'co-founder', 'owner', 'boss', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'researcher', 'scientist', 'engineer', 'employee', 'staffer',
];

/** Honours and ranks written after a person's name: "Graham Knowles QC", "Mo Farah CBE", "Colin Mandy SC" (senior counsel). */
export const POST_NOMINALS: readonly string[] = ['QC', 'KC', 'SC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'BL', 'VC'];
