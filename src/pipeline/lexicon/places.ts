// General knowledge about place names that the NLP library's lexicon lacks or spells
// one way only. Keys are lowercase with dots removed.

/**
 * US states as the AP writes them after a town ("San Jose, Calif."), where no other word is spelt so.
 * The period is the abbreviation's, and so the name's.
 */
export const AP_STATES: Readonly<Record<string, string>> = {
  calif: 'California', fla: 'Florida', ala: 'Alabama', ariz: 'Arizona', colo: 'Colorado', conn: 'Connecticut',
  tenn: 'Tennessee', okla: 'Oklahoma', minn: 'Minnesota', mich: 'Michigan', wis: 'Wisconsin', wyo: 'Wyoming',
  neb: 'Nebraska', nev: 'Nevada',
};

/** AP's states whose short forms spell words or names ("iron ore", "GA"): a state only as "Portland, Ore.", after a town and with the period. */
export const AP_STATES_AFTER_TOWN: Readonly<Record<string, string>> = {
  ore: 'Oregon', ga: 'Georgia', va: 'Virginia', ky: 'Kentucky', ark: 'Arkansas', kan: 'Kansas', md: 'Maryland', mont: 'Montana', vt: 'Vermont',
  // Canada's provinces as the Canadian Press writes them after a town ("WATERLOO, Ont.", "Regina, Sask."; not Manitoba's
  // "Man.", which reads as the word, "the Budweiser Man of the Match", nor "N.S." and "N.B.", which are initials too).
  ont: 'Ontario', que: 'Quebec', alta: 'Alberta', sask: 'Saskatchewan', bc: 'British Columbia', nfld: 'Newfoundland and Labrador',
  pei: 'Prince Edward Island',
};

/** The states' two-letter postal codes, a state only after a town ("Hartford, CT"), where most would read otherwise ("OR", "LA"). */
export const POSTAL_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** Other names of one place: alias → canonical name. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  us: 'United States', usa: 'United States', 'united states': 'United States',
  'united states of america': 'United States', america: 'United States',
  uk: 'United Kingdom', 'united kingdom': 'United Kingdom', britain: 'United Kingdom', hk: 'Hong Kong',
  'great britain': 'United Kingdom',
  ussr: 'Soviet Union', 'soviet union': 'Soviet Union',
  uae: 'United Arab Emirates', 'united arab emirates': 'United Arab Emirates',
  drc: 'Democratic Republic of the Congo', 'democratic republic of the congo': 'Democratic Republic of the Congo',
  'democratic republic of congo': 'Democratic Republic of the Congo', 'dr congo': 'Democratic Republic of the Congo',
  'republic of congo': 'Republic of the Congo', 'republic of the congo': 'Republic of the Congo',
  prc: 'China', "people's republic of china": 'China',
  rok: 'South Korea', dprk: 'North Korea',
  nyc: 'New York City', la: 'Los Angeles', dc: 'Washington', 'washington dc': 'Washington',
  'washington d c': 'Washington', 'hong kong': 'Hong Kong', kyiv: 'Kyiv', kiev: 'Kyiv',
  'the netherlands': 'Netherlands', holland: 'Netherlands',
  ...AP_STATES,
  ...AP_STATES_AFTER_TOWN,
  // Two letters only with their dots: "N.C.", not a club's "SC".
  'n.c.': 'North Carolina', 's.c.': 'South Carolina', 'n.j.': 'New Jersey', 'n.h.': 'New Hampshire', 'n.m.': 'New Mexico',
  'n.d.': 'North Dakota', 's.d.': 'South Dakota', 'r.i.': 'Rhode Island', 'w.va.': 'West Virginia',
  burma: 'Myanmar', 'ivory coast': "Côte d'Ivoire", 'czech republic': 'Czechia',
  'russian federation': 'Russia', 'republic of korea': 'South Korea', 'islamic republic of iran': 'Iran',
  'federal republic of germany': 'Germany', 'kingdom of saudi arabia': 'Saudi Arabia', türkiye: 'Turkey', turkiye: 'Turkey',
};

/** The four points of the compass ("the West", "Kowloon West"). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);
/** They and the four between them, which open names too ("Southwest Airlines"). */
export const COMPASS_DIRECTIONS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'northeast', 'northwest', 'southeast', 'southwest']);

/** Short forms that must be all capitals to count ("US", never "us"). */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(['us', 'la', 'dc', 'uk', 'eu', 'un']);

