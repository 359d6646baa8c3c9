import type { BlurbWording } from '../blurb-types.js';

/** The blurb in German, for a hiring channel that works in German (writing/local-blurb.ts). */
export const BLURB: BlurbWording = {
  someone: 'Die Person',
  quote: ['„', '“'],
  and: 'und',
  languageNames: {
    en: 'Englisch',
    es: 'Spanisch',
    pt: 'Portugiesisch',
    fr: 'Französisch',
    de: 'Deutsch',
    it: 'Italienisch',
    'hi-en': 'Hinglish',
  },
  role: {
    posting: '{name} hat sich auf die Stelle „{title}“ beworben{link}',
    named: '{name} interessiert sich für eine Stelle als {title}{link}',
    matched:
      '{name} interessiert sich für eine Stelle als {title}, und unsere Stelle „{opening}“ ist die passende{link}',
    opening: '{name} hat sich auf unsere Stelle „{opening}“ beworben{link}',
    link: '{name} hat sich auf die Stelle unter {url} beworben',
    unnamed: '{name} bittet um eine Empfehlung, ohne schon eine bestimmte Stelle zu nennen',
  },
  result: {
    other: '{name} beschreibt das Ergebnis so (auf {language}: {quote})',
    same: '{name} beschreibt das Ergebnis so: {quote}',
    none: '{name} hat noch kein konkretes Ergebnis genannt',
  },
  fit: {
    overlap: 'Die Erfahrung mit {overlap} passt direkt zu dem, was unser Team {team} macht',
    strongWithResult: 'Die Stelle liegt klar in unserem Bereich {team}, und genau solche Ergebnisse suchen wir dort',
    strong: 'Die Stelle liegt klar in unserem Bereich {team}',
    partial:
      'Die Überschneidung mit unserem Bereich {team} ist nur teilweise gegeben, es kommt also darauf an, wie viel der Erfahrung sich übertragen lässt',
    caseWithResult: 'Die Nachricht begründet die Bewerbung konkret und belegt sie mit einem Ergebnis',
    case: 'Die Nachricht begründet die Bewerbung konkret',
  },
};
