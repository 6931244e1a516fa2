// Languages by name. "in English" names a language (type "other"); "English
// defender" is an adjective and no mention at all.

export const LANGUAGES: readonly string[] = [
  'english', 'french', 'spanish', 'german', 'italian', 'portuguese', 'dutch', 'russian', 'ukrainian',
  'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian',
  'slovenian', 'greek', 'turkish', 'arabic', 'hebrew', 'persian', 'farsi', 'dari', 'pashto', 'urdu',
  'hindi', 'bengali', 'punjabi', 'tamil', 'telugu', 'marathi', 'gujarati', 'nepali', 'sinhala', 'chinese',
  'mandarin', 'cantonese', 'japanese', 'korean', 'vietnamese', 'thai', 'khmer', 'burmese', 'malay',
  'indonesian', 'tagalog', 'filipino', 'swahili', 'amharic', 'somali', 'hausa', 'yoruba', 'igbo', 'zulu',
  'afrikaans', 'swedish', 'norwegian', 'danish', 'finnish', 'icelandic', 'estonian', 'latvian',
  'lithuanian', 'welsh', 'irish', 'gaelic', 'scots', 'basque', 'catalan', 'galician', 'latin', 'esperanto',
  'kurdish', 'armenian', 'georgian', 'azerbaijani', 'kazakh', 'uzbek', 'mongolian', 'tibetan', 'uyghur',
  'maori', 'hawaiian', 'yiddish', 'albanian', 'macedonian', 'belarusian', 'maltese', 'creole',
];

/** Words around a language name that show it is the language: "speak English", "English-language". */
export const LANGUAGE_CUES_BEFORE: readonly string[] = [
  'in', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'learn', 'learns', 'learned', 'learnt', 'learning',
  'teach', 'teaches', 'taught', 'into', 'read', 'reads', 'write', 'writes', 'wrote', 'fluent', 'native',
  'understand', 'understands', 'translated', 'translate', 'study', 'studied',
];
export const LANGUAGE_CUES_AFTER: readonly string[] = [
  'language', 'languages', 'speaker', 'speakers', 'speaking', 'translation', 'translations', 'version',
  'subtitles', 'lessons', 'classes', 'teacher', 'teachers', 'proficiency', 'skills', 'words', 'word',
];
