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
  'thierry', 'emmanuel', 'jean-luc', 'jean-yves', 'jean-noel', 'francois', 'olaf', 'jens', 'ulf', 'josep', 'pedro',
  'santiago', 'alberto', 'matteo', 'giuseppe', 'sergio', 'nunzio', 'claudio', 'luigi', 'gianni', 'wopke', 'rutte',
  'sebastian', 'karl', 'friedrich', 'wolfgang', 'andrzej', 'mateusz', 'donald', 'jaroslaw', 'radoslaw', 'zbigniew',
  'peter', 'petr', 'milos', 'edi', 'kyriakos', 'alexis', 'nikos', 'micheal', 'leo',
  'dries', 'joost', 'hendrik', 'cees', 'lars', 'magnus', 'sauli', 'alar', 'gitanas', 'egils', 'edgars',
  // Africa, Americas
  'cyril', 'jacob', 'thabo', 'uhuru', 'william', 'yoweri', 'paul', 'muhammadu', 'bola', 'goodluck', 'olusegun', 'abdel-fattah',
  'jair', 'luiz', 'inacio', 'javier', 'gustavo', 'andres', 'manuel', 'nicolas', 'nayib', 'gabriel', 'evo',
  // East Asia (given names written first in English)
  'fumio', 'shinzo', 'yoshihide', 'shigeru', 'taro', 'yoon', 'suk-yeol', 'jae-in',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'alla', 'anastasia', 'anna', 'darya', 'daria', 'ekaterina', 'yekaterina', 'elena', 'yelena', 'olena', 'galina', 'halyna',
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
