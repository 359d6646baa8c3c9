/**
 * English phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const BACKGROUND = `
  I('ve| have)? (been|spent|worked|built|led|run|ran|managed|maintain(ed)?|own(ed)?|shipped|designed|launched|grew|scaled)
  # where they live is no background: "I'm now based in Leeds", "I am currently living in Ohio"
  I('m| am) (a|an|the|on|currently|now)\\b(?! (based|living|located|settled|residing|relocating|moving)\\b)
  [Mm]y (work|background|experience|focus|career)
  for the (past|last) \\w+ (years?|months?)
  over the (past|last)
  ([Oo]n|[Aa]t) [\\w -]{1,30}, I\\b
  ^(On|At) [\\w -]{1,30} I\\b
`;

/**
 * "Quick background: 4 seasons as a guide at …", "Background – 6 yrs as …": a labelled line with no subject
 * that counts the time given to the work. Group 1 is the label, to be left for the candidate as subject.
 */
export const LABELLED_TIME = String.raw`^((?:quick |brief |short |some )?(?:background|bio|context|about me)\s*[:–—-]\s*)(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:seasons?|years?|yrs|months?)\s+(?:as|at|in|on|with|running|doing)\b)`;

/** What the candidate wants to do next, not what they have done: "I've always wanted to get into security". */
export const ASPIRATION = `
  \\b((always )?want(ed)?|hop(e|ing)|dream(ed)? of|aspir(e|ing)|eager|keen|excited|looking|love|like) to (get|break|move|transition|switch|pivot|work|be|join|learn|grow|do)\\b[^.!?]*
  \\b(interested in|passionate about)\\b[^.!?]*
`;

/** Where they met the referrer ("we met at a security meetup", "we were in the same CMCA course"): a place, not the candidate's experience. */
export const MEETING_PLACE = String.raw`\b(?:met|meet|spoke|talked|chatted|heard you|saw you|listened to you)\b[^.;!?]{0,15}?\b(?:at|during|in|on)\b[^.;!?,]{0,60}|\b(?:we were|we sat|we studied) (?:in|at|on) the same\b[^.;!?,]{0,60}`;

/** The reader addressed; "a thank-you call" addresses no one. */
export const SECOND_PERSON = String.raw`(?<![\w-])(?:you|your|yours|yourself)(?![\w-])`;

/** The writer speaking of themselves or their team: a sentence about the candidate. */
export const FIRST_PERSON = String.raw`\b(?:I|I'm|I've|my|we|our|me)\b`;

export const SELF_NAME = String.raw`\b(?:[Mm]y name is|[Tt]his is) ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)`;

