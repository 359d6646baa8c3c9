/**
 * French phrase data: The easy out, and a note that answers an ask of the referrer.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = `
  comme (vous me l'avez|tu me l'as|vous l'avez|tu l'as) (demandé|suggéré|conseillé|proposé)
  comme (convenu|promis|demandé|discuté|évoqué)
  suite à (votre|ta) (réponse|demande|suggestion|message|retour)
  (voici|ci-joint|je (vous|t') envoie) (mon|ma|le|la) (one[- ]?pager|synthèse|fiche|résumé d'une page)
  (un peu )?plus de (détails|contexte|précisions) sur (moi|mon parcours)
  merci (pour|de) (votre|ta) (réponse|retour)
  merci (d'avoir|de m'avoir) répondu
`;

/** An easy out that only makes sense after an ask ("si vous ne pouvez pas, c'est ok"): the ask is implied. */
export const IMPLIED_ASK = `
  si (vous ne pouvez pas|tu ne peux pas|tu peux pas|vous n'êtes pas en mesure|tu n'es pas en mesure)
  si (ce n'est|c'est|ça n'est|ça ne semble) pas (possible|le bon moment|faisable)
  si (vous préférez|tu préfères) ne pas
`;

export const GRACEFUL_EXIT = `
  # whatever the answer, thanks: "dans les deux cas, merci d'avance"
  (dans les deux cas|dans tous les cas|quoi qu'il en soit|peu importe la réponse),? merci
  je (le )?comprendrais (naturellement |tout à fait |parfaitement |bien |évidemment )?(que|si)\\b
  je le comprendrai (très bien|tout à fait|parfaitement)
  sans (aucun )?(souci|soucis|problème|pression|obligation|rancune)
  aucun (souci|problème|stress|engagement)
  aucune (pression|obligation|inquiétude)
  pas de (souci|soucis|problème|pression|stress|rancune|obligation)
  je (comprendrai|comprendrais|comprends) (tout à fait|parfaitement|totalement|très bien|bien sûr|évidemment)
  je (comprendrai|comprendrais) (si|que)\\b
  (tout à fait|parfaitement|totalement) compréhensible
  ne (vous sentez|te sens) (surtout )?pas (obligée?s?|tenue?s?)
  (sentez-vous|sens-toi) libre de (refuser|dire non|décliner|ignorer|passer)
  (vous pouvez|tu peux) (tout à fait |bien sûr |évidemment )?(refuser|dire non|décliner|ignorer ce message)
  (ça|cela) ne (pose|posera) (aucun|pas de) (problème|souci)
  pas besoin de (répondre|me répondre)
  dans tous les cas
  quoi qu'il en soit
  (c'est|ce sera|ça sera) (tout à fait |totalement |bien sûr )?(ok|okay|d'accord|normal|compréhensible) si (non|ce n'est pas|vous ne|tu ne|c'est non)
  si ce n'est pas (possible|le cas|faisable|envisageable|pertinent|le bon moment)
  sinon,? (pas de souci|aucun souci|pas de problème|aucun problème|tant pis|c'est ok|pas grave)
  (pas|rien de) grave si (non|ce n'est pas|vous ne|tu ne|c'est non)
  si (vous ne pouvez pas|tu ne peux pas|tu peux pas)\\b[^.!?]{0,30}\\b(comprends|comprendrai|comprendrais|souci|problème|grave|ok)
  je le (comprendrai|comprendrais|comprends) (tout à fait|parfaitement|totalement|très bien|bien sûr|évidemment)
  dans le cas contraire,? (je (le )?(comprendrai|comprendrais|comprends)|pas de souci|aucun souci|pas de problème|aucun problème|tant pis)
  pas de trouble
  (merci|merci quand même|merci tout de même) (quand même|tout de même|dans tous les cas|malgré tout)
`;
