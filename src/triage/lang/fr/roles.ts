/**
 * French phrase data: how a note names the role it asks about, the words before a posting title
 * and the words that end it. Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:poste|offre|annonce|candidature|r[ôo]le)(?: ouvert[e]?)? (?:de |d['’]|pour |en tant que |comme )(?:un[e]? )?`;

/** Where a title ends: punctuation, or a word that goes on with the sentence. */
export const ROLE_END = String.raw`(?=\s*[.,;:!?()"“”«»\n]|\s+(?:dans ton|dans votre|de ton|de votre|chez|que|et|car|parce|où)\b|\s*$)`;

/** The reader's team hiring, said of a title in lower case: "vous recherchez un chargé de clientèle". */
export const SEEKING_INTRO = String.raw`\bvous (?:recherchez|cherchez) (?:un|une) `;

/** The posting asked for, its title in lower case: "pour le poste de chef de quart", "au poste d'acheteuse". */
export const POSTING_ASKED_FOR = String.raw`\b(?:pour le|au) poste (?:de |d['’])(?!(?:travail)\b)`;