/** Places that are not in the lexicon as such: continents, regions, capitals often in the news. */
/** Grounds the news names without "Stadium", some after a person: where a match is played, never a team. */
export const GROUNDS: readonly string[] = [
  'anfield', 'camp nou', 'wembley', 'santiago bernabéu', 'bernabéu', 'old trafford', 'san siro', 'parc des princes', 'maracanã', 'maracana',
  'twickenham', 'murrayfield', 'headingley', 'edgbaston', 'trent bridge', 'eden gardens', 'la bombonera', 'celtic park', 'ibrox', 'goodison park',
  'villa park', 'st james’ park', 'elland road', 'craven cottage', 'selhurst park', 'stade de france', 'croke park', 'lord’s',
  // Golf's courses, named like bodies or people.
  'augusta national', 'st andrews', 'carnoustie', 'royal troon', 'royal birkdale', 'pebble beach', 'valhalla',
];

export const EXTRA_PLACES: readonly string[] = [
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'indo pacific', 'asia pacific',
  ...GROUNDS,
  // Places whose names end in a possessive, written with it ("at King’s Cross"; "Lord’s" is among the grounds).
  'st john’s', 'king’s lynn', 'bishop’s stortford', 'king’s cross', 'earl’s court', 'martha’s vineyard', 'land’s end',
  'middle east', 'the middle east', 'east asia', 'southeast asia', 'south east asia', 'south asia',
  'central asia', 'eastern europe', 'western europe', 'the west', 'scandinavia', 'the balkans', 'balkans',
  // Mountain ranges named without "Mountains".
  'alps', 'andes', 'himalayas', 'himalaya', 'pyrenees', 'rockies', 'urals', 'carpathians', 'apennines', 'dolomites', 'appalachians', 'hindu kush',
  'karakoram', 'pamirs', 'tian shan', 'zagros', 'alborz', 'high atlas', 'cairngorms', 'pennines', 'sierra nevada', 'sierra madre', 'drakensberg',
  'caucasus', 'the caucasus', 'crimea', 'donbas', 'donbass', 'gaza', 'gaza strip', 'west bank',
  // Towns the news names for what is held there: festivals, summits, tournaments.
  'cannes', 'biarritz', 'elmau', 'kananaskis', 'locarno',
  // Seats of government named as buildings.
  'capitol', 'the capitol', 'capitol hill',
  // Courts the news names by their buildings, whose names read as a person's.
  'old bailey', 'the old bailey',
  // Countries, regions and capitals the general lexicon lacks.
  'congo', 'republic of congo', 'democratic republic of congo', 'democratic republic of the congo', 'drc', 'cabo verde', 'chad', 'jordan',
  'laos', 'vatican', 'vatican city', 'somaliland', 'western sahara', 'artyomovsk', 'avdeevka', 'chisinau', 'bishkek', 'naypyidaw', 'vientiane',
  'kigali', 'lusaka', 'harare', 'bamako', 'niamey', 'ouagadougou', 'valletta', 'nicosia', 'ljubljana', 'podgorica', 'pristina',
  // Russian and Ukrainian cities and regions the news names (not "Vladimir" or "Kirov", given name and surname).
  'kazan', 'nizhny novgorod', 'chelyabinsk', 'samara', 'rostov-on-don', 'rostov', 'ufa', 'voronezh', 'perm', 'krasnodar', 'saratov',
  'tyumen', 'tolyatti', 'izhevsk', 'barnaul', 'ulyanovsk', 'khabarovsk', 'yaroslavl', 'makhachkala', 'orenburg', 'kemerovo',
  'novokuznetsk', 'ryazan', 'astrakhan', 'penza', 'lipetsk', 'cheboksary', 'tula', 'stavropol', 'sochi', 'murmansk', 'arkhangelsk',
  'grozny', 'smolensk', 'pskov', 'novgorod', 'tver', 'kaluga', 'oryol', 'tambov', 'ivanovo', 'kostroma', 'vologda', 'syktyvkar',
  'petrozavodsk', 'kuril islands', 'kurils', 'zhytomyr', 'rivne', 'lutsk', 'ternopil', 'khmelnytskyi', 'uzhhorod', 'ivano-frankivsk',
  'chernivtsi', 'kropyvnytskyi', 'cherkasy', 'pokrovsk', 'chasov yar', 'toretsk', 'ugledar', 'vuhledar', 'kupiansk', 'lisichansk',
  'lysychansk', 'energodar', 'enerhodar', 'nova kakhovka', 'kakhovka', 'gorlovka', 'horlivka', 'makeyevka', 'alchevsk', 'krasnodon',
  // Cities elsewhere the general lexicon lacks (not "Nice", "Florence", "Adelaide", "Alexandria" or "Houston": words and names too).
  'hainan', 'peshawar', 'quetta', 'hiroshima', 'fukushima', 'ho chi minh city', 'phuket', 'davao', 'las vegas', 'minneapolis', 'monterrey',
  'kansas city', 'oklahoma city', 'st. louis', 'st louis', 'green bay', 'tampa bay',
  'dusseldorf', 'düsseldorf', 'bordeaux', 'bilbao', 'bologna', 'lodz', 'łódź', 'antalya', 'gaziantep', 'diyarbakir', 'latakia', 'erbil',
  'eilat', 'shiraz', 'misrata', 'juba', 'goma', 'lubumbashi', 'mombasa', 'port sudan', 'el fasher', 'maiduguri', 'timbuktu', 'casablanca',
  'earth', 'moon', 'the moon', 'mars', 'venus', 'jupiter', 'pluto', 'roland garros', 'centre court', 'center court',
  // Museums and sites the news names by one word.
  'louvre', 'prado', 'uffizi', 'hermitage', 'rijksmuseum', 'acropolis', 'colosseum', 'kremlin palace',
  'kashmir', 'tibet', 'xinjiang', 'kurdistan', 'siberia', 'arctic', 'antarctic', 'pacific', 'atlantic',
  'mediterranean', 'caribbean', 'sahara', 'sahel', 'persian gulf', 'gulf of mexico', 'black sea',
  'baltic', 'baltics', 'red sea', 'south china sea', 'indian ocean', 'pacific ocean', 'atlantic ocean',
  'washington', 'moscow', 'beijing', 'kyiv', 'kiev', 'london', 'paris', 'berlin', 'tokyo', 'tehran',
  'brussels', 'geneva', 'jerusalem', 'tel aviv', 'kabul', 'baghdad', 'damascus', 'ankara', 'istanbul',
  'cairo', 'riyadh', 'doha', 'dubai', 'abu dhabi', 'islamabad', 'new delhi', 'delhi', 'mumbai', 'seoul',
  'pyongyang', 'taipei', 'hanoi', 'bangkok', 'jakarta', 'manila', 'canberra', 'sydney', 'melbourne',
  'ottawa', 'toronto', 'montreal', 'vancouver', 'mexico city', 'havana', 'caracas', 'bogota', 'lima',
  'brasilia', 'rio de janeiro', 'sao paulo', 'buenos aires', 'santiago', 'nairobi', 'lagos', 'abuja',
  'addis ababa', 'johannesburg', 'cape town', 'pretoria', 'khartoum', 'tripoli', 'tunis', 'algiers',
  'rabat', 'warsaw', 'prague', 'vienna', 'budapest', 'bucharest', 'sofia', 'belgrade', 'athens', 'rome',
  'madrid', 'lisbon', 'dublin', 'edinburgh', 'amsterdam', 'the hague', 'stockholm', 'oslo', 'helsinki',
  'copenhagen', 'minsk', 'vilnius', 'riga', 'tallinn', 'tbilisi', 'yerevan', 'baku', 'astana', 'tashkent',
  'kharkiv', 'odesa', 'odessa', 'mariupol', 'bakhmut', 'donetsk', 'luhansk', 'kherson', 'zaporizhzhia',
  'st petersburg', 'saint petersburg', 'hong kong', 'macau', 'shanghai', 'wuhan', 'mecca', 'medina',
  'silicon valley', 'line of control', 'wall street', 'capitol hill', 'manhattan', 'brooklyn', 'hollywood', 'aceh',
  'ukraine', 'russia', 'china', 'ussr', 'soviet union', 'yugoslavia', 'east germany', 'west germany',
  'czechoslovakia', 'georgia', 'virginia', 'palestine', 'taiwan', 'north macedonia', 'eswatini',
  // Regions and provinces news names without their country, and towns of recent wars.
  'lombardy', 'tuscany', 'sardinia', 'piedmont', 'veneto', 'lazio', 'campania', 'calabria', 'apulia', 'liguria',
  'thuringia', 'hesse', 'brandenburg', 'saxony', 'bavaria', 'catalonia', 'andalusia', 'galicia', 'navarre', 'valencia',
  'brittany', 'provence', 'alsace', 'normandy', 'corsica', 'flanders', 'wallonia', 'lugansk', 'zaporozhye',
  'kharkov', 'belgorod', 'kursk', 'bryansk', 'sevastopol', 'avdeyevka', 'avdiivka', 'kupyansk', 'kramatorsk',
  'slavyansk', 'sloviansk', 'lysychansk', 'severodonetsk', 'melitopol', 'berdyansk', 'nikolaev', 'mykolaiv', 'dnipro',
  'dnepropetrovsk', 'lviv', 'lvov', 'chernigov', 'chernihiv', 'sumy', 'poltava', 'vinnitsa', 'vinnytsia', 'uzhgorod',
  'kamchatka', 'chukotka', 'yakutia', 'kaliningrad', 'chechnya', 'dagestan', 'tatarstan', 'bashkortostan',
  'hubei', 'guangdong', 'sichuan', 'fujian', 'yunnan', 'zhejiang', 'jiangsu', 'shandong', 'henan', 'hebei',
  'balochistan', 'baluchistan', 'sindh', 'khyber pakhtunkhwa', 'waziristan', 'punjab', 'kerala', 'gujarat',
  'manipur', 'idlib', 'raqqa', 'deir ez zor', 'rafah', 'khan yunis', 'khan younis', 'jenin', 'nablus', 'hebron',
  // New York's boroughs and districts the general lexicon lacks.
  'the bronx', 'bronx', 'staten island', 'harlem',
  // Brazil's states the news names ("Rio Grande do Sul", past its particle).
  'rio grande do sul', 'mato grosso do sul', 'mato grosso', 'minas gerais', 'santa catarina', 'paraná', 'parana', 'bahia', 'pernambuco',
  'amazonas', 'pará', 'ceará', 'roraima', 'rondônia', 'espírito santo',
  'hama', 'tartus', 'daraa', 'deraa', 'qamishli', 'palmyra', 'kobani', 'manbij', 'suwayda', 'sweida',
  'ramallah', 'golan heights', 'tigray', 'amhara', 'darfur', 'kordofan', 'transnistria', 'abkhazia',
  'south ossetia', 'nagorno karabakh', 'karabakh', 'mindanao', 'java', 'sumatra', 'borneo', 'bali', 'papua',
  'hokkaido', 'okinawa', 'kyushu', 'quebec', 'ontario', 'alberta', 'british columbia', 'manitoba',
  'saskatchewan', 'nova scotia', 'queensland', 'tasmania', 'new south wales', 'western australia', 'victoria', 'northern ireland',
  'lower saxony', 'north rhine westphalia', 'rhineland palatinate', 'saarland', 'saxony anhalt', 'schleswig holstein',
  'mecklenburg western pomerania', 'baden württemberg', 'baden wurttemberg', 'galilee', 'negev', 'sinai', 'patagonia', 'são paulo',
  // Counties of Britain the general lexicon lacks ("Cheshire police said"; not "Devon", a given name too).
  'cheshire', 'merseyside', 'kent', 'northumberland', 'wiltshire', 'worcestershire', 'herefordshire', 'shropshire', 'bedfordshire',
  'berkshire', 'rutland', 'lanarkshire', 'ayrshire', 'fife', 'aberdeenshire', 'perthshire', 'gwynedd', 'powys', 'pembrokeshire',
  'carmarthenshire', 'glamorgan', 'west midlands', 'greater manchester', 'tyne and wear', 'east sussex', 'west sussex', 'county durham',
  'west yorkshire', 'south yorkshire', 'north yorkshire', 'east yorkshire',
  'philippines', 'the philippines', 'basra', 'davos', 'westminster', 'whitehall', 'kathmandu', 'eurasia', 'sub saharan africa', 'horn of africa',
];

