/**
 * Hinglish phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** Read case-sensitively: "Maine"/"maine", "Mera"/"mera" are spelled out. */
export const BACKGROUND = String.raw`(?:\b(?:[Mm]aine|[Mm]ene|I have|I've) (?:[\w-]+ ){0,5}?(?:kaam kiya|kiya hai|banaya|build kiya|lead kiya|handle kiya|manage kiya|worked|built|led)\b|\b(?:[Mm]ain|[Mm]ai) (?:[\w-]+ ){0,4}?(?:hoon|hu|hun|karta|karti)\b|\b[Mm]era (?:experience|background|kaam|focus)\b|\b[Mm]eri (?:job|naukri|journey|padhai)\b|\b(?:[Pp]ichhle|[Pp]ichle|[Ll]ast) (?:\d+|do|teen|char|paanch) (?:saal|saalon|years)\b|\b(?:\d+|do|teen|char|paanch) (?:saal|years) (?:se|ka experience)\b)`;

/** What the candidate wants to do next, not what they have done: "main security mein switch karna chahta hoon". */
export const ASPIRATION = String.raw`\b(?:main|mai|mujhe|muje)\b[^.!?]{0,40}?\b(?:chahta|chahti|chaahta|chaahti|chahunga|chahungi|sapna|shauk|ichha)\b[^.!?]*|\b(?:want|hope|dream|keen|excited|looking) to (?:get|move|switch|work|join|learn|grow)\b[^.!?]*|\b(?:interest|interested|passionate) (?:hai|h|in|about)\b[^.!?]*`;

/** Where they met the referrer ("hum Bangalore wale meetup pe mile the"): Hindi puts the place before the verb. */
export const MEETING_PLACE = String.raw`\b(?:mile|mila|mili|met|spoke|talked)\b[^.;!?]{0,15}?\b(?:at|during|in|on)\b[^.;!?,]{0,60}|\b(?:[\w&-]+ ){1,5}?(?:pe|par|mein|me|main) (?:mile|mila|mili|mulaqat hui|mulakat hui|baat hui)\b|\b(?:hum|ham) (?:dono )?(?:same|ek hi) (?:college|team|batch|class)[^.;!?,]{0,60}`;

/** The reader addressed: aap, tum, you. "Apne" is also "one's own" and is left out. */
export const SECOND_PERSON = String.raw`(?<![\w-])(?:aap|ap|aapka|apka|aapki|apki|aapke|apke|aapko|apko|aapse|apse|aapne|tum|tumhara|tumhari|tumhare|tumko|tumhe|tumse|tumne|you|your|yours|yourself)(?![\w-])`;

export const SELF_NAME = String.raw`\b(?:[Mm]era naam|[Mm]y name is|[Tt]his is|[Mm]ain|[Mm]ai)(?: [A-Z][\p{L}]+ se)?(?: Dr\.?)? ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)(?= hoon| hu| hun| hai| and| aur|[,.!]|$)|\b[A-Z][\p{L}]+ se ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?) here\b`;

/** The writer speaking of themselves or their team: a clause that names its own subject. */
export const FIRST_PERSON = String.raw`\b(?:I|I'm|I've|my|we|our|me|main|maine|mera|meri|mere|mujhe|humne|hum|hamara|hamari|hamare)\b`;
