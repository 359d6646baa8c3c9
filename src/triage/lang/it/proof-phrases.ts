/**
 * Italian phrase data: What makes them relevant: a result, a number, a change the writer made.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Numbers are written the Italian way too: "4,5%", "2.300", "1,2 mln di euro".
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

/** Verbs of a result, read as whole words: stems and participles ("ridott\w*", "dimezz\w*"). */
export const PROOF_IMPACT_VERB = `
  ridott\\w*
  ridu\\w*
  riduzion\\w*
  diminu\\w*
  abbass\\w*
  tagliat\\w*
  aument\\w*
  increment\\w*
  miglior\\w*
  raddoppi\\w*
  triplic\\w*
  dimezz\\w*
  risparmi\\w*
  accelerat\\w*
  velocizz\\w*
  lanciat\\w*
  rilasciat\\w*
  guidat\\w*
  gestit\\w*
  costrui\\w*
  svilupp\\w*
  progettat\\w*
  migrat\\w*
  automatizz\\w*
  ottimizz\\w*
  implementat\\w*
  introdott\\w*
  realizzat\\w*
  cresciut\\w*
  portat[oaie]
  portand[oa]
  raggiunt\\w*
  superat[oaie]
  generat[oaie]
  assunt[oaie]
  reclutat\\w*
  vint[oaie]
  chius[oaie]
  firmat\\w*
  vendut\\w*
  fondat\\w*
  avviat\\w*
  scalat\\w*
  consegnat\\w*
  azzerat\\w*
  eliminat\\w*
  risolt\\w*
  messo in (produzione|piedi)
  # sales results: "120% del target", "obiettivo superato"
  (del|dell') ?(mio |nostro )?(target|obiettivo|budget)
  calat\\w*
  sces[oaie]
  salit[oaie]
  crollat\\w*
  abbattut\\w*
  individuat\\w*
  rilevat\\w*
`;

/** Units that make a number an outcome: "28%", "3x", "2 mln", "40 punti base". */
export const METRIC_UNIT =
  '(?:%|per ?cento\\b|x\\b|×|k\\b|mln\\b|mld\\b|milioni\\b|miliardi\\b|punti base\\b|punti?\\b|pt\\b|bp\\b)';

/** Things a result counts: "200 clienti", "12 team". */
export const COUNTED = wordAlternation(`
  utenti | clienti | ingegneri | sviluppatori | team | negozi | partner | persone | dipendenti | collaboratori | servizi
  app | paesi | mercati | download | iscritti | abbonati | membri | richieste | transazioni | ordini | sessioni | visite
  prenotazioni | consegne | ticket | pazienti | studenti | sedi | prodotti | funzionalità | progetti | contratti
  candidati | assunzioni | pratiche | sinistri | pacchi | veicoli | posti letto | chiamate | fatture | lead | deal
  copie | esemplari | titoli | volumi | libri | abbonamenti
  visitatori | lettori | famiglie | pasti | tonnellate | appartamenti | unità | commesse | punti vendita | volontari
  visualizzazioni | ascolti | ascoltatori | follower | impression | stream | clic
`);

/** A number, Italian grouping included: "2.300", "4,5". */
const NUM = String.raw`\d[\d.,']*(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?`;
const B = String.raw`(?<![\wÀ-ÿ])`;
const E = String.raw`(?![\wÀ-ÿ])`;

export const PROOF_METRIC = alternation(`
  \\b${NUM}[\\s\\u00a0\\u202f-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b${NUM}[\\s\\u00a0\\u202f]?(€|euro\\b|mila euro\\b|k€|dollari\\b)
  \\b${NUM}\\+?\\s([a-zà-ÿ'-]{2,20}\\s){0,2}${COUNTED}${E}
  ${B}da ${NUM}\\s?%?( [\\wÀ-ÿ-]+){0,3} a \\d
`);

/** Time given back, only next to a verb of saving: "ha fatto risparmiare 10 ore a settimana al team". */
export const PROOF_TIME_SAVED = String.raw`${B}(?:risparmi[\wÀ-ÿ]*|fatto risparmiare|ridott[\wÀ-ÿ]*|ridu[\wÀ-ÿ]*|dimezz[\wÀ-ÿ]*|tagliat[\wÀ-ÿ]*|accorciat[\wÀ-ÿ]*|liberat[\wÀ-ÿ]*)${E}[^.!?]{0,60}?(?:\d[\d,.]*\s?|(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta) )(?:ore|h|minuti|min|giorni|giornate|settimane|mesi|turni|sprint|trimestri|fte|giorni uomo)${E}`;

/** Throughput, a rate that changed: "220 colli all'ora contro i 150 di prima", "da 40 a 65 ordini a turno". */
export const PROOF_RATE = alternation(`
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?${B}(contro|invece di|rispetto a|a fronte di|prima erano) (i |gli |le )?(circa |quasi )?\\d
  \\b\\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(all'ora|l'ora|al giorno|a turno|per turno|a settimana|alla settimana|al mese|a notte)${E}[^.!?]{0,30}?(${B}(contro|invece di|rispetto a)|\\bda \\d)
  ${B}da \\d[\\d,.]* a \\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(all'ora|l'ora|al giorno|a turno|per turno|a settimana|alla settimana|al mese|a notte)${E}
`);

/** A quantity, in figures or in words: what makes "da X a Y" a result. */
export const QUANTITY = `(?:\\d|${B}${wordAlternation(`
  due | tre | quattro | cinque | sei | sette | otto | nove | dieci | undici | dodici | quindici | venti | trenta | quaranta
  cinquanta | cento | centinaia | migliaia | dozzin[ae] | decine | metà | la maggior parte | nessun[oa]? | zero | tutti
  tutte | ogni | mai | raramente | quotidian[oa] | settimanale | una volta | (?:un|due) (?:terzo|terzi|quarto|quarti|quinto|decimo)
  qualche | diversi | diverse | pochi | poche | quasi mai
