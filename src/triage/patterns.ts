/**
 * The phrasings behind each signal, as phrase lists (see phrases.ts): one phrase per line, so a
 * phrasing fix is a one-line diff. Every pattern is bounded (no nested quantifiers, no unbounded
 * wildcards) and runs on one sentence at a time, so the whole triage stays linear in the note's length.
 */
import { alternation, phraseLines, phraseMatcher, wordAlternation } from './phrases.js';

// The ask

export const REFERRAL_ASK = phraseMatcher(`
  refer(ring)? (me|him|her|them)\\b
  # "referral program" or "referral bonus" is not an ask
  referrals?(?! (program|bonus|link|code|loop|traffic))
  put (in )?a (good )?word
  put my name (forward|in)
  pass (along |on )?my (resume|résumé|cv|profile|application)
  forward my (resume|résumé|cv|profile|application)
  submit (me|my (resume|résumé|cv|profile|application))
  recommend(ing)? me\\b
  put(ting)? me (forward|up for)
  (speak|speaking) up for me
  vouching for me
  (endorse|nominate) me\\b
  vouch for me
  flag my (application|profile|resume)
  introduce me to (the )?hiring
  intro to (the )?hiring manager
`);

export const ADVICE_ASK = phraseMatcher(
  `
  pick your brain
  coffee chat
  (grab|get|buy you) (a )?(virtual )?coffee
  quick (call|chat)
  \\d+[- ]?min(ute)?s? (call|chat|of your time)
  (your|any|some) advice
  advice on
  advice about
  guidance
  mentor(ship|ing)
  mentor me
  (be|become) (my|a) mentor
  (looking for|find|need|want) a mentor
  informational interview
  hop on a call
  learn (more )?about your (experience|path|journey|career)
  tips on
  how you (got|broke) into
`,
  { wholeWord: true },
);

/** "Let me know which roles fit": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = new RegExp(
  phraseLines(`
  \\blet me know (which|what|if any) (roles?|positions?|teams?|openings?)\\b
  \\bwhatever (you think|fits|role)\\b
  \\b(any|whichever) (role|position|team) (you think|that fits)\\b
`).join('|'),
  'i',
);

// The graceful exit

/** An introduction by a third person ("Grace, meet Jasmine", "looping you in"): kept when it arrives as quoted mail. */
export const INTRODUCTION = phraseMatcher(`
  meet [A-Z][a-z]+\\b
  looping (you|in)
  (introduc\\w+|connect\\w*) (you|the two of you|you two|you both)
  putting you (two |both )?in touch
  (wanted|want|happy) to introduce
`);

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = phraseMatcher(`
  as you (suggested|asked|requested)
  as (requested|discussed|promised)
  (here is|here's|heres|attached is|sharing|sending) (my|the) one[- ]?pager
  one[- ]?pager (you asked for|as requested)
  (you asked|asking) (me )?for (a|my|the|more)
  (following|per|further to) your (reply|request|suggestion|note|message)
  (a bit|a little|some) more (about me|detail|details|context)
  thanks for (replying|getting back|your reply)
`);

/** An easy out that only makes sense after an ask ("if you cannot, it is okay"): the ask is implied. */
export const IMPLIED_ASK = phraseMatcher(`
  if (you )?(can't|cannot|can not|are not able|aren't able|couldn't)\\b
  if (it('s| is) )?not (possible|a good time)
  if (you'd )?(rather|prefer) not
`);

export const GRACEFUL_EXIT = phraseMatcher(`
  no worries
  no problem
  no pressure
  zero pressure
  no obligation
  no hard feelings
  no stress
  (totally|completely|fully|absolutely) understand
  (totally|completely|perfectly|absolutely|entirely) (fine|okay|ok)
  all good if (not|you can't|you cannot|you can not|it's a no)
  understand if (not|you|it|this)
  understood if\\b
  if not[,.!]
  if not$
  either way
  feel free to (say no|pass|ignore|decline)
  (fine|okay|ok) if (not|no)\\b
  if (it'?s|this is|that'?s|it is|this isn'?t|it isn'?t) not (a |the right |quite )?(fit|match|possible|something)
  if (it'?s|this is|that'?s) (outside|not something)
  if you('re| are) not comfortable
  if you('d| would) rather not
  if you('d| would)? prefer not
  \\bunderstand (completely|totally|entirely|fully)\\b
  no need to (reply|respond)
  (fine|okay|ok|alright|all right) (for you )?to (say no|decline|pass)
  (don't|do not|never) feel (obligated|obliged|pressured|bad)
  (happy|fine|glad|ok|okay) to (take|hear|get) (a |your )?no\\b
  if you (can't|cannot|can not|are unable to|aren't able to|are not able( to)?|don't have time)\\b[^.!?]{0,30}\\b(understand|fine|ok|okay|no problem|no worries)\\b
  if not\\b[^.!?]{0,25}\\b(okay|ok|fine|alright)\\b
  if (you )?(take a (quick )?look and )?(see|find|think there('s| is)) a (real|legitimate|genuine|clear) (match|fit)
`);

// Risks

/** What a referrer is called in praise: "you're an inspiration", "you are the best". */
const PRAISE = wordAlternation(`
  inspiration | inspiring | legend | rock ?star | icon | role model | genius | visionary | amazing
  incredible | brilliant | awesome | the best | the (?:smartest|most (?:talented|brilliant|inspiring|impressive|gifted))
`);

export const FLATTERY = phraseMatcher(`
  (followed|been following|admired?|idoli[sz]e|look up to|fan of) (you|your)\\b
  huge fan
  big fan
  (you('re| are)|you've been) (honestly |literally |truly |really |such |so ){0,2}(an? )?((true|real|huge|big|absolute|total|complete|actual) )?${PRAISE}\\b
  \\b(a|such a) (true |real )?visionary
  your \\w+( \\w+)? (is|are|was|were|has been) (so |truly |really |absolutely |just )?(amazing|incredible|inspiring|brilliant|awesome|outstanding|phenomenal|legendary)
  such an inspiration
  so inspiring
  honou?red to (reach|connect|write|work|be)
  (really|so|truly|deeply) admire
  (amazing|impressive|incredible|inspiring) (career|journey|path|trajectory)
`);

export const PRESSURE = phraseMatcher(`
  last hope
  # leaning on a third party's favour: "I'm sure he'd appreciate it if you referred me"
  (I'm sure|I am sure|I know|surely) (he|she|they)('d| would) (appreciate|be grateful|like|want)\\b[^.!?]{0,20}\\bif you\\b
  (said|says) (he|she|they)('d| would) be (happy|glad|pleased|grateful) if you\\b
  (he|she|they) said you('d| would) (understand|not mind|be fine|be okay|be ok)\\b
  after (everything|all (that )?) I('ve| have)? (did|done)\\b
  (I think|surely) you can do this for me
  (don't|do not) leave me hanging
  I (already )?told (the|your|my) ([\\w-]+ ){1,3}(that )?you('d| would| will| were going to) (vouch|refer|recommend|put)\\b
  so I assume (it's|that's|this is) (fine|ok|okay|alright)
  (my|our) (visa|job|rent|family|future|life|career) depends on (it|this|you|your)\\b
  need (this|the|your) referral (today|tonight|now|asap|right now)\\b
  (told me|said|says) you('d| would| will) (take care of|look after|look out for|hook) me\\b
  since I('m| am) (his|her|their) (nephew|niece|son|daughter|cousin|godson|goddaughter|grandson|granddaughter)\\b
  only hope
  really need (this|a|your|you)
  desperate(ly)?
  begging
  i beg( you)?\\b
  please,? please
  i('ve| have) applied (to|for) (over |more than )?\\d+
  worked (so|incredibly|really|extremely) hard
  still (haven't|have not|hasn't|not) heard
  haven't heard back
  no (reply|response) yet
  why (haven't|didn't) you
  asap
  urgent(ly)?
  right away
  by (tomorrow|today|tonight|end of (day|week)|eod|eow)\\b
  # a weekday deadline on the referral itself ("submit the referral by Friday"), not on an order
  (refer|referral|submit|send|reply|respond|answer|hear)\\w*\\b[^.!?]{0,40}\\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b
  i need you to (submit|refer|send|put|sign|do)\\b
  you owe
  you need to (hire|refer|help|interview) me
  (refer|submit|hire|interview) me\\b[^.!?]{0,30}\\b(today|tonight|now|asap)\\b
  means? the world
  counting on you
  don't let me down
  (don't|do not) make me look bad
  need (an answer|to hear back)
  # polite pressure: others already told, what the referrer would gain, a third party's favour
  (told|mentioned to|let|informed) (the |my |your )?([\\w-]+ ){0,2}(hiring manager|recruiter|recruiting|hr|team|manager|director|supervisor|boss|them)( person| people| rep| team| department)? (know )?(that )?you('d| would|'ll| will| are| were|'re)
  you('d| would|'ll| will) (also )?(get|earn|receive|pocket) (the |a )?(nice |referral |employee |\\$?[\\d,]+k? )*bonus
  referral bonus (for you|too|as well)
  you (get|earn|receive|make) (a |an |the )?(\\$?[\\d,]+k? )?(referral )?bonus
  free money
  referrers? (get|gets|earn|earns|receive|receives|make|makes)\\b
  (a )?win[- ]win
  (a )?win for (both of us|us both|you too|you as well)
  let me know (once|when) (you('ve| have)|it's|it is|it has been|it's been) (submitted|sent|done|put|in)\\b
  works out for (both of us|us both|everyone)
  (said|told me|promised) you('d| would) (definitely |surely |certainly |happily |gladly )?(be (happy|glad|more than happy) to )?(do|help|refer|put in|get me)
  (told|let|promised) (him|her|them) (know )?(that )?you('ll| will|'d| would|'re| are) (take care of|handle|do|sort)
  (listed|named|put (down )?) you as (my )?(referr(al|er)|reference)
  (put|listed|wrote|entered) (down )?your name (down )?(as|for) (my )?(referr(al|er)|reference)
  (pays?|gives?|offers?) (a |an )?(\\$?[\\d,]+k? )?referral bonus
  money in your pocket
  helps (us both|both of us)
  please respond
  reply soon
  running out of (time|money|options)
  i will keep (messaging|following)
  # guilt about family
  (family|kids|children|parents|wife|husband|partner) (is |are )?(depending|counting|relying) on me
  let (them|my family|my kids|my parents|everyone) down
`);