/** A name word, in any script: capitalized where the script has case. */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){2,3}(?![\p{L}])|\p{Lu}[\p{L}\p{M}'’-]*|[\p{Lo}][\p{L}\p{M}]*)`;
/** A particle inside a name, in lower case: "Diego de la Cruz", "Ludwig van der Berg", "Rhys ap Gwilym". */
const PARTICLE = String.raw`(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|bin|ibn|ap|ab|ferch|verch)`;
/** An honorific with its dot before a name ("Ms. Huong Tran", "Dr. Liu"): it introduces the name; names.ts takes it off. */
const HONORIFIC = String.raw`(?:(?:Ms|Mrs|Mr|Mx|Dr|Prof)\. )`;
const FULL_NAME = String.raw`(${HONORIFIC}?${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){0,2})`;

/** A family title before a name, as a relative signs a text: "tio Beto", "Auntie Pam". */
const TITLE = String.raw`(?:[Uu]ncle|[Aa]unt|[Aa]untie|[Aa]unty|[Tt][ií][oa]|[Gg]randma|[Gg]randpa|[Nn]ana|[Cc]ousin)`;

/** Words that continue a sentence about someone, so no name of a club, team or place: "Tariq from Stripe told me…". */
const NOT_A_GROUP_WORD = String.raw`(?:I|me|my|you|your|you're|we|us|to|that|who|and|is|was|has|had|said|says|told|mentioned|suggested|recommended|gave|passed|asked|sent|shared)`;
/** What a greeting's second clause opens with that is no name: "Hi Mona, greetings from the Bay Area!". */
const NOT_A_NAME_AFTER_GREETING = String.raw`(?:Greetings|Hello|Love|Regards|Cheers|Best|Thanks|Hugs|Congrats|Congratulations|Happy|Just|Quick)`;

/** Where the writer names themselves: "my name is X", "X here", "it's X", "I'm X,", "this is X". */
export const SELF_NAMED = [
  // "my full name is …", "(irl name is …)", "real name's …": not another's ("her real name is", "Ana's legal name is").
  String.raw`(?:\b[Mm]y (?:(?:full|real|legal|irl|IRL) )?name(?: is|['’]s)|(?<!(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]he)|['’]s) )\b(?:[Ff]ull|[Rr]eal|[Ll]egal|[Ii]rl|IRL) name(?: is|['’]s)) ${FULL_NAME}`,
  // After a greeting's addressee, a Slack mention left as its id, or an emoji: "Hi @U04AB12CD 👋 Ife here".
  String.raw`(?:^|[.!?]\s+|,\s+|[—–-]\s*|(?<![\p{L}\p{N}])@[UW][A-Z0-9]{6,}\s+|\p{Extended_Pictographic}\uFE0F?\s+)${FULL_NAME} here\b`,
  // A chat's afterthought that opens a message with the writer's full name: "Ama Boateng btw, we met at…".
  String.raw`(?:^|[.!?]\s+)(${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){1,2}),? (?:btw|by the way)\b`,
  // Texts drop the apostrophe and name the writer by their family title: "its tio Beto", "it's Will (Nadia's husband)".
  String.raw`\b(?:[Ii]t's|[Ii]ts|[Ii]t is|[Tt]his is) (?:${TITLE} |(?:Mrs|Mr|Ms|Mx|Dr)\.? )?${FULL_NAME}(?=[,.!:;]|\s+(?:from|here)\b|\s\(|\s[—–-]\s|$)`,
  // "I'm Park Ji-woo (박지우), iOS developer": the name, then the same name in its own script.
  // Not "I am Food Science and Technology graduate": capitals after "and" join a subject's words, not a name's clause.
  String.raw`\bI(?:'m| am) ${FULL_NAME}(?=[,.!;]|\s+from\b|\s+and\b(?!\s+(?!I\b)\p{Lu})|\s\(|\s[—–-]\s)`,
  // "With due respect I am Mr. Ravi Menon having 9 years…": an honorific says a name follows, whatever comes after it.
  String.raw`\bI(?:'m| am) ((?:Ms|Mrs|Mr|Mx|Dr)\.? ${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){0,2})(?<!['’]s)(?![\p{L}\p{M}'’-])`,
  // "Ray Tuttle's nephew here (Caleb)", "Jordan from the Brookfield store here"
  String.raw`\bhere \(${FULL_NAME}\)`,
  String.raw`\b${FULL_NAME} from (?:the |our |your )?[\p{L}\d&' -]{2,40} here\b`,
  // After a greeting, the writer's name and where the reader knows them from: "Hey Mona, Idris from the Sunday
  // running group 👋". Only where that clause ends: "Hi Mona, Tariq from Stripe suggested I write" names another.
  // A message opened on a mention or a greeting, then a sentence led by the writer's full name and what they did:
  // "@Dana hi, got my email? Priya Nair, I interviewed last week". Never after a comma: "Hello, Dana Ortiz, I…" greets.
  String.raw`(?:(?<![\p{L}\p{N}])@[^\n]{1,80}?|(?:^|\n|[.!?]\s+)(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Yy]o)\b[^\n]{0,80}?)(?:[.!?]+\s+|\s[—–-]\s)(${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){1,2}), I(?:['’]m|['’]ve| am| was| have| applied| work| worked| met| interviewed| reached| wrote| sent| messaged| emailed| spoke)\b`,
  String.raw`\b(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)) ${NAME_WORD},? (?!${NOT_A_NAME_AFTER_GREETING}\b)${FULL_NAME} from (?:the |our |your )?(?:(?!${NOT_A_GROUP_WORD}(?![\p{L}'’]))[\p{L}\d&'’-]+ ?){1,5}(?=\s*(?:[.!;—–]|,(?!\s*(?:who|whom|whose|which)\b)|\p{Extended_Pictographic}|$))`,
];

/**
 * A link the writer calls their own profile, its label a name: "here's my LinkedIn Ana Ruiz (https://…/in/ana-ruiz)",
 * as Slack prints a labelled link. The captures: the label, then the address (decision/profile-link-name.ts).
 */
export const OWN_PROFILE_LINK = String.raw`\b[Mm]y (?:[Ll]inked[Ii]n|[Gg]it[Hh]ub|[Pp]rofile|[Pp]ortfolio|[Ww]ebsite|[Ss]ite)(?: (?:profile|page))?(?: is)?(?: here)?:? ${FULL_NAME} \((https?:\/\/[^\s()]+)\)`;

/**
 * A name typed in lower case, as texts often are: "this is brianna j from the open house", "it's marco here".
 * The capture is read as a name only when it is no word of the language (who.ts checks it).
 */
// "its" without its apostrophe only where a text opens on it ("hey marco its jordan"), never a possessive ("its team from").
export const SELF_NAMED_LOWER = String.raw`(?:\b(?:this is|it's|it is|my name is)|(?:^|[,.!?]\s*|\b(?:hi|hey|hello|yo) [a-z]+,? )its) ([a-z][a-z'-]{2,20})(?: [a-z]\.?)? (?:from|here)\b`;

/** Words that follow "it's" or "this is" before "here" or "from" and are no name: "it's quiet here", "this is all from". */
export const NOT_A_NAME_IN_LOWER_CASE = `
  all also always about again just only mostly mainly nice great good fine cold hot quiet busy crazy nuts slow
  everyone someone somebody everybody anyone nobody me him her them us mine what that this there here not now
  still really so very too one the one's someone's going getting coming written sent
`;

/** A name signed at the end of a one-line note: "… Would you refer me? — Ana Kovačević", "Thanks, Joaquín", "- Ms. Okafor". */
export const INLINE_SIGN_OFF = String.raw`(?:[—–~-]\s?|\b(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Rr]egards|[Gg]razie|[Gg]racias|[Oo]brigad[oa]|[Mm]erci|[Dd]anke|[Ss]hukriya),?(?:\s*\p{Extended_Pictographic}\uFE0F?)*\s+|[.!?]\s+)((?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s)?${NAME_WORD}(?:\s${NAME_WORD}){0,2}(?:\s\([^()]{1,30}\))?)\s*$`;

/** An introduction by a third person; the capture is the person introduced ("meet Luis", "looping in Priti"). */
export const INTRODUCED = [
  String.raw`\bmeet ${FULL_NAME}`,
  String.raw`\blooping in ${FULL_NAME}`,
  String.raw`\b[Cc]c['’]?ing ${FULL_NAME}`,
  String.raw`\bintroduc(?:e|ing) (?:you to )?${FULL_NAME}`,
  String.raw`\bconnect(?:ing)? you (?:with|to) ${FULL_NAME}`,
  // Both greeted, then introduced to each other: "Hana, Luis — introducing you two"; either may be the referrer.
  String.raw`(?:^|\n)${FULL_NAME},? (?:and |& )?${NAME_WORD}\s?[—–-]{1,2}\s?(?:introducing|meet|connecting) (?:you two|you both|each other)`,
  String.raw`(?:^|\n)${NAME_WORD},? (?:and |& )?${FULL_NAME}\s?[—–-]{1,2}\s?(?:introducing|meet|connecting) (?:you two|you both|each other)`,
];

/**
 * A rank, an office or a religious title written before a name ("Petty Officer First Class Tamika Rowe",
 * "Judge Ana Ruiz", "Sister Mary Kelly"): no part of the name; who-is-who reads the name behind it
 * (decision/ranked-names.ts). Words that are ranks and plain adjectives ("General", "Major", "Private")
 * count only with the rest of their rank.
 */
export const RANK_TITLES = `
  # the navy's and the coast guard's
  (Master |Senior )?Chief Petty Officer
  Petty Officer( (First|Second|Third|1st|2nd|3rd) Class)?
  (Master |Senior |Command Master |Fleet Master )?Chief
  Seaman( Apprentice| Recruit)?
  Ensign
  Lieutenant( Commander| Junior Grade| Colonel| General)?
  (Second|First|Flight) Lieutenant
  (Wing )?Commander
  (Group )?Captain
  (Rear |Vice |Fleet )?Admiral
  Commodore
  # the army's, the marines' and the air force's
  Private First Class
  (Lance )?Corporal
  (Staff |Technical |Master |Senior Master |Chief Master |First |Gunnery |Command )?Sergeant( First Class| Major)?
  (Chief )?Warrant Officer( [1-5])?
  (Major|Brigadier) General
  Brigadier
  Colonel
  (Senior )?Airman( First Class| Basic)?
  Squadron Leader
  Trooper
  # written short: "Sgt. Ana Ruiz", "PO1 Ana Ruiz", "Lt. Cdr. Ana Ruiz"
  (Pvt|PFC|LCpl|Cpl|Sgt|SSgt|SSG|SFC|MSgt|GySgt|SgtMaj|CSM|CPO|SCPO|MCPO|PO[1-3]|Ens|LTJG|Lt|LCDR|Cdr|Cmdr|CDR|Capt|CAPT|Maj|Col|LtCol|Brig|Gen|Adm|WO[1-5]|CW[2-5]|SrA|A1C|TSgt|SMSgt|CMSgt)\\.?
  # offices of the law and of government
  (Chief )?(Judge|Justice)
  (Police |Fire )?(Chief|Officer|Detective|Inspector|Constable|Sheriff|Marshal)
  Deputy
  (Senator|Councillor|Councilor|Alderman|Alderwoman|Mayor|Governor|Ambassador)
  ((The )?Hon\\.|(The )?Hono(u)?rable)
  # religious
  (Sister|Brother|Father|Mother|Elder|Bishop|Archbishop|Cardinal|Monsignor|Reverend|Pastor|Rabbi|Imam|Deacon|Cantor)
  (Fr|Sr|Br|Rev|Msgr)\\.
  # teaching and care
  (Professor|Prof\\.|Doctor|Dr\\.|Coach)
`;

/** Friends as people call them, only after "my" or "our": "my boy Cole", "our girl Tasha". */
const FRIEND = String.raw`(?:boy|girl|guy|homie|bestie|bro|sis)`;

/**
 * A relative's or a friend's child, the possessive written with its apostrophe or, as texts are, without:
 * "my cousin's boy", "my cousins boy", "my sisters girl".
 */
const KIN_CHILD = String.raw`(?:cousin|sister|brother|friend|buddy|mate|pal|neighbou?r|aunt|uncle|niece|nephew|son|daughter)['’]?s (?:boy|girl|lad|lass)`;
/** Relatives and friends who pass on a candidate's wish. */
const KIN = String.raw`(?:(?:son|daughter|brother|sister|mother|father)[- ]in[- ]law|buddy|mate|pal|classmate|daughter|son|nephew|niece|brother|sister|cousin|grandson|granddaughter|grandchild|aunt|uncle|mother|father|mom|mum|dad|stepson|stepdaughter|husband|wife|partner|fianc[ée]e?|boyfriend|girlfriend|friend|best friend|roommate|flatmate|neighbou?r|godson|goddaughter|kid|child|brother-in-law|sister-in-law|son-in-law|daughter-in-law|${KIN_CHILD})`;
/** The writer's own relative or friend, named or not: "this is my niece", "our neighbour's boy". */
export const OWN_KIN = String.raw`\b(?:[Mm]y|[Oo]ur) (?:[\w'’-]+ ){0,2}${KIN}\b`;
/** People the writer has worked with first-hand: an employer, a manager, a close colleague. */
const WORK = String.raw`(?:lead|senior|head|former|current|best|star|top|longtime|long-time|direct|old)?\s?(?:co-teacher|teacher|technician|tech|employee|report|direct report|team member|teammate|colleague|coworker|co-worker|engineer|nurse|analyst|designer|developer|intern|associate|assistant|apprentice|mentee|hire|manager|supervisor|hygienist|paralegal|chef|planner|specialist|editor|producer|reporter|operator)`;

/** Whom the writer taught, trained or supervised: "my fieldwork student", "our second-year resident". */
const LEARNER = String.raw`(?:student|trainee|resident|fellow|intern|apprentice|mentee|protégé|protege|cadet|pupil|learner|postdoc|scholar|volunteer|recruit|sailor|soldier|officer|clinician|therapist|counsel(?:l)?or|caregiver|aide|worker)`;
/** A name of two or three words: "Jasper Lin", "Diego de la Cruz". */
const FULL_PAIR = String.raw`(${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){1,2})(?<!['’]s)`;

/** Those who serve or house the writer, not work beside them: "she was my landlord for two years". */
const SERVED_BY = String.raw`(?:landlord|landlady|tenant|lodger|client|customer|patient|doctor|dentist|therapist|hairdresser|barber|babysitter|nanny|driver|teacher|tutor|coach)`;

/** The writer's own place over the candidate at work: "I was her night editor", "I was Ana's manager". */
const BOSS = String.raw`(?:manager|supervisor|boss|editor|lead|mentor|preceptor|principal|director|chef|foreman|superintendent|PI|attending)`;

/** Someone writing for a relative or friend; the capture, when present, is the candidate's name. */
/** A relative or friend named with their name: "my wife Meera", "our son Ezra Cole". */
// Not a possessive: "my buddy Sven's kid" names the candidate's father, not the candidate.
// "my wife Hyun-joo (Joo) Park": the name they go by, in parentheses, stays inside the name.
const NICKNAMED = String.raw`(${NAME_WORD} \(\p{Lu}[\p{L}\p{M}'’-]+\)(?: ${NAME_WORD}){1,2}|${FULL_NAME.slice(1)}`;
// "my old flatmate from Copenhagen, Emil Sandvik": after a place, the comma sets the name apart.
export const KIN_NAMED = String.raw`\b(?:[Mm]y|[Oo]ur) (?:[\w'’]+ ){0,2}(?:${KIN}|${FRIEND})(?: (?:from|in|at) [^,.!?]{1,40},|,)? ${NICKNAMED}(?<!['’]s)(?![\p{L}'’])`;

/**
 * A relative named in a note typed in capitals: "MY GRANDSON ELIAS PEÑA-RUIZ NEEDS A JOB", "MY NIECE, ROSA
 * DIAZ, IS LOOKING". The name is in capitals too (names.ts reads it in its case); a verb after it ends it.
 */
const CAPS_VERB = String.raw`(?:NEEDS|IS|HAS|WANTS|WAS|JUST|GOT|LOST|WOULD|CAN|COULD|WILL|APPLIED)\b`;
const CAPS_NAME = String.raw`((?!${CAPS_VERB})\p{Lu}[\p{Lu}\p{M}'’-]+(?: (?!${CAPS_VERB})\p{Lu}[\p{Lu}\p{M}'’-]+){0,2})`;
const KIN_IN_CAPITALS = String.raw`\b(?:MY|OUR) (?:[\p{Lu}'’]+ ){0,2}${KIN.toUpperCase()},? ${CAPS_NAME},? ${CAPS_VERB}`;

export const FOR_KIN = [
  KIN_NAMED,
  KIN_IN_CAPITALS,
  // A relative named by their title: "Hi Uncle Des", "Aunt Rosa: Forwarded".
  String.raw`\b(?:Uncle|Aunt|Auntie|Aunty|Grandma|Grandpa|Granny|Nana|Cousin) ${NAME_WORD}()`,
  // The writer says whose relative they are: "Martin here, Joy's husband", "I'm Priya's mum".
  String.raw`\b(?:here|I'm|I am|it's|this is)(?:,? | \()${FULL_NAME}'s (?:\w+ )?${KIN}\b`,
  // Named first, then whose relative: "This is Loretta Hayes, Darnell's mom".
  // Texts drop the apostrophe, and a place may come between: "its Gloria from the choir, Ben's mom".
  String.raw`\b(?:I'm|I am|[Ii]t'?s|[Ii]t is|[Tt]his is) ${NAME_WORD}(?: ${NAME_WORD}){0,2}(?: from [^,.!?]{1,40})?(?:, | \()${FULL_NAME}'s (?:\w+ )?${KIN}\b`,
  // A text typed in lower case: "it's zoe, noor's sister" (who.ts reads the name with its capital).
  String.raw`\b(?:i'm|it'?s|this is) [a-z][a-z'-]{1,20},? ([a-z][a-z'-]{1,20})'s (?:\w+ )?${KIN}\b`,
  // News of the referrer's own relative, told by family: "Your cousin Alejandro is looking for work".
  String.raw`\b[Yy]our (?:\w+ )?${KIN} ${FULL_NAME} (?:is|has been|was) (?:looking|applying|interested|hoping)\b`,
  // One of the writer's community, not of their work: "one of our young people, Kwame Asante".
  String.raw`\bone of (?:my|our) (?:young (?:people|men|women|adults)|youth|members|parishioners|congregants|neighbou?rs), ${FULL_NAME}`,
  String.raw`\b(?:[Mm]y|[Oo]ur|[Aa]) (?:\w+ )?${KIN}\b()`,
];

/** The name a writer says they go by, besides the full name they give: "everyone calls me Moz", "I go by Tavi". */
export const GOES_BY = String.raw`\b(?:calls? me|call(?:ed)? me|go(?:es)? by|known as)\s+["“'‘]?(\p{Lu}[\p{L}\p{M}'’-]+)`;

/** The writer of a text typed in lower case, saying whose relative they are: "it's zoe, noor's sister". */
export const SELF_NAMED_LOWER_KIN = String.raw`\b(?:i'm|it'?s|this is) ([a-z][a-z'-]{1,20}),? [a-z][a-z'-]{1,20}'s (?:\w+ )?${KIN}\b`;

/**
 * The writer signs as the candidate's relative, on a line of its own: "Fola (Marcus's wife, we met at Jess's 40th)",
 * "— Dee, Sam's mum". The capture is the one they are a relative of.
 */
export const SIGNED_AS_KIN = String.raw`(?:^|\n)(?:[—–-]\s?)?${NAME_WORD}(?: ${NAME_WORD})?(?:,\s| \(|\s[—–-]\s)${FULL_NAME}['’]s (?:\w+ )?${KIN}\b`;

/** Which of the writer's children, before the bare name: "My youngest Owain", "our eldest girl Nia". */
const BIRTH_ORDER = String.raw`(?:youngest|eldest|oldest|middle|little|baby)(?: (?:one|boy|girl|lad|lass))?,?`;

/**
 * Family speak of their own by a possessive before the bare name, no relation word: "My Kayla has just finished",
 * "Our Josh is 19 now", "My youngest Owain has"; a sentence may start after an emoji ("ago 😊 My Aoife…"), and a
 * clause after a comma ("so anyway, our Priya has applied"). A capitalized word that follows is a name only where the note's sentences are about them
 * (decision/named-subject.ts reads it so), never "My CV is attached".
 */
export const OWNED_NAME = String.raw`(?:(?:^|\n|[.!?]\s+|\p{Extended_Pictographic}\uFE0F?\s+)(?:My|Our)|,\s+(?:my|our)) (?:${BIRTH_ORDER} )?(\p{Lu}[\p{Ll}\p{M}-]+)(?=(?:['’]s)? (?:is|has|was|just|needs|wants|got|left|finished|finishes|graduated|graduates|starts|leaves|saw|spotted|heard|applied)\b)`;

/**
 * A photo a parent sends, captioned with their own by name: "That's my Finn with his certificate!!", "Thats our
 * Jayden at his prom". One word, capital then lower case ("That's my CV" is none); named-subject.ts takes it only
 * where the note's sentences are about "he" or "she".
 */
export const SHOWN_NAME = String.raw`\b(?:[Tt]hat['’]?s|[Tt]hat is|[Tt]his is|[Hh]ere['’]?s|[Hh]ere is) (?:my|our) (\p{Lu}[\p{Ll}\p{M}-]+)(?=\s*[!.,]|\s*$| (?:with|at|on|in|holding|after|getting|doing|receiving)\b)`;

/**
 * Someone the writer asks the referrer to recall, the fullest name last: "you know Jonno from the club, Jon Ferreira?",
 * "you remember Ines Duarte?". The note's sentences about them then make them whom it is for.
 */
export const RECALLED_NAME = String.raw`\b(?:[Yy]ou (?:know|remember|met)|[Rr]emember|[Dd]o you (?:know|remember)) (?:${NAME_WORD}(?: from [^,.!?]{1,40})?, )?(${NAME_WORD}(?: ${NAME_WORD}){0,2})\?`;

/**
 * A well-wish that opens a note: "Hope Tamaki Clinic is treating you well", "Hope Leeds has been kind to you".
 * The capitalized words after "Hope" name a place or a firm the reader is at, not a person the note is about.
 * Only the reader is wished well (places treat, things go): "Hope Adeyemi is doing well on my section" keeps its Hope.
 */
export const WELL_WISH = String.raw`Hope (?:\p{Lu}[\p{L}\p{M}'’-]* ){1,3}(?:is|are|has been|have been|was) (?:treating you|keeping you|(?:being )?(?:kind|good|gentle) (?:to|with|on) you|going well)\b`;

/**
 * What a go-between does, said of the person a note speaks of: they sent the writer or work beside the
 * referrer ("She said you're hiring", "he runs your night shift"); the note is not asked for them. What the
 * writer says they said is theirs ("she's too shy to ask so I said I would"), and what others said of them
 * ("they said he was very good", "everyone says she's a natural").
 */
export const GO_BETWEEN_DEED = String.raw`\b(?<!\b(?:I|[Ww]e|[Tt]hey|[Pp]eople|[Ee]veryone) )(?:said|says|told|tells|suggested|mentioned|recommended|introduced|pointed me|put me|gave me|works? (?:on|in|at|with|for) your|(?:runs?|leads?|manages?|heads?) your)\b`;

/** What one who sent the writer did, said after their name: "(she runs your trials) suggested I write to you". */
const SENT_THE_WRITER = String.raw`[^.!?]{0,100}?\b(?:suggested (?:that )?I|told me to|asked me to|pointed me|put me in touch)\b`;

/** Someone vouching from first-hand work; the capture, when present, is the candidate's name. */
export const FOR_WORK = [
  String.raw`\bon behalf of (?:(?:my|our) (?:[\w'’-]+ ){0,2}?)?${FULL_NAME}(?: \([^()]{1,30}\))?(?:, [A-Z]{2,5})*,? (?:who|my|our|a|an|one)\b`,
  // After a place, the comma sets the name apart: "my old teammate from Brightline, Rui Tavares", never "… at Corvel Bottling".
  // The job may be qualified: "My assignment editor Kiona Whitehorse", "our night shift nurse, Ana Ruiz".
  // Never the colleague who sent the writer: "our colleague Ines Roy (she runs the trials) suggested I write".
  String.raw`\b(?:[Mm]y|[Oo]ur) (?:\p{Ll}[\p{Ll}-]+ ){0,2}${WORK}(?: (?:for|from|at) [^,.]{1,40},|,?) ${FULL_NAME}(?![\p{L}'’])(?!${SENT_THE_WRITER})`,
  // Written for one of the writer's people, whatever their post: "I'm writing for my former lab lead, Ana Ruiz".
  String.raw`\b(?:writing|reaching out|asking) (?:to you )?(?:for|on behalf of) (?:my|our) (?:[\w-]+ ){1,3}?(?:lead|${WORK}), ${FULL_NAME}`,
  // The writer was the candidate's own boss: "I was Shreya Venkataraman's night editor at the Herald".
  String.raw`\bI (?:was|am|have been|'ve been) ${FULL_NAME}(?:'s|’s) (?:[\w-]+ ){0,2}${BOSS}\b`,
  // "I supervised Mira Olsen's thesis": the name without its possessive, never a capital word after it.
  String.raw`\bI(?:'ve| have)? (?:managed|supervised|mentored|trained|hired|taught alongside) (${NAME_WORD}(?<!['’]s)(?: ${NAME_WORD}(?<!['’]s)){0,2}?)(?:['’]s\b|(?![\p{L}'’]| \p{Lu}))`,
  // Years beside the candidate, or one of the writer's own people: "I worked with Tobias Engel for 3 years",
  // "One of my old assistants, Priyanka Shah, is looking", "Got a guy Rashad Greene who wired half the line".
  String.raw`\bI (?:worked|served|taught) (?:with|alongside|beside) ${FULL_NAME} for\b`,
  String.raw`\b[Oo]ne of (?:my|our) (?:[\w-]+ ){0,2}[\w-]+s, ${FULL_NAME}`,
  // The group may be named by initials or a place: "one of my QS from my current project, Joseph Kamau, is applying".
  String.raw`\b[Oo]ne of (?:my|our) [^,.!?]{2,50}, ${FULL_NAME},? (?:is|has|was|who)\b`,
  // Working on the writer's side now: "Aoibheann Ní Dhomhnaill has been contracting with us since March".
  String.raw`\b${FULL_NAME} (?:has been|is|was) (?:contracting|working|temping|interning|freelancing|consulting|volunteering) (?:with|for|alongside) (?:us|me|my team|our team)\b`,
  // Or one of the writer's people by their trade, named between commas: "I've got a young operator, Remy Delcambre, Grade II".
  String.raw`\b(?:[Gg]ot|I have|I've got) (?:a|an|this) (?:(?:young|new|good|great|sharp|solid|junior|senior|star) )?(?!${KIN}\b)(?:guy|gal|kid|young (?:man|woman|guy)|${WORK}|[\p{Ll}-]{2,}(?:er|or|ist|ian|ant|ent)),? ${FULL_NAME}(?:,? who\b|,)`,
  String.raw`\b${FULL_NAME}(?:, [A-Z]{2,5})*,? (?:who|who['’]s|has) (?:has )?(?:been|worked|was) (?:the \w+ \w+ )?(?:my|on my|in my|our|on our|in our|with me|for me|under me)\b`,
  // "Pooja Venkataraman has reported to me for four years".
  String.raw`\b${FULL_NAME}(?:, [A-Z]{2,5})* (?:(?:has|had|have) )?(?:been )?(?:reported|reports|reporting|worked|working) (?:directly )?(?:to|for|with|under|beside|alongside|next to) me\b`,
  // One of the writer's own people, by the team they are on: "Femi Adebayo on my PACS support team has applied".
  String.raw`\b${FULL_NAME} (?:on|in|from) (?:my|our) (?:[\w&-]+ ){0,3}(?:team|group|crew|unit|staff|department|lab|squad|shift)\b`,
  // Or named first: "Femi Adebayo and I worked side by side at Metro COG".
  String.raw`\b${FULL_NAME} and I (?:have )?(?:worked|served|taught|ran|built|led|managed)\b`,
  // The writer worked beside the candidate: "I worked with Noor Haddad for two years at Lumen".
  String.raw`\bI(?:'ve| have)? worked (?:closely |directly )?(?:with|alongside|beside) (${NAME_WORD}(?<!['’]s)(?: ${NAME_WORD}(?<!['’]s)){0,2}?)(?![\p{L}'’]| \p{Lu})`,
  // What the candidate did for the writer: "a welder, Tomas Reyes, who built every rack for me last year".
  // Or beside them: "Luz Cárdenas who ran payroll with me at Harmon", "Fatima Bakr who sat next to me for two years".
  String.raw`\b${FULL_NAME},? who (?:did|built|ran|handled|wired|installed|set up|kept|led|managed|covered|drove|worked|sat|taught|served|shared) [^.!?]{0,80}?\b(?:for|under|with|beside|alongside|next to) me\b`,
  // The candidate's place beside the writer: "Bridget was my lead paralegal", "Kwabena Owusu, he's been my controls tech".
  String.raw`\b(?!(?:She|He|They|It|This|That)\b)${FULL_NAME}(?:,? (?:she|he|they)(?:'s|'ve| has| have) been| (?:was|has been|is)) (?:my|our) (?:[\w-]+ ){0,2}(?:${WORK}|counterpart)\b`,
  // Named, their post under the writer and for how long, whatever the post: "Nadia Osei was my cutter for the
  // last three of them", "Omar Haddad has been our rigger for two seasons"; never a relative or one who served them.
  String.raw`(?:^|[.!?,;]\s+|\n|\band )${FULL_NAME} (?:was|has been|had been) (?:my|our) (?!(?:[\w'’-]+ ){0,2}(?:${KIN}|${SERVED_BY})\b)(?:[\p{L}-]+ ){1,4}?for (?:the (?:last|past|first) |over |nearly |almost |about |around )?(?:[\w-]+ )?(?:years?|months?|seasons?|summers?|winters?|terms?|tours?|of (?:them|those))\b`,
  // One of the writer's people set apart by a comma, however their post is put: "my last Level II fieldwork
  // student, Jasper Lin.", "our third-year resident, Ana Ruiz, is"; never a relative ("my sister-in-law, …").
  String.raw`\b(?:[Mm]y|[Oo]ur) (?:[\p{L}\d'’-]+ ){0,4}?(?!${KIN}\b)(?:${WORK}|${LEARNER}), ${FULL_PAIR}(?=[.,;:!?]|\s(?:is|has|was|who|did|just)\b|$)`,
];

/**
 * First-hand work with the candidate, said of them without their name: "I've worked nights alongside
 * her", "who worked in my protein expression group", "I can speak to his work first-hand".
 */
export const FIRST_HAND = [
  String.raw`\bI(?:'ve| have)? (?:worked|taught|served|trained|co-taught) (?:\w+ ){0,2}(?:alongside|with|beside) (?:her|him|them)\b`,
  // Any work done in or beside the writer's team: "who rounded with my oncology team", "she interned in our lab";
  // not a meeting with it ("who interviewed with our team").
  String.raw`\b(?:who|she|he|they) (?:has |have )?(?!(?:interviewed|applied|talked|spoke|chatted|met|visited|emailed|called)\b)(?:worked|was|were|served|[a-z]{3,}ed) (?:\w+ ){0,2}(?:in|on|for|under|with|alongside|through) (?:my|our) (?:[\w-]+ ){0,3}(?:group|team|lab|unit|department|shop|crew|floor|ward|staff)\b`,
  String.raw`\bI can speak to (?:his|her|their) work\b`,
  // The writer's own rank over them: "I was his direct manager the whole time", "I've been her supervisor since 2019".
  String.raw`\bI(?: was|'ve been| have been|'m| am) (?:his|her|their) (?:direct |line |shift |immediate )?(?:manager|supervisor|boss|lead|foreman)\b`,
  // Said before the name: "writing about someone I managed for two years: Grace…".
  String.raw`\b(?:someone|somebody|a (?:colleague|teammate|person)) I (?:managed|supervised|hired|trained|mentored|worked (?:with|alongside))\b`,
  String.raw`\b(?:she|he|they|who) (?:has |have |had )?reported (?:directly )?to me\b`,
  // One of the writer's own people, before the name: "I would like to recommend someone from my own team".
  String.raw`\b(?:someone|somebody|one of (?:my|our) (?:people|staff|reports)) (?:from|on|in) (?:my|our) (?:own )?(?:team|group|lab|unit|department|crew|staff|shift)\b`,
  // Or their work, said with "his" as with "her": "I have supervised his work directly", "I managed their project".
  String.raw`\bI(?:'ve| have)? (?:managed|supervised|hired|trained|mentored|precepted) (?:her|him|them|(?:his|their) (?:work|thesis|dissertation|research|project|placement|internship|residency|apprenticeship)\b)\b`,
  // Named, with how long: "I've supervised Hoang for five years".
  String.raw`\bI(?:'ve| have) (?:managed|supervised|mentored|precepted) \p{Lu}[\p{L}'’-]+ for\b`,
  // What the writer saw of the work themselves: "two things I can speak to first-hand", "I sat next to him for two years".
  String.raw`\bI can (?:speak to|vouch for) (?:\w+ ){0,3}(?:first-hand|firsthand|directly)\b`,
  String.raw`\bI (?:sat|worked) (?:next to|beside|alongside) (?:her|him|them) for\b`,
  // The writer's place over them, then or now: "I was her lead", "I'm his line manager", "(I'm her day-to-day lead)".
  String.raw`\bI(?: was|'m| am|'ve been| have been) (?:her|his|their) (?:[\w-]+ ){0,2}${BOSS}\b`,
  // Their work for or beside the writer: "She has worked for me for 7 years", "he's been working under me",
  // "he worked right next to me", "who worked the night shift with me".
  String.raw`\b(?:[Ss]he|[Hh]e|[Tt]hey|who)(?:'s| has| have| had)?(?: been)? work(?:ed|ing) (?:\w+ ){0,2}(?:for|under|beside|alongside|next to|with) me\b`,
  // Or by name, the sentence's subject: "Ines Duarte worked for me on the ICU step-down unit for three years".
  String.raw`(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}(?: has| had)?(?: been)? work(?:ed|ing) (?:\w+ ){0,2}(?:for|under|beside|alongside|next to|with) me\b`,
  // Their post under the writer, and for how long: "She was my key grip for two seasons", "who's been my lead
  // fitter on nights for the last four years"; not a relative or friend ("he's been my best mate for years"),
  // nor one the writer was served by ("she was my landlord for two years").
  String.raw`\b(?:[Ss]he|[Hh]e|[Tt]hey|who)(?:['’]s(?: been)?| was| were| is| has been| have been| had been|['’]ve been|['’]d been) (?:my|our) (?!(?:[\w'’-]+ ){0,2}(?:${KIN}|${SERVED_BY})\b)(?:[\p{L}-]+ ){1,6}?for (?:the (?:last|past) |over |nearly |almost |about |around )?(?:[\w-]+ )?(?:years?|months?|seasons?|summers?|winters?|terms?|tours?)\b`,
  // What the writer saw of the work: "I have watched her work closely".
  String.raw`\bI(?:'ve| have)? (?:watched|seen|observed) (?:her|his|their) work\b`,
  // A desk or each other's work shared: "we've shared a desk for three years", "we reviewed each other's files".
  String.raw`\bwe(?:'ve| have)? (?:shared an? (?:desk|office|bench|station|cubicle|shift|caseload)|sat (?:next to|beside) each other|(?:reviewed|checked|covered) each other['’]s)\b`,
];

/**
 * A letter of recommendation's own words: "to recommend Ana Ruiz for your Lab Manager post", "I'm nominating Jo
 * Lee for the award". The capture is the name; the post after it keeps a product or a tool ("recommend Figma") out.
 */
const RECOMMENDED_FOR = String.raw`\b(?:[Rr]ecommend(?:ing)?|[Nn]ominat(?:e|ing)|[Ee]ndors(?:e|ing)) ${FULL_NAME}(?=,? (?:for|to) (?:your|the|a|an|this|one of)\b)`;

/**
 * The writer puts someone forward for one post, by name or as him, her or them: "I am writing to recommend Tove
 * Lindahl for your Survey Technician post", "I'd like to put him forward for the opening", "nominating Ravi
 * Oduya for the Charge Nurse position". An ask made on their behalf. The post is one, named by its job noun: a seller's
 * "recommend our candidates for your open roles" puts no one forward, nor does a firm "for your vacancies";
 * "would not recommend her" asks nothing. The writer says it as "I": a firm that puts someone forward is an agency.
 */
const PUT_FORWARD_WHOM = String.raw`(?:him|her|them|${FULL_NAME})`;
export const PUT_FORWARD_FOR_POST = String.raw`(?<=\bI\b[^.!?;]{0,60})(?<!\b(?:not|never) |n['’]t )\b(?:(?:[Rr]ecommend(?:ing)?|[Nn]ominat(?:e|ing)|[Ee]ndors(?:e|ing)|[Pp]ut(?:ting)? forward|[Pp]ropos(?:e|ing)) ${PUT_FORWARD_WHOM}|[Pp]ut(?:ting)? ${PUT_FORWARD_WHOM} forward),? (?:for|to) (?:one of (?:your|the) (?:[^\s.!?;]+ ){0,5}?(?:posts|positions|openings|roles|vacancies)|(?:your|the|this|a|an) (?:[^\s.!?;]+ ){0,6}?(?:post|position|opening|role|vacancy|job|posting))\b`;

/**
 * Where a note written for someone else names them; the capture is the name: "I'm writing about
 * Kofi Boateng", "Precious Dlamini, one of our night charge nurses, is applying", "passing this along from Petra".
 */
export const NAMED_THIRD = [
  // "Writing about someone I managed for two years at Arden: Grace Oyelaran-Whitfield (cc'd)".
  String.raw`\b(?:[Ww]riting|[Rr]eaching out|[Ee]mailing|[Mm]essaging|[Tt]exting) (?:to you )?(?:about|on behalf of|for) (?:one of (?:our|my) [^,.!?]{1,40}, |(?:someone|somebody|a|an) [^.!?:]{1,80}: )?${FULL_NAME}`,
  // "Our counsellor Marcus Te Rangi is applying": the writer's own colleague, named after their job.
  String.raw`(?:^|[.!?]\s+|:\s+|\b(?:because|since|now that) )(?:(?:[Mm]y|[Oo]ur) [\p{Ll}-]+(?: [\p{Ll}-]+){0,2} )?${FULL_NAME}(?: \([^()]{1,30}\))?(?:, [^,.;!?]{1,80},)? (?:is|has been|was) (?:applying|interested|looking|hoping)\b`,
  // The writer's own student or report named beside them: "one of our M.Ed. students, Ana Ruiz, has applied".
  String.raw`\b(?:[Mm]y|[Oo]ur) [^,;!?\n]{1,60}, ${FULL_NAME}, (?:has |had |is |was |just |recently ){0,2}(?:applied|applying|interested|looking|hoping)\b`,
  // Never the one it came from when the cover says it is about someone else: "forwarding from Rui (my brother), it's his flatmate".
  String.raw`\b(?:[Pp]assing (?:this|it) (?:along|on) from|[Tt]hat's from|[Tt]his is from|[Ff]orwarding (?:this )?(?:for|from)) ${FULL_NAME}(?![\p{L}'’])(?!(?: \([^()]{1,30}\))?,? (?:it['’]?s|it is|this is|that['’]?s) (?:for |about )?(?:my|our|his|her|their|a|an) )`,
  // Someone's own papers handed on: "Forwarding Rory's CV below", "attaching Mina's résumé".
  String.raw`\b(?:[Ff]orwarding|[Pp]assing (?:on|along)|[Ss]ending(?: you)?|[Aa]ttaching|[Hh]ere(?:'s| is)) ${FULL_NAME}['’]s (?:CV|cv|résumé|resume|Resume|note|message|email)\b`,
  String.raw`\b${FULL_NAME}(?: \([^()]{1,30}\))?, who (?:has )?(?:worked|was|served|reported)\b`,
  // Named as the one who ran the writer's own team: "Noor Haddad ran my evening crew for two years".
  String.raw`(?:^|[.!?]\s+)${FULL_NAME} (?:has )?(?:ran|run|led|managed|supervised|worked|covered) (?:on |in |for )?(?:my|our) (?:[\w-]+ ){0,3}(?:shift|crew|team|unit|line|desk|floor|ward|store|kitchen|site|yard|lab|office)s?\b`,
  // The one a letter recommends for a post: "writing to recommend Ana Ruiz for your Lab Manager post".
  RECOMMENDED_FOR,
  // Whom the writer coaches or mentors: "I've been mentoring Aditi Rao", "I coach Lena Park".
  String.raw`\bI(?:'ve been| have been| am|'m)? (?:mentor(?:ing)?|coach(?:ing)?|tutor(?:ing)?|advis(?:e|ing)) ${FULL_NAME}`,
  // News of the candidate the writer passes on: "Tunde has graduated from UT Arlington", "Darnell just finished A&P school".
  // Never a pronoun opening the sentence: "She has completed our microbiology sequence" names no one.
  String.raw`(?:^|[.!?]\s+|\n|\b${KIN} )(?!(?:She|He|They)\b)${FULL_NAME} (?:has |just |recently )?(?:graduated|finished|passed|completed|earned|got (?:her|his|their))\b`,
];

/**
 * The writer says they have not worked with the candidate: a teacher, a mentor or an acquaintance passing
 * on a wish, not a vouch ("I haven't worked with her directly", "I only know him from class").
 */
export const NOT_FIRST_HAND = [
  String.raw`\bI (?:haven't|have not|never|didn't|did not)(?: actually| directly)? work(?:ed)? (?:directly )?(?:with|alongside) (?:her|him|them)\b`,
  String.raw`\bI only know (?:her|him|them) (?:from|through|via|socially)\b`,
  String.raw`\bI (?:don't|do not) know (?:her|him|them) (?:well|professionally|from work)\b`,
];

/**
 * A relative or friend the note tells of, their work or what they want: "my younger brother Nikhil is
 * finishing a bootcamp", "my niece is a hygienist", "my cousin's wife Min-ji Park is a CRA". The note is
 * about them, as is "she's my cousin's friend"; not when they are the referrer's colleague who sent the writer ("my uncle Ray works on your
 * crew and said…"), nor news of their health ("my mother is in your hospice program").
 */
/** A relative asking the writer after work, as non-native English puts it too: "asks me if there is a place for". */
const ASKS_FOR_A_PLACE = String.raw`(?:asks|asked|is asking|has asked|was asking)(?: me)? (?:if|whether) (?:there (?:is|are|was)|there['’]s|you (?:have|had|need))[^.!?]{0,30}?\b(?:place|spot|job|opening|role|position|vacanc(?:y|ies)|work|opportunit(?:y|ies))\b`;
export const ABOUT_KIN = String.raw`\b(?:[Ss]he|[Hh]e)(?:['’]s| is) (?:my|our) (?:[\w'’]+ ){0,2}${KIN}\b(?![^.!?]{0,50}\b(?:said|told me|suggested|recommended|your)\b)|\b(?:[Mm]y|[Oo]ur) (?:[\w'’]+ ){0,2}${KIN}(?:,? ${NICKNAMED}(?: \([^()]{1,40}\))?)?,? (?:is (?:a|an|finishing|looking|applying|interested|trying|hoping|graduating|studying|currently|flying|working as)|has (?:been|worked|run|spent|led)|wants to|needs (?:a |an |some )?(?:job|work|role|position|placement|referral|chance|break|opportunity|start)\b|needs to find|just (?:finished|graduated|got|passed|moved)|(?:was|got|has been) (?:laid off|let go|made redundant)|lost (?:his|her|their) job|${ASKS_FOR_A_PLACE})\b(?![^.!?]{0,50}\b(?:said|told me|suggested|recommended|your)\b)|${KIN_IN_CAPITALS}`;

/** The candidate's name given in full by whoever writes for them: "His full name is Beauregard Thibodeaux". */
/**
 * A cover that points at the message forwarded under it ("my golf partner's boy, see below"): whoever wrote
 * that message, when it is someone else, is whom the note is for.
 */
export const POINTS_BELOW = String.raw`\b(?:[Ss]ee|[Rr]ead|[Aa]s|[Pp]er) (?:his |her |their |the )?(?:note |message |e-?mail |request )?below\b|\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:note|message|e-?mail|request|letter) (?:is )?below\b`;
export const NAME_IN_FULL = String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:full|real|legal|proper|official) name is ${FULL_NAME}`;

/** An ask to refer someone by name ("Would you be willing to refer A.J.?", "Femi's applying"): the note is about them. */
export const REFER_NAMED = String.raw`\b[Rr]efer(?:ring)? ${FULL_NAME}(?=[\s?.!,]|$)|\b${FULL_NAME}['’]s applying\b|${RECOMMENDED_FOR}`;

/** Someone passing on another's message: "That's from Tariq Lowe", "passing this along from Petra". */
export const PASSED_ON_FROM = String.raw`\b(?:[Tt]hat's|[Tt]hat is|[Tt]his is|[Ii]t's) from ${FULL_NAME}|\b(?:[Pp]assing|[Ff]orwarding) (?:this|it) (?:along |on )?(?:from|for) (?:${FULL_NAME}|(?:my|our|a|an) )|\b(?:[Ff]orwarding|[Pp]assing (?:on|along)|[Aa]ttaching) ${FULL_NAME}['’]s (?:CV|cv|résumé|resume|Resume)\b`;

/** An offer of a group the writer does not name, as an agency or a placement office makes: no one person in it is the candidate. */
/** Workers named by their trade in the plural, never the writer's family: "adjusters", "nurses", "technicians". */
const WORKERS = String.raw`(?!(?:daughters|sisters|brothers|mothers|fathers|others|partners|members|customers|users|readers|followers)\b)(?:candidates|graduates|grads|students|trainees|apprentices|talent|temps|staff|nurses|[a-z]{2,}(?:ers|ors|ists|ians|ants|ents))\b`;
export const OFFERED_MANY = String.raw`(?:refer(?:ring)? (?:our|my) (?:[\w-]+ ){0,2}${WORKERS}|refer(?:ring)? (?:any|one|some|either|each|all|two|three|a few|several)(?: or (?:more|two|both|all|several))? of (?:them|(?:our|my) (?:[\w-]+ )?(?:graduates|grads|candidates|students|alumni|people|members|trainees|apprentices))|represents? (?:several|many|multiple|a number of|a few|some|a pool of|a bench of|\d+)|present (?:our )?(?:candidates|profiles)|(?:has|have) a (?:bench|pool|roster|talent pool) of\b|refer you to (?:a couple|a few|some|several|two|three) of (?:our|my)\b|(?:a|our) (?:CV|cv|résumé|resume|profile) (?:bundle|pack|pool) of\b|(?:send|share|forward)(?: you)? (?:a |our )?(?:shortlist|selection|bundle|pack|batch) of (?:[\w-]+ )?(?:candidates|CVs|profiles|graduates|students)\b)`;
/** An offer of people the writer does not name: "referring this person", "give his name to the right people". */
const OFFERED = String.raw`(?:${OFFERED_MANY}|refer(?:ring)? (?:this|that) (?:person|candidate|individual)|(?:give|pass|send) (?:along |on )?(?:his|her) name|you put (?:her|him) (?:in|forward|up for))`;

/**
 * One of the writer's people, left unnamed, who wants the role or will write themselves: "one of our graduating
 * seniors is very interested in your opening", "I could have her reach out".
 */
const UNNAMED_ONE = String.raw`one of (?:my|our) (?:[\w-]+ ){0,3}[\w-]+s (?:is|has been|was) (?:\w+ly )?(?:applying|interested|looking|hoping|keen|eager)|(?:have|get) (?:her|him) (?:reach out|contact you|get in touch|email you|apply)`;
/**
 * An agency's candidate, kept unnamed: "we have a strong site manager on our books", "put this candidate in
 * front of you", "the anonymised CV", "names are released once terms are agreed".
 */
const ON_THE_BOOKS = String.raw`(?:I've got|I have|we've got|we have|I've|we've) an? (?:[\w-]+ ){1,4}on (?:my|our) books|(?:get|put) (?:this|the|my|our) (?:candidate|applicant|person) in front of (?:you|your)|(?:the|an|our|their|his|her) (?:anonymi[sz]ed|redacted|blind) (?:cv|résumé|resume|profile)s?|(?:name|names|identity|contact details)(?: and (?:contact )?details)? (?:are|is|will be|gets?) (?:released|disclosed|revealed|shared) (?:once|when|after|on)`;
/** A note about a third person: the candidate is "she" or "he", not "I". */
export const THIRD_PERSON_ASK = String.raw`\b${OFFERED}\b|\b(?:refer(?:ring)? (?:her|him|them)|(?:a )?good word for (?:her|him|them)|put (?:in )?a (?:good )?word (?:in )?for (?:her|him|them)|(?:she|he) (?:has|had|just) applied (?:for|to)|(?:put|stake) my (?:own )?(?:name|reputation) (?:on|behind) (?:her|him)|(?:she|he)(?:'s|s| is) (?:applying|interested|looking|trying to (?:get|move|break|find|land))|recommend(?:ing)? (?:her|him)|(?:her|his) (?:résumé|resume|cv)|would (?:she|he) be|I(?:'m| am) (?:\w+ly )?representing|I represent (?:an?|this|one) (?!(?:[\w-]+ ){0,4}(?:supplier|vendor|manufacturer|distributor|provider|reseller|retailer|wholesaler|producer|developer)s?\b)(?:[\w-]+ ){0,4}(?:candidate|professional|\w+(?:er|ist|or|ant|ent))\b|(?:anything|something|a (?:role|spot|place|job)) for (?:her|him)|find (?:her|him) (?:something|anything|a (?:role|spot|place|job|position))|(?:give|get) (?:her|him) (?:a |an )?(?:referral|intro|introduction|interview|shot|chance)|(?:she|he) (?:wants|needs|would love) (?:the|a|to)|(?:doing|writing|asking) (?:it |this )?for (?:her|him)|help (?:her|him) (?:to )?(?:get|find|land)|(?:(?:can|could|would|will|must|should) you (?:please )?|[Pp]lease )help (?:her|him)(?= ?[?!.,]|$)|get (?:her|him) (?:hired|in)|(?:asked|wanted) me to (?:send|pass|forward) (?:this|it|their note|the note below)(?: along| on)?(?: to you| your way)?|I(?:'ll|'d| will| would| can)(?: happily| gladly)? (?:back|vouch for|stand behind|stand by) (?:her|him)|put (?:his|her) name (?:in|forward|up|down)|put (?:her|him|them) (?:forward|through|up) (?:as|for)\b|(?:his|her) (?:full|real|legal) name is|(?:didn't|did not|doesn't|does not|won't|wouldn't) (?:want to )?ask (?:you )?(?:himself|herself)|introduc(?:e|ing) (?:her|him|them) (?:internally|as a referral|to (?:the|your) (?:hiring|talent|recruit\w*|team))|(?:we(?:'re| are)|I(?:'m| am)) in (?:conversation|touch|talks) with an? (?:[\w()-]+ ){0,3}(?:candidate|professional|executive|CA|CPA|accountant|engineer|leader|manager|controller)|${UNNAMED_ONE}|${ON_THE_BOOKS})\b`;

/**
 * Someone presented by name: "Brightwater Talent would like to submit Ana Lima", "I'd like to put forward Ana Lima".
 * A firm's words, and a manager's too: who.ts lets the writer's own work beside them say which.
 */
export const PRESENTED_BY_NAME = String.raw`\b(?:pleased|happy|delighted|excited|proud|would like|['’]d like|wish(?:es)?|wants?) to (?:present|submit|put forward|propose) ${FULL_NAME}`;

/** An agency naming the candidate it offers: "I'm representing Priya Ramaswamy", "my client, Jo Lee". */
export const FOR_AGENCY = [
  String.raw`\b(?:representing|I(?:'m| am) working with|I(?:'m| am) placing|we(?:'re| are) representing) ${FULL_NAME}`,
  // The one offered may be described first, then named with a clause about them: "representing an outstanding tax manager, Yusuf Amin, CPA, who".
  // Or "I'm working with a fantastic payroll manager, Denise Whitaker (CPP, 12 years…)".
  String.raw`\b(?:representing|I(?:'m| am) working with|I(?:'m| am) placing) (?:an?|the) [^,.!?()]{1,60}, ${FULL_NAME}(?=(?:, [A-Z]{2,5})*,? who\b| \()`,
  // Or described and named only later: "I'm currently representing an outstanding maths teacher who…".
  String.raw`\b(?:(?:I(?:'m| am)|[Ww]e(?:'re| are)) (?:\w+ly )?(?:representing|placing)|(?:I|[Ww]e) represent) (?:an?|this|one) (?:\p{Ll}[\p{Ll}-]* ){0,4}(?:candidate|professional|teacher|nurse|engineer|developer|accountant|manager|specialist|consultant|analyst|designer|chemist|lawyer|solicitor|paralegal|technician|[\p{Ll}-]+er|[\p{Ll}-]+ist|[\p{Ll}-]+or)\b()`,
  String.raw`\b(?:[Mm]y|[Oo]ur) (?:client|candidate),? ${FULL_NAME}`,
  String.raw`\b${OFFERED_MANY}\b`,
  // A firm presenting someone it places: "Horizon Clinical Partners is pleased to present Precious Dlamini",
  // "Brightwater Talent would like to submit Ana Lima".
  PRESENTED_BY_NAME,
  // Its terms and its secrecy say so without a name: "subject to our placement agreement", "we cannot disclose their identity".
  // Or says what it is: "as an agency we're not on your PSL yet", "as a search firm we…".
  String.raw`\b[Aa]s an? (?:(?:recruitment|recruiting|staffing|search|placement) (?:agency|firm|consultancy)|agency|recruiter|headhunter)\b()`,
  // Or a fee, or the candidate's mandate to it: "get a fee agreement in place", "18% of first-year salary", "has authorised Vantage Search to represent her".
  String.raw`\b(?:fee agreement|\d{1,2} ?% of (?:(?:the|their|his|her) )?first[- ]year\b|(?:authori[sz]ed|engaged|retained) (?:us|me|(?:[A-Z][\w&'’-]* ){1,4})to represent (?:him|her|them)\b)()`,
  String.raw`\b(?:placement (?:agreement|fee|terms)|(?:our|standard) (?:recruitment |placement |search |finder['’]s |conversion |buy-?out |temp[- ]to[- ]perm |introduction )?fee\b|terms of business|candidates (?:presented|submitted|introduced) by|(?:cannot|can't|can not|are unable to|aren't able to) (?:disclose|share|reveal) (?:their|his|her|the candidate['’]s) (?:identity|name))()`,
];

/** The candidate says they have not done the role's own work yet: "I have not yet designed a transit station". */
// Or a move toward the role's work, not yet made: "a motion designer moving toward research", "switching into data science".
// Said of now ("I'm … moving toward"), never of a past step ("before moving into security").
export const STATED_GAP_ABOUT = String.raw`\b(?:rather than|instead of|but not|, not|I(?:'m| am)\b[^.!?;]{0,40}?\b(?:moving|transitioning|switching|pivoting|shifting|crossing over) (?:toward|towards|into|over to)|moving towards?) [\p{L} -]{2,40}`;

/**
 * A gap the candidate admits whatever the role's words: "all residential so far", "I know it's a stretch",
 * "probably aimed at people with more years", "I may be too junior for it", "I realise that's a partial match"; or asked of the referrer: "unless that's too much of a stretch",
 * "or is that a stretch?"; or a lack of schooling or paid work in it ("no formal botany training").
 */
export const STATED_GAP_ADMITTED = String.raw`\b(?:(?:all|only|just) [\p{L}&, -]{3,50} so far|I(?:'d| would)? need more [\p{L} -]{2,30}(?:time|experience|hours) first|(?:it's|it is|this is|I know it's) (?:a|quite a|a big) stretch|(?:it's|it is|this is|that's|that is|is (?:that|it|this)) too (?:much of a|big (?:of )?a|far of a|long of a) (?:stretch|jump|leap|reach)|I should be upfront|I(?:'m|’m| am) (?:probably |maybe |likely |a bit |a little |still )?(?:too (?:junior|green|inexperienced)|under-?qualified)\b|I do not yet (?:hold|have)|I don't yet (?:hold|have)|not (?:in|into) [\p{L} -]{2,25} yet|I(?:'m|’m| am) not (?:a|an) [\p{L} -]{2,30} yet|(?:probably|likely|mostly|really) (?:aimed at|meant for|geared (?:to|toward|towards)) (?:people|candidates|someone|folks) with|I(?: (?:realise|realize|know|understand|recognise|recognize|appreciate)(?: that)?|(?:'m|’m| am) aware(?: that)?) (?:it's|it is|that's|that is|this is|I'm|I am|I'd be) (?:only |just |at best |more of |at most )?(?:a )?partial (?:match|fit)|is (?:that|it|this) (?:a|quite a|a big|too much of a|too big (?:of )?a) stretch|(?:\bno|without (?:any|a)) (?:formal|professional|prior) (?:[\p{L}-]+ ){0,3}?(?:background|training|experience|qualifications?))\b`;

// Or a job the candidate says they are not, measured against the role's words: "I'm not a welder, though…".
// Or a difference they own up to: "I know coastal and inland permitting are different" ("it's different here" is no gap).
// "I never managed to finish" says nothing of managing.
// Or work the candidate has had none of so far: "some pediatric cases but no adult oncology yet".
export const STATED_GAP = String.raw`(?:(?:\bI(?: have not| haven't| have never|'ve never| never| don't have| do not have| lack)|^(?:never|haven't|have never|not yet))(?: yet| actually| directly)? (?:designed|built|worked (?:on|in|with|as|at)|done|led|managed(?! to\b)|supervised|operated|coordinated|directed|held|run|had|been|shipped|owned)\b[^.!?;]{0,80}|\bI(?:'m|’m| am) not (?:a|an) [a-z][a-z -]{2,30}|\bI(?: know| reali[sz]e| understand| appreciate| recogni[sz]e|(?:'m|’m| am) aware)(?: that)? (?!(?:it|this|that|everything|every|each)\b)[^.!?;,]{3,60}? (?:is|are) (?:very |quite |really |pretty |a bit |a little |somewhat |completely |totally )?different\b|\bno (?:[a-z][a-z-]* ){1,6}yet\b)`;

/**
 * The candidate's own word that the role is not in the referrer's area: "I know you are in entomology and not
 * DNA", "I realise this isn't your department", "I know it's outside your team".
 */
export const STATED_OUTSIDE = String.raw`\bI (?:know|reali[sz]e|understand|appreciate|recogni[sz]e)(?: that)? (?:(?:you(?:'re|’re| are| work)|your (?:team|group|unit|department|lab)(?:'s|’s| is)) (?:in|on|with) [^.!?;,]{2,40}? (?:and|but|,) not\b[^.!?;,]{0,40}|(?:it|this|that|the (?:role|position|job|opening))(?:'s|’s| is) (?:not (?:in |on |part of |within )?your (?:team|area|group|unit|department|lab|field)|outside (?:of )?your (?:team|area|group|unit|department|lab|field))\b)`;

/**
 * The writer asking for themselves: "could you refer me", "put me forward", "my application", "I attach my
 * CV", "I've applied for the role". Weighed against THIRD_PERSON_ASK (who.ts): a note whose own ask outweighs
 * its asks for someone else is its writer's, whoever it mentions in passing. Never "refer me to the hiring
 * manager" (a parent may ask that), nor a referral wished for someone ("grateful for a referral for her").
 */
export const SELF_ASK = String.raw`\b(?:refer(?:ring)? me(?! to\b)|recommend(?:ing)? me(?! to\b)|put(?:ting)? me (?:forward|up|through)\b|consider(?:ing)? me (?:for|as)\b|(?:endorse|nominate|vouch for|speak up for) me\b|(?:put|putting) (?:in )?a (?:good )?word in for me\b|(?:pass|get|put|send|forward|flag)(?:ing)? (?:along |on )?my (?:name|résumé|resume|cv|application|profile)\b|my (?:application|candidacy|cv|résumé|resume|cover letter)\b|I(?:'ve| have)? (?:already |just |recently )?applied (?:for|to) (?:the|your|this|a|an)\b|I(?:'m| am) (?:now |currently )?applying (?:for|to)\b|\bI(?:'d| would| am|'m)? [^.!?]{0,40}\b(?:a|your) referral(?! (?:for|to) (?:her|him|them|my|our)\b))`;
