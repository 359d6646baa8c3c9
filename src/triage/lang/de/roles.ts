/**
 * German phrase data: how a note names the role it asks about, the words before a posting title
 * and the words that end it. Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:Stelle|Position|Ausschreibung|Rolle|Stellenausschreibung)(?: als| f[üu]r| zum| zur)? `;

/** Where a title ends: punctuation, or a word that goes on with the sentence; an article after a preposition is still the title's ("Küchenleitung für die Zentralküche"). */
export const ROLE_END = String.raw`(?=\s*[.,;:!?()"“”«»„\n]|\s+(?:in deinem|in deinem|in Ihrem|in eurem|bei|und|weil|da|(?<!\b(?:für|von|an|mit|über|aus)\s+)die|(?<!\b(?:für|von|an|mit|über|aus)\s+)der|beworben|sucht|suchen|suchst|ausgeschrieben)\b|\s*$)`;

/**
 * The reader's team hiring, with the verb at the clause's end: "dass ihr eine Aktuarin sucht", "dass die
 * Stadt für die Kindergärten eine Küchenleitung sucht". German nouns are capitalized, so the title is read as one.
 */
export const SEEKING_INTRO = String.raw`\bdass (?:ihr|Sie|du|(?:die|der|das|euer|eure|Ihr|Ihre) [\p{Lu}][\p{L}-]+)(?: [^.!?]{0,40}?)? (?:eine[nr]?|ein) (?=[^.!?]{1,80}\bsuch(?:t|en|st)\b)`;
