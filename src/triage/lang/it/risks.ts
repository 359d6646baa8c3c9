/**
 * Italian phrase data: What makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Regular expressions written as source draw word edges with `(?<![\wÀ-ÿ])`, since `\b` ignores accents.
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

/** What a referrer is called in praise: "sei una fonte d'ispirazione", "Lei è un modello". */
export const PRAISE = wordAlternation(`
  ispirazione | fonte d'ispirazione | fonte di ispirazione | modello | leggenda | genio | visionari[oa] | eccezionale
  incredibile | brillante | straordinari[oa] | fantastic[oa] | il migliore | la migliore | un mito | un idolo | un esempio
`);

export const FLATTERY = `
  (rimast[oa] |sono )?(davvero |molto |profondamente )?colpit[oa] dal (tuo|suo) (percorso|profilo|lavoro|carriera)
  (ti|la) seguo da (tempo|anni|mesi|sempre|tantissimo|tanto|moltissimo|molto tempo|tanto tempo)
  (ammiro|adoro|sono fan del|sono fan della) (il tuo|la tua|il suo|la sua|i tuoi|i suoi|tuo|tua|suo|sua) ?(percorso|lavoro|carriera|post|contenuti)
  (grande|enorme|grandissim[oa]) (fan|ammirat(ore|rice))
  (sei|lei è|lei e') (davvero |veramente |proprio |semplicemente ){0,2}(un |una |un' )?((vero|vera|grande|autentic[oa]) )?${PRAISE}
  (il tuo|il suo|la tua|la sua) (percorso|carriera|lavoro|profilo|curriculum) (è|è stato|è stata) (davvero |veramente |proprio |semplicemente )?(incredibile|impressionante|straordinari[oa]|eccezionale|fantastic[oa]|ispirante|stimolante|notevole|esemplare|pazzesc[oa])
  (così|davvero|molto|super) (ispirante|stimolante)
  (onorat[oa]|un onore) (di )?(scriverti|scriverle|contattarti|contattarla)
  (percorso|carriera) (incredibile|impressionante|straordinari[oa]|eccezionale|esemplare)
  (ti|la) ammiro
  (sei|lei è) (davvero |proprio |veramente )?(bravissim[oa]|fantastic[oa]|stupend[oa]|pazzesc[oa])
  (ti|la) seguo (su [\\wÀ-ÿ]+ )?da (un sacco|una vita|secoli|tempo|anni|sempre)
  (una delle|uno dei) (persone|professionisti|professioniste) che (più )?(ammiro|stimo)( di più)?
  (sei|è|lei è) (davvero |proprio |veramente )?(un |una )?(vero |vera |grande )?(punto di riferimento|fonte d'ispirazione|fonte di ispirazione)
  (è|sono) (una |un )?(vera |grande )?(fonte d'ispirazione|fonte di ispirazione)
`;

