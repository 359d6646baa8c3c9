/**
 * English phrase data: What the intake keeps from a paste: an introduction by a third person.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Grace, meet Jasmine", "looping you in"): kept when it arrives as quoted mail. */
export const INTRODUCTION = `
  meet [A-Z][a-z]+\\b
  looping (you|in)
  (introduc\\w+|connect\\w*) (you|the two of you|you two|you both)
  putting you (two |both )?in touch
  (wanted|want|happy) to introduce
`;

/**
 * A hiring system's page over an applicant's message (issue 22): its fields ("Applicant: Mthunzi Dlamini",
 * "Requisition: R-20931 …", "Status: Application Submitted") and the label over the message ("Message from
 * applicant:"). The applicant's field names whom the message is from; the portal's "From:" is no person.
 */
export const ATS_APPLICANT_FIELD = String.raw`^(?:applicant|candidate)(?:['’]s)?(?: (?:full )?name)?\s*:\s*(\S.{1,60})$`;
/** The fields that name the job ("Requisition: R-20931 Clinical Research Coordinator II"): kept, as a subject is. */
export const ATS_JOB_FIELD = String.raw`^(?:requisition|req(?:uisition)? (?:id|no\.?|#)|job(?: title| posting)?|position|role|posting)\s*:\s*\S.{0,150}$`;
export const ATS_FIELDS = String.raw`^(?:status|stage|job id|applied(?: on)?|submitted(?: on)?|source)\s*:\s*\S.{0,150}$`;
export const ATS_MESSAGE_LABEL = String.raw`^(?:(?:message|note|cover (?:letter|note)) from (?:the )?(?:applicant|candidate)|(?:applicant|candidate)(?:['’]s)? (?:message|note))\s*:?$`;

/**
 * LinkedIn's messaging and InMail screen text, each a whole line of a copied page, in any order
 * (issue 22). `NAME` stands for a person's name (one to four words, any script).
 */
export const LINKEDIN_SCREEN = `
  view (full )?profile
  view NAME's profile
  sent from linkedin
  (linkedin )?inmail(\\s?[·•]\\s?[\\p{L}\\d ,]{1,20})?
  not interested
  not now
  view (the |full )?(message|conversation|request|job)
  (unsubscribe|help)(\\s?[·•|]\\s?(unsubscribe|help))*
  sponsored
  seen by .{1,80}
  see more
  see less
  message
  connect
  follow
  reply
  like
  reply\\s?[·•|]\\s?like
  like\\s?[·•|]\\s?reply
  press enter to send
  write a message(…|\\.\\.\\.)?
  attach( gif)?( send)?
  (attach\\s+)?(image\\s+)?gif\\s+send
  send
  open (the )?(emoji|gif) (keyboard|picker)
  open send options
  maximize compose field
  active now
  active \\d{1,2}\\s?[mhdw] ago
  # the app's thread: the contact at the top beside the back arrow, the name line over a message
  (‹\\s*|<\\s+)NAME(,\\s?[\\p{Lu}.-]{2,12}){0,4}
  mobile\\s?[·•]\\s?\\d{1,2}\\s?[mhdw] ago
  tap to load (more|earlier) messages
  NAME\\s?[·•]\\s?\\d{1,2}:\\d{2}\\s?(am|pm)?
  (status is )?(online|offline|reachable|away)
  load (more|earlier) messages
  mark as unread
  conversation with NAME
  NAME sent the following messages? at .{1,20}
  NAME (·|•) (1st|2nd|3rd\\+?)
  NAME\\s{1,3}\\d{1,2}:\\d{2}\\s?(am|pm)?
  # another app's label over a message, surname first, where a Teams "Seen by" reads as LinkedIn's: "Horváth, Zsófia  09:47"
  NAME,\\s?NAME\\s{1,3}\\d{1,2}:\\d{2}\\s?(am|pm)?
  \\d{1,2}:\\d{2}\\s?(am|pm)?
  today
  yesterday
  (mon|tues|wednes|thurs|fri|satur|sun)day
  (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{1,2}(, \\d{4})?
  [·•]?\\s?(1st|2nd|3rd\\+?)( degree connection)?
  \\d+(st|nd|rd) degree connection
  (he|she|they)\\/(him|her|them)
  # the same screen copied in the other languages the triage reads
  (profil anzeigen|visualizza profilo|ver perfil|voir le profil)
  (nachricht schreiben|scrivi un messaggio|escreva uma mensagem|escribe un mensaje|écrire un message|rédiger un message)\\s?(…|\\.\\.\\.)?
  (senden|invia|enviar|envoyer|anexar|allega|anhängen|joindre|adjuntar)
  NAME (enviou as seguintes mensagens às|envió los siguientes mensajes a las|a envoyé les messages suivants à|hat folgende nachrichten gesendet um|ha inviato i seguenti messaggi alle) .{1,20}
  NAME (enviou a seguinte mensagem às|envió el siguiente mensaje a las|a envoyé le message suivant à|hat folgende nachricht gesendet:?( um)?|ha inviato il seguente messaggio alle) .{1,20}
  NAME\\s{1,3}[·•]\\s?(\\d{1,2}:\\d{2}|\\d{1,2} \\p{L}{3,9}\\.?)
`;

