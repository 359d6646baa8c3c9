/**
 * Phrase data, per language the app reads besides English: a note written for someone else, by who the
 * writer is to them (the English lists are lang/en/candidate.ts FOR_KIN and FOR_WORK). The capture, when
 * present, is the candidate's name. Data only: decision/who.ts compiles it once, at load.
 */

/** A name word with its capital: "Aman" in "Aman B.Tech", never the initial; "Zimmermann-Bühler" whole. */
const W = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*`;
const PARTICLE = String.raw`(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von)`;
/** A courtesy title before the name is not part of it: "Frau Aylin Demir", "Mme Laure Petit". */
const TITLE = String.raw`(?:(?:Frau|Herrn?|Madame|Mme|Monsieur|M\.|Signora|Signor|Sig\.(?:ra)?|Dott\.(?:ssa)?|Dona|Dom|Sra\.|Sr\.|Dr\.) )?`;
const NAME = String.raw`${TITLE}(${W}(?: (?:${PARTICLE} ){0,2}${W}){0,2})`;

export interface ForSomeoneElse {
  /** A relative or friend passing on the candidate's wish. */
  kin: readonly string[];
  /** An employer, manager or close colleague vouching from first-hand work. */
  work: readonly string[];
  /** A recruiter offering a candidate of theirs ("estamos acompañando a una candidata"): an offer, judged as one. */
  agency?: readonly string[];
  /**
   * What follows a relative who told the writer about the referrer ("mein Cousin Florian hat gemeint, du…"):
   * that relative is the mutual contact, not the candidate.
   */
  toldMe: string;
}

export const FOR_SOMEONE_ELSE: Readonly<Record<string, ForSomeoneElse>> = {
  es: {
    toldMe: String.raw`^,? (?:me |nos )?(?:dijo|dice|contó|cuenta|pasó|comentó|recomendó|habló)\b`,
    kin: [
      String.raw`\b(?:[Mm]i|[Nn]uestr[oa]) (?:hij[oa]|sobrin[oa]|herman[oa]|prim[oa]|amig[oa]|espos[oa]|marido|mujer|pareja|niet[oa]|cuñad[oa]|ahijad[oa]|yerno|nuera),? ${NAME}`,
      String.raw`\b(?:mamá|madre|papá|padre|tía|tío|abuela|abuelo|madrina|padrino) de ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]i|[Nn]uestr[oa]) (?:ex ?)?(?:compañer[oa] de trabajo|colaborador[a]?|emplead[oa]|becari[oa]|practicante|analista|técnic[oa]|enfermer[oa]),? ${NAME}`,
      String.raw`\b(?:un|una|el|la) [\p{Ll}-]+ de mi (?:equipo|área|departamento),? (?:la |el )?${NAME}`,
      // "a alguien que trabajó conmigo tres años: Inés Rojas": the one named after the colon.
      String.raw`\balguien que (?:trabajó|trabaja|estuvo) (?:conmigo|en mi equipo|a mi cargo)[^.!?:]{0,40}:\s*${NAME}`,
      // "fui su jefa durante cuatro años": the writer led the candidate.
      String.raw`\b[Ff]ui (?:su|el|la) (?:jef[ea]|responsable|supervisor[a]?|gerente|director[a]?|coordinador[a]?)\b`,
      String.raw`\b(?!(?:Ella|Él|Yo)\b)${NAME},? (?:que )?(?:trabajó|trabaja|estuvo) (?:conmigo|en mi equipo)(?![^.!?]{0,120}\b(?:me (?:dijo|contó|pasó|comentó)|(?:en|con) (?:tu|su|vuestro) equipo))`,
    ],
    agency: [
      String.raw`\b(?:[Ee]stoy|[Ee]stamos) (?:acompañando|representando|asesorando) a (?:un|una) (?:[\p{L}-]+ ){0,3}?(?:candidat[oa]|profesional|perfil)\b`,
    ],
  },
  pt: {
    toldMe: String.raw`^,? (?:me |nos )?(?:disse|diz|falou|contou|passou|indicou|comentou)\b`,
    kin: [
      String.raw`\b(?:[Mm]eu|[Mm]inha) (?:filh[oa]|sobrinh[oa]|irmão|irmã|prim[oa]|amig[oa]|espos[oa]|marido|mulher|companheir[oa]|net[oa]|cunhad[oa]|afilhad[oa]|genro|nora),? (?:[oa] )?${NAME}`,
      String.raw`\b[Tt]enho (?:um|uma) (?:amig[oa]|sobrinh[oa]|prim[oa])(?: d[aoe] [\p{L} ]{2,30}?)?,? (?:[oa] )?${NAME}`,
      // "um amigo meu da faculdade, o Lucas Yamamoto": the possessive after the noun, a place of knowing before the name.
      String.raw`\b(?:[Uu]m|[Uu]ma) (?:amig[oa]|sobrinh[oa]|prim[oa]|colega) (?:meu|minha)(?: d[aoe] [\p{L} ]{2,30}?)?,? (?:[oa] )?${NAME}`,
      String.raw`\b(?:mãe|pai|tia|tio|avó|avô|madrinha|padrinho) d[oa]? ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]eu|[Mm]inha) (?:ex-)?(?:colega de trabalho|funcionári[oa]|liderad[oa]|subordinad[oa]|estagiári[oa]|técnic[oa]|enfermeir[oa]|analista),? (?:[oa] )?${NAME}`,
      // "uma enfermeira da minha equipe, a Jéssica Dornelles": someone of the writer's own team.
      String.raw`\b(?:um|uma|[oa]) [\p{Ll}-]+ d[ao] (?:minha equipe|minha equipa|meu time|meu setor),? (?:[oa] )?${NAME}`,
      // "o Duarte Sequeira, que trabalhou comigo três anos": someone the writer worked beside.
      // Not the contact who now works beside the referrer and sent the writer ("…e agora está no seu time, me disse…").
      // "Lembra do Caio Nakamura, que era designer no meu time?": someone the referrer may remember from the writer's team.
      // "fui chefe dela durante três anos", "fui sua gestora": the writer led the candidate.
      String.raw`\b[Ff]ui (?:[oa] )?(?:chefe|gestor[a]?|coordenador[a]?|supervisor[a]?|responsável|diretor[a]?|orientador[a]?) d(?:ele|ela)\b`,
      String.raw`\b[Ff]ui (?:[oa] )?(?:seu|sua) (?:chefe|gestor[a]?|coordenador[a]?|supervisor[a]?|diretor[a]?|orientador[a]?)\b`,
      String.raw`\b(?:[Ll]embra|[Ll]embras|[Ss]e lembra|[Tt]e lembras) (?:d[oa] |de )?${NAME},? que (?:era|foi|trabalhava|trabalhou)\b[^.!?]{0,40}\b(?:no meu time|na minha equipe|na minha equipa|comigo)`,
      String.raw`\b${NAME},? que (?:trabalhou|trabalha|esteve) (?:comigo|na minha equipa|na minha equipe|no meu time)(?![^.!?]{0,120}\b(?:me (?:disse|falou|contou|passou)|(?:no seu|no teu|na sua|na tua) (?:time|equipa|equipe)))`,
      // "o Hélder Sitoe, farmacêutico que trabalhou comigo": the job between the name and who they were to the writer.
      String.raw`\b${NAME}, (?:um |uma |[oa] )?[\p{Ll}\p{M}-]+(?: [\p{Ll}\p{M}-]+){0,3} que (?:trabalhou|trabalha|esteve) (?:comigo|na minha equipa|na minha equipe|no meu time|sob a minha (?:chefia|coordenação|responsabilidade))`,
    ],
    agency: [
      String.raw`\b(?:[Ee]stou|[Ee]stamos) (?:acompanhando|representando|assessorando) (?:um|uma) (?:[\p{L}-]+ ){0,3}?(?:candidat[oa]|profissional|perfil)\b`,
    ],
  },
  fr: {
    toldMe: String.raw`^,? (?:m['’]a|nous a) (?:dit|parlé|donné|conseillé|suggéré)\b|^,? (?:me|m['’]) (?:dit|parle)\b`,
    kin: [
      String.raw`\b(?:[Mm]on|[Mm]a) (?:fils|fille|neveu|nièce|frère|sœur|soeur|cousin|cousine|ami|amie|mari|femme|épouse|époux|conjointe?|compagne|compagnon|petit-fils|petite-fille|filleul|filleule|beau-frère|belle-sœur|gendre|belle-fille),? ${NAME}`,
      String.raw`\b(?:le|la) (?:père|mère|papa|maman|oncle|tante|grand-père|grand-mère|parrain|marraine) de ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]on|[Mm]a) (?:ancien(?:ne)? |ex-)?(?:collaborateur|collaboratrice|stagiaire|alternant|alternante|analyste|assistante?|adjointe?),? ${NAME}`,
      // "j'ai été sa responsable pendant quatre ans", "je l'ai encadrée": the writer led the candidate.
      String.raw`\b[Jj]['’]ai été (?:son|sa) (?:responsable|manager|cheffe?|supérieure?|directeur|directrice|tuteur|tutrice|encadrante?|maître de stage)\b`,
      String.raw`\b[Jj]e l['’]ai (?:encadrée?|managée?|dirigée?|eue? dans mon équipe)\b`,
      String.raw`\b${NAME},? qui (?:a travaillé|travaille|était) (?:avec moi|dans mon équipe|sous ma responsabilité)(?![^.!?]{0,120}(?:m['’]a (?:dit|parlé|donné|conseillé)|(?:dans|avec) (?:votre|ton|ta) équipe))`,
      // "Samia Benali, ingénieure procédés qui a travaillé sous ma responsabilité": the job between the name and the tie.
      String.raw`\b${NAME}, (?:un |une |l['’])?[\p{Ll}\p{M}-]+(?: [\p{Ll}\p{M}-]+){0,3} qui (?:a travaillé|travaillait|était) (?:avec moi|dans mon équipe|sous ma responsabilité|sous mes ordres)`,
    ],
    agency: [
      String.raw`\b(?:[Jj]['’]accompagne|[Nn]ous accompagnons|[Jj]e représente|[Nn]ous représentons) (?:actuellement )?(?:un|une) (?:[\p{L}-]+ ){0,3}?(?:candidat|candidate|profil)\b`,
    ],
  },
  de: {
    toldMe: String.raw`^,? (?:hat|hatte) (?:mir |uns )?(?:gemeint|gesagt|erzählt|erwähnt|geraten|empfohlen|gegeben)\b|^,? (?:meinte|sagte|erzählte|meint|sagt)\b`,
    kin: [
      String.raw`\b(?:[Mm]ein|[Mm]eine|[Uu]nser|[Uu]nsere) (?:Sohn|Tochter|Neffe|Nichte|Bruder|Schwester|Cousin|Cousine|Freund|Freundin|Schwager|Schwägerin|Enkel|Enkelin|Patenkind|Schwiegersohn|Schwiegertochter|Frau|Ehefrau|Partnerin|Mann|Ehemann|Partner),? ${NAME}`,
      String.raw`\b(?:Vater|Mutter|Onkel|Tante|Opa|Oma|Patin|Pate) von (?:der |dem )?${NAME}`,
      // The possessive declined: "wegen meines Bruders Marco", "für meinen Sohn Jonas", "von meiner Nichte Lea".
      String.raw`\b(?:meines|meinen|meinem|unseres|unseren|unserem) (?:Sohn(?:es)?|Neffen|Bruders?|Cousins?|Freund(?:es)?|Schwagers?|Enkels?|Patenkind(?:es)?|Mann(?:es)?|Ehemann(?:es)?|Partners?),? ${NAME}`,
      String.raw`\b(?:meiner|unserer) (?:Tochter|Nichte|Schwester|Cousine|Freundin|Schwägerin|Enkelin|Frau|Ehefrau|Partnerin),? ${NAME}`,
    ],
    work: [
      // "für eine ehemalige Mitarbeiterin: Jana Roth", "meinen früheren Praktikanten, Tim Kurz".
      String.raw`\b(?:[Mm]eine[nm]?|[Uu]nsere[nm]?|eine[nm]?) (?:ehemalige[rn]? |frühere[rn]? )?(?:Mitarbeiterin|Mitarbeiter|Teamkollegin|Teamkollegen?|Praktikantin|Praktikanten?|Auszubildende[rn]?|Lernende[rn]?)[,:]? ${NAME}`,
      // "ich war ihre direkte Vorgesetzte": the writer led the candidate.
      String.raw`\b[Ii]ch war (?:seine?|ihre?) (?:direkte[rn]? )?(?:Vorgesetzte[r]?|Chef(?:in)?|Teamleiter(?:in)?|Abteilungsleiter(?:in)?|Leiter(?:in)?|Betreuer(?:in)?|Ausbilder(?:in)?)\b`,
      String.raw`\b${NAME}(?: (?:empfehlen|vorstellen|ans Herz legen))?,? (?:die|der) (?:[\p{L}-]+ ){0,4}(?:bei mir|in meinem (?:Team|Bereich)|in meiner (?:Abteilung|Gruppe)|unter mir|für mich)\b`,
      // "Malte Frerichs war vier Jahre bei mir im Team": the name as the subject of the tie.
      String.raw`\b${NAME} (?:war|ist|arbeitete|hat) (?:[\p{L}\d-]+ ){0,4}(?:bei mir|in meinem (?:Team|Bereich)|in meiner (?:Abteilung|Gruppe)|unter mir)\b`,
    ],
    agency: [
      // "ich betreue im Rahmen eines vertraulichen Mandats einen erfahrenen Leiter": a search firm's candidate.
      String.raw`\b(?:[Ii]ch betreue|[Ww]ir betreuen|[Ii]ch begleite|[Ww]ir begleiten|[Ii]ch vertrete|[Ww]ir vertreten)\b[^.!?]{0,60}?\b(?:Mandat\p{L}*|Kandidat(?:in|en)?|Bewerber(?:in)?|Profil)\b`,
    ],
  },
  it: {
    toldMe: String.raw`^,? (?:mi|ci) (?:ha )?(?:detto|parlato|dato|consigliato|suggerito)\b|^,? mi (?:disse|dice)\b`,
    kin: [
      String.raw`\b(?:[Mm]io|[Mm]ia) (?:figli[oa]|nipote|fratello|sorella|cugin[oa]|amic[oa]|marito|moglie|cognat[oa]|figlioccio|figlioccia|genero|nuora),? ${NAME}`,
      // "Un mio caro amico, Gabriele Ferri": the possessive before the noun, an adjective between.
      String.raw`\b(?:[Uu]n|[Uu]na) (?:mi[oa] )?(?:(?:caro|cara|vecchio|vecchia|grande) )?(?:amic[oa]|cugin[oa]|nipote)(?: mi[oa])?(?: d[aei] [\p{L} ]{2,30}?)?,? ${NAME}`,
      String.raw`\b(?:il |la )?(?:papà|padre|mamma|madre|zio|zia|nonno|nonna|padrino|madrina) di ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]io|[Mm]ia) (?:ex )?(?:collaboratore|collaboratrice|stagista|dipendente|tecnic[oa]|analista|assistente),? ${NAME}`,
      // "Ti ricordi Federica Mancini? Era nel mio team": someone the referrer may remember from the writer's team.
      String.raw`\b(?:[Tt]i ricordi|[Rr]icordi|[Vv]i ricordate) (?:di )?${NAME}\??\s(?:[Ee]ra|[Ll]avorava|[Èè] stat[oa]|[Hh]a lavorato)\b[^.!?]{0,30}\b(?:nel mio|nella mia|con me|per me|sotto di me)`,
      // "sono stata la sua responsabile per tre anni": the writer led the candidate.
      String.raw`\b(?:[Ss]ono stat[oa]|[Hh]o fatto) (?:il suo|la sua|da) (?:responsabile|capo|manager|tutor|direttore|direttrice|supervisore|supervisora)\b`,
      String.raw`\b${NAME},? che (?:ha lavorato|lavora|è stat[oa]) (?:con me|nel mio team|nella mia squadra)(?![^.!?]{0,120}\b(?:mi ha (?:detto|parlato|dato|consigliato)|nel (?:tuo|suo|vostro) team))`,
      // "Tommaso Righi, che è stato UX designer nel mio team": the job between the tie's verb and the team.
      String.raw`\b${NAME},? che (?:ha lavorato|lavorava|è stat[oa]|era) (?:[\p{L}-]+ ){1,4}(?:con me|nel mio team|nella mia squadra|nel mio gruppo|sotto di me)\b`,
    ],
    agency: [
      String.raw`\b(?:[Ss]eguo|[Ss]eguiamo|[Rr]appresento|[Rr]appresentiamo) (?:attualmente )?(?:un|una|uno) (?:[\p{L}-]+ ){0,3}?(?:candidat[oa]|profilo)\b`,
    ],
  },
  'hi-en': {
    toldMe: String.raw`^ (?:ji |bhai |bhaiya |didi )?ne (?:mujhe |muje |hume )?(?:bola|kaha|bataya|bataya|suggest|aapka|apka|aapke|apke|aapki|tumhara)`,
    kin: [
      String.raw`\b(?:[Mm]era|[Mm]eri|[Mm]ere|[Hh]umara|[Hh]umari) (?:beta|beti|bhai|bhaiya|behen|behan|cousin|dost|friend|bhatija|bhatiji|bhanja|bhanji|nephew|niece|son|daughter|sister|brother|saala|saali|jija|devar|pati|patni),? ${NAME}`,
    ],
    work: [
      String.raw`\b(?:[Mm]eri|[Mm]era|[Hh]umari|[Hh]amari) team (?:ki|ka|ke|mein|me)\b[^.,;!?]{0,40},\s*${NAME}`,
      // "Imran Qureshi, 3 saal mere under tha": someone who worked under the writer.
      // Not a pronoun at the sentence's start: "Woh 3 saal mere under thi" says who, but gives no name.
      String.raw`\b(?!(?:Woh|Wo|Voh|Vo|Ye|Yeh|Ve|Usne|Unhone|Main|Mai|Hum)\b)${NAME},? (?:\d+ (?:saal|years?|mahine) )?(?:mere|hamare|meri|hamari) (?:under|neeche|saath|team mein|team me)\b`,
      // "Main Anjali Nair ke liye likh raha hoon. Woh 3 saal mere under thi": writing for someone who worked under them.
      String.raw`\b(?:(?:[Mm]ain|[Mm]ai|[Hh]um) )?${NAME} ke liye likh (?:raha|rahi) (?:hoon|hu|hun)\b(?=[^]{0,200}?\b(?:mere|hamare|meri|hamari) (?:under|neeche|team mein|team me)\b)`,
      String.raw`\b(?:[Mm]era|[Mm]eri) (?:ex-|former )?(?:junior|report|direct report|team member|colleague|teammate),? ${NAME}`,
      String.raw`\b(?:[Mm]eri|[Mm]era|[Hh]umari|[Hh]amari) team (?:mein|me|main) ${NAME} (?:thi|tha|the|hai|hain|h|rahi|raha)\b`,
      // "main uski manager thi": the writer led the candidate.
      String.raw`\b(?:[Mm]ain|[Mm]ai) (?:uska|uski|unka|unki|iska|iski) (?:manager|boss|reporting manager|team lead|lead|senior) (?:tha|thi|raha|rahi|hoon|hu)\b`,
    ],
  },
};
