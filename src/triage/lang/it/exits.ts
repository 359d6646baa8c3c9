/**
 * Italian phrase data: The easy out, and a note that answers an ask of the referrer.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = `
  come (mi )?(hai|ha|avevi|aveva) (chiesto|suggerito|consigliato|richiesto)
  come (concordato|promesso|richiesto|anticipato|d'accordo)
  (ecco|in allegato|ti invio|le invio|allego) (il mio|la mia|il|la) (one[- ]?pager|sintesi|profilo in una pagina|scheda)
  (in seguito|a seguito|facendo seguito) (al tuo|alla tua|al suo|alla sua) (risposta|messaggio|richiesta)
  grazie (per la|della) (tua |sua )?(risposta|riscontro)
  (qualche|un po' di|alcuni|alcune) (dettagli|informazioni) in più
`;

/** An easy out that only makes sense after an ask ("se non puoi, nessun problema"): the ask is implied. */
export const IMPLIED_ASK = `
  se non (puoi|può|potete|riesci|riesce|è possibile|fosse possibile|te la senti|se la sente)
  se (preferisci|preferisce) di no
  se non è il momento giusto
`;

export const GRACEFUL_EXIT = `
  non (preoccuparti|si preoccupi) se non (puoi|può|riesci|riesce)
  se non (è|fosse) il caso\\b
  ci mancherebbe
  nessun (problema|obbligo|impegno)
  nessuna (pressione|fretta|preoccupazione)
  (senza|zero) (pressioni|pressione|impegno|obblighi|problemi)
  (capisco|capirei|capirò|comprendo|comprenderei) (benissimo|perfettamente|assolutamente|totalmente)
  (capisco|capirei|capirò|comprendo|comprenderei) (se|anche se) (no|non)
  (non )?(sentirti|si senta|sentiti) (assolutamente )?(obbligat[oaie]|in obbligo)
  (sentiti|si senta) (pure )?liber[oa] di (rifiutare|dire di no|declinare|ignorare)
  (puoi|può) (tranquillamente |benissimo |anche )?(rifiutare|dire di no|declinare|ignorare)
  (va|andrebbe) (benissimo|bene|benone) (lo stesso|comunque|anche) (se no|se non|un no)
  in (ogni|qualsiasi|qualunque) caso,? grazie
  (altrimenti|se no|sennò),? (nessun problema|pazienza|va bene|tranquill[oa])
  non c'è (problema|bisogno di rispondere)
  non (serve|è necessario) rispondere
  (tranquill[oa]|figurati|si figuri) se (non|no)
  se non [^.!?,]{1,30}, (tranquill[oaie]|pazienza|va bene lo stesso)\\b
  se non [^.!?,]{1,30}?,? non fa niente
  grazie (lo stesso|comunque)
`;
