// General knowledge about organisation names. Keys are lowercase.

/** Words a newspaper's name ends with: "The Wall Street Journal", "Daily Mail". */
export const NEWSPAPER_WORDS: readonly string[] = ['times', 'post', 'news', 'journal', 'gazette', 'sun', 'star', 'mail', 'chronicle', 'inquirer', 'courier',
  'standard', 'monitor', 'bulletin', 'dispatch', 'tribune', 'herald', 'telegraph', 'guardian', 'observer', 'independent', 'express', 'daily', 'weekly'];

export const NEWSPAPER_WORD_SET: ReadonlySet<string> = new Set(NEWSPAPER_WORDS);

/** Words that make a capitalised run an organisation when they end it. */
export const EXTRA_ORG_WORDS: readonly string[] = [
  'ministry', 'department', 'party', 'parliament', 'congress', 'senate', 'assembly', 'court', 'cabinet', 'chamber',
  'telecom', 'telecoms', 'air', 'water', 'steel', 'utilities', 'computing', 'pharma', 'platforms', 'ventures', 'logistics', 'shipping', 'research', 'films', 'pictures', 'studios', 'productions', 'records',
  'agency', 'commission', 'council', 'committee', 'panel', 'navy', 'fleet', 'army', 'forces', 'force', 'guard', 'police',
  'bank', 'fund', 'league', 'federation', 'union', 'alliance', 'front', 'movement', 'brigade', 'brigades', 'team', 'unit', 'squad',
  'symphony', 'orchestra', 'philharmonic', 'opera', 'ballet', 'choir', 'ensemble',
  'group', 'archive', 'archives', 'lab', 'labs', 'laboratory', 'laboratories', 'institute', 'university', 'universiti', 'universitas', 'universidad', 'universidade', 'université', 'universität',
  'università', 'universiteit', 'college', 'school', 'academy', 'foundation', 'trust', 'society',
  'association', 'organisation', 'organization', 'corporation', 'company', 'inc', 'corp', 'ltd', 'plc',
  'llc', 'ag', 'sa', 'gmbh', 'airlines', 'airways', 'org', ...NEWSPAPER_WORDS,
  'magazine', 'network', 'broadcasting', 'television', 'radio', 'press', 'reuters', 'service', 'office',
  'bureau', 'administration', 'authority', 'directorate', 'secretariat', 'command', 'taskforce', 'inspectorate', 'ombudsman',
  'co', 'survey', 'board', 'exchange', 'ratings', 'embassy', 'consulate', 'treasury', 'church', 'duma', 'patrol', 'fc', 'afc', 'cf', 'militia', 'battalion', 'regiment', 'caucus', 'tribunal', 'kremlin', 'pentagon', 'knesset', 'bundestag', 'diet',
];

/** Words that open a body's name in Spanish, Portuguese, French or Italian, where the head comes first: "Banco de México", "Partido Popular". */
export const ORG_HEADS_FIRST: readonly string[] = [
  'banco', 'banca', 'banque', 'caja', 'caixa', 'grupo', 'gruppo', 'groupe', 'partido', 'partito', 'parti', 'ministerio', 'ministère', 'ministero',
  'instituto', 'institut', 'istituto', 'fundación', 'fundação', 'fondation', 'fondazione', 'compañía', 'companhia', 'compagnie', 'compagnia',
  'sociedad', 'société', 'società', 'consejo', 'conselho', 'conseil', 'consiglio', 'asociación', 'associação', 'associazione', 'federación',
  'federação', 'federazione', 'sindicato', 'confederación', 'confédération', 'confederazione', 'agencia', 'agência', 'agence', 'agenzia',
  'frente', 'movimiento', 'movimento', 'mouvement', 'unión', 'união', 'unione', 'rassemblement', 'coalición', 'secretaría', 'procuraduría',
  'fiscalía', 'policía', 'polizia', 'guardia', 'ejército', 'exército', 'esercito', 'armée', 'tribunal', 'corte', 'cour', 'universidad',
  'universidade', 'université', 'università', 'petróleos', 'editorial', 'ediciones', 'éditions',
];

