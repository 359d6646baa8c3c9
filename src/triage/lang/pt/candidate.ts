/**
 * Portuguese phrase data: who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const BACKGROUND = String.raw`\b(?:[Tt]rabalho (?:com|como|em|há|num|numa)|[Tt]rabalhei|[Ss]ou (?:um|uma|engenheir|desenvolvedor|designer|analista|gerente|product)|[Hh]á (?:\w+ )?anos|[Mm]inha experiência|[Nn]os últimos|[Ff]aço a gestão|[Cc]uido d[aeo]|[Ll]idero|[Ll]iderei)`;

export const ASPIRATION = String.raw`\b(?:adoraria|quero|gostaria de|busco|estou buscando|estou à procura de|tenho (?:muita )?vontade de) (?:fazer parte|trabalhar|aprender|crescer|entrar|mudar|me juntar)\b[^.!?]*`;

export const MEETING_PLACE = String.raw`\b(?:a gente se conheceu|nos conhecemos|conhecemo-nos|conversamos|estive)\b[^.;!?]{0,15}?\b(?:no|na|em|durante)\b[^.;!?,]{0,60}`;

/** The reader addressed: você, tu, o senhor / a senhora, and Portugal's "consigo". */
export const SECOND_PERSON = String.raw`(?<![\wà-ÿ-])(?:você|vocês|tu|te|teu|tua|teus|tuas|contigo|consigo|lhe|o senhor|a senhora|seu time|sua equipe|sua equipa)(?![\wà-ÿ-])`;

export const FIRST_PERSON = String.raw`(?<![\wà-ÿ-])(?:eu|meu|minha|meus|minhas|me|trabalho|trabalhei|sou|estou|nosso|nossa|nós|fechei|reduzi|cuido|lidero|faço)(?![\wà-ÿ-])`;

export const SELF_NAME = String.raw`\b(?:[Mm]e chamo|[Mm]eu nome é|[Ss]ou o|[Ss]ou a|[Aa]qui é o|[Aa]qui é a|[Oo]lha, é o|[Oo]lha, é a) ([A-ZÁÉÍÓÚÂÊÔÃÕÇ][\p{L}'-]+(?: [A-ZÁÉÍÓÚÂÊÔÃÕÇ][\p{L}'-]+)?)`;
