// Named things that are neither people, organisations nor places: events, wars,
// religions, festivals, products. The type "other" of the contract.

/** Words that make a capitalised run an event or other named thing when they end it. */
export const OTHER_NAME_WORDS: readonly string[] = [
  'war', 'wars', 'revolution', 'crisis', 'olympics', 'games', 'cup', 'trophy', 'contest', 'championship', 'championships', 'finals',
  'festival', 'tour', 'expo', 'fair', 'prize', 'award', 'awards', 'act', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'deal',
  'summit', 'conference', 'dialogue', 'protocol', 'doctrine', 'plan', 'program', 'programme', 'project', 'mission',
  'day', 'week', 'masters', 'challenge', 'marathon', 'open', 'series', 'tournament', 'pandemic', 'massacre', 'genocide', 'prix', 'rally',
  'holocaust', 'uprising', 'spring', 'operation', 'initiative', 'bill', 'law', 'constitution', 'convention',
  'code', 'index', 'station', 'telescope', 'shuttle', 'lander', 'rover', 'orbiter', 'probe', 'charter', 'memorandum', 'declaration', 'resolution',
  // Diseases named after a place or a person ("Middle East Respiratory Syndrome", "Lassa fever").
  'syndrome', 'disease', 'fever',
  // Wildfires and great fires: "the Park Fire", "the Great Fire of London".
  'fire',
  // Awards of a year: "Rookie of the Year", "Person of the Year".
  'year',
  // A cricket match between nations: "the Sydney Test".
  'test',
  // Horse races: "the Kentucky Derby", "the Belmont Stakes", "the Epsom Oaks".
  'derby', 'stakes', 'oaks',
  // American college football's post-season games: "the Peach Bowl", "the Rose Bowl".
  'bowl',
];

/** Single names of that kind that stand alone. */
export const OTHER_NAMES: readonly string[] = [
  'internet', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'hajj', 'ramadan', 'eid',
  'christmas', 'easter', 'passover', 'hanukkah', 'diwali', 'covid', 'covid-19', 'hiv', 'aids', 'sars', 'mers', 'ebola', 'mpox', 'brexit', 'holocaust', 'eurovision',
  // Motor racing's championships; cricket's series between England and Australia; cycling's grand tours.
  'formula one', 'formula 1', 'formula e', 'motogp',
  'ashes', 'giro d’italia', 'giro d\'italia', 'vuelta a españa', 'la vuelta',
  // The US constitution's amendments the news names by their ordinal.
  'first amendment', 'second amendment', 'fifth amendment', 'fourteenth amendment', '14th amendment', '25th amendment', '2nd amendment',
  // Crude oil's benchmark grades, priced as things ("West Texas Intermediate rose $2").
  'west texas intermediate',
  // Weather patterns over the Pacific.
  'el niño', 'el nino', 'la niña', 'la nina',
  // Ships the news names alone.
  'titanic', 'lusitania', 'mayflower', 'cutty sark',
  'easter sunday', 'easter monday', 'good friday', 'palm sunday', 'ash wednesday', 'christmas eve', 'christmas day', 'boxing day',
  'super tuesday', 'black friday', 'cyber monday',
  // Days named for a disaster or a crash: "the Black Monday crash of 1987".
  'black monday', 'black tuesday', 'black wednesday', 'black thursday', 'black saturday', 'black sunday',
  // Weapons the news names (not those that are words or names too: Patriot, Javelin, Leopard, Abrams).
  'atacms', 'himars', 'storm shadow', 'iskander', 'kinzhal', 'kalibr', 'oreshnik', 'sarmat', 'shahed', 'nasams', 'iris-t', 'bayraktar',
  'windows', 'chatgpt', 'gemini', 'copilot', 'android', 'ios',
  // Cryptocurrencies, written capitalised as names.
  'bitcoin', 'ethereum', 'dogecoin', 'tether',
  'international space station', 'nord stream', 'nord stream 2', 'turkstream', 'power of siberia',
  'new year', 'lunar new year', 'chinese new year', 'thanksgiving', 'halloween', 'hogmanay', 'yom kippur', 'rosh hashanah',
  'cold war', 'world war i', 'world war ii', 'the cold war', 'first world war', 'second world war', 'great war', 'bible', 'koran', 'quran', 'torah',
  // Games, and awards.
  'olympics', 'olympic games', 'winter olympics', 'summer olympics', 'paralympics', 'paralympic games',
  'french open', 'us open', 'australian open', 'davis cup', 'ryder cup', 'the masters', 'masters', 'us pga championship', 'pga championship', 'the open championship', 'tour de france', 'super bowl', 'world series',
  'six nations', 'six nations championship', 'rugby championship', 'copa américa', 'copa america', 'africa cup of nations', 'asian cup', 'gold cup',
  'oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'bafta', 'baftas', 'golden globe', 'golden globes',
  'palme d’or', "palme d'or", 'grand prix', 'golden lion', 'golden bear', 'pulitzer', 'nobel', 'ballon d’or', "ballon d'or", 'tony', 'tonys',
  // Software, devices and weapons news names as things (none that is also an ordinary word,
  // such as "Windows" or "Patriot", which open sentences as words).
  'windows xp', 'windows 10', 'windows 11', 'android', 'ios', 'iphone', 'ipad', 'google chrome', 'firefox',
  'mozilla firefox', 'internet explorer', 'chatgpt', 'air force one', 'marine one', 'app store', 'play store', 'google play', 'playstation', 'xbox', 'himars', 'iron dome', 'kinzhal',
  'sarmat', 'oreshnik', 'bayraktar', 'black hawk', 'chinook',
  // The world wars, numbered in words or figures.
  'world war one', 'world war two', 'world war 1', 'world war 2',
];