/** Organisations often named alone in the news and not in the lexicon. */
export const EXTRA_ORGS: readonly string[] = [
  // Football's leagues, named by their own names.
  'bundesliga', 'la liga', 'serie a', 'ligue 1', 'eredivisie', 'mls', 'major league soccer',
  'kremlin', 'pentagon', 'treasury', 'swift', 'forza italia', 'white house', 'state department', 'foreign office', 'home office',
  // Parliament's chambers named short.
  'commons', 'the commons',
  'european union', 'eu', 'un', 'united nations', 'nato', 'who', 'imf', 'world bank', 'wto', 'opec',
  'asean', 'apec', 'asia-pacific economic cooperation', 'african union', 'arab league', 'g7', 'g20', 'brics', 'iaea', 'icc', 'unicef', 'unesco',
  'unhcr', 'wfp', 'world food programme', 'world food program', 'un development programme', 'united nations development programme', 'undp',
  'un environment programme', 'united nations environment programme', 'unep', 'unaids', 'unrwa', 'ocha', 'interpol', 'europol', 'fbi', 'cia', 'nsa', 'kgb', 'fsb', 'gru', 'mod', 'mi5', 'mi6', 'mossad',
  'hamas', 'hezbollah', 'taliban', 'al-qaeda', 'al qaeda', 'isis', 'isil', 'islamic state', 'wagner',
  'revolutionary guards', 'revolutionary guard', 'revolutionary guard corps', 'islamic revolutionary guard corps', 'quds force', 'houthis', 'ansar allah',
  'congress', 'senate', 'house of representatives', 'house of commons', 'house of lords', 'supreme court', 'parliament', 'duma', 'state duma',
  'knesset', 'bundestag', 'lok sabha', 'rajya sabha', 'sejm', 'riksdag', 'storting', 'folketing', 'eduskunta', 'verkhovna rada', 'rada', 'majlis',
  'dail', 'dáil', 'seanad', 'oireachtas', 'althing', 'bundesrat', 'national assembly', 'reuters', 'associated press', 'ap', 'afp', 'bbc', 'cnn', 'tass', 'ria novosti',
  // Broadcasters and agencies whose names read as models or initials: "TF1", "M6", "PTI".
  'tf1', 'm6', 'bfmtv', 'lci', 'zdf', 'ard', 'kbs', 'rtl', 'pti',
  'xinhua', 'al jazeera', 'bloomberg', 'politico', 'axios', 'nasa', 'esa', 'spacex', 'red cross', 'red crescent',
  'amnesty international', 'human rights watch', 'greenpeace', 'save the children', 'doctors without borders', 'médecins sans frontières', 'medecins sans frontieres',
  'msf', 'care international', 'islamic relief', 'norwegian refugee council', 'international rescue committee', 'world vision', 'mercy corps',
  'ofwat', 'ofgem', 'ofcom', 'ofsted', 'water uk', 'action against hunger', 'reporters without borders', 'committee to protect journalists', 'integrated food security phase classification', 'transparency international', 'oxfam', 'gazprom', 'rosneft', 'wikileaks',
  'wikinews', 'wikipedia', 'microsoft', 'google', 'apple', 'amazon', 'facebook', 'meta', 'twitter', 'telegram', 'instagram', 'whatsapp', 'tiktok', 'youtube', 'vkontakte', 'weibo', 'wechat', 'truth social', 'bluesky', 'reddit', 'snapchat', 'linkedin',
  // Companies the general lexicon lacks, or knows only as words ("Oracle", "Paramount").
  'deutsche bahn', 'airbus defence and space', 'broadcom', 'oracle', 'adobe', 'sap', 'anthropic', 'xai', 'micron', 'barclays', 'lloyds', 'deutsche bank', 'credit suisse', 'paramount',
  // Carmakers and racing teams the general lexicon lacks.
  'spacex', 'blue origin', 'rocket lab', 'arianespace', 'roscosmos', 'isro', 'jaxa',
  'ferrari', 'mclaren', 'porsche', 'renault', 'peugeot', 'lamborghini', 'maserati', 'stellantis', 'aston martin', 'jaguar land rover', 'rolls-royce', 'haas', 'sauber',
  'openai', 'tesla', 'nvidia', 'fifa', 'uefa', 'ioc', 'nhs', 'ecb', 'federal reserve', 'fed', 'sec',
  'ftc', 'fda', 'cdc', 'epa', 'dhs', 'doj', 'irs', 'scientology', 'labour', 'tories',
  'gop', 'vatican', 'holy see', 'downing street', 'downing st', 'wall street', 'elysee', 'élysée', 'bundeswehr', 'luftwaffe',
  // Parties the international news names without "Party" ("Law and Justice", "National Rally").
  'law and justice', 'alternative for germany', 'brothers of italy', 'national rally', 'reform uk', 'pheu thai',
  'move forward', 'georgian dream', 'civic platform', 'five star movement', '5-star movement', 'social democrats',
  'udar', 'svoboda', 'podemos', 'sumar', 'together for catalonia', 'servant of the people', 'european solidarity',
  // Broadcasters and clubs whose names the lexicon reads as ordinary words ("Arsenal", "Sky Sports").
  'sky sports', 'sky news', 'bbc sport', 'espn', 'bein sports', 'arsenal', 'juventus', 'real madrid', 'atletico madrid',
  'bayern munich', 'paris saint-germain', 'psg', 'ac milan', 'inter milan', 'tottenham hotspur', 'aston villa',
  // Clubs in Europe's competitions named by one word no list types (Napoli is the club in English news; the city is Naples).
  'ajax', 'feyenoord', 'benfica', 'galatasaray', 'fenerbahce', 'fenerbahçe', 'besiktas', 'beşiktaş', 'olympiacos', 'anderlecht', 'napoli', 'fiorentina', 'atalanta',
  // Agencies, armed groups, companies and bodies frequent in international news.
  'abu sayyaf', 'interfax', 'sputnik', 'rosatom', 'roscosmos', 'houthis', 'idf', 'unrwa', 'svr', 'verkhovna rada', 'rada', 'sbu',
  'afu', 'azov', 'cgtn', 'huawei', 'starlink', 'moderna', 'osce', 'icj', 'frontex', 'eurostat', 'bundesbank',
  // Newspapers and broadcasters named in their own languages, or by names no word list types.
  'die zeit', 'die welt', 'frankfurter allgemeine zeitung', 'faz', 'süddeutsche zeitung', 'suddeutsche zeitung', 'handelsblatt', 'la repubblica',
  'corriere della sera', 'el mundo', 'rossiyskaya gazeta', 'komsomolskaya pravda', 'nikkei', 'asahi shimbun', 'yomiuri shimbun',
  'south china morning post', 'times of india', 'ukrainska pravda', 'kyiv independent', 'gazeta wyborcza', 'neue zürcher zeitung', 'der standard',
  'euronews', 'deutsche welle', 'dw', 'people’s daily', "people's daily", 'lenta.ru', 'cnbc', 'msnbc', 'abc news', 'new yorker', 'kathimerini', 'hürriyet', 'hurriyet', 'daily sabah',
  'isis-k', 'is-k', 'islamic state khorasan', 'delta air lines', 'icrc', 'cis', 'commonwealth', 'euroclear', 'naftogaz', 'ukrenergo', 'energoatom', 'rosgvardia', 'washington post', 'morgan stanley',
  'general dynamics', 'eurasian economic union', 'collective security treaty organization', 'bank of russia', 'central bank of russia',
  'rossiya 1', 'rossiya 24', 'france 2', 'france 3', 'france 24', 'channel 4', 'channel 4 news', 'channel one', 'ntv', 'ren tv', 'zvezda', 'general staff', 'all england club',
  'sberbank', 'vtb', 'aeroflot', 'lukoil', 'novatek', 'yandex', 'vkontakte', 'msf', 'wfp', 'fao', 'oecd',
  'shanghai cooperation organisation', 'shanghai cooperation organization', 'general assembly',
  'un general assembly', 'security council', 'un security council', 'human rights council', 'un human rights council',
  'european commission', 'european council', 'european parliament', 'council of europe',
  // News agencies and outlets cited by name.
  'npr', 'cbs', 'abc news', 'cbs news', 'nbc news', 'fox news', 'sky news', 'rt', 'dpa', 'efe', 'ansa', 'kyodo',
  'yonhap', 'anadolu', 'anadolu agency', 'irna', 'kcna', 'izvestia', 'kommersant', 'vedomosti', 'ukrinform', 'unian',
  'haaretz', 'bild', 'der spiegel', 'spiegel', 'le monde', 'le figaro', 'el pais', 'el país', 'nhk', 'cctv',
  'global times', 'the hill', 'pravda', 'the sun', 'the mirror', 'the times', 'the economist', 'the guardian',
  'the telegraph', 'the independent', 'the atlantic', 'the observer', 'the spectator', 'the intercept', 'the express',
  'the hindu', 'the australian', 'the scotsman', 'the verge', 'novaya gazeta', 'meduza', 'al arabiya', 'trt', 'ptv',
  // Armed groups, parties and blocs.
  'daesh', 'amaq', 'boko haram', 'al-shabaab', 'al shabaab', 'pkk', 'ypg', 'hts', 'hayat tahrir al-sham',
  'islamic jihad', 'fatah', 'irgc', 'quds force', 'shin bet', 'muslim brotherhood', 'wagner group',
  'likud', 'cdu', 'csu', 'spd', 'afd', 'fdp', 'anc', 'bjp', 'sinn fein', 'sinn féin', 'snp', 'dup', 'ukip',
  'fidesz', 'syriza', 'kuomintang', 'kmt', 'united russia', 'a just russia', 'ldpr', 'cprf', 'new people', 'conservatives', 'liberals', 'greens', 'liberal democrats', 'liberal democrat', 'lib dems', 'lib dem',
  'mercosur', 'csto', 'eaeu', 'ocha', 'undp', 'unep', 'unfccc', 'ilo', 'ofcom', 'scotland yard',
  'metropolitan police', 'met police', 'met office',
  // Companies in the news.
  'airbus', 'biontech', 'bytedance', 'alibaba', 'blackrock', 'mastercard', 'exxonmobil', 'chevron',
  'totalenergies', 'glencore', 'aramco', 'saudi aramco', 'petrobras', 'pemex', 'sinopec', 'astrazeneca',
  'unilever', 'siemens', 'lufthansa', 'ryanair', 'foxconn', 'tsmc', 'qualcomm', 'lockheed martin', 'raytheon',
  'northrop grumman', 'bae systems', 'rheinmetall', 'rostec',
  'thales', 'safran', 'dassault', 'dassault aviation', 'embraer', 'equinor', 'byd', 'asml', 'roche', 'sanofi', 'arcelormittal',
  'maersk', 'saab', 'kongsberg', 'naval group', 'mbda', 'hanwha', 'krauss-maffei wegmann', 'general dynamics',
  // Agencies named like a thing: "Cal Fire said".
  'cal fire', 'accuweather',
  // Pollsters, named as the source of a poll ("an exit poll by Ipsos").
  'ipsos', 'yougov', 'gallup', 'pew research center', 'opinium', 'savanta', 'kantar', 'ifop', 'elabe', 'forsa', 'infratest dimap',
  'levada center', 'datafolha', 'quaest', 'morning consult', 'quinnipiac', 'marist', 'redfield & wilton', 'survation', 'focaldata',
  // Korea's groups, named by initials and a word ("SK Hynix", which reads as a person's shape).
  'sk hynix', 'hynix', 'sk group', 'sk telecom', 'sk innovation', 'lg electronics', 'lg display', 'lg energy solution', 'lg chem', 'hyundai motor',
  'kia', 'posco', 'kt corp', 'cj group', 'gs caltex', 'samsung', 'samsung electronics',
  // Companies one letter from another name the lists know, which spelling correction would otherwise take them for ("Eurostar", "Eurostat").
  'eurostar',
  // Carmakers whose names read as a person's or as initials.
  'fiat chrysler', 'fiat chrysler automobiles', 'psa', 'psa group', 'kia',
  // The European Parliament's groups, whose names are made of ordinary words.
  'socialists and democrats', 'renew europe', 'patriots for europe', 'european conservatives and reformists', 'europe of sovereign nations',
  // Drugmakers, whose two-word names read as a person's ("Novo Nordisk", "Bavarian Nordic").
  'novo nordisk', 'gsk', 'merck', 'abbvie', 'gilead', 'gilead sciences', 'takeda', 'teva', 'regeneron', 'amgen', 'bristol myers squibb',
  'bristol-myers squibb', 'johnson & johnson', 'vertex pharmaceuticals', 'boehringer ingelheim', 'daiichi sankyo', 'astellas', 'biogen', 'bavarian nordic',
  // Companies the news names alone that the general lexicon lacks.
  'fujitsu', 'softbank', 'rakuten', 'sumitomo', 'nikon', 'denso', 'zara', 'inditex', 'primark', 'aldi', 'lidl', 'carrefour', 'nestlé', 'nestle',
  'danone', 'heineken', 'diageo', 'bhp', 'repsol', 'eni', 'ørsted', 'orsted', 'vattenfall', 'uniper', 'infosys', 'wipro', 'lyft', 'spotify', 'shell',
  'asda', 'morrisons', 'waitrose', 'ocado', 'mercedes', 'ubisoft', 'met éireann', 'met eireann',
  // Bodies whose names join two of the lists' names with "and".
  'international federation of red cross and red crescent societies', 'international red cross and red crescent movement',
  // Companies whose names end in a possessive, written with it ("shares in McDonald’s", "sold at Sotheby’s").
  ...['mcdonald', 'sainsbury', 'sotheby', 'christie', 'moody', 'macy', 'domino', 'wendy', 'ben & jerry', 'lloyd', 'kohl', 'lowe', 'dillard',
    'trader joe', 'papa john', 'nando', 'victoria', 'dick', 'applebee', 'chili', 'denny', 'arby', 'hardee', 'claire', 'casey', 'culver', 'harrah', 'caesar',
    'carl', 'stewart', 'sam'].map((n) => `${n}’s`),
];