export const PRESSURE = `
  ho bisogno di una risposta (oggi|entro|subito|al più presto)
  me lo devi\\b
  (è|sei) la mia (ultima|unica) (speranza|possibilità|occasione)
  (la mia|sei la mia|lei è la mia) (ultima|unica) (speranza|possibilità|occasione)
  (il mio|la mia) (visto|permesso di soggiorno|futuro|affitto|famiglia|carriera) (dipende|dipendono) da (questo|questa|te|lei)
  ho (davvero|assolutamente|disperatamente) bisogno (di questo|di questa|della tua|della sua|di un|di una)
  disperat[oaie]
  (ti|la) (prego|supplico),? (ti |la )?(prego|supplico)
  per favore,? per favore
  (?<!(non è|niente di|nulla di|non) )(urgente|urgentemente|al più presto|quanto prima|asap)
  entro (domani|stasera|oggi|fine settimana|fine giornata|lunedì|martedì|mercoledì|giovedì|venerdì)
  (ancora )?nessuna risposta
  non (ho|ho ancora) (ricevuto|avuto) (nessuna |alcuna )?risposta
  perché non (mi hai|mi ha) (ancora )?risposto
  (mi devi|mi deve) (un favore|questo)
  non (lasciarmi|mi lasci) (a piedi|nei guai|sol[oa])
  (conto|contiamo) su (di )?(te|lei|voi)
  (significherebbe|vorrebbe dire) (tantissimo|moltissimo|tutto) per me
  (ho |mi sono )?(già )?(candidat[oa] a|inviato candidature a|mandato il cv a) (oltre |più di )?\\d+
  (riceveresti|riceverai|riceverebbe|riceverà|prenderesti|prenderai) (anche )?(un|il) (bonus|premio)
  bonus (di )?(referral|segnalazione) (per te|per lei|anche per te)
  win[- ]win
  (detto|comunicato|scritto) (al|alla|all') ?([\\wÀ-ÿ-]+ ){0,2}(recruiter|hr|responsabile|manager|selezionat(ore|rice))\\b[^.!?]{0,30}\\bche (mi )?(avresti|avrebbe|avrai|avrà|saresti|sarebbe)
  (devi|deve) (segnalarmi|raccomandarmi|assumermi|aiutarmi)
  (la mia famiglia|i miei figli|i miei genitori) (conta|contano|dipende|dipendono) (su|da) (di )?me
  (rispondimi|mi risponda) (presto|subito|al più presto|per favore)
`;

export const CONTACTED =
  '(scritto|contattat[oa]|mandato (un |due |diversi )?(messaggi?|mail|email|e-mail)|inviato (un |due )?(messaggi?|mail|email)|cercat[oa]|sollecitat[oa])';

export const FOLLOW_UP = `
  (hai|ha|avete) visto il mio messaggio
  (ti|le|vi) riscrivo\\b
  (ti|la|vi) (ri)?scrivo (di nuovo|ancora|nuovamente|per un aggiornamento)
  (mi permetto di )?(ricontattarti|ricontattarla|risentirti|sollecitarti|sollecitarla)
  (piccolo |gentile |breve )?(sollecito|promemoria|follow[- ]?up)
  (torno|ritorno) a (scriverti|scriverle|contattarti|contattarla)
  (riprendo|riguardo al|in merito al) (il )?(mio )?(precedente|ultimo) (messaggio|mail|email)
  (ti|le|vi) (ho|avevo) (già )?${CONTACTED}
  non so se (l'hai|lo hai|la hai|l'ha) (visto|vist[oa]|lett[oa])
  (nel caso|casomai|qualora) (il mio messaggio|la mia mail) (sia |fosse )?(finit[oa]|pers[oa]|sfuggit[oa])
  (i miei|gli ultimi) (due |tre )?(messaggi|mail|email)
  (secondo|terzo|quarto) (messaggio|sollecito|tentativo)
  (ennesimo|nuovo) sollecito
  per la (seconda|terza|quarta|quinta|ennesima) volta
  non ho (ancora )?ricevuto (un |alcun |nessun )?(suo |tuo )?(riscontro|risposta)
`;

/** "Ti ho scritto due volte": the contact, with up to three words after it where a count may stand. */
export const CONTACT_VERB = `(?<![\\wÀ-ÿ])(?:ti|le|vi) (?:ho|avevo) (?:già )?(?:${CONTACTED.slice(1, -1)})((?: [\\wÀ-ÿ']+){0,3})`;

/** A count of contacts; the second group holds digits. Counts in words ("due volte") are read as one. */
export const QUANTIFIER = String.raw`(?<![\wÀ-ÿ])(una volta|due volte|tre volte|quattro volte|cinque volte|(\d{1,2}) volte|più volte|diverse volte|varie volte|parecchie volte|ripetutamente|(?:i miei|gli ultimi) (?:due|tre|quattro) (?:ultimi |precedenti )?(?:messaggi|mail|email))(?![\wÀ-ÿ])`;

