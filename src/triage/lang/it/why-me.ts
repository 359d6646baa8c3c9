/**
 * Italian phrase data: Why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

/** What the referrer made or did that a candidate can point to: "il tuo intervento su…", "il suo articolo sul…". */
export const REFERRER_WORK = wordAlternation(`
  lavoro | percorso | esperienza | team | ruolo | talk | intervento | speech | post | articolo | blog | video | libro
  lancio | progetto | ricerca | panel | podcast | newsletter | thread | sessione | keynote | paper | workshop | webinar
  corso | lezione | presentazione | seminario | episodio | guida | report | intervista | rubrica | passaggio | transizione
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  lavoro | intervento | talk | post | articolo | progetto | team | podcast | keynote | panel | percorso
`);

export const REFERRER_DID = wordAlternation(`
  guidato | gestito | fondato | creato | costruito | lanciato | scritto | pubblicato | presentato | organizzato
  moderato | condiviso | assunto | seguito | formato | sviluppato | progettato | lavorato su | risposto | commentato
  consigliato | aiutato | insegnato | tenuto | cambiato | messo in piedi
`);

export const SEEN_WORK = wordAlternation(`
  talk | intervento | post | articolo | panel | podcast | lavoro | paper | thread | commento | sessione | webinar
  workshop | lezione | presentazione | seminario | episodio | meetup | keynote | demo | newsletter | intervista
  blog | libro | video | corso | progetto | repository | libreria
`);