/** Football clubs the news names in full, whose names would otherwise read as a place ("Nottingham Forest", "West Ham"). */
export const FOOTBALL_CLUBS: readonly string[] = [
  'manchester united', 'manchester city', 'nottingham forest', 'crystal palace', 'west ham', 'west ham united', 'newcastle united',
  'aston villa', 'tottenham hotspur', 'leicester city', 'ipswich town', 'leeds united', 'sheffield united', 'norwich city', 'stoke city',
  'swansea city', 'cardiff city', 'wolverhampton wanderers', 'brighton and hove albion', 'brighton & hove albion', 'queens park rangers',
  'borussia dortmund', 'bayern munich', 'bayer leverkusen', 'rb leipzig', 'eintracht frankfurt', 'vfb stuttgart', 'real madrid',
  'atletico madrid', 'real sociedad', 'athletic bilbao', 'inter milan', 'ac milan', 'as roma', 'paris saint-germain', 'as monaco',
  'olympique lyonnais', 'olympique de marseille', 'ajax amsterdam', 'psv eindhoven', 'fc porto', 'inter miami', 'la galaxy',
  // Touring sides named after peoples.
  'british and irish lions', 'british & irish lions',
];

/** Words that end a sports club's name, and by which the club alone is called: "Westford Rovers", "Rovers". */
export const CLUB_WORDS: readonly string[] = ['rovers', 'wanderers', 'rangers', 'albion', 'athletic', 'hotspur', 'harriers', 'argyle', 'academicals'];
/** Words that end a club's name and call it alone, though they name no body elsewhere: "City" for Manchester City, "Villa", "Palace". */
export const CLUB_SHORT_WORDS: readonly string[] = ['city', 'united', 'town', 'county', 'villa', 'palace', 'forest'];

