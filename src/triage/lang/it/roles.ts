/**
 * Italian phrase data: how a note names the role it asks about, the words before a posting title
 * and the words that end it. Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:posizione|ruolo|offerta|annuncio|candidatura|selezione)(?: aperta)? (?:di|da|come|per)(?: il| la| lo| l['’])? ?`;

/** Where a title ends: punctuation, or a word that goes on with the sentence. */
export const ROLE_END = String.raw`(?=\s*[.,;:!?()"“”«»\n]|\s+(?:nel tuo|nel vostro|del tuo|del vostro|che|e|perché|dove|presso)\b|\s*$)`;

/** The reader's team hiring, said of a title in lower case: "state cercando un liquidatore sinistri senior". */
export const SEEKING_INTRO = String.raw`\b(?:state|stai|sta|stanno) cercando (?:un|una|uno|un['’]) ?|\b(?:cercate|cercano|cerca) (?:un|una|uno|un['’]) ?`;

/** The posting asked for, its title in lower case: "per il posto di responsabile sala", "al ruolo di buyer". */
export const POSTING_ASKED_FOR = String.raw`\b(?:per il|per la|al|alla) (?:posto|ruolo|posizione) (?:di|da) (?!(?:lavoro|selezione)\b)`;