const CONTACTED = "(messaged|wrote|written|reached out|pinged|emailed|dm'?d|dmed|contacted|texted|sent)";

export const FOLLOW_UP = phraseMatcher(`
  bump(ing)?\\b
  # following up on their own ask, not on someone's intro or the one-pager they were asked for
  follow(ing)?[- ]up(?! (on|with|about|after|from) (?!(my|this|the|our) (note|message|email|request|referral|dm|ask)\\b))
  circling back
  checking in again
  resending
  in case (it|this|my (note|message|email)) got (buried|lost)
  ${CONTACTED} (to )?you\\b
  my (last|earlier|previous)( (two|three|four|few|couple of|\\d{1,2}))? (messages?|notes?|emails?|dms?)
  (second|third|fourth|fifth) (message|note|attempt|email|time)\\b
  another (message|note|attempt|email)
  (following|checking|writing) (up )?again\\b
  my (\\w+ )?(messages|notes|emails|dms) from
`);

/** "I messaged you twice": the contact, with up to three words after it where a count may stand. */
export const CONTACT_VERB = new RegExp(`\\b(?:${CONTACTED.slice(1, -1)})(?: to)? you\\b((?: \\w+){0,3})`, 'gi');

export const QUANTIFIER =
  /\b(once|twice|two times|three times|thrice|four times|five times|(\d{1,2}) times|a few times|several times|multiple times|a couple (?:of )?times|(?:last|previous|earlier) (?:two|three|four|few|couple of|\d{1,2}) (?:messages|notes|emails|dms))\b/gi;

/** A bump that says it is not the first: "following up again", "my messages from last week". */
export const REPEATED_BUMP =
  /\b(?:(?:following|checking|writing) (?:up |in )?again|my (?:\w+ )?(?:messages|notes|emails|dms) from|my (?:two|three|four|several|few) (?:earlier |previous |last )?(?:messages|notes|emails|dms))\b/i;

export const ORDINAL_MESSAGE = /\b(second|third|fourth|fifth) (?:message|note|attempt|email|time)\b/i;