/** Every word a club's name may end with and be called by alone. */
export const CLUB_NAME_ENDS: ReadonlySet<string> = new Set([...CLUB_WORDS, ...CLUB_SHORT_WORDS]);

/** Words that open a club's name before its town's or its own: "Real Betis", "Sporting Lisbon", "Borussia Dortmund". */
export const CLUB_PREFIXES: readonly string[] = ['real', 'atlético', 'atletico', 'sporting', 'inter', 'dynamo', 'dinamo', 'olympique', 'borussia', 'deportivo', 'athletic'];

/** Words that, after a demonym, name a government body in lowercase ("the Russian foreign ministry"). */
export const MINISTRY_HEADS: readonly string[] = [
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'finance ministry',
  'justice ministry', 'health ministry', 'economy ministry', 'education ministry', 'energy ministry',
  'trade ministry', 'culture ministry', 'emergencies ministry', 'agriculture ministry',
  'foreign office', 'defense department', 'state department', 'navy', 'army', 'air force', 'coast guard',
];

/** Words after a company's name: "Acme CEO", "Acme shares", "Acme Inc". */
export const COMPANY_CUES_AFTER: readonly string[] = [
  'ceo', 'cfo', 'coo', 'shares', 'stock', 'shareholders', 'stockholders', 'employees', 'headquarters', 'inc', 'inc.', 'corp',
  'corp.', 'ltd', 'ltd.', 'plc', 'llc', 'gmbh', 'kgaa',
];

