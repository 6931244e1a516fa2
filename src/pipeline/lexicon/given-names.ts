// Given names common in international news that the general English lexicon lacks, by the
// gender they usually carry (used to type an unknown surname's bearer as a person and to
// match "he" and "she"). General knowledge, transliterated as news agencies write them.

export const MALE_GIVEN_NAMES: readonly string[] = [
  // Russian, Ukrainian, Belarusian, Caucasus, Central Asia
  'aleksandr', 'aleksei', 'alexey', 'alexei', 'anatoliy', 'anatoly', 'andrei', 'andrey', 'andriy', 'arkady', 'arkadiy',
  'artem', 'artyom', 'bogdan', 'bohdan', 'boris', 'denis', 'denys', 'dmytro', 'dmitriy', 'dmitri', 'evgeny', 'yevgeny',
  'yevgeniy', 'gennady', 'grigory', 'igor', 'ihor', 'ilya', 'kirill', 'kyrylo', 'konstantin', 'leonid', 'maxim', 'maksym',
  'mikhail', 'mykhailo', 'mykola', 'nikolai', 'nikolay', 'oleg', 'oleh', 'oleksandr', 'oleksiy', 'oleksii', 'pavlo',
  'pyotr', 'petro', 'ramzan', 'ruslan', 'sergei', 'sergey', 'serhiy', 'stanislav', 'taras', 'valery', 'valeriy',
  'vadim', 'vadym', 'vasily', 'vassily', 'vasyl', 'viktor', 'vitaly', 'vitali', 'vitaliy', 'vladislav', 'vyacheslav', 'volodymyr',
  'yaroslav', 'yuri', 'yury', 'yuriy', 'zurab', 'ilham', 'nursultan', 'kassym-jomart', 'shavkat', 'emomali', 'alexander',
  'aleksandar', 'milorad', 
  // Arabic, Persian, Turkish, Kurdish, Urdu, Pashto
  'abbas', 'abdel', 'abdul', 'abdullah', 'abdulaziz', 'abdelaziz', 'abdelfattah', 'ahmad', 'ahmed', 'ali', 'amir',
  'ashraf', 'ayman', 'bashar', 'ebrahim', 'fahad', 'faisal', 'hamad', 'hamdullah', 'hamid', 'hasan', 'hassan',
  'hossein', 'hussein', 'ibrahim', 'imran', 'ismail', 'jawad', 'kamal', 'khaled', 'khalid', 'mahmoud',
  'masoud', 'mehmet', 'mohamed', 'mohammad', 'mohammed', 'muhammad', 'mustafa', 'nabil', 'naguib', 'nasser', 'omar',
  'osama', 'qassem', 'rashid', 'recep', 'saad', 'saeed', 'salman', 'sami', 'shehbaz', 'tayyip', 'yahya', 'yasser', 'yousef',
  'youssef', 'yusuf', 'zaid', 'hakan', 'kemal', 'ekrem', 'mevlut', 'abiy', 'nawaz', 'asif',
  // Hebrew
  'benny', 'yoav', 'yair', 'itamar', 'bezalel', 'naftali', 'avigdor', 'isaac', 'yitzhak', 'gadi', 'moshe',
  // South Asia
  'narendra', 'rahul', 'amit', 'arvind', 'rajnath', 'subrahmanyam', 'rishi', 'sajid', 'nitish', 'manmohan', 'ranil',
  'gotabaya', 'mahinda',
  // Europe
  'dick', 'nikol', 'naim', 'elon', 'jensen', 'sundar', 'satya', 'warren', 'irakli', 'bidzina', 'petteri', 'frank-walter', 'tamim',
  'edmundo', 'hakainde', 'assimi', 'abdourahamane', 'bassirou', 'kais', 'abdelmadjid', 'thierry', 'emmanuel', 'jean-luc', 'jean-yves', 'jean-noel', 'francois', 'olaf', 'jens', 'ulf', 'josep', 'pedro',
  'santiago', 'alberto', 'matteo', 'giuseppe', 'sergio', 'nunzio', 'claudio', 'luigi', 'gianni', 'wopke', 'rutte',
  'sebastian', 'karl', 'friedrich', 'wolfgang', 'andrzej', 'mateusz', 'donald', 'jaroslaw', 'radoslaw', 'zbigniew',
  'peter', 'petr', 'milos', 'edi', 'kyriakos', 'alexis', 'nikos', 'micheal', 'leo',
  'dries', 'joost', 'hendrik', 'cees', 'lars', 'magnus', 'sauli', 'alar', 'gitanas', 'egils', 'edgars',
  // Africa, Americas
  'cyril', 'jacob', 'thabo', 'uhuru', 'william', 'yoweri', 'paul', 'muhammadu', 'bola', 'goodluck', 'olusegun', 'abdel-fattah',
  'jair', 'luiz', 'inacio', 'javier', 'gustavo', 'andres', 'manuel', 'nicolas', 'nayib', 'gabriel', 'evo',
  // East Asia (given names written first in English)
  'fumio', 'shinzo', 'yoshihide', 'shigeru', 'taro', 'yoon', 'suk-yeol', 'jae-in',
  // The world's common given names the general lexicon lacks, so that a name no list holds
  // whole ("Declan Hearty", a surname that is also a word) is still read as a person's.
  // Irish
  'cathal', 'cian', 'colm', 'cormac', 'dara', 'darragh', 'declan', 'dermot', 'donal', 'donnacha', 'eamon', 'eamonn',
  'enda', 'feargal', 'fergal', 'fiachra', 'finbar', 'fintan', 'killian', 'lorcan', 'niall', 'odhran', 'oisin',
  'peadar', 'proinsias', 'ruairi', 'senan', 'tadhg', 'tiernan', 'turlough',
  // Welsh and Scottish
  'alasdair', 'aled', 'angus', 'bryn', 'cadfael', 'callum', 'dafydd', 'emlyn', 'emrys', 'ewan', 'gethin', 'glyn',
  'hamish', 'huw', 'idris', 'ieuan', 'iolo', 'islwyn', 'iwan', 'lachlan', 'llyr', 'murdo', 'owain', 'rhodri', 'rhys',
  'struan', 'torquil',
  // English
  'ambrose', 'barnaby', 'crispin', 'hollis', 'humphrey', 'jago', 'jolyon', 'ptolemy', 'rollo', 'tarquin',
  // German, Dutch, Nordic
  'antti', 'björn', 'bram', 'geert', 'gerd', 'hartmut', 'heikki', 'heiko', 'helmut', 'horst', 'ingo', 'jeroen',
  'jochen', 'joerg', 'juergen', 'juha', 'jukka', 'jurgen', 'jörg', 'kai', 'kari', 'kasper', 'koen', 'lothar', 'lutz',
  'maarten', 'mads', 'malte', 'matti', 'mikkel', 'mikko', 'morten', 'pekka', 'pelle', 'reinhard', 'rudiger', 'ruud',
  'sakari', 'sigmar', 'sjoerd', 'steffen', 'stig', 'søren', 'tapio', 'thijs', 'thilo', 'thorsten', 'timo', 'torsten',
  'uwe', 'volker', 'wim', 'ole', 'espen', 'sindre', 'stian', 'eirik', 'jarle', 'kjetil', 'trond', 'ståle',
  // Baltic, Central and Eastern European
  'aivar', 'algirdas', 'andrus', 'arturs', 'bartosz', 'borislav', 'branko', 'cristian', 'dariusz', 'dimitar',
  'dorin', 'florin', 'gabor', 'gergely', 'gintaras', 'grzegorz', 'gábor', 'hristo', 'hrvoje', 'indrek', 'ionuț',
  'istvan', 'istván', 'ivica', 'jaan', 'janis', 'janos', 'janusz', 'jerzy', 'jiri', 'jiří', 'juhan', 'juris',
  'jános', 'jānis', 'kaarel', 'kestutis', 'krasimir', 'krisjanis', 'kristjan', 'krišjānis', 'ladislav', 'linas',
  'lubomir', 'lukasz', 'lászló', 'marek', 'maris', 'mart', 'michał', 'miklos', 'mindaugas', 'mircea', 'mirko',
  'miroslav', 'mārtiņš', 'nebojsa', 'nenad', 'ondřej', 'ovidiu', 'pawel', 'paweł', 'plamen', 'predrag', 'priit',
  'péter', 'radek', 'radu', 'rafal', 'rafał', 'raimonds', 'raivo', 'rimantas', 'rumen', 'sandor', 'saulius', 'sorin',
  'stoyan', 'sándor', 'tibor', 'tiit', 'todor', 'tomislav', 'tonis', 'toomas', 'traian', 'tõnis', 'urmas', 'vaclav',
  'valdis', 'viorel', 'vojislav', 'vytautas', 'václav', 'witold', 'zdenek', 'zdeněk', 'zeljko', 'zoltan', 'zoltán',
  'zygimantas', 'łukasz', 'željko',
  // Italian, French, Spanish, Portuguese
  'adrien', 'andrea', 'andrés', 'aurelien', 'baptiste', 'benoit', 'benoît', 'borja', 'caio', 'carles', 'corrado',
  'cédric', 'césar', 'davide', 'didier', 'diego', 'emanuele', 'etienne', 'fabricio', 'filippo', 'françois',
  'frédéric', 'gaspard', 'giancarlo', 'gianluca', 'gianluigi', 'giulio', 'goncalo', 'gonçalo', 'gérard', 'herve',
  'hervé', 'héctor', 'ignazio', 'inigo', 'iñigo', 'jaime', 'joaquín', 'joão', 'jérôme', 'lluis', 'lluís', 'loic',
  'loïc', 'luca', 'massimo', 'maurizio', 'mauro', 'maxime', 'michele', 'nacho', 'nicola', 'nuno', 'oriol', 'otavio',
  'patrice', 'pierluigi', 'raffaele', 'remi', 'renan', 'renato', 'rui', 'rémi', 'simone', 'stephane', 'stéphane',
  'sylvain', 'sébastien', 'thibault', 'tiago', 'vinicius', 'vinícius', 'vittorio', 'xabier', 'xavi', 'yves',
  'álvaro', 'étienne',
  // African
  'abimbola', 'adebayo', 'ahmadu', 'alassane', 'aliyu', 'amani', 'ayodele', 'babatunde', 'baraka', 'bello',
  'bongani', 'boubacar', 'cheikh', 'chibuike', 'chidi', 'chinedu', 'chukwuemeka', 'danjuma', 'ebo', 'eliud', 'emeka',
  'emmerson', 'farai', 'femi', 'fiifi', 'garba', 'haruna', 'ibrahima', 'idrissa', 'ifeanyi', 'ikenna', 'jabari',
  'jide', 'juma', 'kagiso', 'kamau', 'kayode', 'kipchoge', 'kiprono', 'kiprop', 'kobina', 'kofi', 'kojo', 'kudzai',
  'kwabena', 'kwaku', 'kwame', 'kwesi', 'lamine', 'lerato', 'lungile', 'mandla', 'modou', 'mpho', 'musa', 'mwangi',
  'nana', 'njoroge', 'nnamdi', 'obinna', 'ochieng', 'odhiambo', 'olumide', 'olusola', 'oluwaseun', 'omondi',
  'otieno', 'ousmane', 'sani', 'segun', 'seun', 'seydou', 'sibusiso', 'sipho', 'tafadzwa', 'tatenda', 'tendai',
  'themba', 'thulani', 'tinashe', 'tshepo', 'tunde', 'uche', 'uchenna', 'vusi', 'wafula', 'wale', 'wanjiku',
  'yakubu', 'yaw', 'yemi',
  // South Asian
  'abhishek', 'aditya', 'ajay', 'akshay', 'amarjit', 'anand', 'aniket', 'anil', 'ankit', 'anura', 'arun', 'ashish',
  'ashok', 'baljit', 'bhupesh', 'bilawal', 'chaminda', 'devendra', 'farhan', 'ganesh', 'gautam', 'girish',
  'gurpreet', 'harish', 'harpreet', 'hemant', 'irfan', 'jagdish', 'jaspreet', 'jitendra', 'junaid', 'kamran',
  'kapil', 'kiran', 'kishore', 'kuldeep', 'lalit', 'lasith', 'mahmud', 'manpreet', 'mizanur', 'mohan', 'mukesh',
  'murali', 'nadeem', 'nagendra', 'naresh', 'navdeep', 'naveed', 'nitin', 'pankaj', 'parth', 'pradeep', 'pranav',
  'prashant', 'rafiqul', 'raj', 'rajiv', 'rakesh', 'ramesh', 'ranjit', 'ravi', 'rizwan', 'rohit', 'sachin', 'saifur',
  'sajith', 'sameer', 'sanjeev', 'santosh', 'shafiqul', 'shailesh', 'shashi', 'shyam', 'siddharth', 'sidharth',
  'srinivas', 'subhash', 'sudhir', 'sukhbir', 'sukhwinder', 'sumit', 'sunil', 'tanvir', 'tariq', 'tarun', 'uday',
  'umesh', 'varun', 'venkat', 'vijay', 'vikas', 'vikram', 'vinay', 'vinod', 'waqar', 'yash', 'yogesh', 'zubin',
  'zulfiqar',
  // East and Southeast Asian
  'agus', 'akio', 'anies', 'anutin', 'aung', 'bambang', 'bongbong', 'budi', 'byung-chul', 'chen-wei', 'chih-hao',
  'chul-soo', 'chun-hung', 'daisuke', 'dedi', 'do-yun', 'dong-hyun', 'duc', 'ganjar', 'gibran', 'guoqiang',
  'haiyang', 'han-duck', 'haoran', 'hendra', 'hideki', 'hieu', 'hiroki', 'hiroshi', 'hla', 'hun', 'hyun-woo',
  'jae-hyun', 'jae-myung', 'jejomar', 'ji-ho', 'ji-hoon', 'jian-hua', 'jianguo', 'jianjun', 'jin-woo', 'joko',
  'jong-un', 'jun-ho', 'kaito', 'katsunobu', 'kazuo', 'kenji', 'kenta', 'kentaro', 'khanh', 'koji', 'kuan-yu',
  'kwang-il', 'kyaw', 'kyung-soo', 'mahathir', 'makoto', 'masahiro', 'masato', 'min-jun', 'minh', 'minoru',
  'muhyiddin', 'myint', 'najib', 'naoki', 'noboru', 'osamu', 'phuc', 'prabowo', 'prayut', 'quang', 'ren', 'rizal',
  'ryo', 'ryota', 'sang-woo', 'seo-jun', 'shinji', 'shota', 'shunichi', 'somchai', 'somsak', 'sota', 'srettha',
  'sung-min', 'surya', 'tadashi', 'tae-yang', 'takashi', 'takeshi', 'tetsuya', 'thaksin', 'thanh', 'thein', 'tien',
  'toshimitsu', 'toshio', 'trung', 'tuan', 'wei-ming', 'weiguo', 'woo-jin', 'xiaoming', 'yasuo', 'yiming',
  'yoshimasa', 'yoshio', 'young-ho', 'yuichi', 'yusuke', 'yuto', 'yuxuan', 'zaw', 'zhi-wei', 'zhiqiang', 'zihan',
  // Turkish, Persian, Arabic, Hebrew
  'abdullahi', 'adel', 'adnan', 'akram', 'alaa', 'amr', 'arash', 'avi', 'bahram', 'bassam', 'burak', 'cem', 'cengiz',
  'davood', 'dawood', 'emre', 'erdem', 'eyal', 'farhad', 'fariborz', 'fuad', 'ghassan', 'gilad', 'haitham', 'hakim',
  'hesham', 'hisham', 'hussam', 'ido', 'ilker', 'jalal', 'kaveh', 'kerem', 'majid', 'marwan', 'mohsen', 'mounir',
  'murat', 'nabih', 'nadav', 'najib', 'nidal', 'ofer', 'omri', 'orhan', 'ozan', 'ramin', 'riad', 'rifat', 'ronen',
  'saleh', 'serkan', 'shai', 'tarek', 'tarik', 'volkan', 'walid', 'yigit', 'yoni', 'yossi', 'yousif', 'zeki', 'ziad',
  'ziv',
  // Maori
  'hemi', 'kiri', 'koa', 'rangi', 'tama', 'tane', 'wiremu',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'alla', 'anastasia', 'anna', 'jasmine', 'darya', 'daria', 'ekaterina', 'yekaterina', 'elena', 'yelena', 'olena', 'galina', 'halyna',
  'iryna', 'irina', 'kateryna', 'ksenia', 'lyudmila', 'liudmyla', 'marina', 'maryna', 'nadezhda', 'nadiya', 'natalia',
  'natalya', 'nataliya', 'oksana', 'olga', 'olha', 'svetlana', 'sviatlana', 'tatiana', 'tatyana', 'tetiana', 'valentina',
  'viktoria', 'viktoriya', 'victoria', 'yulia', 'yuliya', 'zoya', 'maria', 'mariya',
  'aisha', 'amal', 'amira', 'fatima', 'fatma', 'hanan', 'layla', 'leila', 'mariam', 'maryam', 'nadia', 'noura', 'rania',
  'samira', 'yasmin', 'yasmine', 'zainab', 'zeynep', 'narges', 'masih', 'malala', 'benazir', 'hina', 'amneh',
  'alia', 'golda', 'tzipi', 'ayelet', 'miri', 'orit',
  'nirmala', 'sonia', 'priyanka', 'mamata', 'indira', 'smriti', 'priti', 'suella', 'kemi', 'rishi-not',
  'giorgia', 'stefania', 'elly', 'ursula', 'kaja', 'mette', 'sanna', 'magdalena', 'annalena', 'ricarda',
  'segolene', 'anne', 'christine', 'roberta', 'margrethe', 'jacinda', 'katalin', 'zuzana', 'maia', 'salome', 'kersti',
  'ingrida', 'evika', 'dilma', 'cristina', 'claudia', 'xiomara', 'dina', 'michelle', 'kamala', 'karine', 'nikki',
  'ngozi', 'ellen', 'samia', 'joyce', 'winnie', 'ing-wen', 'yuriko', 'sanae',
  // The world's common given names the general lexicon lacks, so that a name no list holds
  // whole ("Declan Hearty", a surname that is also a word) is still read as a person's.
  // Irish
  'aine', 'aoife', 'bronagh', 'caoimhe', 'catriona', 'clodagh', 'dearbhail', 'eilis', 'eimear', 'emer', 'gobnait',
  'grainne', 'maeve', 'mairead', 'mairin', 'muireann', 'nuala', 'orla', 'orlaith', 'riona', 'roisin', 'sadhbh',
  'saoirse', 'sinead', 'sorcha', 'una',
  // Welsh and Scottish
  'ailsa', 'bronwen', 'carys', 'catriona', 'cerys', 'eilidh', 'eluned', 'ffion', 'gwenllian', 'kirsty', 'lowri',
  'mhairi', 'morag', 'seren', 'sian', 'siwan',
  // English
  'anneliese', 'araminta', 'clementine', 'imogen', 'jemima', 'lettice', 'persephone', 'petronella', 'philippa',
  'rosamund', 'tamsin',
  // German, Dutch, Nordic
  'annegret', 'anneliese', 'anouk', 'birgit', 'birgitta', 'britta', 'dagmar', 'femke', 'frauke', 'gudrun', 'gunilla',
  'heike', 'ineke', 'inge', 'ingeborg', 'jutta', 'kerstin', 'liesel', 'lieselotte', 'maaike', 'malin', 'marieke',
  'minna', 'pernille', 'renate', 'riikka', 'sanne', 'sigrid', 'silke', 'solveig', 'tarja', 'tove', 'tuula', 'ulla',
  'ulrike', 'ute', 'wiebke',
  // Baltic, Central and Eastern European
  'agnieszka', 'andreea', 'ausra', 'aušra', 'baiba', 'beata', 'dace', 'dalia', 'desislava', 'dorota', 'dragana',
  'egle', 'eglė', 'gordana', 'grazyna', 'grażyna', 'ieva', 'ildiko', 'ildikó', 'ilze', 'inese', 'ioana', 'jitka',
  'jurgita', 'justyna', 'kadri', 'katarzyna', 'kristīne', 'krisztina', 'laima', 'lenka', 'liga', 'liisi', 'ljiljana',
  'līga', 'maarja', 'malgorzata', 'marketa', 'markéta', 'małgorzata', 'mihaela', 'mirjana', 'oana', 'piret', 'radka',
  'ralitsa', 'raluca', 'rasa', 'riina', 'ruta', 'rūta', 'slavica', 'tiina', 'triin', 'tsvetanka', 'urszula', 'vaira',
  'vilija', 'věra', 'wioletta', 'yordanka', 'zanda', 'zdenka', 'zsuzsa', 'zsófia', 'ágnes',
  // Italian, French, Spanish, Portuguese
  'agathe', 'ainhoa', 'alessia', 'amelie', 'amélie', 'anais', 'anaïs', 'araceli', 'aurelie', 'aurélie', 'begona',
  'begoña', 'benedetta', 'bruna', 'capucine', 'chiara', 'chloé', 'cinzia', 'clemence', 'clémence', 'cécile',
  'donatella', 'débora', 'elisabetta', 'elodie', 'estefania', 'federica', 'geneviève', 'giada', 'giulia', 'graca',
  'graça', 'hélène', 'ilaria', 'inmaculada', 'inès', 'itziar', 'laetitia', 'leire', 'luana', 'léa', 'macarena',
  'margaux', 'michela', 'nerea', 'nuria', 'oceane', 'océane', 'ornella', 'pilar', 'rafaela', 'raffaella', 'rocío',
  'rossella', 'sandrine', 'severine', 'soledad', 'tainara', 'valérie', 'veronique', 'vittoria', 'véronique',
  'élodie', 'émilie',
  // African
  'abena', 'abimbola', 'achieng', 'adaeze', 'adaora', 'adwoa', 'afua', 'aissatou', 'akinyi', 'akosua', 'akua', 'ama',
  'amaka', 'aminat', 'araba', 'atieno', 'awino', 'bukola', 'chebet', 'chiamaka', 'chinwe', 'chioma', 'chipo', 'efua',
  'esi', 'farai', 'fatou', 'folake', 'funke', 'funmilayo', 'halima', 'hauwa', 'ifeoma', 'jepchirchir', 'jepkosgei',
  'kudzai', 'lerato', 'lindiwe', 'mariama', 'naledi', 'nana', 'nandi', 'nasimiyu', 'njeri', 'nneka', 'nokuthula',
  'nomvula', 'nyambura', 'nyasha', 'obiageli', 'omolara', 'palesa', 'refilwe', 'rumbidzai', 'rutendo', 'tafadzwa',
  'tatenda', 'temitope', 'tendai', 'thandeka', 'thandiwe', 'tinashe', 'titilayo', 'tsitsi', 'uchechi', 'wangari',
  'wanjiru', 'yetunde', 'zanele',
  // South Asian
  'aishwarya', 'ananya', 'anjali', 'anushka', 'aparna', 'archana', 'arundhati', 'chandrika', 'deepa', 'deepika',
  'divya', 'gauri', 'geeta', 'jaya', 'kalpana', 'kiran', 'lakshmi', 'lata', 'madhuri', 'mahira', 'mamta', 'meena',
  'meera', 'nargis', 'nasrin', 'neha', 'padma', 'pavithra', 'pooja', 'preeti', 'priya', 'rabia', 'radha', 'rani',
  'rekha', 'ritu', 'rokeya', 'sangeeta', 'sarita', 'savitri', 'seema', 'shabana', 'shalini', 'sharmila', 'shazia',
  'shreya', 'shweta', 'sidra', 'smita', 'sneha', 'sonal', 'sushma', 'swati', 'tanvi', 'thilini', 'uma', 'uzma',
  'vandana', 'vidya', 'yamini',
  // East and Southeast Asian
  'akiko', 'ayaka', 'corazon', 'dewi', 'emi', 'eun-ji', 'geun-hye', 'ha-eun', 'haruka', 'hinata', 'hsiao-mei',
  'hui-min', 'huong', 'hye-jin', 'ji-woo', 'ji-yeon', 'jung-eun', 'kaori', 'keiko', 'kyoko', 'kyung-hwa', 'lan',
  'leni', 'lihua', 'linh', 'mai', 'megawati', 'megumi', 'mei-ling', 'meiling', 'michiko', 'min-ji', 'min-seo', 'mio',
  'misaki', 'nanami', 'naoko', 'ngoc', 'noriko', 'paetongtarn', 'puan', 'retno', 'rie', 'risa', 'sachiko', 'sayaka',
  'seo-yeon', 'shu-fen', 'soo-jin', 'tomoko', 'trang', 'xiaohong', 'xiaoli', 'ya-ting', 'yingluck', 'yoko',
  'yoo-jin', 'yui', 'yuki', 'yuko', 'yumiko', 'yuxin', 'zihan',
  // Turkish, Persian, Arabic, Hebrew
  'adi', 'ayşe', 'azadeh', 'efrat', 'esra', 'fereshteh', 'ghada', 'golnar', 'gul', 'gül', 'hadas', 'hiba', 'huda',
  'liat', 'mahsa', 'manal', 'meral', 'merve', 'michal', 'nasrin', 'orly', 'ozlem', 'parisa', 'rana', 'rima', 'rivka',
  'sawsan', 'seda', 'sevgi', 'shirin', 'soheila', 'songul', 'tugba', 'wafa', 'yara', 'özlem',
  // Maori
  'kahu', 'moana', 'ngaire',
  // Places' names that are given names too ("Sydney Sweeney", "Georgia Meloni").
  'sydney', 'georgia', 'virginia', 'florence', 'chelsea', 'madison', 'savannah', 'charlotte', 'adelaide', 'regina', 'kimberley',
];

