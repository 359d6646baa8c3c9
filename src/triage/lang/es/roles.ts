/**
 * Spanish phrase data: how a note names the role it asks about ("la vacante de Responsable de Tienda",
 * "el puesto de Desarrollador Frontend Sr."): the words before a posting title, and the words that
 * end it. Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:vacante|oferta|posici[oó]n|puesto|plaza|proceso)(?: abiert[oa])? (?:de|como|para) (?:un[ao]? )?`;

/** Where a title ends: punctuation, or a word that goes on with the sentence. */
export const ROLE_END = String.raw`(?=\s*[.,;:!?()"“”«»\n]|\s+(?:en tu|en su|en vuestro|de tu|de su|que|y|porque|aunque|donde)\b|\s*$)`;

/** The reader's team hiring, said of a title in lower case: "están buscando un analista de riesgo sr.". */
export const SEEKING_INTRO = String.raw`\b(?:están|estás|está|estaban) buscando (?:a )?(?:un|una) |\bbuscan (?:a )?(?:un|una) `;

/** The posting asked for, its title in lower case: "para el cargo de confiabilidad", "al puesto de jefe de turno". */
export const POSTING_ASKED_FOR = String.raw`\b(?:para|por) (?:el|la) (?:cargo|puesto|vacante|plaza) de (?!(?:trabajo|empleo|selecci[oó]n)\b)|\b(?:al|a la) (?:cargo|puesto|vacante|plaza) de (?!(?:trabajo|empleo|selecci[oó]n)\b)`;
