/**
 * German phrase data: how a note names the role it asks about, the words before a posting title
 * and the words that end it. Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:Stelle|Position|Ausschreibung|Rolle|Stellenausschreibung)(?: als| f[üu]r| zum| zur)? `;

/** Where a title ends: punctuation, or a word that goes on with the sentence. */
export const ROLE_END = String.raw`(?=\s*[.,;:!?()"“”«»„\n]|\s+(?:in deinem|in deinem|in Ihrem|in eurem|bei|und|weil|da|die|der|beworben)\b|\s*$)`;
