/**
 * Phrase data, per language the app reads besides English: a note written for someone else, by who the
 * writer is to them (the English lists are lang/en/candidate.ts FOR_KIN and FOR_WORK). The capture, when
 * present, is the candidate's name. Data only: decision/who.ts compiles it once, at load.
 */

/** A name word with its capital: "Aman" in "Aman B.Tech", never the initial. */
const W = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const PARTICLE = String.raw`(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von)`;
const NAME = String.raw`(${W}(?: (?:${PARTICLE} ){0,2}${W}){0,2})`;

export interface ForSomeoneElse {
  /** A relative or friend passing on the candidate's wish. */
  kin: readonly string[];
  /** An employer, manager or close colleague vouching from first-hand work. */
  work: readonly string[];
}

export const FOR_SOMEONE_ELSE: Readonly<Record<string, ForSomeoneElse>> = {
  es: {
    kin: [
      String.raw`\b(?:[Mm]i|[Nn]uestr[oa]) (?:hij[oa]|sobrin[oa]|herman[oa]|prim[oa]|amig[oa]|espos[oa]|marido|niet[oa]|cuñad[oa]|ahijad[oa]|yerno|nuera),? ${NAME}`,
      String.raw`\b(?:mamá|madre|papá|padre|tía|tío|abuela|abuelo|madrina|padrino) de ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]i|[Nn]uestr[oa]) (?:ex ?)?(?:compañer[oa] de trabajo|colaborador[a]?|emplead[oa]|becari[oa]|practicante|analista|técnic[oa]|enfermer[oa]),? ${NAME}`,
      String.raw`\b(?:un|una|el|la) [\p{Ll}-]+ de mi (?:equipo|área|departamento),? (?:la |el )?${NAME}`,
    ],
  },
  pt: {
    kin: [
      String.raw`\b(?:[Mm]eu|[Mm]inha) (?:filh[oa]|sobrinh[oa]|irmão|irmã|prim[oa]|amig[oa]|espos[oa]|marido|net[oa]|cunhad[oa]|afilhad[oa]|genro|nora),? (?:[oa] )?${NAME}`,
      String.raw`\b[Tt]enho (?:um|uma) (?:amig[oa]|sobrinh[oa]|prim[oa]),? (?:[oa] )?${NAME}`,
      String.raw`\b(?:mãe|pai|tia|tio|avó|avô|madrinha|padrinho) d[oa]? ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]eu|[Mm]inha) (?:ex-)?(?:colega de trabalho|funcionári[oa]|liderad[oa]|subordinad[oa]|estagiári[oa]|técnic[oa]|enfermeir[oa]|analista),? (?:[oa] )?${NAME}`,
      // "uma enfermeira da minha equipe, a Jéssica Dornelles": someone of the writer's own team.
      String.raw`\b(?:um|uma|[oa]) [\p{Ll}-]+ d[ao] (?:minha equipe|minha equipa|meu time|meu setor),? (?:[oa] )?${NAME}`,
    ],
  },
  fr: {
    kin: [
      String.raw`\b(?:[Mm]on|[Mm]a) (?:fils|fille|neveu|nièce|frère|sœur|soeur|cousin|cousine|ami|amie|mari|petit-fils|petite-fille|filleul|filleule|beau-frère|belle-sœur|gendre|belle-fille),? ${NAME}`,
      String.raw`\b(?:le|la) (?:père|mère|papa|maman|oncle|tante|grand-père|grand-mère|parrain|marraine) de ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]on|[Mm]a) (?:ancien(?:ne)? |ex-)?(?:collaborateur|collaboratrice|stagiaire|alternant|alternante|analyste|assistante?|adjointe?),? ${NAME}`,
    ],
  },
  de: {
    kin: [
      String.raw`\b(?:[Mm]ein|[Mm]eine|[Uu]nser|[Uu]nsere) (?:Sohn|Tochter|Neffe|Nichte|Bruder|Schwester|Cousin|Cousine|Freund|Freundin|Schwager|Schwägerin|Enkel|Enkelin|Patenkind|Schwiegersohn|Schwiegertochter),? ${NAME}`,
      String.raw`\b(?:Vater|Mutter|Onkel|Tante|Opa|Oma|Patin|Pate) von ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]eine?|[Uu]nsere?) (?:ehemalige[rn]? |frühere[rn]? )?(?:Mitarbeiterin|Mitarbeiter|Teamkollegin|Teamkollege|Praktikantin|Praktikant|Auszubildende[rn]?|Lernende[rn]?),? ${NAME}`,
      String.raw`\b${NAME},? (?:die|der) (?:[\p{L}-]+ ){0,4}(?:bei mir|in meinem Team|unter mir|für mich)\b`,
    ],
  },
  it: {
    kin: [
      String.raw`\b(?:[Mm]io|[Mm]ia) (?:figli[oa]|nipote|fratello|sorella|cugin[oa]|amic[oa]|marito|moglie|cognat[oa]|figlioccio|figlioccia|genero|nuora),? ${NAME}`,
      String.raw`\b(?:il |la )?(?:papà|padre|mamma|madre|zio|zia|nonno|nonna|padrino|madrina) di ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]io|[Mm]ia) (?:ex )?(?:collaboratore|collaboratrice|stagista|dipendente|tecnic[oa]|analista|assistente),? ${NAME}`,
    ],
  },
  'hi-en': {
    kin: [
      String.raw`\b(?:[Mm]era|[Mm]eri|[Mm]ere|[Hh]umara|[Hh]umari) (?:beta|beti|bhai|bhaiya|behen|behan|cousin|dost|friend|bhatija|bhatiji|bhanja|bhanji|nephew|niece|son|daughter|sister|brother|saala|saali|jija|devar|pati|patni),? ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]eri|[Mm]era|[Hh]umari|[Hh]amari) team (?:ki|ka|ke|mein|me)\b[^.,;!?]{0,40},\s*${NAME}`,
      String.raw`\b(?:[Mm]era|[Mm]eri) (?:ex-|former )?(?:junior|report|direct report|team member|colleague|teammate),? ${NAME}`,
    ],
  },
};
