/**
 * German phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** Read case-sensitively: "Ich"/"ich", "Mein"/"mein" are spelled out. */
export const BACKGROUND = String.raw`(?:\b[Ii]ch (?:habe|hab) (?:[\wÀ-ÿ-]+ ){0,6}?(?:gearbeitet|aufgebaut|geleitet|entwickelt|verantwortet|betreut|gegründet|umgesetzt|eingeführt|gelauncht|verbracht|gebaut|skaliert)|\b[Ii]ch (?:bin|arbeite|leite|verantworte|betreue|entwickle)\b|\b[Mm]ein(?:e)? (?:Erfahrung|Hintergrund|Werdegang|Schwerpunkt|Arbeit|Laufbahn)|\b[Ss]eit (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|fünfzehn|zwanzig) Jahren|\b[Ii]n den (?:letzten|vergangenen) [\wÀ-ÿ]+ (?:Jahren|Monaten)|\b(?:[Bb]ei|[Aa]ls) [\wÀ-ÿ -]{1,30} (?:habe|war|bin) ich\b)`;

/** What the candidate wants to do next, not what they have done: "ich möchte in die IT-Sicherheit wechseln". */
export const ASPIRATION = String.raw`(?<![\wÀ-ÿ])(?:ich möchte|ich würde gern(?:e)?|ich will|ich hoffe|ich träume davon|ich freue mich darauf|mein Ziel ist es|ich strebe an|ich habe Lust)\b[^.!?]{0,60}?(?<![\wÀ-ÿ])(?:wechseln|einsteigen|arbeiten|lernen|umsteigen|mitarbeiten|werden|weiterentwickeln|Fuß fassen|mitwirken|beitragen|zu wechseln|einzusteigen|zu arbeiten)(?![\wÀ-ÿ])[^.!?]*|(?<![\wÀ-ÿ])(?:interessiere mich (?:sehr )?für|begeistere mich für|brenne für)\b[^.!?]*`;

/** Where they met the referrer ("wir haben uns auf der JSConf in Berlin kennengelernt"): the place comes before the verb. */
export const MEETING_PLACE = String.raw`(?<![\wÀ-ÿ])(?:auf|bei|beim|in|im|während)(?![\wÀ-ÿ])[^.;!?,]{0,60}?(?<![\wÀ-ÿ])(?:kennengelernt|getroffen|gesprochen|unterhalten|begegnet|gesehen)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(?:wir waren|waren wir) (?:im|in der|auf der|beim|an der) (?:selben|gleichen)[^.;!?,]{0,60}`;

/**
 * The reader addressed, in either register. Read case-insensitively like every signal, so the formal
 * "Sie"/"Ihr" cannot be told from "sie" (she, they) and "ihr" (her, you all): both count.
 */
export const SECOND_PERSON = String.raw`(?<![\wÀ-ÿ])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)(?![\wÀ-ÿ])`;

export const SELF_NAME = String.raw`\b(?:[Ii]ch heiße|[Mm]ein Name ist|[Hh]ier (?:ist|schreibt)) ([A-ZÄÖÜ][\p{L}'-]+(?: [A-ZÄÖÜ][\p{L}'-]+)?)|\b[Ii]ch bin ([A-ZÄÖÜ][\p{L}'-]+ [A-ZÄÖÜ][\p{L}'-]+)(?=[,.])`;

/** The writer speaking of themselves or their team: a clause that names its own subject. */
export const FIRST_PERSON = String.raw`(?<![\wàâäéèêëîïôöùûüçß-])(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren)(?![\wàâäéèêëîïôöùûüçß-])`;