/** A pronoun at a sentence's start, never a notice's name: "She's applied for …", "Someone would like a referral". */
const PRONOUN = String.raw`(?:She|He|They|It|We|You|I|Someone|Somebody|Anyone|Anybody|Everyone|No one|Nobody)(?:['’]\p{L}+)?\s`;

/**
 * A platform's notice naming who wrote, in its own voice about the reader (a job board, a referral site, a
 * network's invitation): "Ana Lima is interested in: …", "Ana Lima viewed your profile", "New message from
 * Ana Lima". The first capture is the name; names.ts still tests it.
 */
export const NOTICE_SENDER = [
  String.raw`^(?!${PRONOUN})(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) (?:is interested in|has applied (?:to|for)|applied (?:to|for)|viewed your profile|(?:sent|wants to send) you an? (?:message|note|request|referral request)|wants to connect|would like to connect|messaged you)\b`,
  String.raw`^(?:[Yy]ou have )?(?:an? )?[Nn]ew (?:message|note|request|referral request) from (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})$`,
  // A referral portal's notice: "Kofi Mensah has asked you to refer them for the following position:",
  // "Kofi Mensah is asking you to refer him for:", "Kofi Mensah would like you to refer her for:",
  // "Kofi Mensah has asked you for a referral through …", "… for an employee referral".
  String.raw`^(?!${PRONOUN})(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) (?:(?:has|have) (?:asked|invited)|is (?:asking|inviting)|would like) you (?:to (?:refer|recommend|endorse) (?:them|her|him)|for (?:a |an |your )?(?:employee |internal |staff )?(?:referral|recommendation|endorsement))\b`,
  // The portal's label over the candidate's own words, alone on its line: "Her message:", "Message from Kofi:".
  String.raw`^(?:[Hh]er|[Hh]is|[Tt]heir) (?:message|note)(?: to you)?:$`,
  String.raw`^(?:[Mm]essage|[Nn]ote) from (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}):$`,
  String.raw`^(?!${PRONOUN})(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) (?:(?:has|have) requested (?:a|an|your) (?:employee |internal |staff )?referral|requested (?:a|an) (?:employee |internal |staff )?referral from you)\b`,
  // A portal's headline that ends on the ask, or on the job it lists below: "Kofi Mensah wants you to refer him for the following position:".
  String.raw`^(?!${PRONOUN})(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) wants you to (?:refer|recommend) (?:them|her|him)(?: for(?: the following| this)? (?:position|role|job|opening))?:?$`,
  // A network's headline over the request's card, alone on its line: "Ana Lima wants a referral".
  String.raw`^(?!${PRONOUN})(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) (?:wants|would like|requested|asked for|is asking for|is requesting|needs) (?:a |your )?referral(?: from you)?[.!]?$`,
];

/**
 * A job board's applicant card: the applicant's name alone on its line, then the job under it ("Applied to:
 * Digital Marketing Executive · …", "Applying for: …"). The line under the name; notices.ts reads the name over it.
 */
export const APPLIED_UNDER_NAME = String.raw`^(?:[Aa]pplied|[Aa]pplying|[Aa]pplication) (?:to|for)\s*:\s*\S`;

/**
 * A writer naming the firm they speak for as they introduce themselves: "Omar from Fenwick here", "this is
 * Omar Haddad with Fenwick Valves". The first capture is the firm's name.
 */