/** Words before a company's name: "Google parent Alphabet", "the chipmaker Nvidia". */
export const COMPANY_CUES_BEFORE: readonly string[] = [
  'parent', 'rival', 'rivals', 'subsidiary', 'startup', 'start-up', 'firm', 'company', 'giant', 'maker',
  'carrier', 'airline', 'retailer', 'broadcaster', 'app', 'platform', 'conglomerate', 'automaker', 'carmaker',
  'chipmaker', 'lender', 'insurer', 'drugmaker', 'planemaker', 'steelmaker', 'shipbuilder', 'brewer', 'miner', 'supermarket',
  'operator', 'developer', 'publisher', 'manufacturer', 'supplier', 'distributor',
];

/** What an apposition calls a body: "X, the platform formerly known as Twitter". */
export const BODY_NOUNS: readonly string[] = [
  'company', 'firm', 'platform', 'group', 'agency', 'party', 'organisation', 'organization', 'network',
  'broadcaster', 'newspaper', 'bank', 'union', 'ministry', 'department', 'charity', 'corporation',
  'conglomerate', 'startup', 'start-up', 'manufacturer', 'maker', 'operator', 'airline', 'retailer', 'outlet', 'militia',
  'movement', 'alliance', 'bloc', 'club', 'side', 'team', 'body', 'station', 'channel', 'website', 'tabloid', 'magazine',
  'journal', 'service', 'regulator', 'watchdog', 'carrier', 'insurer', 'lender', 'institute', 'foundation',
  'developer', 'builder', 'contractor', 'provider', 'distributor', 'publisher', 'supplier', 'business', 'division', 'subsidiary', 'unit',
  'nonprofit', 'non-profit', 'cooperative', 'co-operative', 'co-op', 'consultancy', 'fund',
];

