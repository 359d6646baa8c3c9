import type { LanguageTable } from './table.js';

/** Italian: tu and Lei, accents, Italian numbers ("4,5%", "2.300"), "Responsabile …" postings. */
export const IT: LanguageTable = {
  keys: {
    REFERRAL_ASK: {
      match: [
        'Potresti segnalarmi per la posizione di Responsabile Qualità?',
        'Mi potrebbe raccomandare internamente per il ruolo di Data Analyst?',
        'Puoi inoltrare il mio CV al recruiter?',
        'Ci metteresti una buona parola?',
        'Mi segnaleresti per quel ruolo?',
      ],
      miss: 'La vostra azienda ha un ottimo programma di referral program interno.',
    },
    ADVICE_ASK: {
      match: [
        'Avresti 15 minuti del tuo tempo per una chiacchierata?',
        'Ti andrebbe di prendere un caffè la settimana prossima?',
        'Mi piacerebbe avere qualche consiglio sul passaggio al product.',
      ],
      miss: 'Bevo un caffè ristretto ogni mattina.',
    },
    FIT_OUTSOURCED: {
      match: ['Dimmi tu quali ruoli potrebbero andare bene.', 'Mi faccia sapere se ci sono posizioni adatte.'],
      miss: 'Mi candido per la posizione di Sviluppatore Back-end.',
    },
    ANSWERS_AN_ASK: {
      match: [
        'Come mi avevi chiesto, ecco il mio one-pager.',
        'Grazie per la risposta veloce!',
        'Come concordato, qualche dettaglio in più.',
      ],
      miss: 'Ti chiedo un aiuto per la posizione di infermiere.',
    },
    IMPLIED_ASK: {
      match: ['Se non puoi, lo capisco.', 'Se non è il momento giusto, nessun problema.'],
      miss: 'Se hai domande, sono disponibile.',
    },
    GRACEFUL_EXIT: {
      match: [
        'Nessun problema se no.',
        'Capirei perfettamente se non fosse possibile.',
        'Non sentirti assolutamente obbligato.',
        'Si senta libera di rifiutare.',
      ],
      miss: 'Abbiamo avuto un problema con il rilascio.',
    },
    PRAISE: { match: ['fonte di ispirazione', 'un mito'], miss: 'una collega' },
    FLATTERY: {
      match: [
        'Sei davvero una fonte di ispirazione.',
        'Ti seguo da anni, ammiro il tuo percorso.',
        'Il suo percorso è davvero straordinario!',
      ],
      miss: 'Il tuo team costruisce la piattaforma dei pagamenti.',
    },
    PRESSURE: {
      match: [
        'Sei la mia ultima speranza, il mio permesso di soggiorno dipende da questo.',
        'Ho bisogno della segnalazione entro domani.',
        'Riceveresti anche un bonus, è un win-win.',
        'Perché non mi hai ancora risposto?',
      ],
      miss: 'Posso iniziare da domani.',
    },
    CONTACTED: { match: ['scritto', 'mandato un messaggio'], miss: 'scrivere' },
    FOLLOW_UP: {
      match: [
        'Ti riscrivo di nuovo per un aggiornamento.',
        'Piccolo sollecito sul mio messaggio precedente.',
        'Ti ho già scritto la settimana scorsa.',
      ],
      miss: "Ti scrivo per l'offerta pubblicata ieri.",
    },
    CONTACT_VERB: {
      match: ['Ti ho scritto due volte la settimana scorsa.', 'Le ho già mandato un messaggio su LinkedIn.'],
      miss: 'Hai scritto un bellissimo articolo.',
    },
    QUANTIFIER: {
      match: ['Ti ho scritto 3 volte.', 'più volte', 'i miei due ultimi messaggi'],
      miss: 'Ho fatto volontariato.',
    },
    REPEATED_BUMP: {
      match: ['Ti riscrivo ancora una volta.', 'I miei due messaggi precedenti sono rimasti senza risposta.'],
      miss: 'Ti scrivo per la posizione.',
    },
    ORDINAL_MESSAGE: {
      match: ['Questo è il mio terzo messaggio.', 'Secondo sollecito!'],
      miss: 'Il secondo anno di laurea.',
    },
    PLACEHOLDER_PATTERNS: {
      match: ['Ciao [Nome],', 'Sarei felice di entrare in {{azienda}}.', 'la posizione di [RUOLO]'],
      miss: 'Ciao Giulia, [link qui](https://esempio.it)',
    },
    ON_BEHALF: {
      match: [
        'Mia figlia si è appena laureata e sta cercando lavoro.',
        'Scrivo per conto di un candidato; la commissione per il collocamento è del 20%.',
        'Potresti segnalarlo? È troppo timido per chiedertelo.',
      ],
      miss: 'La mia responsabile mi ha consigliato di candidarmi.',
    },
    NOT_A_REFERRAL: {
      match: ['Potresti farmi da referenza?', 'Siamo un fornitore di software HR: chi si occupa degli acquisti?'],
      miss: 'Potresti segnalarmi per la posizione?',
    },
    SERVICE_ASK: {
      match: [
        'Potresti mettermi in contatto con la persona che si occupa degli acquisti?',
        'Puoi indirizzarmi verso qualcuno che possa sbloccare la mia pratica?',
      ],
      miss: 'Potresti mettermi in contatto con il responsabile della posizione?',
    },
    JOB_TALK: {
      match: ['Mi candido per la posizione.', 'Ti allego il mio curriculum.'],
      miss: 'Ho finito il progetto.',
    },
    BROADCAST: {
      match: ['Ciao a tutti, cerco lavoro.', 'Sto scrivendo a diverse persone della vostra azienda.'],
      miss: 'Ciao Giulia, ti scrivo per la posizione.',
    },
    REFERRER_WORK: { match: ['intervento', 'percorso'], miss: 'mensa' },
    REFERRER_WORK_NAMED: { match: ['articolo', 'podcast'], miss: 'macchina' },
    REFERRER_DID: { match: ['guidato', 'lavorato su'], miss: 'mangiato' },
    SEEN_WORK: { match: ['webinar', 'lezione'], miss: 'vacanza' },
    WHY_ME_PATTERNS: {
      match: [
        'La tua collega Giulia Rossi mi ha consigliato di scriverti.',
        'Ho letto il tuo articolo sulla migrazione a Kubernetes.',
        'Abbiamo già lavorato insieme in Accenture.',
        'Hai guidato il team pagamenti, per questo ti scrivo.',
      ],
      miss: 'Ho trovato il tuo profilo cercando su Google.',
    },
    PROOF_IMPACT_VERB: {
      match: ['Ho ridotto i tempi di build.', 'Abbiamo risparmiato 40.000 euro.', 'Ho aumentato la conversione.'],
      miss: 'Sono curiosa e precisa.',
    },
    METRIC_UNIT: { match: ['%', 'milioni'], miss: 'chili' },
    COUNTED: { match: ['utenti', 'ordini'], miss: 'idee' },
    PROOF_METRIC: {
      match: ['La conversione è salita del 4,5%.', 'Serviamo 2.300 clienti al giorno.', 'un fatturato di 1,2 milioni'],
      miss: 'Ho 5 anni di esperienza.',
    },
    QUANTITY: { match: ['due', 'metà'], miss: 'una' },
    PROOF_IN_WORDS: {
      match: [
        'Ho ridotto della metà i tempi di gestione dei ticket.',
        'Le iscrizioni sono raddoppiate in un anno.',
        'Consegniamo in due giorni invece di due settimane.',
        'Il tasso di errore è stato dimezzato.',
      ],
      miss: 'Ho ridotto il consumo di caffè.',
    },
    PROOF_WORK_RATE: {
      match: ['Gestisco circa 60 pratiche al giorno.', 'Seguo 12 pazienti per turno.'],
      miss: 'Lavoro 40 ore a settimana.',
    },
    PROOF_FROM_TO: {
      match: ['I tempi sono passati da dodici giorni a quattro.', 'da 9 incidenti al mese a meno di 5'],
      miss: 'Mi sono trasferito da Milano a Roma.',
    },
    NOT_A_PROOF: {
      match: ['Mi sono candidato a oltre 40 offerte.', 'Una call di 15 minuti del tuo tempo basterebbe.'],
      miss: 'Abbiamo firmato 40 contratti.',
    },
    BACKGROUND: {
      match: [
        'Ho guidato il team pagamenti per tre anni.',
        'Da cinque anni sviluppo API.',
        'Il mio percorso è insolito.',
      ],
      miss: 'Il tuo team sta assumendo.',
    },
    ASPIRATION: {
      match: ['Mi piacerebbe lavorare nella cybersecurity.', 'Sono appassionata di sanità pubblica.'],
      miss: 'Ho lavorato nella cybersecurity.',
    },
    MEETING_PLACE: {
      match: ['Ci siamo conosciuti al meetup Python di Milano.', 'Ti ho incontrata durante il Codemotion.'],
      miss: 'Ho sviluppato una API di pagamento.',
    },
    FIRST_PERSON: {
      match: ['Ho ridotto gli errori del 35%.', 'Il nostro team ha consegnato.'],
      miss: 'Tu hai scritto un bel post.',
    },
    SECOND_PERSON: {
      match: ['Potresti segnalarmi?', 'Ti scrivo per la posizione.', 'Lei potrebbe aiutarmi?'],
      miss: 'Abbiamo un appuntamento domani.',
    },
    SELF_NAME: { match: ['Mi chiamo Marco Bianchi.', 'Sono Giulia, sviluppatrice.'], miss: 'Sono sviluppatrice.' },
    ATTACHMENT_KINDS: {
      match: ['Trovi il mio CV in allegato.', 'La mia lettera di presentazione e alcuni casi studio.'],
      miss: 'Leggo molti romanzi.',
    },
    ATTACHED: {
      match: ['Il CV è in allegato.', 'Ti allego il portfolio.', 'Ecco il mio profilo LinkedIn.'],
      miss: 'Ti raggiungo domani.',
    },
    RESUME_HEADER: { match: ['ESPERIENZA PROFESSIONALE', 'Competenze:'], miss: 'Le mie competenze in Python' },
    GREETING: {
      match: ['Ciao Giulia,', 'Gentile Dott.ssa Rossi,', 'Buongiorno!'],
      miss: 'Ciao, ti scrivo per la posizione di Data Analyst.',
    },
    GREETING_PREFIX: { match: ['Ciao Giulia, ti scrivo', 'Buongiorno Marco, sono'], miss: 'Ciaone a tutti' },
    SIGN_OFF: {
      match: ['Cordiali saluti', 'Grazie mille!', 'Un caro saluto', 'Buona giornata'],
      miss: 'Grazie se vorrai segnalarmi per la posizione di Data Analyst da voi',
    },
    INTRODUCTION: {
      match: ['Giulia, ti presento Marco, di cui ti avevo parlato.', 'Vi metto in contatto.'],
      miss: 'Mi presento: Marco, ingegnere.',
    },
  },
  quotedHeader: {
    match: [
      'Il giorno lun 3 feb 2025 alle ore 10:12 Giulia Rossi <giulia@esempio.it> ha scritto:',
      '-------- Messaggio originale --------',
      'Da: Giulia Rossi <giulia@esempio.it>',
    ],
    miss: 'Il giorno del colloquio sono libero.',
  },
  disciplines: {
    match: [
      ['Sviluppatore Back-end', 'backend'],
      ['Sviluppatrice Front-end', 'frontend'],
      ['Infermiere/a di terapia intensiva', 'critical-care'],
      ['Infermiere', 'nursing'],
      ['Responsabile Qualità', 'quality'],
      ['Ingegnere del software', 'software'],
      ['Addetto agli acquisti', 'procurement'],
      ['Fisioterapista', 'physical-therapy'],
      ['Commercialista', 'tax'],
      ['Docente di matematica', 'teaching-math'],
      ['Magazziniere', 'warehouse'],
    ],
    miss: 'Responsabile di progetto',
  },
};