export const FIRM_SELF_INTRO = String.raw`(?:\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? (?:from|at|with) (\p{Lu}[\p{L}\p{M}&'’-]*(?: \p{Lu}[\p{L}\p{M}&'’-]*){0,3}) here\b|\b(?:[Tt]his is|I['’]m|[Ii]t['’]s) \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? (?:from|at|with) (\p{Lu}[\p{L}\p{M}&'’-]*(?: \p{Lu}[\p{L}\p{M}&'’-]*){0,3}))`;

/**
 * A mail's From name that is a hiring system, a job network or a hiring mailbox, never a person
 * (intake/notices.ts): "Workday", "Greenhouse Recruiting", "Acme Careers", "Talent Acquisition".
 * The systems may stand alone or before mailbox words; the mailbox words may follow a company's name.
 */
export const HIRING_SYSTEMS = `
  workday myworkday greenhouse lever icims smartrecruiters ashby teamtailor taleo successfactors linkedin indeed
  ziprecruiter handshake jobvite workable bamboohr jazzhr recruitee personio breezy breezyhr glassdoor monster
  dice wellfound angellist hired otta jobylon pinpoint comeet bullhorn avature cornerstone eightfold phenom
  beamery paradox rippling adp dayforce ukg paylocity seek totaljobs stepstone xing naukri jobstreet
`;
/** A hiring mailbox's words, after a system's name or a company's ("Northwind Careers"); "Jobs" only after a system's. */
export const HIRING_MAILBOXES = `
  careers?|job alerts?|recruit(?:ing|ment|ers?)(?: team)?|talent(?: acquisition)?(?: team)?
  hiring(?: team)?|hr|human resources|people(?: team| ops| operations)?|(?:employee )?referrals?(?: program(?:me)?| team)?
  notifications?|no-?reply|do not reply|donotreply|mailer|alerts?|applicant tracking|applications?
`;

/** Where LinkedIn names the sender; the first capture is the name. */
export const LINKEDIN_SENDER = [
  String.raw`^(.{2,60}?) sent the following messages? at `,
  String.raw`^(.{2,60}?)\s?[·•]\s?(?:1st|2nd|3rd\+?)$`,
  String.raw`^[Vv]iew (.{2,60}?)['’]s profile$`,
  String.raw`^[Cc]onversation with (.{2,60})$`,
  // The name line over a message, with its time or date: "Rahul Chauhan  11:20 AM", "Carmelo Russo  · 1 mar".
  String.raw`^(.{2,60}?)\s{2,}(?:[·•]\s?)?(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2} \p{L}{3,9}\.?)$`,
  // The app's thread: "‹  Simone Achebe" at the top, "Simone Achebe • 2:07 PM" over a message.
  // The arrow may lead back to the list ("< Messaging"), which names no one.
  String.raw`^(?:‹\s*|<\s+)(?![Mm]essag|MESSAG|[Ii]nbox|[Bb]ack$|[Cc]hats$)(.{2,60})$`,
  String.raw`^(.{2,60}?)\s?[·•]\s?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$`,
  String.raw`^(.{2,60}?) (?:enviou as seguintes mensagens às|envió los siguientes mensajes a las|enviou a seguinte mensagem às|envió el siguiente mensaje a las) `,
  String.raw`^(.{2,60}?) (?:a envoyé (?:le message suivant|les messages suivants) à|ha inviato (?:il seguente messaggio|i seguenti messaggi) alle|hat folgende Nachrichte?n? gesendet:?) `,
];

/** A chat transcript's noise lines: WhatsApp, Signal, Teams, SMS and iMessage. */
export const CHAT_NOISE = `
  <media omitted>
  <attached: .{1,120}>
  (image|video|audio|sticker|gif|document) omitted
  this message was deleted
  you deleted this message
  forwarded
  forwarded many times
  messages and calls are end-to-end encrypted.{0,200}
  disappearing messages:? (on|off)
  (you|[\\p{L}' -]{1,40}?) set (the )?disappearing message time(r)? to .{1,30}
  disappearing message time(r)? set to .{1,30}
  (text message|imessage|sms)
  (✓✓?\\s?)?(delivered|read|seen)( by [\\p{L}' -]{1,40}?)?(( at)? \\d{1,2}:\\d{2}\\s?(am|pm)?)?
  edited
  (\\d+ )?(like|likes|heart|reaction)s?
  missed (voice|video) call
  today \\d{1,2}:\\d{2}\\s?(am|pm)?
  (yesterday|today)( at)? \\d{1,2}:\\d{2}\\s?(am|pm)?
`;