/** A bump that says it is not the first: "ti riscrivo di nuovo", "i miei due messaggi precedenti". */
export const REPEATED_BUMP = String.raw`(?<![\wÀ-ÿ])(?:(?:ti|la|vi) (?:ri)?scrivo (?:di nuovo|ancora|nuovamente)|(?:torno|ritorno) (?:di nuovo |ancora )?a (?:scriverti|scriverle) (?:di nuovo|ancora)|(?:i miei|gli) (?:due |tre |diversi )?(?:messaggi|mail|email) precedenti|i miei (?:due|tre|diversi|ultimi|precedenti) (?:messaggi|mail|email)|(?:ennesimo|nuovo) sollecito)(?![\wÀ-ÿ])`;

/** "Terzo messaggio": the first group is the ordinal word. */
export const ORDINAL_MESSAGE = String.raw`(?<![\wÀ-ÿ])(secondo|terzo|quarto|quinto|seconda|terza|quarta|quinta) (?:messaggio|mail|email|tentativo|sollecito|volta)(?![\wÀ-ÿ])`;

/** Template text left in: "[Nome]", "{{azienda}}", "<Nome>", "%RUOLO%", "XXX". */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  [
    '[',
    {
      source: String.raw`\[(?:tuo |tua |suo |sua )?(?:nome|cognome|nome e cognome|nome completo|azienda|nome azienda|nome dell'azienda|società|ruolo|posizione|titolo|team|data|link|responsabile|destinatario|referente)\](?!\()`,
      flags: 'i',
    },
  ],
  [
    '[',
    {
      source: String.raw`\[(?:inserire|inserisci|aggiungere|aggiungi|compilare|indicare)\b[^\]\n]{0,40}\]`,
      flags: 'i',
    },
  ],
  ['[', { source: String.raw`\[[A-ZÀ-Ý][A-ZÀ-Ý_ ]{2,30}\](?!\()`, flags: '' }],
  ['{', { source: String.raw`\{\{?\s*[a-zà-ÿ][a-zà-ÿ_. ]{0,30}\s*\}?\}`, flags: 'i' }],
  [
    '<',
    {
      source: String.raw`<(?:nome|cognome|azienda|società|ruolo|posizione|il tuo nome|inserire[^<>\n]{0,30})>`,
      flags: 'i',
    },
  ],
  ['%', { source: '%[A-ZÀ-Ý_]{2,30}%', flags: '' }],
  ['XXX', { source: String.raw`\bX{3,}\b`, flags: '' }],
  ['(', { source: String.raw`\((?:nome|cognome|azienda|società|ruolo|posizione)\)`, flags: 'i' }],
  [' X', { source: String.raw`\b(?:in|presso|per) (?:l'azienda|azienda|la società|società) X\b`, flags: 'i' }],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a client, a relative. */