`)}${E})`;

/** Results written in words: "ridotto della metà", "dimezzato", "in due giorni invece di due settimane". */
export const PROOF_IN_WORDS = alternation(`
  # a level raised: "portando la certificazione dal livello base al livello superiore"
  ${B}dal (livello|grado|rating|punteggio) [\\wÀ-ÿ]+ al (livello|grado|rating|punteggio) (superiore|massimo|più alto|avanzato|higher)${E}
  ${B}(ridott[oaie]|diminuit[oaie]|abbassat[oaie]|tagliat[oaie]|calat[oaie]|sces[oaie]|ridurre|ridotto)( [\\wÀ-ÿ'-]+){0,3}? (della metà|del cinquanta per cento|di (un|due) terz[oi]|di un quarto|a metà)${E}
  ${B}(dimezzat[oaie]|raddoppiat[oaie]|triplicat[oaie]|quadruplicat[oaie]|moltiplicat[oaie] per (due|tre|quattro|cinque|dieci|\\d+))${E}
  ${B}(due|tre|quattro|cinque|dieci|\\d+) volte (più|meno) (veloce|rapid[oa]|alt[oa]|bass[oa]|di)${E}
  ${B}(la metà|metà) (del tempo|dei costi|delle ore|degli errori)${E}
  ${B}(prima|una volta|in passato)${E}[^.!?]{0,80}?${B}(oggi|ora|adesso)${E}[^.!?]{0,40}?${QUANTITY}
  ${B}(in|nel giro di) (un|una|due|tre|quattro|cinque|\\d+) (giorno|giorni|ora|ore|settimana|settimane|minuti) (invece di|anziché|al posto di) (un|una|due|tre|quattro|cinque|sei|otto|dieci|\\d+)? ?(giorno|giorni|ora|ore|settimana|settimane|mese|mesi|minuti)${E}
  ${B}(zero|nessun|nessuna|neanche un|neanche una|nemmeno un) ([\\wÀ-ÿ-]+ ){0,2}(incidente|incidenti|errore|errori|reclam[oi]|infortuni[o]?|guast[oi]|ritard[oi]|difett[oi]|non conformità)( da| in| negli| nell)${E}
  ${B}(primo|prima|miglior|migliore|numero uno|n\\. ?1) ([\\wÀ-ÿ-]+ )?(del|della|nel|nella|in) (team|regione|negozio|filiale|azienda|classifica|area|italia|corso)${E}
  ${B}(dipendente|venditore|venditrice) dell' ?(anno|mese|trimestre)${E}
  ${B}(dipendente|venditore|venditrice) del (mese|trimestre)${E}
  \\d[\\d,.]*\\s?%?\\s*(→|->|=>)\\s*\\d
  ${B}(obiettivo|obiettivi|target|budget|quota) (superat[oaie]|raggiunt[oaie]|battut[oaie])${E}
  ${B}in anticipo (sui tempi|sulla tabella di marcia|rispetto alla scadenza)${E}
  ${B}(tutti|tutte|ognuno|ognuna) ([\\wÀ-ÿ-]+ ){0,3}(superat[oaie]|approvat[oaie]|passat[oaie]) al primo (colpo|tentativo)${E}
  \\b\\d[\\d,.]*\\s?% (dei|delle|dei miei|delle mie) [\\wÀ-ÿ-]+( [\\wÀ-ÿ-]+)? (ha|hanno) (raggiunto|superato|trovato|ottenuto)${E}
  # what used to take long, and takes little now: the before and the after, each with its unit
  \\b(richiedeva|durava|ci volevano|ci voleva|impiegava|serviva(?:no)?) [^.;!?]{0,40}?\\d[\\d.,]* ?(ore|ora|minuti|min|giorni|giorno|settimane?|mesi|secondi)(?![\\wÀ-ÿ])[^.;!?]{0,80}?\\b(ora|adesso|oggi|ormai)\\b[^.;!?]{0,40}?\\d[\\d.,]* ?(ore|ora|minuti|min|giorni|giorno|settimane?|mesi|secondi)(?![\\wÀ-ÿ])
`);

/** A rate of work, in the first person, with or without "io": "gestisco circa 60 pratiche al giorno". */
export const PROOF_WORK_RATE = String.raw`${B}(?:io )?(?!(?:lavoro|passo|studio|dormo|faccio|guido)\b)[a-zà-ÿ]+o (?:circa |quasi |fino a |oltre |in media |più di )?\d[\d.,]*\+? (?:[\wÀ-ÿ'-]+ ){0,3}(?:al giorno|a turno|per turno|all'ora|l'ora|a settimana|alla settimana|al mese|a notte|all'anno|ogni giorno)${E}`;

/** A change from one quantity to another ("da nove al mese a meno di cinque"). */
export const PROOF_FROM_TO = `${B}(?:da|dal|dalla|dai|dalle)${E}[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?${B}(?:a|al|alla|ai|alle)${E}`;

/** Numbers that count effort or asks, not results: "candidato a 40 offerte", "una call di 15 minuti". */
export const NOT_A_PROOF = `
  (demo|pilota|prova) (mostrerebbe|mostrerà|potrebbe mostrare|dimostrerà)
  (candidat[oa]|inviato candidature) (a|per) (oltre |più di )?\\d
  \\d+ (candidature|offerte|colloqui|rifiuti|posizioni)
  \\d+ ?min(uti)? (di chiamata|del tuo tempo|del suo tempo|di call)
`;