/** Lines only Facebook's Messenger prints: a paste with one is Messenger's, whatever else it shares with LinkedIn ("Seen by"). */
export const MESSENGER_OWN = `
  you're friends on facebook
  you are friends on facebook
  you can now message and call each other.{0,160}
`;

/**
 * Facebook Messenger's screen around a thread, read only inside a chat transcript: the contact's status
 * and profile lines at the top, what a contact sent that is no text, the compose box's "Aa".
 */
export const MESSENGER_SCREEN = `${MESSENGER_OWN}
  active (now|\\d{1,2}\\s?(m|h|d|w|min|mins|hr|hrs) ago)
  (lives in|works at|studied at) [^.!?]{2,60}
  [\\p{L} .'-]{2,40} sent (a|an) (sticker|photo|gif|attachment|voice message|video|link)\\.?
  [\\p{L} .'-]{2,40} reacted .{1,12} to (your|a) message
  aa
  messenger
`;

/** A closing word or phrase: what ends a note before its name, never the name itself. */
export const CLOSINGS = `
  best
  best wishes
  all the best
  best regards
  kind regards
  warm regards
  warmest regards
  regards
  thanks & regards
  thanks and regards
  thanks & best regards
  warmly
  warm wishes
  cheers
  cheers mate
  thanks
  thank you
  many thanks
  thanks so much
  thank you so much
  thanks again
  thanks in advance
  with thanks
  with gratitude
  with appreciation
  gratefully
  gratefully yours
  respectfully
  respectfully yours
  sincerely
  sincerely yours
  yours sincerely
  yours truly
  yours faithfully
  yours
  take care
  talk soon
  speak soon
  appreciate it
  with love
  love
  thx
  xo
  xx
  v/r
  vr
  very respectfully
  kindest regards
  with kind regards
  with best regards
  best wishes
  all best
  my best
  rgds
`;

/**
 * Pronouns and function words, capitalised where they open a sentence ("She is applying", "Given Deltran's
 * open role"): never a word of a person's name (decision/names.ts). Not screen words: a chat's "You" speaker
 * line stays the app's.
 */
export const FUNCTION_WORDS = `
  he him she hers it its they them we us you me mine ours theirs myself himself herself themselves yourself
  this that these those who whom whose which what there here if but because although though since while
  also however whether please not given with without from into onto upon about after before during despite
  regarding considering following unlike within across through toward towards against beyond between among
`;

/**
 * Words that are never a person's name: post-nominals and degrees, titles, screen and mail words.
 * One word a line, lower case.
 */
export const NOT_NAME_WORDS = `
  rn bsn msn cpen ccrn cen np aprn fnp dnp lpn cna crna pa-c md dds dmd dvm cvt rvt lvt pharmd
  phd mba ms msc mph mpa med edd jd llm bsc ba bs beng meng ceng pe eit aia leed cpa cfa cma cia cisa cissp
  pmp csm cspo shrm-cp shrm-scp phr sphr ccp otr ot pt dpt slp ccc-slp lcsw lmft lpc bcba rd cpt
  cds acca aca fca frcs mrcs mbbs frcp esq jr sr ii iii iv
  dr mr mrs ms mx prof sir madam aunt auntie uncle grandma grandpa granny nana mom mum dad
  hi hello hey dear thanks thank best cheers regards sincerely warmly respectfully gratefully yours
  sent from linkedin email phone mobile mob tel fax cell office direct web pronouns
  attach gif send write message view profile reply like seen inmail sponsored connect follow
  the a an and or to of for in on at my your our his her their
  iphone android outlook gmail whatsapp teams imessage
  candidate applicant name first last full company role position team manager recruiter referral anonymous
  today yesterday monday tuesday wednesday thursday friday saturday sunday now delivered read edited
  engineer engineering director associate analyst developer designer nurse teacher supervisor specialist
  coordinator consultant officer executive senior junior principal assistant technician accountant paralegal
  attorney president vp ceo cto cfo coo intern programmer scientist researcher administrator representative
  advisor dispatcher mechanic electrician project program product operations sales marketing department
  inc llc llp ltd corp university school hospital academy institute college bootcamp foundation partners agency
  association society council clinic
  company co corporation group holdings solutions systems industries enterprises supply supplies business brand store shop
  foreman forewoman superintendent journeyman journeywoman apprentice
  counsel solicitor lawyer services careers career recruiting talent admissions partnerships
  message messages messaging text sms
  everyone someone anyone nobody somebody everybody anybody
  i'm i’m i've i’ve i'd i’d i'll i’ll im ive
  she's she’s he's he’s she'd she’d he'd he’d they're they’re they've they’ve
  skills experience education summary objective certifications qualifications languages projects references
  interests achievements awards publications volunteering highlights overview background details notes
  senden enviar envoyer invia inviar envia absenden nachricht mensagem messaggio scrivi escribir écrire schreiben
  avocat avocate abogado abogada advogado advogada avvocato avvocata rechtsanwalt rechtsanwältin
  gmbh ag sa sarl srl spa ltda sl kg
  sre swe sde sdet pm tpm pmm qa ux ui hr ops devops bdr sdr ae csm
  resume résumé cv portfolio attached attachment
  official unofficial protected unclassified confidential sensitive restricted classification
  desk staffing recruiting recruitment careers placements helpdesk mailbox noreply inbox
  network networks unsubscribe privacy preferences settings
  chef sous
  date subject cc bcc
`;

