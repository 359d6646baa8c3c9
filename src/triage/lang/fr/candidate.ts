/**
 * French phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** Read case-sensitively: "Je"/"je", "Mon"/"mon" are spelled out. */
export const BACKGROUND = String.raw`(?:\b[Jj]'ai (?:passé|travaillé|construit|dirigé|piloté|mené|géré|lancé|conçu|développé|créé|fondé|monté|accompagné|encadré|livré|maintenu|fait grandir)|\b[Jj]e (?:suis|travaille|dirige|pilote|gère|m'occupe|développe|maintiens|encadre)\b|\b[Mm](?:on|a) (?:parcours|expérience|travail|métier|poste actuel|spécialité|formation)|\b(?:depuis|pendant|[Dd]epuis|[Pp]endant) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt) ans|\b(?:[Cc]es|[Aa]ux cours des) (?:\d+|deux|trois|quatre|cinq|dernières) (?:dernières )?années|\b(?:[Cc]hez|[Aa]u sein d[eu']) [\wÀ-ÿ -]{1,30}, j)`;

/** What the candidate wants to do next, not what they have done: "j'ai toujours voulu travailler dans la sécurité". */
export const ASPIRATION = String.raw`(?<![\wÀ-ÿ])(?:toujours (?:voulu|rêvé de)|j'aimerais|je souhaite|je souhaiterais|j'espère|je rêve de|j'aspire à|envie de|hâte de|impatiente? de|motivée? (?:pour|à)|prête? à)\s(?:rejoindre|travailler|évoluer|me reconvertir|passer|devenir|apprendre|intégrer|basculer|me lancer|découvrir|contribuer|m'orienter|progresser)\b[^.!?]*|(?<![\wÀ-ÿ])(?:intéressée?|passionnée?|attirée?) par\b[^.!?]*`;

/** Where they met the referrer ("on s'est rencontrés au meetup Python de Lyon"): a place, not the candidate's experience. */
export const MEETING_PLACE = String.raw`(?<![\wÀ-ÿ])(?:rencontrée?s?|croisée?s?|parlé|discuté|échangé|vue?s?|entendue?s?)(?![\wÀ-ÿ])[^.;!?]{0,15}?(?<![\wÀ-ÿ])(?:à|au|aux|lors d[eu']|pendant|durant|chez)(?![\wÀ-ÿ])[^.;!?,]{0,60}|(?<![\wÀ-ÿ])(?:on était|nous étions|on a fait|nous avons fait) (?:dans |à )?(?:la même|le même)[^.;!?,]{0,60}`;

/** The reader addressed, in either register: vous, tu, t'. "Rendez-vous" addresses no one. */
export const SECOND_PERSON = String.raw`(?<![\wÀ-ÿ'])(?<!rendez-)(?:(?:vous|votre|vos|vôtre|tu|ton|ta|tes|toi|te)(?![\wÀ-ÿ'-])|t'(?=[\wÀ-ÿ]))`;

export const SELF_NAME = String.raw`\b(?:[Jj]e m'appelle|[Mm]oi,? c'est|[Cc]['’]est(?= \p{Lu}\p{Ll}+ \p{Lu})(?! (?:Madame|Monsieur|Mademoiselle)\b)|[Mm]on (?:nom|prénom) est) ([A-ZÀ-Ý][\p{L}'-]+(?: [A-ZÀ-Ý][\p{L}'-]+)?)|\b[Jj]e suis ([A-ZÀ-Ý][\p{L}'-]+(?: (?:[A-ZÀ-Ý][\p{L}'-]+|de|du|des|el|ben)){1,3})(?=[,.])`;

/** The writer speaking of themselves or their team: a clause that names its own subject. */
export const FIRST_PERSON = String.raw`(?<![\wàâäéèêëîïôöùûüçß'’-])(?:j['’]|(?:je|moi|mon|ma|mes|nous|notre|nos)(?![\wàâäéèêëîïôöùûüçß-]))`;
