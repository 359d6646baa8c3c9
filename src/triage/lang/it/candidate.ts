/**
 * Italian phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** Read case-sensitively: "Ho"/"ho", "Il mio"/"il mio" are spelled out. */
export const BACKGROUND = String.raw`(?:\b(?:[Hh]o|[Aa]bbiamo) (?:[\wÀ-ÿ'-]+ ){0,4}?(?:lavorato|guidato|gestito|costruito|sviluppato|fondato|lanciato|coordinato|seguito|progettato|passato)|\b[Ss]ono (?:un|una|un')\b|\b[Ll]avoro (?:come|da|in|nel|nella|presso)\b|\b[Ll]a mia (?:esperienza|carriera|formazione)|\b[Ii]l mio (?:percorso|lavoro|background|ruolo attuale)|\b[Dd]a (?:\d+|due|tre|quattro|cinque|sei|sette|otto|dieci|quindici|vent) anni|\b[Nn]egli ultimi (?:\d+|due|tre|quattro|cinque) anni|\b(?:[Ii]n|[Pp]resso) [\wÀ-ÿ -]{1,30}, ho\b)`;

/** What the candidate wants to do next, not what they have done: "vorrei passare alla cybersecurity". */
export const ASPIRATION = String.raw`(?<![\wÀ-ÿ])(?:ho sempre voluto|mi piacerebbe|vorrei|desidero|spero di|sogno di|non vedo l'ora di|aspiro a|sarei felice di|ambisco a)\s(?:entrare|lavorare|passare|crescere|imparare|diventare|far parte|unirmi|spostarmi|occuparmi|contribuire|cambiare)\b[^.!?]*|(?<![\wÀ-ÿ])(?:interessat[oa] a|appassionat[oa] di)\b[^.!?]*`;

/** Where they met the referrer ("ci siamo conosciuti al meetup Python di Milano"): a place, not the candidate's experience. */
export const MEETING_PLACE = String.raw`(?<![\wÀ-ÿ])(?:conosciut[oiae]|incontrat[oiae]|parlat[oiae]|vist[oiae]|sentit[oiae])(?![\wÀ-ÿ])[^.;!?]{0,15}?(?<![\wÀ-ÿ])(?:a|al|alla|allo|ai|alle|durante|in occasione|in|nel|nella)(?![\wÀ-ÿ])[^.;!?,]{0,60}|(?<![\wÀ-ÿ])(?:eravamo|siamo stati|siamo state) (?:nello stesso|nella stessa)[^.;!?,]{0,60}`;

/**
 * The reader addressed: tu, and the formal Lei. Read case-insensitively, so "Lei" cannot be told from
 * "lei" (she), and the formal "La"/"Le" are left out: they are also the articles. A verb in the
 * second person addresses the reader without a pronoun: "potresti", "puoi", "dimmi".
 */
export const SECOND_PERSON = String.raw`(?<![\wÀ-ÿ'])(?:tu|te|ti|tuo|tua|tuoi|tue|voi|vi|vostro|vostra|vostri|vostre|lei|scriverle|contattarla|ringraziarla|chiederle|disturbarla|puoi|sei|hai|vuoi|sai|conosci|dimmi|fammi|scrivimi|[a-zà-ÿ]+resti)(?![\wÀ-ÿ])`;

export const SELF_NAME = String.raw`\b(?:[Mm]i chiamo|[Ss]ono|[Ii]l mio nome è) ([A-ZÀ-Ý][\p{L}'-]+(?: [A-ZÀ-Ý][\p{L}'-]+)?)`;

/** The writer speaking of themselves or their team: a clause that names its own subject. */
export const FIRST_PERSON = String.raw`(?<![\wàâäéèêëîïôöùûüçß'’-])(?:io|mio|mia|miei|mie|noi|nostro|nostra|nostri|ho|sono)(?![\wàâäéèêëîïôöùûüçß-])`;