/** Headings that start a résumé or CV pasted under a note. */
export const RESUME_HEADING = String.raw`^(?:(?:work |professional |relevant )?experience|employment(?: history)?|education(?: (?:and|&) (?:training|certifications?))?|(?:technical |core )?skills|(?:professional )?summary|profile|certifications?(?: (?:and|&) licenses?)?|licenses?(?: (?:and|&) certifications?)?|clinical experience|publications|projects|awards|references|résumé|resume|curriculum vitae|cv)\s*:?$`;

/**
 * A mail system's tag and banner, set on the message by the referrer's own mail server: clutter, never
 * the writer's words ("[EXTERNAL EMAIL] This message originated outside of …", "CAUTION: This email
 * originated from outside the organization.", Outlook's "You don't often get email from …"). The tag is dropped where it stands, the banner's line whole.
 */
export const MAIL_SYSTEM_TAG = String.raw`\[(?:EXTERNAL|EXT|CAUTION|WARNING)(?:[ _-](?:EMAIL|E-MAIL|MAIL|SENDER|MESSAGE))?\]:?`;
/**
 * A security or sensitivity marking a mail system prints alone on a line above and below the message
 * ("OFFICIAL", "OFFICIAL: Sensitive", "UNCLASSIFIED", "Classification: Internal"): in capitals, or after its field's name.
 */
export const PROTECTIVE_MARKING = String.raw`^(?:\[SEC=[A-Z:-]{3,30}\]|(?:UN)?OFFICIAL(?::? ?(?:Sensitive|SENSITIVE))?|PROTECTED|UNCLASSIFIED|CONFIDENTIAL|RESTRICTED|(?:[Cc]lassification|[Ss]ensitivity|CLASSIFICATION|SENSITIVITY)\s?:\s?(?:[Pp]ublic|[Gg]eneral|[Ii]nternal|[Cc]onfidential|[Rr]estricted|[Oo]fficial|PUBLIC|GENERAL|INTERNAL|CONFIDENTIAL|RESTRICTED|OFFICIAL)(?: [\p{L} -]{1,30})?)$`;
/**
 * A mail system's or a platform's line in its own voice, dropped with its line: an external-sender warning, or a
 * notice's footer ("You're receiving this because you posted a job on …", "This is an automated message").
 */
export const MAIL_SYSTEM_BANNER = String.raw`^(?:(?:CAUTION|WARNING|EXTERNAL(?: EMAIL| SENDER| MESSAGE)?|ATTENTION)\s*[:!-]\s*)?(?:(?:you (?:are|['’]re) receiving this|this is an automated (?:message|e-?mail|notification))\b|this (?:e-?mail|message) (?:originated|came|was sent|is)(?: from)? (?:outside|an external)|external (?:e-?mail|sender|message)[.!:]?\s+(?:think|be careful|use caution|exercise caution|do not|don't)\b|(?:do not|don't) click (?:on )?links or open attachments unless|(?:some people who received this message )?(?:you )?(?:don't|do not) often get (?:e-?mail|messages?) from\b|(?:use|exercise|take) caution (?:with|when|before)\b[^.!?]{0,40}\b(?:links?|attachments?)\b|be (?:careful|cautious) (?:with|when|before)\b[^.!?]{0,40}\b(?:links?|attachments?)\b)`;

