// People the international news names by surname alone, often without ever giving the full
// name ("talks between Putin and Erdogan"). General knowledge, as a capital city is: heads
// of state and government, foreign ministers and spokespeople, heads of international
// bodies, and a few business figures, of the years this reader's articles come from.
// Lowercase; the last word is the surname the news uses alone.

export const NEWS_FIGURES: readonly string[] = [
  // Russia and its neighbours
  'vladimir putin', 'dmitry medvedev', 'sergey lavrov', 'sergei lavrov', 'dmitry peskov', 'maria zakharova',
  'sergei shoigu', 'sergey shoigu', 'andrei belousov', 'valery gerasimov', 'mikhail mishustin', 'sergey ryabkov',
  'vassily nebenzia', 'vasily nebenzya', 'alexander lukashenko', 'alexei navalny', 'yevgeny prigozhin',
  'ramzan kadyrov', 'nikol pashinyan', 'ilham aliyev', 'kassym-jomart tokayev', 'shavkat mirziyoyev',
  // Ukraine
  'volodymyr zelensky', 'volodymyr zelenskyy', 'dmytro kuleba', 'andriy yermak', 'denys shmyhal', 'andrii sybiha',
  'valerii zaluzhnyi', 'oleksandr syrskyi', 'petro poroshenko', 'vitali klitschko', 'kyrylo budanov',
  // United States
  'joe biden', 'donald trump', 'barack obama', 'kamala harris', 'jd vance', 'antony blinken', 'marco rubio',
  'lloyd austin', 'pete hegseth', 'jake sullivan', 'john kirby', 'karine jean-pierre', 'karoline leavitt',
  'matthew miller', 'nancy pelosi', 'kevin mccarthy', 'mike johnson', 'chuck schumer', 'mitch mcconnell',
  'hillary clinton', 'bill clinton', 'mike pompeo', 'rex tillerson', 'john bolton', 'steve witkoff',
  'elon musk', 'jerome powell', 'janet yellen', 'robert kennedy', 'ron desantis', 'nikki haley',
  // Europe
  'emmanuel macron', 'olaf scholz', 'friedrich merz', 'angela merkel', 'annalena baerbock', 'boris pistorius',
  'rishi sunak', 'keir starmer', 'boris johnson', 'liz truss', 'david cameron', 'david lammy', 'theresa may',
  'giorgia meloni', 'mario draghi', 'pedro sanchez', 'viktor orban', 'andrzej duda', 'donald tusk',
  'ursula von der leyen', 'josep borrell', 'kaja kallas', 'charles michel', 'antonio costa', 'mark rutte',
  'jens stoltenberg', 'recep tayyip erdogan', 'hakan fidan', 'mevlut cavusoglu', 'alexander stubb',
  'sauli niinisto', 'ulf kristersson', 'mette frederiksen', 'aleksandar vucic', 'robert fico',
  // Middle East
  'benjamin netanyahu', 'yoav gallant', 'israel katz', 'isaac herzog', 'yair lapid', 'benny gantz',
  'mahmoud abbas', 'ismail haniyeh', 'yahya sinwar', 'hassan nasrallah', 'ali khamenei', 'ebrahim raisi',
  'masoud pezeshkian', 'abbas araghchi', 'hossein amir-abdollahian', 'mohammed bin salman', 'bashar al-assad',
  'ahmed al-sharaa', 'abdel fattah el-sisi', 'king abdullah', 'mohammed bin zayed', 'tamim bin hamad al thani',
  // Asia and the Pacific
  'xi jinping', 'li qiang', 'wang yi', 'mao ning', 'lin jian', 'wang wenbin', 'zhao lijian', 'kim jong un',
  'yoon suk yeol', 'lee jae-myung', 'fumio kishida', 'shigeru ishiba', 'narendra modi', 'subrahmanyam jaishankar',
  'shehbaz sharif', 'imran khan', 'sheikh hasina', 'muhammad yunus', 'khaleda zia', 'lai ching-te', 'tsai ing-wen', 'ferdinand marcos', 'anthony albanese',
  'scott morrison', 'justin trudeau', 'mark carney', 'jacinda ardern', 'christopher luxon', 'prabowo subianto',
  'joko widodo', 'anwar ibrahim', 'min aung hlaing', 'aung san suu kyi',
  // Africa and the Americas
  'cyril ramaphosa', 'bola tinubu', 'william ruto', 'abiy ahmed', 'paul kagame', 'luiz inacio lula da silva',
  'jair bolsonaro', 'javier milei', 'andres manuel lopez obrador', 'claudia sheinbaum', 'nicolas maduro',
  'gustavo petro', 'nayib bukele', 'miguel diaz-canel',
  // International bodies
  'antonio guterres', 'stephane dujarric', 'tedros adhanom ghebreyesus', 'rafael grossi', 'kristalina georgieva',
  'christine lagarde', 'karim khan', 'volker turk', 'martin griffiths', 'tom fletcher', 'philippe lazzarini',
  // Stars the news names by one name (not those that are words too: Drake, Sting, Prince)
  'beyoncé', 'beyonce', 'rihanna', 'shakira', 'adele', 'madonna', 'zendaya', 'neymar', 'rodri', 'pelé', 'pele',
];
