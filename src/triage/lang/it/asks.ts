/**
 * Italian phrase data: What the writer asks for: a referral, advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * A list is read with `\b` before each phrase, and JavaScript draws `\b` only around ASCII letters: no
 * phrase starts with an accented letter ("è" follows "lei"), and in a whole-word list none ends with one
 * ("caff(è|e)?"). Both registers: tu and Lei.
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  (segnalar|raccomandar|referenziar|propor)(mi|la|lo|li|le)\\b
  (la|lo|li|le) (segnaleresti|segnalerebbe|segnalereste|raccomanderesti|raccomanderebbe|proporresti)\\b
  (mi|me) (segnaleresti|segnalerebbe|segnalereste|raccomanderesti|raccomanderebbe|referenzieresti|proporresti)\\b
  (mi )?(potresti|potrebbe|potreste|puoi|può|vorresti|vorrebbe) (segnalare|raccomandare|referenziare|proporre|presentare) (per|come|al|alla|per la|internamente)
  (mi )?(potresti|potrebbe|potreste|puoi|può) (segnalare|raccomandare|referenziare)\\b
  (inoltrare|girare|passare|far avere|trasmettere|far arrivare) (il mio|la mia) (cv|curriculum|candidatura|profilo)
  (il mio|la mia) (cv|curriculum|candidatura|profilo) (al|alla|all'|ai) ?(recruiter|hr|responsabile|hiring manager|team|selezione|manager)
  (una |la tua |la sua )?(segnalazione|referral|referenza interna)(?! (program|programma|bonus|premio))
  (mett|spend)[a-z]* (una|la) buona parola
`;

export const ADVICE_ASK = `
  (prendere|bere) un caff(è|e)?
  un caff(è|e)? (virtuale|insieme)
  (una |un )?(breve |veloce |rapida |piccola )?(chiamata|call|chiacchierata|videochiamata) (di )?\\d+ ?min(uti)?
  \\d+ ?min(uti)? (del tuo tempo|del suo tempo|di chiamata)
  (qualche|un|dei|i tuoi|i suoi) (consiglio|consigli|suggerimento|suggerimenti)
  (un |il tuo |il suo )?(parere|consiglio) su
  (mentore|mentorship|mentoring)
  (colloquio|incontro) (informativo|conoscitivo)
  (saperne|capire) di più (sul tuo|sul suo) (percorso|lavoro|ruolo)
  come (hai|ha) (fatto|iniziato)
`;

/** "Dimmi tu quali ruoli potrebbero andare bene": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\b(dimmi|mi dica|fammi sapere|mi faccia sapere) (tu |lei )?(quali|se ci sono) (ruoli|posizioni|offerte|team)
  \\bqualsiasi (ruolo|posizione) (che )?(ritieni|ritiene|pensi|pensa)
  \\bquello che (ritieni|ritiene) (più )?(adatto|in linea)
  \\bquali (ruoli|posizioni) (potrebbero|possano) (andare bene|essere adatt[ie])
`).join('|');