/** Words before a storm's name: "Hurricane Laura", "Typhoon Haiyan", "Tropical Storm Alberto". */
export const STORM_PREFIXES: readonly string[] = ['hurricane', 'typhoon', 'super typhoon', 'cyclone', 'tropical storm', 'storm'];
/** First words of names of operations, ships, craft and storms: "Operation Barbarossa", "USS Nimitz". */
export const OTHER_NAME_PREFIXES: readonly string[] = ['operation', 'uss', 'hms', 'hmc', 'hmcs', 'ins', 'space shuttle', ...STORM_PREFIXES];

/** Capitalised words that start sentences or headlines but never names. */
export const NEVER_NAMES: readonly string[] = [
  // Genres written in capitals: "best R&B song".
  'r&b', 'edm', 'k-pop',
  'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'you', 'my',
  'our', 'his', 'her', 'their', 'its', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'if', 'when',
  'while', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'after', 'before', 'during',
  'since', 'until', 'however', 'meanwhile', 'also', 'although', 'though', 'because', 'according', 'despite',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'other',
  'another', 'such', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'last', 'next',
  'first', 'second', 'new', 'former', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'still', 'even',
  'only', 'just', 'more', 'less', 'much', 'few', 'several', 'once', 'again', 'ok', 'yes', 'mr', 'mrs',
  'ms', 'dr', 'image', 'photo', 'video', 'source', 'sources', 'update', 'breaking', 'editor', 'note',
  'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'bst', 'tv', 'ceo', 'cfo', 'gdp', 'ad', 'bc',
  'ii', 'iii', 'iv', 'phd', 'mp', 'mps', 'vip', 'faq', 'pdf', 'usd', 'eur', 'id', 'dna', 'ai', 'it',
  'gp', 'god', 'lord', 'let', 'do', 'did', 'does', 'is', 'was', 'are', 'were', 'be', 'have', 'has', 'had',
  'iq', 'gps', 'usb', 'url', 'sms', 'atm', 'mvp', 'coo', 'cto', 'et', 'pt', 'eps', 'ebitda', 'ebit', 'ipo', 'esg', 'etf', 'capex', 'yoy',
  // Initials of a cause or a community, no body's: "LGBT rights".
  'lgbt', 'lgbtq', 'lgbtq+', 'lgbti', 'lgbtqia',
  // Cricket's formats: "his last T20 game", "ODI cricket".
  't20', 't20s', 't20i', 't20is', 'odi', 'odis',
  // A game's extra time, as headlines shorten it: "win wild one in OT".
  'ot', '2ot', '3ot',
];

/** Kinds of product after a product's name: "the Rubin platform", "Leopard tanks". */
export const PRODUCT_NOUNS: readonly string[] = [
  'platform', 'app', 'chip', 'chips', 'processor', 'phone', 'smartphone', 'handset', 'console', 'software',
  'browser', 'model', 'models', 'vaccine', 'drug', 'jet', 'jets', 'missile', 'missiles', 'tank', 'tanks', 'rifle',
  'drone', 'drones', 'rocket', 'satellite', 'spacecraft', 'car', 'sedan', 'truck', 'game', 'series', 'album',
  'film', 'novel', 'chatbot', 'engine', 'program', 'programme', 'assistant', 'tool', 'capsule', 'rover', 'probe', 'lander',
  'booster', 'telescope', 'funicular', 'tram', 'bulletin', 'podcast', 'documentary', 'sitcom', 'musical', 'trainers', 'sneakers', 'processors', 'rockets', 'satellites', 'phones', 'smartphones', 'consoles', 'cars', 'trucks', 'vehicles', 'prototype', 'robotaxi', 'battery', 'batteries', 'launcher', 'launchers',
  // Agreements named before their kind: "the New START treaty".
  'treaty', 'accord', 'pact',
];

