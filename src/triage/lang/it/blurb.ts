import type { BlurbWording } from '../blurb-types.js';

/** The blurb in Italian, for a hiring channel that works in Italian (writing/local-blurb.ts). */
export const BLURB: BlurbWording = {
  someone: 'La persona',
  quote: ['«', '»'],
  and: 'e',
  languageNames: {
    en: 'inglese',
    es: 'spagnolo',
    pt: 'portoghese',
    fr: 'francese',
    de: 'tedesco',
    it: 'italiano',
    'hi-en': 'hinglish',
  },
  role: {
    posting: '{name} ha presentato la candidatura per la posizione di {title}{link}',
    named: '{name} punta a una posizione di {title}{link}',
    matched: '{name} punta a una posizione di {title}, e la nostra posizione di {opening} è quella giusta{link}',
    opening: '{name} ha presentato la candidatura per la nostra posizione di {opening}{link}',
    link: '{name} ha presentato la candidatura per la posizione al link {url}',
    unnamed: '{name} chiede una segnalazione senza indicare ancora una posizione precisa',
  },
  result: {
    other: '{name} descrive così il risultato (in {language}: {quote})',
    same: '{name} descrive così il risultato: {quote}',
    none: '{name} non ha ancora indicato un risultato concreto',
  },
  fit: {
    overlap: 'L’esperienza con {overlap} corrisponde direttamente al lavoro del nostro team {team}',
    strongWithResult:
      'La posizione rientra pienamente nella nostra area {team}, e quel risultato è proprio il tipo di prova che cerchiamo',
    strong: 'La posizione rientra pienamente nella nostra area {team}',
    partial:
      'La sovrapposizione con la nostra area {team} è parziale, quindi tutto dipende da quanto dell’esperienza si può trasferire',
    caseWithResult: 'Il messaggio spiega in modo concreto perché questa posizione e lo sostiene con un risultato',
    case: 'Il messaggio spiega in modo concreto perché questa posizione',
  },
};