/**
 * Words an app prints beside a speaker's name on a header line (issue 22), never part of the name: what
 * the person did ("sent", "wrote", "replied"), to whom ("to me"), when ("at", "on"), their role or status
 * in the thread, the app. Read only at a line's ends, around a name (intake/header-line.ts).
 */
export const HEADER_WORDS = `
  sent( (the|a) following messages?)?
  (wrote|replied|says|said|commented|posted|shared|messaged)
  (to|cc) me
  to you
  \\(?edited\\)?
  via [\\p{Lu}][\\p{L}]{1,20}
  (at|on|from)
  \\((organi[sz]er|host|admin|owner|moderator|bot|app|guest|you|me|external|guest user)\\)
  (organi[sz]er|host|admin|moderator|bot|external|guest)
  (online|offline|away|busy|do not disturb|active (just )?now|active|last seen( recently)?|typing(…|\\.\\.\\.)?|is typing)
  (whatsapp|signal|telegram|viber|skype|discord|slack|teams|mattermost|messenger|imessage|sms|rcs|wechat|zoom)
`;

/**
 * Words of an app's interface that make a screen line when a line holds nothing else but stamps, counts
 * and separators (intake/screen-line.ts): buttons, statuses, receipts, counts' nouns. One word a line's
 * token, lower case; never a closing word (a line "Love," must stay the sign-off it is).
 */
export const SCREEN_WORDS = `
  seen delivered read sent sending failed typing online offline away active now ago last
  reply replies replied react reacted reaction reactions like likes liked share shared forward forwarded
  copy delete deleted edit edited pin pinned unpin star starred mute muted unmute block report add contacts
  send message messages new start write type attach photo photos video videos voice call calls audio file files
  gif sticker emoji link links view profile info details more less load earlier older newer show see all
  joined followers follower following members member guests guest attendees attendee going yes no maybe
  awaiting accepted declined tentative invited organizer organiser rsvp unread search back chat chats inbox
  tap click here open join meeting archive aa just applied apply posted viewed attachment attachments direct
  ignore accept decline invitation invitations manage mutual connection connections withdraw
  a an the of to
  date from cc bcc
`;

/**
 * The words an app's buttons start with (issue 22), in a row of them under a notice: "Refer  ·  Decline  ·
 * Ask for more info", "[ Refer Ana ]   [ Not now ]", "Accept | Ignore". Screen text (intake/screen-line.ts).
 */
export const BUTTON_WORDS = `
  refer decline accept ignore ask reply respond not maybe later skip dismiss archive block report view open
  message save remove delete hide forward share approve reject endorse recommend pass withdraw schedule
  unsubscribe mark snooze connect follow cancel close yes no
`;

/**
 * What a social profile counts beside its display name (issue 22): "12.4k followers", "96 posts", "1.2M
 * subscribers". One noun a line's token, lower case; the number before it is read in intake/profile-line.ts.
 */
export const PROFILE_COUNT_NOUNS = `
  followers follower following posts post subscribers subscriber fans likes friends connections members
`;

/** What a profile's line says it is when it is no person's (issue 22): "Brightsmile · Business", "Lumen | Official store". */
export const PROFILE_ACCOUNT_KINDS = `
  business shop store brand company official page organization organisation nonprofit agency studio
`;

/**
 * The name of an app's list of threads, printed under the app's own name at the top of a screen
 * ("Blind" / "Chats", "Handshake" / "Messages"): the line above it is the app, not a contact.
 */
export const APP_SECTIONS = String.raw`^(?:messages|messaging|chats|inbox|conversations|direct messages|dms)$`;

/**
 * A presence or status a chat app prints alone under a contact's name (Teams, Slack, Skype, Zoom…):
 * "Available", "Do not disturb", "In a meeting". Screen text, never a name (intake/screen-line.ts).
 */
export const PRESENCE_STATUSES = `
  available|busy|away|idle|offline|online|invisible|appear (away|offline)|do not disturb|dnd
  be right back|brb|in a (meeting|call|conference call|teams meeting)|on a call|on the phone|presenting
  out of (the )?office|ooo|focusing|in focus( time)?|off work|on (leave|holiday|vacation|break|lunch)
  status unknown
`;

/** A chat app's mark over a message its sender passed on, with the sender's name first: "Kasia forwarded a message". */
export const FORWARD_MARKS = `
  forwarded (?:a|this|the) (?:message|post|text)
  shared (?:a|this) (?:message|post)
`;
