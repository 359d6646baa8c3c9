/**
 * Language detection data: the short function words that tell languages apart in a few lines of text,
 * and the names the app gives a language in its reasons. Data only: intake/language.ts reads it.
 */

/** Frequent function words, lower case; a note that is mostly these in English is English without further ado. */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and to of a i you for is in on my it that with this your be have am are was at as but if would me we can not so an',
  es: 'el la los las de que y en un una por para con es mi tu te me lo se del al pero si como más estoy soy he',
  pt: 'o a os as de que e em um uma por para com é meu minha você do da dos das no na mas se como estou sou não',
  fr: 'le la les de des et en un une pour que je vous est mon ma du au avec pas ne si sur qui suis',
  de: 'der die das und ich sie ist zu nicht ein eine mit für auf den dem mich mir es wir ihr bei sich',
  it: 'il lo la gli le di che e un una per con sono mi ti non è del della nel sul ma se come',
};

/**
 * Hindi function words as written in Latin script on LinkedIn and WhatsApp ("Hinglish"): detectors
 * call such a note English or something else entirely, so a few of these among English decide it.
 */
export const HINGLISH_WORDS =
  'hai hain hoon hun ho tha thi kya kyun kaise kar karna karke karta karti kiya kiye ka ki ke ko mein main mera meri mere aap aapka aapki aapke aapse hum humara humne toh bhi nahi nahin koi kuch sab abhi agar lekin aur jo jab tab yeh ye woh wo raha rahi rahe hoga sakte sakta sakti chahiye bhej deta bilkul baat accha acha achha yaar ji haan thoda bahut wala wali wale liye isliye jisse seedha dekha lagta';

/** The languages franc reports (ISO 639-3) that the app names, with their two-letter code where one exists. */
export const LANGUAGE_NAMES: Readonly<Record<string, readonly [code: string, name: string]>> = {
  eng: ['en', 'English'],
  spa: ['es', 'Spanish'],
  por: ['pt', 'Portuguese'],
  fra: ['fr', 'French'],
  deu: ['de', 'German'],
  ita: ['it', 'Italian'],
  hin: ['hi', 'Hindi'],
  jpn: ['ja', 'Japanese'],
  cmn: ['zh', 'Chinese'],
  kor: ['ko', 'Korean'],
  rus: ['ru', 'Russian'],
  ukr: ['uk', 'Ukrainian'],
  pol: ['pl', 'Polish'],
  nld: ['nl', 'Dutch'],
  tur: ['tr', 'Turkish'],
  arb: ['ar', 'Arabic'],
  pes: ['fa', 'Persian'],
  vie: ['vi', 'Vietnamese'],
  ind: ['id', 'Indonesian'],
  zlm: ['ms', 'Malay'],
  tha: ['th', 'Thai'],
  ben: ['bn', 'Bengali'],
  tam: ['ta', 'Tamil'],
  tel: ['te', 'Telugu'],
  mar: ['mr', 'Marathi'],
  urd: ['ur', 'Urdu'],
  swe: ['sv', 'Swedish'],
  dan: ['da', 'Danish'],
  nob: ['nb', 'Norwegian'],
  ces: ['cs', 'Czech'],
  ron: ['ro', 'Romanian'],
  hun: ['hu', 'Hungarian'],
  ell: ['el', 'Greek'],
  heb: ['he', 'Hebrew'],
  cat: ['ca', 'Catalan'],
  swh: ['sw', 'Swahili'],
  tgl: ['tl', 'Tagalog'],
};

/** Names by two-letter code, for the languages the app reads and the note's own. */
export const NAMES_BY_CODE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(LANGUAGE_NAMES).map(([code, name]) => [code, name])),
  'hi-en': 'Hinglish',
};