/**
 * Given names borne by women and men alike in the news, whatever gender the general lexicon
 * gives them ("Kelly Ortberg", Boeing's chief, is "he"; "Nikita" is a Russian man's name,
 * "Andrea" and "Nicola" Italian men's, and British or German women's).
 */
export const UNISEX_GIVEN_NAMES: readonly string[] = [
  'alex', 'andrea', 'ashley', 'avery', 'billie', 'blake', 'cameron', 'casey', 'charlie', 'chris', 'claude', 'dana',
  'dominique', 'drew', 'frankie', 'hilary', 'jackie', 'jamie', 'jean', 'jesse', 'jessie', 'jordan', 'kelly', 'kerry',
  'kim', 'kris', 'laurie', 'lee', 'leslie', 'lynn', 'marion', 'morgan', 'nicola', 'nikita', 'noel', 'pat', 'quinn',
  'rene', 'riley', 'robin', 'sam', 'sasha', 'shannon', 'taylor', 'terry', 'toni', 'tracy', 'valentine',
];

/** Slavic surnames say whether a woman or a man bears them: "Zakharova", "Ryabkov". */
export const FEMALE_SURNAME = /\p{Lu}\p{Ll}+(?:ova|eva|yova|ina|skaya|tskaya)$/u;
export const MALE_SURNAME = /\p{Lu}\p{Ll}+(?:ov|ev|yov|sky|skiy|skyi)$/u;