const CAP = String.raw`[A-ZÀ-Ý][\p{L}'-]+`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "il vicino dei tuoi genitori", "compagno di classe di tuo figlio".
  {
    source: String.raw`(?<![\p{L}])(?:amic[oa]|vicin[oa]|compagn[oa](?: di [\p{L}]+)?|collega) (?:di|dei|della|del) (?:tuo|tua|tuoi|tue|Suo|Sua|Suoi) (?:genitori|madre|mamma|padre|papà|figli[oa]?|fratello|sorella|marito|moglie|zi[oa]|cugin[oa]|famiglia)(?![\p{L}])`,
    flags: 'iu',
  },
  // Sent by someone: "su suggerimento del perito Gianni Zanin", "su consiglio di Marta".
  {
    source: String.raw`(?<![\p{L}])su (?:suggerimento|consiglio|indicazione|segnalazione) d(?:el|ella|ello|ell['’]|i|egli)?\b`,
    flags: 'iu',
  },
  {
    // "la tua collega Giulia Rossi mi ha detto…", "il suo responsabile Marco, che…"
    source: String.raw`(?<![\p{L}])(?:[Ii]l tuo|[Ii]l suo|[Ll]a tua|[Ll]a sua) (?:ex )?(?:collega|responsabile|manager|capo|team leader|tutor|referente) ${CAP}(?: ${CAP})?,? (?:mi ha|mi aveva|che|dice|pensa|ed io|e io|era|è)(?![\p{L}])`,
    flags: 'u',
  },
  {
    source: String.raw`\b${CAP} mi (?:ha|aveva) (?:consigliato|suggerito|detto|proposto) di (?:scriverti|scriverle|contattarti|contattarla|sentirti|sentirla|rivolgermi)`,
    flags: 'u',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:il tuo|il suo|la tua|la sua|i tuoi|i suoi|le tue|le sue) (?:[\\wÀ-ÿ-]+ )?${REFERRER_WORK} (?:su|sul|sulla|sugli|sulle|a|al|alla|da|in|presso|durante)(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:hai|ha) (?:recentemente |anche |già )?${REFERRER_DID}(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:sei|lei è) (?:nel team|nella squadra|a capo|responsabile|il responsabile|la responsabile|il lead|la lead|parte del team)(?![\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:(?:abbiamo|avevamo) (?:già )?(?:lavorato|collaborato|studiato|parlato) insieme|(?:eravamo|siamo stat[ie]) compagn[ie] di (?:corso|classe|università|master|studi|squadra)|ci siamo (?:già )?(?:conosciut[ie]|incontrat[ie]|sentit[ie]|vist[ie]|parlat[ie]))(?![\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:visto|letto|ascoltato|seguito|guardato|partecipato al?|scoperto) (?:il tuo|il suo|la tua|la sua|i tuoi|i suoi) (?:[\\wÀ-ÿ'-]+ ){0,2}?${SEEN_WORK}(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    phrases: `
    mi (ha|aveva|hanno) (consigliato|suggerito|detto|proposto) di (scriverti|scriverle|contattarti|contattarla|sentirti|sentirla|rivolgermi a te|rivolgermi a lei)
    (mi ha|mi aveva) detto che (sei|saresti|lei è|sarebbe|eri) (la persona giusta|il contatto giusto|la persona da contattare)
    (mi ha|mi aveva) (dato|girato|passato) (il tuo|il suo) (nome|contatto|numero|indirizzo)
    seguo (da (anni|tempo|mesi|sempre) )?(la|il|i|le|la Sua|il Suo|i Suoi|le Sue|la tua|il tuo|i tuoi|le tue) ([\\wÀ-ÿ]+ ){0,2}(collana|collane|rubrica|blog|podcast|newsletter|post|articoli|lavori|progetti|pubblicazioni|libri|corsi)
    (eravamo|siamo stati|siamo state) (nello stesso|nella stessa) (team|corso|classe|università|azienda|progetto|master|bootcamp)
    (abbiamo|avevamo) (fatto|frequentato|seguito) insieme (il|lo|la|l') ?(master|corso|liceo|università|dottorato|mba|bootcamp|triennale|magistrale|erasmus)
    (eravamo|siamo stati|siamo state) (in classe|a scuola|al liceo|all'università|in università|in facoltà|in corso) insieme
    (ho|abbiamo) (lavorato|collaborato) (con te|con lei|insieme|nel tuo team|nel suo team)
    (ero|sono stat[oa]) (nel tuo|nel suo) (team|gruppo|progetto)
    (mi hai|mi ha) (seguit[oa]|format[oa]|assunt[oa]|gestit[oa]|insegnato|fatto da mentore|fatto da tutor)
    (ero|sono stat[oa]) (il tuo|la tua|il suo|la sua) (stagista|tirocinante|student[ea]|allievo|allieva|collega|mentee|tesista)
    (entrambi|entrambe) (ex )?(alumni|laureati|laureate|studenti) (di|del|della|al|alla)
    (rete|gruppo|network|associazione) (degli )?(alumni|ex alunni|ex allievi)
    (ti|la) ho (conosciut[oa]|incontrat[oa]|sentit[oa]|vist[oa]) (a|al|alla|durante|in occasione)
    # "ringrazio Filippo per la presentazione": ringraziare takes the person directly
    (grazie|ringrazio) (a )?([A-Z][\\wÀ-ÿ-]+ )?per (la presentazione|il contatto|avermi messo in contatto)
    parla (molto |sempre )?bene di (te|lei)
    (mi avevi|mi aveva) (detto|consigliato|proposto|invitato)
    (mio|mia) (zio|zia|padre|madre|fratello|sorella|cugino|cugina|amico|amica|vicino|vicina) [A-Z][\\wÀ-ÿ'-]+ (lavora|ha lavorato) (con te|con lei|nel tuo|nel suo|per te|per lei)
  `,
  },
  { source: String.raw`\b${CAP}, (?:ti|vi|le) presento ${CAP}`, flags: 'u' },
  // A past at the referrer's own place: "ha fatto la stagione al bar della piscina da voi", "non so se vi ricordate".
  {
    source: String.raw`(?<![\p{L}])(?:(?:ha|ho|abbiamo) (?:fatto|lavorato)[^.!?]{0,60}?\b(?:da voi|con voi|con te|con Lei|da te)(?![\p{L}])|non so se (?:vi|ti|si) ricord(?:ate|i|a))`,
    flags: 'iu',
  },
  // Thanks for an introduction, or what the person who introduced them already said.
  {
    source: String.raw`\bgrazie a ${CAP}(?: ${CAP})? per (?:averci messo in contatto|avermi messo in contatto|averci presentat[oi]|la presentazione|il contatto)`,
    flags: 'u',
  },
  {
    source: String.raw`\b[Cc]ome (?:ti|Le|le|vi) (?:ha |aveva )?(?:anticipato|detto|accennato|scritto|raccontato) ${CAP}`,
    flags: 'u',
  },
  // How they got the referrer's contact: "mi ha dato il tuo numero", "nel gruppo degli ex alunni".
  {
    source: String.raw`(?<![\p{L}])(?:mi (?:ha|hanno|aveva) (?:dato|passato|girato|fornito) il (?:tuo|suo) (?:numero|contatto|cellulare|indirizzo|recapito|email|mail)|ho avuto il (?:tuo|suo) (?:numero|contatto|recapito) da)(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:gruppo|lista|rete|associazione|comunità|community) (?:degli |di |dei )(?:ex[- ]?alunni|ex[- ]?studenti|alumni|laureati)(?![\p{L}])`,
    flags: 'iu',
  },
  // Who they are to the referrer, or what they share: "sono Luca, quello del corso di inglese", "siamo tutti e due di Como".
  {
    source: String.raw`(?<![\p{L}])(?:sono|è) ${CAP}(?: ${CAP})?,? quell[oa] (?:del|della|dello|dei|delle|dell['’]|di)(?![\p{L}])`,
    flags: 'u',
  },
  {
    source: String.raw`(?<![\p{L}])(?:(?:siamo|eravamo) (?:tutti e due|tutte e due|entrambi|entrambe) (?:di|del|della|dello|dei|nel|nella|nello|allo|alla|al)|(?:del|della) (?:tuo|tua|nostro|nostra|stesso|stessa) (?:corso|anno|classe|master|promozione)|da quanto tempo|dai tempi (?:del|della|dello|di|dell['’])|come (?:d['’]accordo|concordato|ci siamo dett[ie]|ne abbiamo parlato))(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:visto|letto) (?:il tuo|il suo) (?:messaggio|post|commento|annuncio) (?:nel|sul|in|su) (?:#|canale|gruppo|slack|linkedin)`,
    flags: 'iu',
  },
];