/**
 * Template text left in: "[Name]", "{{first_name}}", "<company>", "%ROLE%", "INSERT NAME", "XXX".
 * Each pattern comes with text it cannot match without, so a note without it skips the pattern.
 */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    '[',
    /\[(?:your |first |last |full |company |candidate'?s? |recipient'?s? |hiring |referrer'?s? )?(?:name|first[ _]?name|last[ _]?name|company(?: name)?|role|position|title|team|recipient|job title|date|link|manager|contact|referrer)\](?!\()/i,
  ],
  ['[', /\[(?:insert|add|fill in|enter)\b[^\]\n]{0,40}\]/i],
  ['[', /\[[A-Z][A-Z_ ]{2,30}\](?!\()/],
  ['{', /\{\{?\s*[a-z][a-z_. ]{0,30}\s*\}?\}/i],
  [
    '<',
    /<(?:name|first ?name|last ?name|company|company name|your name|role|title|recipient|position|insert[^<>\n]{0,30})>/i,
  ],
  ['%', /%[A-Z_]{2,30}%/],
  ['INSERT ', /\bINSERT (?:NAME|COMPANY|ROLE|TITLE)\b/],
  ['XXX', /\bX{3,}\b/],
  [
    '(',
    /\((?:your |company |candidate'?s? |hiring )?(?:name|company(?: name)?|role|position|title|job title|manager|recipient)\)/i,
  ],
  [
    'XYZ',
    /\b(?:the |at |with |for )?XYZ (?:[Cc]ompany|[Cc]orp|[Ii]nc|[Pp]osition|[Rr]ole|[Tt]eam|[Dd]epartment)\b|\bat XYZ\b/,
  ],
  ['ABC', /\b(?:the |at |with |for )ABC (?:[Cc]ompany|[Cc]orp|[Ii]nc|[Pp]osition|[Rr]ole|[Tt]eam)\b|\bat ABC\b/],
  [' company', /\b(?:at|with|join) X company\b/i],
  ['[', /\[(?:specific|relevant|your|a) [a-z ]{2,30}\]/i],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a recruiter, a placement fee, a relative. */
export const ON_BEHALF = phraseMatcher(`
  (get|find|give) (him|her|them) a job
  my (\\w+ )?(daughter|son|nephew|niece|brother|sister|cousin|grandson|granddaughter|roommate|friend|partner|husband|wife|boyfriend|girlfriend|neighbou?r|mentee) (just |recently )?(finished|graduated|is looking|would love|needs|wants)
  (could|can|would|will) you (please )?(refer|recommend|submit|put in a word for) (him|her)\\b
  (too shy|afraid|nervous) to ask (you )?(himself|herself|themselves)
  (candidate|client) \\(?name withheld
  (placement|agency|recruiting|finder'?s) fees? (applies|apply)
  on behalf of (my|our|a) (client|candidate)s?
  (writing|asking|reaching out) on behalf of (my|our|a) (\\w+ ){0,2}(daughter|son|friend|brother|sister|wife|husband|partner|cousin|nephew|niece|colleague|mentee|student)s?\\b
  (my|our) (client|candidate) (is|has|would|was)
  a candidate (of mine|i represent|i'm representing|i am representing)
  i represent (a|an) (candidate|engineer|designer|developer|product manager)
  (placement|finder'?s|agency) fee
  fee agreement
  placement agreement
  (I run|I own|I'm with|I am with|we're|we are) an? ([\\w-]+ ){0,2}(staffing|recruiting|placement|talent) (agency|firm|company)\\b
  i represent (several|a number of|many|some|top|experienced|qualified)
  refer (my|our) (candidate|client)s?
  (once|after|when|if) we (agree|settle) on (terms|a fee|fees)
  through (\\w+ ){1,3}staffing\\b
`);

/** Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction. */
export const NOT_A_REFERRAL = phraseMatcher(`
  (be|serve as|act as) (a|my|one of my) (professional )?references?\\b
  (a|your) reference for me
  who (handles|owns|runs|buys|manages|is in charge of) (the )?(procurement|purchasing|buying|vendor|payroll|tax|billing|partnerships)
  (refer|introduce) me to (your|the) (buyer|procurement|purchasing|decision[- ]maker)s?
  (quick |short |\\d+[- ]minute )?demo (call )?(would|to) show
  (business|partnership|investment) (introduction|intro|opportunity)
  who (handles|owns|runs|buys|manages|is in charge of|decides on) (\\w+ ){0,3}(procurement|purchasing|buying|vendors?|payroll|tax|billing|partnerships|software|tools|loans|mortgages|accounts|insurance)\\b
  (an )?introduction to the right person
  we('re| are) an? (\\w+ ){0,3}(supplier|vendor|distributor|manufacturer|reseller)\\b
  (happy|glad|love) to (send|share|give|run) (you )?(a |an )?(short |quick )?demo
  (asked|asks|asking) (me )?for (\\w+ ){0,2}references\\b
  (love|get|want|need) (some )?(press |media |news )?coverage
  (good )?word with the (admissions?|loan|claims?|scholarship|selection) (committee|office|team|department)
  my (claim|order|account|refund|case|policy|application|loan|mortgage|appointment|scan|surgery) (has been|is|was|got) (stuck|delayed|pending|denied|on hold|cancelled|canceled)
  # giving money, not asking for work
  (make|making|give|giving) (a|our|my) (\\w+ )?(gift|donation)\\b
  (would like|want|wants|plan|planning|hoping) to (donate|give a gift)
`);

/**
 * Asks to be sent to someone who does a thing for them: a buyer, a decision maker, a person who can
 * fix, schedule or translate something. Read only in sentences with no talk of a job (see
 * JOB_TALK): "refer me to whoever handles hiring for the PM role" is a job ask.
 */
export const SERVICE_ASK = phraseMatcher(`
  (refer|introduce|connect) me to (whoever|(the|the right) person (who|that)|someone (who|that)) (owns|handles|buys|runs|manages|decides)
  # whoever does something: "whoever greenlights new series", "refer our agency to whoever manages contracts"
  (refer|introduce|connect) (me|us|our (\\w+ )?(agency|company|firm|business|winery|product|team)) to whoever\\b
  # someone who can do something for them: "someone who can translate my birth certificate", "take a look this week"
  (refer|introduce|connect) me to (someone|somebody|anyone|a [\\w-]+)( [\\w-]+){0,3} (who|that) can( \\w+)? \\w+ (my|our|me|us|him|her|it|this|the|them)\\b
  (refer|introduce|connect) me to (someone|somebody|anyone|whoever)\\b[^.!?]{0,60}\\b(sooner|faster|quicker|today|tonight|this week|right away)\\b
  (refer|introduce|connect) me to (his|her|their|my [\\w-]+'s|our [\\w-]+'s) (care team|doctor|nurse|physician|provider|case manager|social worker)
  (refer|introduce|connect) me to (someone|somebody|anyone)( [\\w-]+){0,3} (who|that) can (take a )?look\\b
  (refer|introduce|connect) me to (whoever|(the|a|your) (\\w+ ){0,2}(who|that)|(someone|somebody|anyone)( [\\w-]+){0,3} (who|that)) ((\\w+ ){0,3})?(owns|handles|buys|runs|manages|decides|covers|can( \\w+)? (help|speed|fix|look|escalate|resolve|approve|sort|answer|explain|process|see|treat|evaluate|schedule|push))
  (refer|introduce|connect) me to [^.!?]{0,40}\\bfor (a|an) (quote|estimate|consultation|price|discount|appointment)\\b
  # "refer her to one of your audiologists who can see her"
  (refer|introduce|connect|send) (me|us|her|him|them|my [\\w-]+) to (one of yours|(one of your|a|an|your)( [\\w-]+){1,6}) (who|that|who's) (can|could|would|will|won't|takes|accepts|is taking|are taking|does|do|doesn't|offers|sees|treats|has|have|is|are|free|available|works?|specializ\\w+|deals?|handles?|knows?)\\b
  # "refer me to someone who can set up a payment plan"
  (refer|introduce|connect|send) (me|us|her|him|them|my [\\w-]+) to (someone|somebody|anyone|whoever)( [\\w-]+){0,3} (who|that) (can|could|will|would)\\b
  (refer|introduce|connect|send) (me|us|her|him|them) to your ([\\w-]+ ){1,3}so (I|we|he|she|they) can (get|see|book|have|start|schedule)\\b
  (refer|introduce|connect|send) (me|us|her|him|them) to the( [\\w-]+){1,3} (who|that) (covered|handled|did|worked|took|reported|treated|saw|was)\\b
`);

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK =
  /\b(?:hiring|hires?|interviews?|interviewing|r[ée]sum[ée]s?|cvs?|roles?|positions?|openings?(?! (?:night|day|weekend|ceremony|on (?:mon|tue|wed|thu|fri|sat|sun)\w*|on weekends|in the (?:morning|evening|afternoon)s?))|(?<!\bside )jobs?|recruit\w*)\b/i;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST =
  /(?:^|\s)@(?:here|channel|everyone)\b|\b(?:hey|hi|hello) (?:everyone|all|folks|y'all)\b|\b(?:reaching out|writing|sending this|sent this|reached out) to (?:a few|several|many|a lot of|lots of|a bunch of|a handful of|dozens of|everyone|as many)\b|\b(?:messaging|emailing|contacting|dm'?ing|pinging|texting|writing to|asking) (?:everyone|everybody|anyone|anybody|every person) (?:I can|I could|I know|I've found|at|in|who|on|here)\b/i;

// Why me

/** What the referrer made or did that a candidate can point to: "your talk on…", "your team's work on…". */
const REFERRER_WORK = wordAlternation(`
  work | background | experience | team | role | talk | post | article | writing | write-?up | rfc
  blog | doc | design doc | video | book | launch | project | research | panel | podcast | newsletter
  thread | session | keynote | paper | move | transition | time | jump | path | webinar | workshop
  lecture | class | course | training | presentation | seminar | issue | episode | guide | playbook | report
  interview | column | workshop
`);
const REFERRER_WORK_NAMED = wordAlternation(`
  work | talk | post | article | launch | project | team | panel | podcast | paper | keynote | session
  background
`);
const REFERRER_DID = wordAlternation(`
  led | lead | own | owned | run | ran | built | build | launched | shipped | manage | managed
  work on | worked on | wrote | published | spoke | presented | gave | made | moved | started
  founded | created | designed | maintain | maintained | scaled | grew | hired | mentor | mentored
  judged | refereed | officiated | emceed | moderated | juried
  walked | showed | toured
  switched | transitioned | posted | shared | hosted | organi[sz]ed | reviewed | taught | interviewed
  helped | answered | replied | invited | introduced | commented | recommended
`);
const SEEN_WORK = wordAlternation(`
  talk | post | article | panel | podcast | work | paper | thread | comment | writing | session | webinar
  workshop | lecture | presentation | seminar | episode | masterclass | class | tasting | clinic
  study club | club | meetup | forum | summit | retreat | camp | training | bootcamp
  keynote | demo | launch | newsletter | interview | write-?up | blog | essay | book | video | course
  repo | library | project | review
`);

export const WHY_ME_PATTERNS: readonly RegExp[] = [
  // Someone of the referrer's, named, who sent them or vouches: "Your crew lead Marco, who I met on a build, said…"
  /\b[Yy]our (?:(?!(?:on|at|in|from|of|to|for|with|about) )[\w-]+ ){1,3}[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?,? (?:who|told|said|says|suggested|mentioned|recommended|thinks|thought|and I|supervised|precepted|trained|mentored|managed|taught|coached|hired|(?:is|was) my|worked with me|works with me)\b/u,
  // "Daniel, one of your brokers, was my supervisor"; "Keisha, your midday host, and I worked the board"
  /\b[A-Z][\p{L}'-]+, who [\w-]+ (?:your|for you|with you)\b[^,.!?]{0,40}, (?:was|is|and I|told|said|suggested)\b/u,
  /\b[A-Z][\p{L}'-]+, your (?:[\w'’-]+ ){0,3}[\w'’-]+, (?:and I|was|is|told|said|suggested|recommended|gave|used to|has been|had been)\b/u,
  /\b[A-Z][\p{L}'-]+, (?:one of your|a [\w-]+ (?:on|in) your) (?:[\w-]+ ){0,2}?[\w-]+, (?:was|is|told|said|suggested|recommended|gave|and I|and (?:she|he|they)|used to|has been|had been)\b/u,
  // someone of the referrer's the writer worked beside: "I ran a route next to your tech Luis"
  /\b(?:next to|alongside|beside|under) your (?:(?!(?:on|at|in|from|of|to|for|with|about) )[\w-]+ ){1,2}[A-Z][\p{L}'-]+\b/u,
  new RegExp(
    `\\byour (?:[\\w&/'’-]+ ){0,3}?${REFERRER_WORK}s? (?:on|in|at|with|about|around|from|building|leading)\\b`,
    'i',
  ),
  new RegExp(
    `\\byour (?!amazing|incredible|inspiring|brilliant|awesome|great|impressive|own\\b)(?:[\\w&/-]+ ){1,3}${REFERRER_WORK_NAMED}\\b`,
    'i',
  ),
  new RegExp(`\\byou(?:'ve| have| had)? (?:recently |also |once )?${REFERRER_DID}\\b`, 'i'),
  /\byou(?:'re| are) (?:on|in|leading|running|building|hiring|the (?:\w+ ){0,2}(?:lead|pm|manager|owner|designer|engineer))\b/i,
  /\bwe(?:'ve| have)? (?:last |once |previously |briefly )?(?:met|spoke|talked|chatted|worked|overlapped|connected|were both|both)\b/i,
  /\bwe (?:always|often|usually|sometimes) (?:chat|talk|catch up)\b/i,
  /\bour (?:time|years|days) together\b/i,
  new RegExp(
    `\\b(?:found|saw|see|seen|read|heard|watched|came across|listened to|attended|took|completed|joined|sat in on) (?:you|your)\\b(?: [\\w&/'-]+){0,6} ${SEEN_WORK}s?\\b`,
    'i',
  ),
  /\b(?:(?<!\b(?:on|at|in|from|via|through) )[A-Z][a-z]+ (?:suggested|recommended|mentioned|said)|introduced (?:me|us)|mutual (?:friend|connection|contact)s?|(?:friend|colleague|teammate|manager|classmate) of yours|referred me to you|suggested (?:i|that i) (?:reach out|talk to you|contact you|ask you))\b/,
  /** Introductions and shared work: someone sent them to you, or they already work beside your team. */
  phraseMatcher(`
    suggested (I|that I) (write|reach out|contact|talk|ask|get in touch|message|email|speak|apply)
    said you('d| would)? be the (right|best) (person|one)
    is (the reason|why) I('m| am) (asking|writing|reaching out|contacting|messaging)
    (heard|saw|watched) you (speak|present|talk|teach|give|preach|perform|play|sing|lecture)
    we were (on|in|at) the same
    # shared work or play: "we judged the same flight", "we sat on the same panel", "we played in the same league"
    we (judged|sat|served|played|competed|presented|spoke|volunteered|coached|ran|worked|trained|studied|raced|performed|taught|took|attended|rode|sang|marched) ((on|in|at|for|with) )?the same\\b
    # the referrer told the writer something, once: "you told me I should think about selling cars"
    you (once |even |personally )?(told|advised|encouraged|urged|invited) me\\b
    told me (you('re| are)|to (ask|reach out|write|contact|talk))
    (pointed|sent|directed) me (to you|your way|toward you)
    looping you in
    (introduc\\w+|connect\\w*) (the two of )?us
    (worked|covered|picked up|shadowed) (\\w+ ){0,2}(shifts?|sprints?|rotations?) (with|alongside|on|for) your
    (partner|work|collaborat)\\w* (closely )?(with|alongside) your (team|unit|ward|floor|store|squad|group|department)
    you ran the (\\w+ ){0,2}(crit|review|session|workshop|standup|retro|training|onboarding)
    (covered|ran|staffed|worked|picked up) your (\\w+ ){0,2}(clinic|shifts?|unit|ward|floor|store|desk|station|caseload|rotation|route)\\b
    # someone sent them: "told me to get in touch", "suggest me to contact you", "said I should write to you"
    (told|asked|suggested|suggests?|recommended|recommends?|recommend|encouraged|advised|urged) me (to )?(get in touch|reach out|write|contact|talk to you|ask you|message|email|call you|look you up|text you|send you a (note|line|message|email)|drop you a (note|line))
    (said|thought|felt|figured) I should (write|reach out|contact|ask|talk|get in touch|message|email)
    # "said to reach out", "told me to say hi", "said to hit you up": sent by someone, in any register
    (said|told me) to (reach out|get in touch|write|contact|ask|message|email|ping you|hit you up|holler at you|give you a (shout|call|ring)|say (hi|hello)|drop you a (line|note))
    (say|says|said|tell|tells|ask|asked) me to (write|contact|reach out|message|email|ask)
    I (was|worked|have worked|'ve worked|used to work) ([\\w-]+ ){0,3}(on|in|with|for) your ([\\w-]+ )?(team|unit|ward|floor|store|desk|crew|clinic|department|shift|group|class|cohort|session)\\b
    # someone of theirs on the referrer's team: "my cousin was on your hand crew", "your analyst Priya is a friend"
    on your ([\\w-]+ )?(team|crew|shift|staff|unit|desk) and I\\b
    why you\\s?:
    [\\w-]+ (from|on|in) your ([\\w-]+ ){0,2}(team|crew|unit|staff|shop|office|store|department|lab|clinic|kitchen|floor) and I\\b
    (following up on|per|as per) [\\w-]+'s (note|intro|introduction|email|message)\\b
    the [\\w-]+ I (told|mentioned to|wrote to) you about\\b
    I (accompanied|taught|tutored|coached|subbed for|covered for|filled in for) your\\b
    I (subbed|filled in|covered) for (mrs?|ms|dr)\\.? [\\w-]+
    # the referrer in the writer's past: "I was your student", "you precepted me"
    I was (one of )?your ([\\w-]+ ){0,2}(students?|interns?|patients?|mentees?|apprentices?|trainees?|residents?|campers?|clients?|direct reports?|reports?|players?|tutees?)\\b
    you (trained|precepted|supervised|coached|taught|onboarded|mentored|hired|managed) (me|my (class|cohort|group|crew|team|unit|section))\\b
    you were (his|her|their|my [\\w-]+'s) ([\\w-]+ )?(supervisor|manager|boss|mentor|teacher|coach|lead|instructor|preceptor)\\b
    # someone of the writer's who knows the referrer: "a friend of your title examiner Mike", "my uncle Ray did your shop's wiring"
    (a |an )?(friend|neighbou?r|cousin|classmate|roommate|relative) of your ([\\w-]+ ){0,3}[A-Z][\\w'-]+
    my (uncle|aunt|father|mother|dad|mom|brother|sister|cousin|wife|husband|neighbou?r|friend|grandfather|grandmother) [A-Z][\\w'-]+ (did|does|built|worked on|works on|worked for|works for|worked with|works with|installed|fixed|repaired|serviced|wired|painted|cleaned) your\\b
    my (uncle|aunt|father|mother|dad|mom|brother|sister|cousin|wife|husband|neighbou?r|friend|grandfather|grandmother)( [A-Z][\\w'-]+)? [a-z]+ed (with|for|under|alongside|beside) you\\b
    # "my dad and you apprenticed together", "you and my uncle worked the same line"
    (my [\\w-]+|I) and you ([\\w-]+ ){0,2}(worked|apprenticed|trained|served|studied|played|rode|grew up|went|roofed|fished)\\b
    you and (my [\\w-]+|I) ([\\w-]+ ){0,2}(worked|apprenticed|trained|served|studied|played|rode|grew up|went)\\b
    we (sat|stood|worked|trained|roomed|bunked|lived) (right )?(next to|beside|across from) each other\\b
    # someone of the writer's on the referrer's team: "my brother-in-law Sam fits pipe on your crew"
    my (uncle|aunt|father|mother|dad|mom|brother|sister|cousin|wife|husband|neighbou?r|friend|brother-in-law|sister-in-law|son|daughter|nephew|niece)( [A-Z][\\w'-]+)? [a-z]+s ([\\w-]+ ){0,2}(on|in|at|for) your (team|crew|line|staff|unit|shop|floor|store|desk|kitchen|ward)\\b
    # a contact who points to the referrer or vouches for them
    your name came up\\b(?! (in (a|my) (search|google)|when I (searched|googled|looked)))
    put me (onto|on to|in touch with) you\\b
    speaks? (very |so |really )?highly of you\\b
    (fellow|both) ([\\w-]+ ){0,2}(alum|alums|alumn\\w*|grads|graduates)\\b
    (alum|alumni|alumnae) (network|directory|database|group|association|list)\\b
    (we both|both of us) (went to|studied at|graduated from)\\b
    I (shadowed|visited|toured|observed|rotated through) your ([\\w-]+ )?(team|unit|crew|clinic|shop|lab|kitchen|plant|site|floor|office|store|class|department)\\b
    your ([\\w'-]+ ){1,3}and I (worked|trained|studied|served|apprenticed|came up|were|went|played|met|sat|overlapped)\\b
    I (review|audit|support|train|cover|supervise|check|schedule|build|make|fabricate|prepare|prep|process|work (closely )?with|partner with)\\w*\\b[^.!?]{0,40}\\byour ([\\w-]+ )?(team|teams|staff|crew|unit|people|department|[\\w-]+(ers|ors|ists|ians|ants|techs))('s|s'|')?
    (floors?|doors?|desks?|halls?) (down|up|over|away) from your\\b
    (in|on) the [\\w&/-]+( [\\w&/-]+)? (lab|unit|team|department|office|floor|clinic|shop|ward) here\\b
    I (did|completed|spent|had) (my |a |an )?([\\w-]+ ){0,2}(rotation|residency|internship|externship|practicum|clinicals|placement|apprenticeship|fellowship)s? (at|in|on|with) your\\b
    who [\\w-]+s (for|with|under) you\\b
    we (?!(can|could|should|would|will|might|may|must)\\b)[a-z]+ together (at|on|in|for)\\b
    down the hall from your\\b
    # a customer or patient of theirs is no tie: "I was a customer at your store"
    (is|was|works|worked|has worked) (?!(a|an|one) (customer|client|patient|guest|shopper|regular|member|visitor|buyer)s?\\b)([\\w-]+ ){0,2}(on|in|with|at) your ([\\w-]+ ){0,2}(team|crew|unit|ward|floor|store|shop|salon|desk|clinic|department|shift|room|cellar|kitchen|staff|branch|site|station|office|plant|warehouse|lab)\\b
    your ([\\w.-]+ ){1,4}(is|was) (a |an |my )?(old |good |close |former )?(friend|classmate|neighbou?r|cousin|roommate|teammate|brother-in-law|sister-in-law|colleague)\\b
    thanks (to [\\w-]+ )?for the (intro|introduction|connection)\\b
    (gave|give|gives|passed|sent|forwarded) me your (name|contact|number|email|details|info)\\b
    said you('re| are|'d be| would be| were) (the|a|great|good|so|straight|honest|kind|helpful)\\b
    said you (might|could|would|'d) (be able to )?help\\b
    knows? you from
    (worked|sat|trained|studied|served|volunteered) (together )?(with|next to|beside|alongside|under) you\\b
    you were (my|our) ([\\w-]+'?s? ){0,3}(mentor|manager|instructor|professor|teacher|lead|supervisor|boss|coach|preceptor)
    I (met|saw|heard) you (at|during|in|on)\\b
    # a shared past: "we did that banquet practical together"
    we (did|took|ran|built|studied|shared|went through|survived|worked|sat|trained|served|dealt|flew|played)\\b[^.!?]{0,40}\\btogether\\b
    we('re| are) both (in|on|part of|members of|from)\\b
    we (played|competed|raced|coached|worked) (against|with|alongside) each other\\b
  `),
  // Last, so the writer's own words are quoted first. A mutual contact named as the writer's tie: "Dale's old crew partner from Bowman"
  /\b[A-Z][a-z]+'s (?:old |former )?(?:[\w-]+ )?(?:partner|colleague|coworker|co-worker|teammate|classmate|roommate|friend|mentee|apprentice|preceptee|student|intern)\b/,
  // the same in a note written in capitals: "GRACE'S OLD PRECEPTEE HERE"
  /\b[A-Z]+'S (?:OLD |FORMER )?(?:[A-Z-]+ )?(?:PARTNER|COLLEAGUE|COWORKER|CO-WORKER|TEAMMATE|CLASSMATE|ROOMMATE|FRIEND|MENTEE|APPRENTICE|PRECEPTEE|STUDENT|INTERN)\b/,
  // an introduction quoted in the paste: "Denise, meet Shayla"
  /\b[A-Z][a-z]+, meet [A-Z][a-z]+\b/,
];

// What makes them relevant

export const PROOF_IMPACT_VERB = phraseMatcher(
  `
  cut
  cutting
  reduc\\w*
  increas\\w*
  rais\\w*
  lift\\w*
  gr[eo]w\\w*
  improv\\w*
  doubl\\w*
  tripl\\w*
  sav\\w*
  boost\\w*
  drove
  driv\\w*
  launch\\w*
  ship\\w*
  led
  lead\\w*
  built
  build\\w*
  scal\\w*
  decreas\\w*
  lower\\w*
  generat\\w*
  deliver\\w*
  moved
  opened
  drew
  found
  recover\\w*
  attract\\w*
  receiv\\w*
  won
  beat
  halv\\w*
  shrank
  shrunk
  dropped
  brought
  accelerat\\w*
  expand\\w*
  maintain\\w*
  adopt\\w*
  used by
  serv\\w*
  own\\w*
  hit
  exceed\\w*
  rewr[io]te\\w*
  went (from|up|down)
  rose
  fell
  jump\\w*
  climb\\w*
  reach\\w*
  migrat\\w*
  redesign\\w*
  automat\\w*
  introduc\\w*
  creat\\w*
  develop\\w*
  implement\\w*
  ran
  run
  design\\w*
  rolled out
  roll\\w* out
  got
  enabl\\w*
  unlock\\w*
  process\\w*
  handl\\w*
  cover\\w*
  took
  support\\w*
  # sales results: "closed $3M in new ARR", "120% of quota"
  (of|to) (my |our |the )?(quota|target|plan|goal)
  attain\\w*
  # recruiting results: "made 34 engineering hires"
  hired
  placed
  filled
  made \\d+
  closed
  closing
  signed
  sold
  sell\\w*
  distribut(ed|ing)
  provid(ed|ing)
  install(ed|ing)
  organi[sz](ed|ing)
  recruit(ed|ing)
  funded
  leased
  added
  # verbs only: "security", "preventive" and "collections" are nouns a note uses for its work
  caught
  catching
  prevent(ed|ing)
  eliminat(ed|ing)
  collect(ed|ing)
  secured
  achiev(ed|ing)
  earn(ed|ing)
  scored
`,
  { wholeWord: true },
);

/** Units that make a number an outcome: "28%", "3x", "$2M", "40 bps". */
const METRIC_UNIT =
  '(?:%|percent|pct|x\\b|×|k\\b|m\\b|mm\\b|b\\b|million|billion|bn\\b|points?\\b|pts\\b|pp\\b|bps\\b)';

/** Things a result counts: "200 enterprise customers", "12 teams". */
const COUNTED = wordAlternation(`
  users | customers | engineers | developers | teams | components | merchants | advertisers | clients
  companies | accounts | stores | sellers | partners | people | employees | designers | services
  apps | countries | markets | downloads | installs | subscribers | members | creators | requests
  transactions | orders | daily | weekly | monthly | dau | mau | wau | arr | mrr | events | messages
  queries | sessions | visits | bookings | rides | deliveries | listings | tickets | builds | deploys
  deployments | pms | analysts | scientists | product teams | lines | repos | repositories | students
  patients | drivers | hosts | sites | screens | tests | products | features | platforms | regions
  brands | languages | microservices | hires | placements | roles | positions | reqs | offers | candidates
  youth | families | households | residents | children | kids | volunteers | trainees | apprentices | staff
  crews | suppliers | vendors | claims | cases | permits | inspections | covers | meals | beds | shifts
  visitors | attendees | readers | viewers | listeners | donors | applicants | applications | growers | farmers
  packages | memberships | units | contracts | deals | policies | loans | assessments | audits
  homes | houses | apartments | housing units | cars | vehicles | trucks
  calls | charts | entries | returns | shipments | containers | services | repairs | surveys | grads | new grads | nurses
  files | closings | transfers | encounters | appointments | alerts | boxes | tanks | tons | donors | draws
  miles | echoes | studies | scans | exams | treatments | procedures
  batches | square feet | sq ft
`);

export const PROOF_METRIC = new RegExp(
  alternation(`
  \\b\\d[\\d,.]*[\\s-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b\\d[\\d,.]*\\+?\\s(?:[a-z][a-z-]{2,20}\\s){0,2}${COUNTED}\\b
  \\bfrom \\d[\\d,.]*\\s?%?(?: [\\w-]+){0,3} to \\d
`),
  'i',
);

/** Time given back is an outcome too ("saved the team 10 hours a week"), but only next to a verb of saving. */
export const PROOF_TIME_SAVED =
  /\b(?:sav\w*|cut\w*|reduc\w*|shav\w*|trim\w*|lower\w*|decreas\w*|halv\w*|shorten\w*|freed up|frees up)\b[^.!?]{0,60}?\b(?:\d[\d,.]*\s?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) )(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|shifts?|nights?|sprints?|quarters?|ftes?|(?:person|engineer|nurse|staff|man)[- ](?:hours?|days?|weeks?))\b/i;

/** Throughput, a rate that changed: "we now pick 220 units an hour, up from 150", "from 40 to 65 orders a shift". */
export const PROOF_RATE = new RegExp(
  alternation(`
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?\\b(up|down) from (about |around |roughly )?\\d
  \\b\\d[\\d,.]* ([\\w-]+ ){0,2}(an|per|a|each) (hour|shift|day|week|month|night)\\b[^.!?]{0,30}?(\\b(up|down)\\b|\\b(from|to|instead of) (about |around |roughly |nearly |just )?\\d)
  \\bfrom \\d[\\d,.]* to \\d[\\d,.]* ([\\w-]+ ){0,2}(an|per|a|each) (hour|shift|day|week|month|night)\\b
`),
  'i',
);

/** A quantity, in figures or in words: what makes "from X to Y" a result rather than a move between jobs. */
const QUANTITY = `(?:\\d|${wordAlternation(`
  one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fifteen | twenty
  thirty | forty | fifty | sixty | hundreds? | thousands? | dozens? | half | most | every | never | none
  zero | all | constant | constantly | daily | nightly | weekly | rare | rarely | once | twice
  (a|one|two) (third|quarter|fifth|tenth)s? | a (day|week|month|year|dozen|handful) | several | a few | a couple
  an? (hour|minute|shift|morning|afternoon|half hour|half day) | hardly | barely | seldom | almost never
`)}\\b)`;

/** Results written in words: "complaints halved", "sign-ups roughly tripled", "fell by half", "used to take six weeks; now it takes two". */
export const PROOF_IN_WORDS = new RegExp(
  alternation(`
  \\b(halved|doubled|tripled|quadrupled)\\b(?! (down|as|up)\\b)
  \\b(by|in) (about |roughly |nearly |almost |around |over |more than |close to |well over )?half\\b
  \\b(two|three|four|five|ten)fold\\b
  (?<!\\bI )\\bused to (take|be|cost|need|require|run|get)\\b[^.!?]{0,80}?\\b(now|today|(it|that|this|they) (only )?(takes?|costs?|needs?|runs?))\\b[^.!?]{0,40}?${QUANTITY}
  (?<!\\bI )\\bused to [\\w-]+\\b[^.!?]{0,80}?\\b(now|these days|nowadays|lately|since then|this (year|season|quarter|month|spring|summer|fall|winter))\\b[^.!?]{0,40}?${QUANTITY}
  \\b(where|whereas|while|compared to when) (we|it|they|I|there) used to [\\w-]+\\b[^.!?]{0,30}?${QUANTITY}
  # after the writer's change, a clean record or a small rate: "since I set up scouting, we haven't lost a single room"
  \\b(since|after|once|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,40}?\\b((haven't|have not|hasn't|has not|never|didn't|did not) (had|seen|lost|missed|failed|dropped|been) (a single|one|any|another)|(not one|none|no one|nobody|not a single [\\w-]+) (has|have|had|was|were|is|are))\\b
  \\b(since|after|once|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,40}?\\b(maybe |only |just |about |roughly |under |fewer than )?(one|two|a couple|a few|once|twice) (a|an|per|each) (day|week|month|quarter|year|shift)\\b
  \\b(the )?(same|next)[- ](day|week|shift|morning)\\b[^.!?]{0,20}\\binstead of\\b
  # a before and after around the writer's own change: "credits used to expire at about a fifth; after I set up reports, almost none do"
  (?<!\\bI )\\bused to [\\w-]+\\b[^.!?]{0,80}?[;,]\\s*(since|after|once|when|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,60}?${QUANTITY}
  \\b(by|in) (about |roughly |nearly |almost |around |over |more than |close to |well over )?(a|one|two)[- ](third|quarter|fifth|tenth)s?\\b
  \\bhalf the (time|cost|price|budget|staff|headcount)\\b
  \\b(finish|deliver|complet|hand|open|launch|ship|clos|wrap|top|turn|came|come)\\w*\\b[^.!?]{0,40}?\\b(${QUANTITY}[\\w,.-]*|a) (days?|weeks?|months?) (ahead of (schedule|plan|time)|before (the )?(plan|schedule|deadline)|early)\\b
  \\b\\d[\\d,]* (out )?of (them|those|the \\d[\\d,]*|\\d[\\d,]*|my \\d[\\d,]*)\\b[^.!?]{0,30}\\b(moved|stayed|kept|got|passed|found|returned|went|hired|promoted|placed|completed|graduated|became|made|earned|won|reached|qualified|signed)\\b
  \\b(led|got|pushed|prompted|forced|persuaded|convinced) (the )?[\\w-]+( [\\w-]+)? to (hire|change|drop|adopt|fund|pass|cut|clear|reverse|launch|create|open|close|end|fix|add|ban|restore|replace|rewrite|withdraw|refund|recall)\\b
  \\bwon (a|an|the|two|three|several) ([\\w-]+ ){0,3}(award|prize|competition|contest|grant|tender|bid)s?\\b
  \\b(stopped|no longer) (missing|being needed|needing|happening|breaking|failing|losing|bouncing|escalating)\\b
  \\b(haven't|have not|hasn't|has not|never) (missed|lost|failed|dropped|had a)\\b[^.!?]{0,40}\\b(in|for|since) (\\d+|two|three|four|five|six|eight|nine|ten|twelve|a|over a) (days?|weeks?|months?|years?|quarters?)\\b
  \\b(zero|0) ([\\w-]+ ){0,2}(missed|lost|late|failed|dropped|missing|recordable|repeat|rework|errors|defects|complaints|incidents|injuries|findings|callbacks|comebacks|accidents|violations|rejections|deviations|chargebacks)\\b
  \\b(with|and) (no|zero) ([\\w&-]+ ){0,2}(claims|complaints|downtime|outages?|data loss|lost data|errors|injuries|incidents|accidents|violations|citations|callbacks|comebacks|complications|reactions|infections|adverse events|defects|rejections|deviations|spills|leaks|failures|recalls|[\\w-]+ batches|missed (deadlines|shipments|payrolls?|pay runs))\\b
  # a clean record: "with zero re-stakes", "0 re-stakes"
  \\b(with|and) (zero|0) ([\\w-]+ ){0,2}(?!(years?|months?|weeks?|days?|hours?|experience)\\b)[\\w-]+s\\b
  \\b(zero|0) re-?[a-z]+s\\b
  \\b(every|each|all)( of (my|our|the))? [\\w-]+s? (approved |passed |accepted |cleared )?(on|at) (the )?first (submittal|submission|try|attempt|pass|review|inspection|round)\\b
  # a share of those served reaching a goal: "80% meet their therapy goals"
  \\b\\d[\\d.]*\\s?% (of (my|our|the|their) [\\w-]+( [\\w-]+)? )?(meet|met|reach|reached|hit|pass|passed|achieve|achieved|complete|completed|graduate|graduated)\\b
  \\b(my|our)\\b[^.!?]{0,40}\\b(accuracy|satisfaction|retention|attendance|completion|pass|first-time fix|on-time|success|win|close|fill|yield)( rate)?\\b[^.!?]{0,40}?\\b(was|is|of|at)\\b[^.!?]{0,40}\\d[\\d.]*\\s?%
  \\b(closed|signed|won|landed) (our |the |my |their )?(first )?(two|three|four|five|six|seven|eight|nine|ten|\\d+) ([\\w-]+ ){0,2}(contracts|deals|accounts|customers|clients|logos|leases|transactions|listings|sales|recruits|players|athletes)\\b
  \\b(caught|found|flagged|stopped|prevented) \\d[\\d,]* ([\\w-]+ ){0,2}(errors|defects|welds|mistakes|frauds?|issues|bugs|leaks|cases)\\b
  \\b\\d[\\d,.]*\\s?%? (against|versus|vs\\.?|compared (to|with)) (a|the|our|their) ([\\w-]+ ){0,2}(average|benchmark|baseline|norm)\\b
  \\b(up|down) from (about |around |roughly )?(one|two|three|four|five|six|seven|eight|nine|ten|a dozen|twenty)\\b
  \\b(caught|contained|won|closed|passed|resolved|saved|kept|converted|retained|finished|completed) (\\d+|all) (out )?of (the |our |my |their )?\\d+\\b
  \\b\\d[\\d.]*% (accuracy|on-time|fill|first-call resolution|satisfaction|retention|pass|close|win|success|attendance|completion|collection|acceptance|approval|yield)( rate)?\\b
  \\b(voted|named|chosen|selected) (as )?(the )?([\\w-]+ ){0,3}(of the (year|month|quarter)|best [\\w-]+|top [\\w-]+)\\b
  \\b(more|higher|better|above|over|ahead of) (than )?(my |our |the |their )?(quota|target|plan|goal|budget|forecast)\\b
  \\d[\\d,.]*%?\\s*(→|->|=>)\\s*\\d
  \\b\\d[\\d,.]*\\s?(%|percent|days?|weeks?|months?) (under|below|ahead of) (budget|plan|target|forecast|schedule)\\b
  # the candidate's ranking: "best in our shop", "top of my dealership", "ranked #1 in the region"
  # ("the best in the state" is praise of the referrer, not a result)
  \\b(best|top|first|highest|lowest|fewest|fastest|#1|number one)( [\\w-]+)? (in|of|at|on) (our|my) ([\\w-]+ )?(shop|store|team|region|district|company|class|office|branch|department|dealership|unit|crew|territory|market|state|country|shift|line|route|floor)\\b
  \\b(ranked|finished|came in|placed|rated)( as)? (#1|first|top|number one|the best|the top)\\b
  \\b(my|our)\\b[^.!?]{0,40}\\b(was|were) the (best|top|highest)( [\\w-]+)? (in|of|at|on) the (shop|store|team|office|branch|department|unit|crew|plant|company|class|floor|lot|line|route|territory|region|district|dealership|board|leaderboard)\\b
  # a ranking in plain words: "I was the first in sales for 18 months", "top seller on the floor"
  \\b(was|were|am|finished|ended|ranked) (the )?(first|top|best|number one|#1|highest) (seller|salesperson|rep|agent|performer|producer|closer|collector|in sales|in (the )?(region|district|company|branch|store|office))\\b
  # a rate before and after the writer's change: "about one in ten; after I set up a checklist, closer to one in fifty"
  \\b(one|\\d+) in (\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\\b[^.!?]{0,80}\\b(after|since|once|now that) (I|we)\\b[^.!?]{0,80}\\b(one|\\d+) in (\\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\\b
  # everyone the writer trained passed: "6 new sonographers who all passed their registry on the first attempt"
  \\b(all|every one|each)( of them)? (passed|cleared|got)\\b[^.!?]{0,30}\\b(on|at) (the|their) first (try|attempt|sitting|time)\\b
  \\bnever (had|got|received|drew) (a|an|one|any) ([\\w-]+ ){0,2}(citation|violation|complaint|injury|accident|claim|finding|callback|recall|lawsuit)s?\\b
  \\bnever (had|saw) (a|one|any) [\\w-]+ (come loose|fail|leak|crack|break|fall|rejected|returned|sent back|recalled)\\b
  # few needed doing again: "more than 600, and only 5 needed to be remade"
  \\bonly (\\d+|one|two|three|four|five|a few|a handful)( of them)? (needed|had|were|was|came back|got)( to be)? (remade|redone|returned|sent back|replaced|reworked|rejected|refunded)\\b
  \\b(I|we|(my|our) [\\w-]+) (was|were|am|are|is) the (first|top|best|highest|number one|#1)( [\\w-]+)? (in|of|at|on) the (factory|plant|company|region|district|state|country|city|chain|network|hospital|school|league|station|market|zone|agency|office|branch)\\b
  \\bnone of (them|my|the|our)\\b[^.!?]{0,40}\\b(failed|had a failed|had any failed)\\b
  \\bthe (best|top|highest|lowest|fastest) ([\\w-]+ ){0,2}(score|rating|rate|numbers?|results?|record|reviews?) (of all|in the|among|of any)\\b
  # recognition that is a result: "patients ask for me by name"
  \\b(ask|asks|asked|request|requests|requested) (for )?me by name\\b
  # a clean record beside a volume: "closed 180 files without one wire fraud incident"
  \\b\\d[\\d,]* ([\\w-]+ ){0,2}without (a single |one |any |a )([\\w-]+ ){0,2}(errors?|incidents?|mistakes?|complaints?|claims?|injur(y|ies)|accidents?|defects?|violations?|findings?|callbacks?|loss(es)?|problems?|issues?|returns?|chargebacks?)\\b
  # a change written without "from": "cut dwell 28h to 19h", "brought turnaround 5 days to 2", "delinquency 9% to 3%"
  \\b\\d[\\d.]*\\s?% to \\d[\\d.]*\\s?%
  \\b\\d[\\d,]* ([\\w-]+ ){0,2}without (missing|losing|dropping|failing|cancell?ing) (a|one|any)\\b
  \\b(cut|cutting|reduc\\w*|brought|dropped|lowered|raised|grew|increased|improved|shrank|trimmed)\\b ([\\w-]+ ){0,3}\\d[\\d,.]*\\s?(h|hrs?|hours?|mins?|minutes?|days?|weeks?|%|k|m|ms|s)? ?(to|down to|up to) \\d
  \\b(took|take|takes|cost|costs|needed|needs|ran|runs|used|uses)\\b[^.!?]{0,30}\\b(about |roughly |nearly |almost |less than )?(half|a third|a quarter) as (long|much|many)\\b
  \\b(sold|shipped|closed|handled|processed|made|served|booked|installed|produced|delivered|hired|placed|caught|fixed|resolved)\\b[^.!?]{0,30}\\b(twice|three times) as many\\b
  \\b(dropped|fell|went down|came down|shrank|declined) to (almost |nearly |practically |virtually |just about )?(none|zero|nothing)\\b
  \\bfrom (well |far |just )?(over|above|below|under|outside) (the |its |our )?(limit|target|threshold|standard|goal|benchmark|budget)\\b[^.!?]{0,30}?\\bto\\b
  # comparisons written out: "in a day instead of a week", "minutes, not hours", "from months to days"
  \\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s? instead of (about |roughly |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s?\\b
  \\b(seconds, not (minutes|hours)|minutes, not (hours|days)|hours, not (days|weeks)|days, not (weeks|months)|weeks, not months)\\b
  \\bfrom (years to (months|weeks|days)|months to (weeks|days|hours)|weeks to (days|hours)|days to (hours|minutes)|hours to minutes)\\b
  \\bfrom (last|worst|bottom|dead last|near the bottom) to (first|top|best|the top|second|third)\\b
  \\b(twice|two|three|four|five|ten|\\d+) times (as )?(faster|fast|quicker|more|fewer|higher|lower|better)\\b
  \\b(twice|three times|four times|half) as (much|many|fast|quickly|often|high|long|far) as (they|it|we|I|she|he) (did|used to|were|was|had)\\b
  \\bnow\\b[^.!?]{0,80}?\\bused to (take|need|cost|run|last)\\b[^.!?]{0,30}?${QUANTITY}
  \\b(this|last|that) (year|summer|season|quarter|month|winter|spring|fall)\\b[^.!?]{0,30}\\b(didn't|did not|never|haven't|have not|hasn't) [\\w-]+( [\\w-]+){0,2} (once|a single time)\\b
  \\b(have |has )?never (missed|lost|failed|blown|dropped) (a|one|any|an) (deadline|filing|payroll|shipment|delivery|inspection|audit|shift|day|order)\\b
  \\b(every|each) [\\w-]+( [\\w-]+)? on (time|schedule|budget)\\b
  \\bwon ([\\w-]+ ){0,3}of the (year|month|quarter)\\b
  \\b(had|have had|with) (zero|no|0) (?!(offers|interviews|responses|replies|callbacks|jobs|luck)\\b)[\\w-]+s\\b[^.!?]{0,30}\\b(in|for|over|across) (\\d+|two|three|four|five|six|seven|eight|nine|ten|a) (days?|weeks?|months?|years?|seasons?|quarters?|shifts?)\\b
  \\b\\d[\\d,.]*\\s?%?( [\\w-]+){0,2} (against|versus|vs\\.?) \\d
  \\bpassed (every|each|all) ([\\w-]+ ){0,3}(inspections?|audits?|reviews?|exams?|surveys?|checks?)\\b
  \\b(no one|none|not one)( of them)? (was|were|has been|have been|came) (returned|sent back|rejected|redone)\\b
  \\bnone of (them|my|the|our)\\b[^.!?]{0,30}\\b(had|got|received|drew) (an? |any )?([\\w-]+ )?(observations?|findings?|deficienc\\w+|citations?|complaints?|defects?|errors?)
  \\bwon \\d[\\d,]* ([\\w-]+ ){0,2}(prizes|awards|medals|competitions|titles|championships|contests)\\b
  \\b(approved|passed|accepted|cleared) (on|at) (the )?first (cycle|submission|submittal|review|try|attempt|pass|round)\\b
  \\b(my|our) ([\\w-]+ ){1,2}(had|has|was|were|posted|got) the (best|top|highest|lowest|fastest|fewest) ([\\w-]+ ){0,3}(of|in|at) (the|our|my) ([\\w-]+ )?(station|shop|store|team|office|branch|department|unit|crew|plant|company|region|district|hub|site)\\b
  \\b[\\w-]+ rate (of|at|under|below|was) (only |just |under |below )?\\d[\\d.]*\\s?%
  (^|[\\s(])\\+\\d[\\d,.]*\\s?(%|pts?|points?|bps)
  \\b(a|one) (third|quarter|half|fifth) (fewer|less|more|faster|lower|higher|shorter)\\b
  \\b(is|are|was|were|got|came|went)( now)? (down|up) to (about |roughly |just |only )?(a handful|a few|a couple|one|two|three|four|five|six|seven|eight|nine|ten|\\d)\\b
  \\b(is|are)( now)? (half|a third|a quarter|a fraction|double|twice|triple) (of )?what (it|they) (was|were|used to be)\\b
  \\bthe (highest|lowest|best|fastest|fewest) (they|it)('ve| have| has)? (ever )?been\\b
  # a clean record since the writer's change: "nobody has quit since I took over"
  \\b(nobody|no one|not one|none of (them|us|my [\\w-]+)) ([\\w-]+ ){0,3}(has|have|had) (quit|left|failed|fallen|been hurt|been injured|missed|complained)\\b[^.!?]{0,30}\\bsince (I|we)\\b
  \\b(haven't|have not|hasn't|has not|never) (had|seen|lost|missed) (a single|one|any|another) [\\w-]+( [\\w-]+)? since (I|we)\\b
  \\bwithout (a single|one single) (?!(response|reply|callback|interview|offer|day off|break)\\b)[\\w-]+
  \\b(double|triple|twice|three times|four times) (of |what )?(our |the |its |their |my )?([\\w-]+ )?(normal|usual|previous|average|baseline|last year|target|goal|quota|plan)\\b
  \\b\\d[\\d,.]*\\s?%? (more|higher|better|faster|above|less|lower|fewer|below) (than )?(a|the|our|their|my) ([\\w'’-]+ ){0,2}(average|benchmark|baseline|norm|target|quota)\\b
  \\b(perfect|spotless|clean) ([\\w-]+ ){0,2}(record|attendance)\\b
`),
  'i',
);

/**
 * A rate of work, in the first person: "I draw about 60 patients a shift", "I close 25 claims a week".
 * A volume, not a change: it counts as a result only when nothing stronger is there, and a reply quotes
 * it last. Hours worked or spent are no rate of work.
 */
export const PROOF_WORK_RATE =
  /\bI (?!(?:work|worked|spend|spent|commute|study|studied|volunteer|sleep|train|practice|drive)\b)[a-z]+ (?:about |around |roughly |nearly |over |up to |some |close to )?\d[\d,.]*\+? (?:[\w-]+ ){0,3}(?:an|per|a|each) (?:hour|shift|day|night|week|month|year)\b/i;

/**
 * A change from one quantity to another ("from about nine a month to just under five"): a quantity
 * before the "to", so a move between places or jobs ("from Lisbon to Porto two years ago") is not
 * one; and a result only beside a verb of change.
 */
export const PROOF_FROM_TO = new RegExp(`\\bfrom\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?\\bto\\b`, 'i');

/** Numbers that count effort or asks, not results: "applied to 40 jobs", "a 15-minute call". */
export const NOT_A_PROOF = phraseMatcher(`
  # what a vendor's product would do for the reader, not what the writer did
  (demo|pilot|trial|call) (would|will|could|can) show
  applied (to|for) \\d
  \\d+ (applications|jobs|interviews|rejections)
  \\d+[- ]?min(ute)?s? (call|chat|coffee|of your time)
`);

// Who the candidate is

export const BACKGROUND =
  /\b(?:I(?:'ve| have)? (?:been|spent|worked|built|led|run|ran|managed|maintain(?:ed)?|own(?:ed)?|shipped|designed|launched|grew|scaled)|I(?:'m| am) (?:a|an|the|on|currently|now)\b|[Mm]y (?:work|background|experience|focus|career)|for the (?:past|last) \w+ (?:years?|months?)|over the (?:past|last)|(?:[Oo]n|[Aa]t) [\w -]{1,30}, I\b|^(?:On|At) [\w -]{1,30} I\b)/;

/** What the candidate wants to do next, not what they have done: "I've always wanted to get into security". */
export const ASPIRATION =
  /\b(?:(?:always )?want(?:ed)?|hop(?:e|ing)|dream(?:ed)? of|aspir(?:e|ing)|eager|keen|excited|looking|love|like) to (?:get|break|move|transition|switch|pivot|work|be|join|learn|grow|do)\b[^.!?]*|\b(?:interested in|passionate about)\b[^.!?]*/gi;

/** Where they met the referrer ("we met at a security meetup", "we were in the same CMCA course"): a place, not the candidate's experience. */
export const MEETING_PLACE =
  /\b(?:met|meet|spoke|talked|chatted|heard you|saw you|listened to you)\b[^.;!?]{0,15}?\b(?:at|during|in|on)\b[^.;!?,]{0,60}|\b(?:we were|we sat|we studied) (?:in|at|on) the same\b[^.;!?,]{0,60}/gi;

/** The reader addressed; "a thank-you call" addresses no one. */
export const SECOND_PERSON = /(?<![\w-])(?:you|your|yours|yourself)(?![\w-])/i;

export const SELF_NAME = /\b(?:[Mm]y name is|[Tt]his is) ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/u;

// Attachments and résumés

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['résumé', /\b(?:resume|résumé|cv)\b/i],
  ['portfolio', /\bportfolio\b/i],
  ['cover letter', /\bcover letter\b/i],
  ['transcript', /\btranscripts?\b/i],
  ['LinkedIn', /\blinkedin\b/i],
  ['GitHub', /\bgithub\b/i],
  ['references', /\breferences\b/i],
  ['writing samples', /\bwriting samples?\b/i],
  ['case studies', /\bcase stud(?:y|ies)\b/i],
  ['deck', /\b(?:deck|slides)\b/i],
  ['certificates', /\bcertificat(?:e|es|ions)\b/i],
];

export const ATTACHED = phraseMatcher(
  `
  attach(ed|ing)?
  enclos(ed|ing)
  (see|find) (below|attached)
  links? (below|here)
  here (is|are) my
`,
  { wholeWord: true },
);

export const RESUME_HEADER = new RegExp(
  `^${alternation(`
  experience
  work experience
  professional experience
  education
  skills
  technical skills
  summary
  professional summary
  projects
  certifications
  objective
  employment history
`)}\\s*:?$`,
  'i',
);

// The note's frame: greeting and sign-off

export const GREETING =
  /^(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|yo|hiya)(?:\s+@?[\p{L}\p{N}_.'-]+){0,3}\s*[,!:.—–-]*$/iu;

export const GREETING_PREFIX = /^(?:hi|hey|hello|dear|hiya)\b(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+/iu;

export const SIGN_OFF = new RegExp(
  `^${alternation(`
  best
  thanks
  thank you
  cheers
  regards
  warm regards
  kind regards
  best regards
  warmly
  sincerely
  all the best
  many thanks
  thanks so much
  thank you so much
  thanks again
  talk soon
  appreciate it
  take care
  respectfully
  with thanks
  thx
  ty
`)}\\b[\\s\\p{L}!,.'-]{0,40}$`,
  'iu',
);