/** Words that make a capitalised run a place when they end it. */
export const EXTRA_PLACE_WORDS: readonly string[] = [
  'mosque', 'temple', 'square', 'plaza', 'sea', 'ocean', 'peninsula', 'airport', 'station', 'port',
  'harbour', 'harbor', 'prison', 'stadium', 'arena', 'cemetery', 'avenue', 'boulevard', 'highway',
  'province', 'oblast', 'governorate', 'prefecture', 'canal', 'strait', 'republic', 'republics', 'kingdom',
  'emirate', 'emirates', 'principality', 'krai', 'raion', 'canton', 'reservoir', 'dam', 'glacier', 'gorge',
  'cosmodrome', 'spaceport', 'strasse', 'straße', 'rue', 'calle', 'area',
  // (Britain's kinds of street: "Belvoir Crescent", "Kensington Mews"; "Guild Close" only where it is said to be, as a surname spells it.)
  'crescent', 'mews',
  // (Planets and moons are places; so are the clouds of gas between the stars: "the Carina Nebula".)
  'nebula',
];

/** Buildings and sites: places even when an organisation runs them ("Museum of Flight"). */
export const BUILDING_WORDS: readonly string[] = [
  'museum', 'center', 'centre', 'hall', 'station', 'memorial', 'planetarium', 'hotel', 'airport', 'base',
  'stadium', 'ground', 'oval', 'arena', 'mosque', 'cathedral', 'temple', 'palace', 'tower', 'towers', 'bridge', 'park', 'square',
  'barrier', 'dam', 'tunnel', 'canal', 'reservoir', 'pier', 'dock', 'docks', 'lighthouse', 'plant', 'refinery', 'mine', 'theatre', 'theater',
  'cosmodrome', 'spaceport', 'wall', 'gate', 'chapel', 'basilica', 'abbey', 'synagogue',
];