/** Craft and devices a maker's name comes before, with the model's: "a SpaceX Dragon capsule" (not software, a name of the maker's own). */
export const MADE_THING_NOUNS: readonly string[] = [
  'spacecraft', 'capsule', 'rocket', 'rockets', 'jet', 'jets', 'aircraft', 'plane', 'planes', 'helicopter', 'car', 'cars', 'truck', 'trucks',
  'phone', 'phones', 'smartphone', 'smartphones', 'drone', 'drones', 'satellite', 'satellites', 'lander', 'rover', 'probe', 'booster',
  'missile', 'missiles', 'tank', 'tanks',
];

/** Works built under a numbered name: "the Paks II project" (a company's name before them is its owner: "the Rio Tinto project"). */
export const NUMBERED_WORK_NOUNS: readonly string[] = ['project', 'pipeline', 'reactor', 'reactors', 'plant', 'dam', 'bridge'];

/** What a work is called in the news: "album", "film", "comedy". */
const WORK_KINDS = 'album|albums|song|songs|single|record|track|film|films|movie|novel|book|memoir|play|musical|opera|series|show|program|programme|podcast|episode|painting|poem|comedy|drama|documentary|thriller|sitcom|biopic';
/** Kinds of work, singular and plural, that the news writes right before unquoted titles: "the soaps Coronation Street and EastEnders". */
export const WORK_KINDS_BEFORE_TITLE: readonly string[] = ['album', 'albums', 'film', 'films', 'movie', 'movies', 'novel', 'novels', 'musical', 'musicals', 'opera', 'operas',
  'series', 'sitcom', 'sitcoms', 'soap', 'soaps', 'drama', 'dramas', 'documentary', 'documentaries', 'thriller', 'thrillers', 'comedy', 'comedies', 'biopic', 'miniseries'];
/** Nouns that say a capitalised title names a work: "record of the year with “Flowers.”" */
export const WORK_NOUN = new RegExp(`\\b(?:${WORK_KINDS})\\b`, 'i');
/** "the best-selling memoir “Hillbilly Elegy,”": the kind of work right before its title in quotation marks. */
export const WORK_BEFORE = new RegExp(`\\b(?:${WORK_KINDS})\\s*[“"‘]$`, 'i');
/** "“Anora,” a low-budget comedy about …": what a title in quotation marks is, in apposition after it. */
export const WORK_APPOSED = new RegExp(`^[,.]?[”"’']?,?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${WORK_KINDS})\\b`, 'iu');

/** The first of two words a weapon's kind may take after its name: "Taurus cruise missiles", "F-35 fighter jets". */
export const WEAPON_KINDS: readonly string[] = ['cruise', 'ballistic', 'fighter', 'attack', 'battle', 'hypersonic', 'long-range', 'short-range',
  'air-defense', 'air-defence', 'anti-ship', 'anti-tank', 'combat', 'armored', 'armoured', 'surveillance', 'reconnaissance', 'transport', 'cargo',
  'fighting', 'infantry'];

/** What a system does, said between its name and "system": "the Horizon accounting system", "the Galileo navigation system". */
export const SYSTEM_PURPOSES: readonly string[] = ['accounting', 'navigation', 'satellite', 'defence', 'defense', 'missile', 'operating', 'payment',
  'payments', 'messaging', 'computer', 'weapons', 'guidance', 'radar', 'booking', 'ticketing', 'banking', 'trading', 'positioning', 'tracking',
  'warning', 'signalling', 'signaling', 'recognition', 'billing', 'reservation', 'voting'];

/** What a military exercise is called after its name: "the Joint Sword-2024A drills". */
export const EXERCISE_NOUNS: readonly string[] = ['drill', 'drills', 'exercise', 'exercises', 'manoeuvres', 'maneuvers', 'wargames'];

/** Kinds of vessel before a ship's name, which may be a person's: "the patrol ship Vasily Bykov". */
export const VESSEL_NOUNS: readonly string[] = ['ship', 'vessel', 'frigate', 'destroyer', 'cruiser', 'corvette', 'submarine', 'tanker', 'freighter',
  'icebreaker', 'warship', 'yacht', 'ferry', 'trawler', 'battleship', 'minesweeper', 'submersible', 'sub', 'liner', 'schooner'];
