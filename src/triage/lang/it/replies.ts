/** Italian replies, in the referrer's voice (see lang/replies.ts for the slots): tu or Lei, as the note has it. */
import type { ReplyWording } from '../reply-types.js';

export const it: ReplyWording = {
  // Lei, Suo/Sua, "contattarLa"; a sentence-initial La or Le is only an article.
  formal: String.raw`(?<![\p{L}])(?:Lei|Suo|Sua|Suoi|Sue|Gentile|Egregi[oa]|Le sarei|La ringrazio|\p{Ll}+L[ae])(?![\p{L}])`,
  hi: ['Ciao {name},', 'Gentile {name},'],
  hiThere: ['Ciao,', 'Buongiorno,'],
  role: { named: 'la posizione di {role}', unnamed: 'questa posizione' },
  yes: {
    open: ['grazie per il messaggio, molto chiaro.', 'grazie per il Suo messaggio, molto chiaro.'],
    yes: ['Ti segnalo volentieri per {role}.', 'La segnalo volentieri per {role}.'],
    why: [
      'Quello che racconti («{quote}») è proprio il tipo di risultato che posso sostenere.',
      'Quello che descrive («{quote}») è proprio il tipo di risultato che posso sostenere.',
    ],
    needResume: [
      'Mi mandi il tuo CV? Appena ce l’ho, inserisco la segnalazione e ti avviso quando è dentro; da lì in poi se ne occupa il team di selezione.',
      'Può inviarmi il Suo CV? Appena lo ricevo, inserisco la segnalazione e La avviso quando è registrata; da lì in poi se ne occupa il team di selezione.',
    ],
    needLinkAndResume: [
      'Mi mandi il link esatto dell’annuncio e il tuo CV? Appena li ho, inserisco la segnalazione e ti avviso.',
      'Può inviarmi il link esatto dell’annuncio e il Suo CV? Appena li ricevo, inserisco la segnalazione e La avviso.',
    ],
  },
  onePager: {
    open: ['grazie per avermi scritto.', 'grazie per avermi scritto.'],
    fitClose: [
      'La posizione è vicina al lavoro del mio team, quindi vorrei guardarla con attenzione.',
      'La posizione è vicina al lavoro del mio team, quindi vorrei esaminarla con attenzione.',
    ],
    ask: ['Mi mandi un riassunto di una pagina?', 'Può inviarmi un riassunto di una pagina?'],
    askWithLink: [
      'Mi mandi un riassunto di una pagina e il link esatto dell’annuncio?',
      'Può inviarmi un riassunto di una pagina e il link esatto dell’annuncio?',
    ],
    close: ['Così posso darti una risposta vera.', 'Così potrò darLe una risposta concreta.'],
  },
  pieces: {
    proof: [
      'Quello che mi manca è un risultato concreto: una cosa che hai fatto e cosa ha cambiato, meglio se con un numero.',
      'Quello che mi manca è un risultato concreto: una cosa che ha fatto e cosa ha cambiato, meglio se con un numero.',
    ],
    fitOverlap: [
      'Quello che mi manca è come la tua esperienza si collega a {team}.',
      'Quello che mi manca è come la Sua esperienza si collega a {team}.',
    ],
    ask: [
      'Mi aiuterebbe anche sapere esattamente cosa vorresti che facessi.',
      'Mi aiuterebbe anche sapere esattamente cosa vorrebbe che facessi.',
    ],
    whyMe: [
      'Una riga sul perché pensi che il mio team sia quello giusto aiuterebbe.',
      'Una riga sul perché ritiene che il mio team sia quello giusto aiuterebbe.',
    ],
    other: [
      'Con il tuo percorso, la posizione e perché il profilo è adatto, mi è facile inoltrarlo.',
      'Con il Suo percorso, la posizione e il motivo per cui il profilo è adatto, mi è facile inoltrarlo.',
    ],
    name: [
      'E scrivimi il tuo nome completo: il messaggio ha solo le tue iniziali, e per la segnalazione mi serve un nome.',
      'E mi indichi il Suo nome completo: il messaggio riporta solo le Sue iniziali, e per la segnalazione mi serve un nome.',
    ],
  },
  about: {
    thanks: ['grazie per avermi scritto di {name}.', 'grazie per avermi scritto a proposito di {name}.'],
    thinking: ['grazie per aver pensato a me per {name}.', 'grazie per aver pensato a me per {name}.'],
    yes: ['Segnalo volentieri {name} per {role}.', 'Segnalo volentieri {name} per {role}.'],
    why: [
      'Un risultato come «{quote}» è proprio quello che posso sostenere.',
      'Un risultato come «{quote}» è proprio quello che posso sostenere.',
    ],
    needResume: [
      '{name} può mandarmi direttamente il CV? Appena ce l’ho, inserisco la segnalazione e avviso {name} quando è dentro.',
      '{name} potrebbe inviarmi direttamente il CV? Appena lo ricevo, inserisco la segnalazione e avviso {name} quando è registrata.',
    ],
    needLinkAndResume: [
      '{name} può mandarmi direttamente il link esatto dell’annuncio e il CV? Appena li ho, inserisco la segnalazione e avviso {name}.',
      '{name} potrebbe inviarmi direttamente il link esatto dell’annuncio e il CV? Appena li ricevo, inserisco la segnalazione e avviso {name}.',
    ],
    ask: [
      'Preferirei che {name} mi scrivesse direttamente, con un riassunto di una pagina.',
      'Preferirei che {name} mi scrivesse direttamente, con un riassunto di una pagina.',
    ],
    askWithLink: [
      'Preferirei che {name} mi scrivesse direttamente, con un riassunto di una pagina e il link esatto dell’annuncio.',
      'Preferirei che {name} mi scrivesse direttamente, con un riassunto di una pagina e il link esatto dell’annuncio.',
    ],
    pieces: {
      proof: [
        'Quello che mi manca è un risultato concreto di {name}, meglio se con un numero.',
        'Quello che mi manca è un risultato concreto di {name}, meglio se con un numero.',
      ],
      fitOverlap: [
        'Quello che mi manca è come l’esperienza di {name} si collega a {team}.',
        'Quello che mi manca è come l’esperienza di {name} si collega a {team}.',
      ],
      ask: [
        'Mi aiuterebbe anche sapere esattamente cosa {name} vorrebbe che facessi.',
        'Mi aiuterebbe anche sapere esattamente cosa {name} vorrebbe che facessi.',
      ],
      whyMe: [
        'Una riga sul perché {name} pensa che il mio team sia quello giusto aiuterebbe.',
        'Una riga sul perché {name} ritiene che il mio team sia quello giusto aiuterebbe.',
      ],
      other: [
        'Con il percorso di {name}, la posizione e perché il profilo è adatto, mi è facile inoltrarlo.',
        'Con il percorso di {name}, la posizione e il motivo per cui il profilo è adatto, mi è facile inoltrarlo.',
      ],
    },
    decline: [
      'Non posso segnalare {name} questa volta, e preferisco dirlo chiaramente piuttosto che lasciare la cosa in sospeso.',
      'Non posso segnalare {name} questa volta, e preferisco dirlo chiaramente piuttosto che lasciare la cosa in sospeso.',
    ],
    outsideArea: [
      '{role} è fuori dalla mia area ({team}), quindi non saprei valutarne l’adeguatezza.',
      '{role} è fuori dalla mia area ({team}), quindi non saprei valutarne l’adeguatezza.',
    ],
    noRole: [
      'Segnalo solo per una posizione precisa che posso sostenere: se {name} trova un annuncio adatto, un messaggio breve con il link e un risultato concreto rendono tutto molto più facile.',
      'Segnalo solo per una posizione precisa che posso sostenere: se {name} trova un annuncio adatto, un messaggio breve con il link e un risultato concreto rendono tutto molto più facile.',
    ],
    close: ['Un grande in bocca al lupo a {name} per la ricerca!', 'Auguro a {name} buona fortuna per la ricerca.'],
  },
  no: {
    open: ['grazie per aver pensato a me.', 'grazie per aver pensato a me.'],
    outsideArea: [
      '{role} è fuori dalla mia area ({team}), quindi non saprei valutarne l’adeguatezza e non sono la persona giusta per segnalarti. In bocca al lupo!',
      '{role} è fuori dalla mia area ({team}), quindi non saprei valutarne l’adeguatezza e non sono la persona giusta per segnalarLa. In bocca al lupo.',
    ],
    noRole: [
      'Segnalo solo per una posizione precisa che posso sostenere, quindi per ora passo. Se trovi un annuncio adatto, un messaggio breve con il link e un risultato concreto rendono tutto molto più facile.',
      'Segnalo solo per una posizione precisa che posso sostenere, quindi per ora passo. Se trova un annuncio adatto, un messaggio breve con il link e un risultato concreto rendono tutto molto più facile.',
    ],
    advice: [
      'In questo periodo non ho spazio per chiacchierate di orientamento, e preferisco dirtelo chiaramente. In bocca al lupo!',
      'In questo periodo non ho spazio per colloqui di orientamento, e preferisco dirLe chiaramente. In bocca al lupo.',
    ],
    clear: [
      'Non posso aiutarti con questo, e preferisco dirtelo chiaramente piuttosto che lasciarti in attesa. Spero che trovi presto la posizione giusta.',
      'Non posso aiutarLa con questo, e preferisco dirLe chiaramente piuttosto che lasciarLa in attesa. Spero che trovi presto la posizione giusta.',
    ],
  },
};
