/**
 * Portuguese phrase data: how a note names the role it asks about ("a vaga de Coordenador(a) de
 * Operações Logísticas", "o cargo de Engenheira de Software Pleno"). Data only: reading/local-roles.ts compiles it once.
 */
export const ROLE_INTRO = String.raw`\b(?:vaga|cargo|posi[cç][aã]o|oportunidade|processo)(?: aberta| aberto)? (?:de|para|como) (?:um[a]? )?`;

/** Where a title ends: punctuation, or a word that goes on with the sentence. */
export const ROLE_END = String.raw`(?=\s*[.;:!?"“”«»\n]|,\s|\s+(?:no seu|na sua|no teu|na tua|no time|na equipa|na equipe|que|e|porque|onde)\b|\s*$)`;

/** The reader's team hiring, said of a title in lower case: "vocês estão procurando um analista de dados". */
export const SEEKING_INTRO = String.raw`\b(?:estão|está|estás) (?:procurando|buscando|à procura de|a procurar) (?:um|uma) `;

/** The posting asked for, its title in lower case: "para a vaga de analista de crédito", "ao cargo de supervisor". */
export const POSTING_ASKED_FOR = String.raw`\b(?:para|pela|pelo) (?:a|o) (?:vaga|cargo|posição|função) de (?!(?:trabalho|emprego|seleção)\b)|\b(?:ao|à) (?:vaga|cargo|posição|função) de (?!(?:trabalho|emprego|seleção)\b)`;