/** Words a company's or a club's name ends with that its short form leaves off ("Cisco" for "Cisco Systems"). */
export const CORPORATE_SUFFIXES: readonly string[] = ['group', 'holdings', 'holding', 'corp', 'corporation', 'inc', 'incorporated', 'co', 'company', 'ltd',
  'limited', 'plc', 'llc', 'lp', 'sa', 'ag', 'nv', 'se', 'gmbh', 'kgaa', 'spa', 'ab', 'asa', 'oyj', 'bv', 'sas', 'srl', 'tbk', 'bhd', 'pte', 'pty', 'fc', 'afc', 'cf', 'sc', 'ac', 'fk', 'rfc', 'systems', 'technologies', 'technology', 'industries', 'motors', 'communications', 'networks', 'labs',
  'pharmaceuticals', 'electronics', 'software', 'semiconductor'];

/** Bodies the news names by a short form that is not their initials: "the Fed". */
export const ORG_ALIASES: Readonly<Record<string, string>> = {
  fed: 'Federal Reserve', 'us fed': 'Federal Reserve', 'u.s. fed': 'Federal Reserve',
  // (Not a regional one, "the Federal Reserve Bank of New York", which names its district.)
  'federal reserve bank': 'Federal Reserve',
  cdc: 'Centers for Disease Control and Prevention', 'us cdc': 'Centers for Disease Control and Prevention',
  'man city': 'Manchester City', 'man utd': 'Manchester United', 'man united': 'Manchester United',
};

/** Lowercase nouns after a name that say it is a broadcaster, a paper or an agency: "Aaj television". */
export const MEDIA_NOUNS: readonly string[] = ['television', 'tv', 'radio', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'magazine', 'tabloid', 'website'];

/** Members of a party, in the plural, that end a party's name: "Social Democrats", "Sweden Democrats". */
export const PARTY_MEMBERS: readonly string[] = ['democrats', 'republicans', 'socialists', 'liberals', 'conservatives', 'greens', 'communists', 'nationalists', 'unionists', 'progressives'];

/** Russia's army groups, named in the news by a compass point or a river: "the Center group of forces", "the West group". */
export const FORCE_GROUP_NAMES: readonly string[] = ['Center', 'Centre', 'West', 'South', 'East', 'North', 'Dnepr', 'Dnieper', 'Vostok', 'Zapad', 'Sever', 'Yug', 'Tsentr'];

/** Parties' adjectives that qualify a role, not name a body: "Republican House Speaker", "Conservative MP". */
export const PARTY_ADJECTIVES: readonly string[] = ['republican', 'democratic', 'democrat', 'conservative', 'tory', 'liberal', 'socialist', 'communist'];