export const ON_BEHALF = `
  (sto lavorando|stiamo lavorando|lavoro|seguo|seguiamo) con (diversi|alcuni|vari|parecchi) (profili|candidat[ie])
  # a recruiter's one candidate, unnamed: "sto seguendo un candidato eccellente"
  (sto lavorando con|stiamo lavorando con|sto seguendo|seguo) (un|una) (candidat[oa]|profilo|professionista)\\b
  (mio|mia) ([\\wÀ-ÿ]+ )?(figlio|figlia|nipote|fratello|sorella|cugino|cugina|amico|amica|compagno|compagna|marito|moglie|coinquilino|coinquilina|vicino|vicina) (si è appena (laureat[oa]|diplomat[oa])|ha appena (finito|terminato)|sta cercando|cerca|vorrebbe|ha bisogno)
  (trovargli|trovarle|dargli|darle) (un|una) (lavoro|posto|impiego|stage|tirocinio)
  (potresti|potrebbe|puoi|può) (segnalarlo|segnalarla|raccomandarlo|raccomandarla|proporlo|proporla)
  (troppo timid[oa]|non ha il coraggio) (per |di )?(chiedertelo|chiederlo|scriverti|scriverle|chiederti|chiederle)
  per conto (del mio|della mia|di un|di una|dei miei) (cliente|clienti|candidat[oaie])
  (il mio|la mia|il nostro|la nostra) (cliente|candidat[oa]) (è|ha|sarebbe|cerca|vorrebbe)
  (agenzia|società) di (selezione|ricerca e selezione|head ?hunting|somministrazione|collocamento)
  # the candidate kept anonymous: "non posso ancora condividere il suo nome"
  non (posso|possiamo) (ancora |per ora )?(condividere|rivelare|fare|comunicar(ti|le)|dir(ti|le)) il (suo )?nome
  (fee|commissione|compenso) (di|per il) (collocamento|placement|selezione)
  (rappresento|rappresentiamo) (un|una|diversi|alcuni) (candidat[oaie]|profili|professionisti)
  (scrivo|ti scrivo|le scrivo) (per conto|da parte) (di mio|di mia|del mio|della mia) ([\\wÀ-ÿ]+ )?(figlio|figlia|fratello|sorella|amico|amica|nipote|cugino|cugina)
`;

/** Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction. */
export const NOT_A_REFERRAL = `
  (farmi da|fare da|essere la mia) (referenza|referente)
  (una|delle) lettere? di (referenze|raccomandazione)
  chi (si occupa|gestisce|è responsabile|segue) (degli|dei|della|delle) (acquisti|approvvigionamenti|fornitori|partnership|paghe|fatturazione)
  (presentarmi|mettermi in contatto) (con|al|alla|all') ?(il )?(buyer|ufficio acquisti|responsabile acquisti|decisore)
  (una )?(breve |piccola )?demo (del nostro|per mostrare|della nostra)
  (opportunità|proposta) (di partnership|commerciale|di business|di investimento)
  siamo (un|una|un') ([\\wÀ-ÿ-]+ ){0,2}(fornitore|distributore|produttore|rivenditore|azienda fornitrice)
  (fare|vorremmo fare|fare una) (una )?donazione
`;

/** Asks to be sent to someone who does a thing for them, read only in sentences with no talk of a job. */
export const SERVICE_ASK = `
  (mettermi in contatto con|presentarmi a|indirizzarmi (verso|a)) (la persona|qualcuno|chi) (che )?(si occupa|gestisce|segue|è responsabile)\\b[^.!?]{0,40}\\b(acquisti|fornitori|fatturazione|contratti|preventiv[oi]|assicurazion[ei]|rimbors[oi]|pratica|ordini)
  (mettermi in contatto con|indirizzarmi (verso|a)|presentarmi a) (qualcuno|una persona|la persona|chi) (che )?(possa|potrebbe|può) (aiutarmi|sbloccare|velocizzare|tradurre|esaminare|risolvere|approvare)
  (mettermi in contatto con|indirizzarmi (verso|a)) (un|una|il tuo|il suo) (medico|avvocato|notaio|specialista|tecnico|consulente|dentista)
`;

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK = String.raw`(?<![\wÀ-ÿ])(?:assun[\wÀ-ÿ]*|colloqui[o]?|cv|curriculum|candidatur[ae]|posizion[ei]|offert[ae] di lavoro|annunci[o]?|lavoro|ruol[oi]|stage|tirocini[o]?|selezion[ei]|recruit[\wÀ-ÿ]*)(?![\wÀ-ÿ])`;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST = String.raw`(?:^|\s)@(?:here|channel|everyone|tutti)\b|(?<![\wÀ-ÿ])(?:ciao|buongiorno|salve) (?:a tutti|tutti|a tutte|ragazzi|gente)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(?:sto scrivendo|scrivo|ho scritto|mando questo messaggio) (?:a )?(?:diverse|molte|tante|tutte le) (?:persone|contatti)(?![\wÀ-ÿ])`;
