/**
 * English phrase data: What makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

/** What a referrer is called in praise: "you're an inspiration", "you are the best". */
export const PRAISE = wordAlternation(`
  inspiration | inspiring | legend | rock ?star | icon | role model | genius | visionary | amazing
  incredible | brilliant | awesome | the best | the (?:smartest|most (?:talented|brilliant|inspiring|impressive|gifted))
`);

export const FLATTERY = `
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
  # praise of the person at its most formal: "it is an honour for me to write to you", "a person of your stature"
  (an )?hono(u)?r for me to (write|reach|contact|address)
  (commands|inspires|deserves) (admiration|respect)
  you (embody|personify|are the embodiment of)\\b
  (a person|someone|a man|a woman|a leader|people) of your (stature|calibre|caliber|standing|eminence)
  # superlatives said to the reader of them or their place: "honestly the best museum in the country"
  (you('re| are)|honestly|truly|literally|simply) the (kindest|nicest|best|greatest|finest|smartest|sweetest|coolest|most [\\w-]+)( and (most )?[\\w-]+)? ([\\w-]+ ){0,2}in (all|the)\\b
  love,? love\\b
`;

export const PRESSURE = `
  last hope
  # guilt over an unanswered message: "I can see you've opened both of my messages", "the basic courtesy of a reply"
  (I can see|I see|I noticed) (that )?you('ve| have) (opened|read|seen|viewed) (both |all )?(of )?my (messages?|notes?|emails?)
  confused by (the|your) silence
  (I can see|I see) (the )?(blue ticks|read receipts?|you read (it|them|my))
  (please )?(just )?(reply|answer|respond),? (just )?(a )?yes or no
  it'?s not (that )?hard
  (basic|common|simple) (professional )?courtesy
  # a reply claimed as owed: "I'd appreciate the courtesy of a reply"; the read receipt held up: "I saw that you read it"
  the courtesy of (a|an|any) (reply|response|answer)\\b
  (I can see|I see|I saw|I noticed|I know) (that )?you('ve| have)? (already )?(read|opened|seen|saw|viewed) (it|them|this|that|my (messages?|notes?|emails?|dms?|texts?))\\b
  # the ask made small to shame the delay: "a referral takes 2 minutes", "referring me only takes five minutes"
  (a referral|referring me) (only |just |literally )?takes? (you )?(only |just |literally |like )?(two|2|five|5|a few|ten|10|a couple( of)?) (minutes|mins|seconds)\\b
  (would|will|'ll) (honestly |only |literally |just )?take you (only |just )?(one|1|two|2|five|5|a few|ten|10) (minutes?|mins?|seconds?)\\b
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
  # the word, not a name that starts with it ("St Asaph's")
  asap\\b
  # "not urgent at all", "nothing urgent" take the hurry away; French shares the word ("rien d'urgent")
  (?<!\\b(not|nothing|no|isn't|is not|never|zero|pas|rien d'|rien d’) ?)urgent(ly)?\\b
  # the writer's own promptness ("I'll send my CV right away") asks nothing of the referrer
  (?<!\\b(I'll|I will|I can|I'd|I would|happy to|glad to|ready to)\\b[^.!?]{0,60})right away
  by (tomorrow|today|tonight|end of (day|week)|eod|eow)\\b
  # a weekday deadline on the referral itself ("submit the referral by Friday"), not on an order
  (refer|referral|submit|send|reply|respond|answer|hear)\\w*\\b[^.!?]{0,40}\\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b
  i need you to (submit|refer|send|put|sign|do)\\b
  # a seller's clock: "early registration closes on 15 November", "25% off crew bundles until November 20th"
  (offer|discount|deal|promotion|pricing|price|registration|early[- ]bird( \\w+)?|sale) (closes|ends|expires|runs out)\\b
  \\d{1,2}% off\\b[^.!?]{0,40}\\b(until|through|till|ends)\\b
  you owe
  you need to (hire|refer|help|interview) me
  (refer|submit|hire|interview) me\\b[^.!?]{0,30}\\b(today|tonight|now|asap)\\b
  means? the world
  counting on you
  don't let me down
  (don't|do not) make me look bad
  need (an answer|to hear back)
  # an answer wanted by a date, the article dropped as second-language English drops it: "I need answer this week"
  need (an? |your |the )?(answer|reply|response|decision) (this week|today|tonight|now|asap|soon|quickly|by \\w+)\\b
  # a deadline the candidate's own situation lays on the referrer: "my visa ends in May so I need…", "her permit runs out, she has to"
  (my|his|her|their|our) (visa|permit|work permit|residence permit|contract|lease|savings) (ends?|expires?|runs out|is up|finish(es)?)\\b[^.!?]{0,40}\\b(so|and) (I|he|she|they|we) (need|must|have to|has to)\\b
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
  # a promise made for the referrer: "I already told him you will call him tomorrow"
  (told|promised) (him|her|them|my (\\w+ ){0,2}(son|daughter|nephew|niece|cousin|brother|sister|friend)) (that )?you('ll| will|'d| would) (call|ring|phone|text|email|meet|see|hire|refer|find|get)\\b
  # a duty laid on the referrer: "You must help him", "you have to find her something"
  you (must|have to|need to|gotta) (help|hire|refer|find|get|take) (him|her|them|us)\\b
  # guilt over the referrer's success: "Please don't forget us now that you are successful"
  (don't|do not) forget (about )?(us|me|your (family|people|roots)|where you came from)\\b
  now that you('re| are) (so )?(successful|important|famous|rich|a big (boss|shot))\\b
  # named as the referrer before being asked: "I listed you as my referrer", "I put you down as my referral on the form"
  (listed|named|put) (down )?you (down )?as (my )?(referr(al|er)|reference)
  # hurrying the referrer: "please don't sit on it", "dont drag your feet on this"
  (don'?t|do not) (sit on|drag your feet (on|with)) (it|this|that)\\b
  (put|listed|wrote|entered) (down )?your name (down )?(as|for) (my )?(referr(al|er)|reference)
  (pays?|gives?|offers?) (a |an )?(\\$?[\\d,]+k? )?referral bonus
  money in your pocket
  helps (us both|both of us)
  please respond
  reply soon
  running out of (time|money|options)
  i will keep (messaging|following)
  # guilt about family: "my kids are counting on me", "my family is relying on this job"
  (family|kids|children|parents|wife|husband|partner) (is |are )?(depending|counting|relying) on (me|this|it|that|the)\\b
  # guilt over what the referrer owes or was expected to do: "the least you could do", "I really thought you'd help"
  (the )?least you (can|could) do\\b
  I (really |honestly |truly )?(thought|expected|assumed) you('d| would) (help|care|reply|answer|respond|do this|understand)\\b
  # a need laid on the referrer in a bare sentence: "He needs this." "I really need this!"
  (he|she|they|I|we) (really |just |badly |truly )?(needs?|has to have|have to have) (this|it)( so much| badly)?[.!]
  # a deadline on the referrer's own time: "call me tonight", "submit the referral today"
  (call|ring|phone|text) me (back )?(tonight|today|now|asap|immediately|right now)\\b
  (submit|send|do|make|file|put in) (the|my|a|his|her|their) referral\\b[^.!?]{0,20}\\b(today|tonight|now|asap|this week)\\b
  # a reply demanded, not hoped for: "Please reply", "please just answer me"
  please (just )?(reply|answer|respond)\\b(?! (when|whenever|at your|if|by email)\\b)
  (has|have|'s|'ve) heard nothing\\b
  # how little it would cost the referrer: "it only takes a minute to submit a referral", "could take 2 minutes to reply"
  (only|just) takes? (a|one|two|2|five|5|a few|ten|10) (minutes?|mins?|seconds?|secs?)\\b
  take (you )?(just )?(a|one|two|2|five|5|a few|ten|10) (minutes?|mins?|seconds?) to (reply|respond|answer|submit|refer|send)\\b
  even a (no|one-line reply|one line reply|reply|response) would\\b
  # the referrer watched: "I can see you've been active on here"
  (I can see|I see|I noticed|I know) (that )?you('ve| have| are|'re) (been )?(active|online)\\b
  # hurt feelings and favours weighed: "I'm honestly a bit hurt", "I'd have done the same for you"
  I('m| am) (honestly |really |a bit |a little |quite |very )*(hurt|upset|offended)\\b
  I('d| would)( have|'ve) done the same for you\\b
  # a clock put on the referrer by other offers: "two other processes at final stage", "time is of the essence"
  (has|have|got) (two|three|several|multiple|a few|other|\\d) (other )?(offers|processes)\\b
  time is of the essence
  # silence called a slight: "I don't get why you keep ignoring me", "it is not fair to treat people this way"
  (don't|do not|can't|cannot) (understand|get|see) why you('re| are)? (keep )?(ignor|ghost)\\w*
  (it's|it is|that's|that is) not (nice|fair|right|kind|polite|respectful|professional|ok|okay) to (treat|ignore|leave) (people|me|someone|anyone)\\b
  # a reply demanded on a clock: "I expect a response by Monday", "I expect answer this week"
  I (expect|demand|want) (an |a |your )?(answer|reply|response)\\b[^.!?]{0,20}\\b(this week|today|tonight|tomorrow|now|by|within|soon|immediately)\\b
  # the same, waited for, as second-language English says it: "I wait your answer this week", "I'm waiting your reply until Friday"
  I('m| am)? (wait|waiting|await|awaiting)( for)? (your|an?|the) (answer|reply|response|decision)\\b[^.!?]{0,20}\\b(this week|today|tonight|tomorrow|by|until|till|before|within)\\b
  # silence read as the referrer's verdict on the writer: "otherwise I will think you don't care", "if not I'll assume your team doesn't respect…"
  (otherwise|or else|if not),? I('ll| will)? (think|assume|conclude|understand|take it|know)\\b[^.!?]{0,40}\\b(don't|do not|doesn't|does not|dont|doesnt|didn't|did not) (care|respect|value)\\b
  # silence called a slight: "nobody answer me, this is not very respectful", "no one replied, that is not professional"
  (nobody|no one|no-one|noone|you never|none of you) (has |have |did |ever )?(answer|repl(y|ie)|respond|g[eo]t back|contact|call)\\w*\\b[^.!?]{0,40}\\bnot (very |really |so |too )?(respectful|professional|polite|nice|fair|kind|acceptable)\\b
  # a deadline of the writer's own laid on the referrer: "I need a job before September", "I must find work by March"
  I (really |urgently |badly |absolutely )?(need|must (find|get)|have to (find|get)) (a|this|the|some) (job|position|role|referral|work|post)( urgently| fast| quickly)? (before|by) (january|february|march|april|may|june|july|august|september|october|november|december|next (week|month)|the end of)\\b
  let (them|my family|my kids|my parents|everyone) down
  # a demand on the referrer's clock, the "I" dropped as chats drop it: "need you to put the referral in today"
  (?<!\\b(don't|do not|doesn't|does not|not|never) )need you to (put|submit|send|do|file|sign|get|make|push|pass)\\b[^.!?]{0,40}\\b(today|tonight|now|asap|tomorrow|this week|by (monday|tuesday|wednesday|thursday|friday|eod|end of))\\b
  # a threat to go above the referrer: "don't make me go over your head", "I'll take this to your manager"
  (go|going|went|gone) (over|around) your head\\b
  (escalate|escalating|take|taking) (this|it) (to|above) your (boss|manager|supervisor|director|line manager|gm)\\b
  # repeated asks counted against the referrer: "3rd time asking", "how many times do I have to ask"
  (third|fourth|fifth|[3-9](rd|th)) time (I('m| am| have|'ve) )?(asking|asked|messaging|messaged|writing|texting|pinging|trying)\\b
  how many times (do|must|should|will) I (have to |need to )?(ask|message|write|text|remind|chase)\\b
`;

export const CONTACTED = "(messaged|wrote|written|reached out|pinged|emailed|dm'?d|dmed|contacted|texted|sent)";

/** Notes the writer offers to send are material, not earlier messages: "I can send you my notes from the lab". */
const NOT_OFFERED = String.raw`(?<!\b(?:send|share|attach|forward|show|give|bring|email)(?: you| over| along)? )`;

export const FOLLOW_UP = `
  bump(ing)?\\b
  # following up on their own ask, not on someone's intro or the one-pager they were asked for
  # …not a promise not to ("let me know and I won't follow up")
  (?<!\\b(won't|won’t|will not|wont|never|not) )follow(ing)?[- ]up(?! (on|with|about|after|from) (?!(my|this|the|our) (note|message|email|request|referral|dm|ask)\\b))
  circling back
  checking in again
  resending
  in case (it|this|my (note|message|email)) got (buried|lost)
  # "I sent you my CV last week"; not a hypothetical ("would it be ok if she sent you her CV?")
  (?<!\\bif (I|she|he|they|we) )${CONTACTED} (to )?you\\b
  # a chasing nudge in a thread: "Hello??", "Did you get it?", "Any update?"
  (hello|hi|hey|helloo+)\\s?\\?{2,}
  did you (get|see|receive) (it|them|this|my|the (resume|cv|message|email|note))\\b
  any (update|news)( on (this|it|my|the))?\\s?\\?
  my (last|earlier|previous)( (two|three|four|few|couple of|\\d{1,2}))? (messages?|notes?|emails?|dms?)
  (second|third|fourth|fifth|[2-5](nd|rd|th)) (message|note|attempt|email|time)\\b
  another (message|note|attempt|email)
  (following|checking|writing) (up )?again\\b
  ${NOT_OFFERED}my (\\w+ )?(messages|notes|emails|dms) from
  # "I'm messaging again", "I messaged last week too": the writer's own earlier message, said without "you"
  (messaging|emailing|texting|pinging|dming|reaching out) (you )?again\\b
  I ${CONTACTED} (last (week|month|time)|yesterday|a (few|couple of) (days|weeks) ago)\\b
`;

/**
 * An app's notice of the message itself, on a line of its own or a subject: "Subject: Ana sent you a
 * message", "Ana Lima sent you a message". A named third person is the subject, not "I" or "we": it
 * tells of this message, no earlier one. Read without the i flag, which would let \p{Lu} take any letter.
 */
export const NOTICE_OF_MESSAGE = String.raw`^(?:[Ss]ubject:\s*)?(?!(?:I|We|I've|We've)\s)(?:\p{Lu}[\p{L}'’.-]+\s){1,4}(?:sent|wrote|messaged) you\b`;

/** "I messaged you twice": the contact, with up to three words after it where a count may stand. */
export const CONTACT_VERB = `\\b(?:${CONTACTED.slice(1, -1)})(?: to)? you\\b((?: \\w+){0,3})`;

export const QUANTIFIER = String.raw`\b(once|twice|two times|three times|thrice|four times|five times|(\d{1,2}) times|a few times|several times|multiple times|a couple (?:of )?times|(?:last|previous|earlier) (?:two|three|four|few|couple of|\d{1,2}) (?:messages|notes|emails|dms))\b`;

/** A bump that says it is not the first: "following up again", "my messages from last week". */
export const REPEATED_BUMP = String.raw`\b(?:(?:following|checking|writing) (?:up |in )?again|${NOT_OFFERED}my (?:\w+ )?(?:messages|notes|emails|dms) from|my (?:two|three|four|several|few) (?:earlier |previous |last )?(?:messages|notes|emails|dms))\b`;

export const ORDINAL_MESSAGE = String.raw`\b(second|third|fourth|fifth|[2-5](?:nd|rd|th)) (?:message|note|attempt|email|time)\b`;
/** A follow-up numbered in figures, often in a subject: "3rd follow up", "2nd reminder". The figure is the count. */
export const NTH_FOLLOW_UP = String.raw`\b([1-9])(?:st|nd|rd|th) (?:follow[- ]?up|reminder|bump|nudge)\b`;

/**
 * Template text left in: "[Name]", "{{first_name}}", "<company>", "%ROLE%", "INSERT NAME", "XXX".
 * Not a chat app's card for a shared link, which opens its line with "[Link]" and the page's title.
 * Each pattern comes with text it cannot match without, so a note without it skips the pattern.
 */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  [
    '[',
    {
      source: String.raw`\[(?:your |first |last |full |company |candidate'?s? |recipient'?s? |hiring |referrer'?s? )?(?:name|first[ _]?name|last[ _]?name|company(?: name)?|role|position|title|team|recipient|job title|date|link|manager|contact|referrer)\](?!\()(?!(?<=(?:^|\n)\[link\]) \S)`,
      flags: 'i',
    },
  ],
  ['[', { source: String.raw`\[(?:insert|add|fill in|enter)\b[^\]\n]{0,40}\]`, flags: 'i' }],
  ['[', { source: String.raw`\[[A-Z][A-Z_ ]{2,30}\](?!\()`, flags: '' }],
  ['{', { source: String.raw`\{\{?\s*[a-z][a-z_. ]{0,30}\s*\}?\}`, flags: 'i' }],
  [
    '<',
    {
      source: String.raw`<(?:name|first ?name|last ?name|company|company name|your name|role|title|recipient|position|insert[^<>\n]{0,30})>`,
      flags: 'i',
    },
  ],
  ['%', { source: String.raw`%[A-Z_]{2,30}%`, flags: '' }],
  ['INSERT ', { source: String.raw`\bINSERT (?:NAME|COMPANY|ROLE|TITLE)\b`, flags: '' }],
  ['XXX', { source: String.raw`\bX{3,}\b`, flags: '' }],
  [
    '(',
    {
      source: String.raw`\((?:your |company |candidate'?s? |hiring )?(?:name|company(?: name)?|role|position|title|job title|manager|recipient)\)`,
      flags: 'i',
    },
  ],
  [
    'XYZ',
    {
      source: String.raw`\b(?:the |at |with |for )?XYZ (?:[Cc]ompany|[Cc]orp|[Ii]nc|[Pp]osition|[Rr]ole|[Tt]eam|[Dd]epartment)\b|\bat XYZ\b`,
      flags: '',
    },
  ],
  [
    'ABC',
    {
      source: String.raw`\b(?:the |at |with |for )ABC (?:[Cc]ompany|[Cc]orp|[Ii]nc|[Pp]osition|[Rr]ole|[Tt]eam)\b|\bat ABC\b`,
      flags: '',
    },
  ],
  [' company', { source: String.raw`\b(?:at|with|join) X company\b`, flags: 'i' }],
  ['[', { source: String.raw`\[(?:specific|relevant|your|a) [a-z ]{2,30}\]`, flags: 'i' }],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a recruiter, a placement fee, a relative. */
export const ON_BEHALF = `
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
  # a fee the writer charges when the candidate is hired: "Our fee is covered under standard terms once they're hired"
  (our|my) (fee|commission) (\\w+ ){0,6}(once|when|after|if) (they|he|she|the candidate)( are|'re|’re| is|'s|’s) (hired|placed|appointed|taken on)\\b
  placement agreement
  (I run|I own|I'm with|I am with|we're|we are) an? ([\\w-]+ ){0,2}(staffing|recruiting|placement|talent) (agency|firm|company)\\b
  i represent (several|a number of|many|some|top|experienced|qualified)
  refer (my|our) (candidate|client)s?
  (once|after|when|if) we (agree|settle) on (terms|a fee|fees)
  # a candidate presented through an agency; "I worked the gala as a temp through Crescent Staffing" is the writer's own past job
  (represent(s|ed|ing)?|plac(e|es|ed|ing)|present(s|ed|ing)?|introduc(e|es|ed|ing)|submit(s|ted|ting)?|offer(s|ed|ing)?) (\\w+ ){0,6}through (\\w+ ){1,3}staffing\\b
`;

/** A go-between who says they pass a note on without backing it: "no endorsement from me either way", "I've never met him". */
export const NO_ENDORSEMENT = String.raw`\b(?:no endorsement|not (?:an? )?(?:endorsement|recommendation)|not endorsing|(?:can't|cannot|can not) vouch|(?:don't|do not) (?:actually |really )?know (?:him|her|them)|(?:never|haven't|have not) met (?:him|her|them))\b`;

/**
 * A reference someone else has offered the candidate ("who's offered to be a reference", "said she'd be a
 * reference", "he's happy to act as a reference"): no ask of the referrer.
 */
const REFERENCE = String.raw`(?:a|my|one of my|her|his|their) (?:professional )?references?\b`;
export const REFERENCE_OFFERED = String.raw`\b(?:(?:offered|agreed|promised|volunteered)|(?:she|he|they)(?:['’]s| is|['’]re| are|['’]d| would|['’]ll| will) (?:be )?(?:happy|glad|willing)) to (?:be|serve as|act as) ${REFERENCE}|\b(?:she|he|they)(?:['’]d| would|['’]ll| will) (?:be|serve as|act as) ${REFERENCE}`;

/**
 * An ask that puts its writer's own work before whoever picks people ("put my portfolio in front of the
 * curators", "refer me to whoever picks the speakers"): not a job referral, yet the writer asks for themselves.
 */
export const OWN_WORK_FORWARD = String.raw`\b(?:(?:put|get|send|show|pass)(?:ing)? my (?:own )?(?:portfolio|work|reel|showreel|demo reel|art|artwork|paintings|photos|photography|music|writing|manuscript|pieces|designs|films?) (?:in front of|to|before)\b|(?:refer|introduce|connect) me to (?:whoever|the (?:person|people) (?:who|that)|someone (?:who|that)) (?:picks|chooses|selects|books|casts|hires|curates|commissions|programs) (?:the |new |guest )*(?:artists|speakers|performers|musicians|bands|acts|writers|authors|photographers|illustrators|painters|filmmakers|exhibitors|presenters|talent)\b)`;

/** Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction. */
export const NOT_A_REFERRAL = `
  (be|serve as|act as) (a|my|one of my) (professional )?references?\\b
  (a|your) reference for me
  who(ever)? (handles|owns|runs|buys|manages|is in charge of) (the )?(procurement|purchasing|buying|vendor|payroll|tax|billing|partnerships)
  (refer|introduce) me to (your|the) (buyer|procurement|purchasing|decision[- ]maker)s?
  (quick |short |\\d+[- ]minute )?demo (call )?(would|to) show
  (business|partnership|investment) (introduction|intro|opportunity)
  who(ever)? (handles|owns|runs|buys|manages|is in charge of|decides on) (\\w+ ){0,3}(procurement|purchasing|buying|vendors?|payroll|tax|billing|partnerships|software|tools|loans|mortgages|accounts|insurance)\\b
  (an )?introduction to the right person
  we('re| are) an? (\\w+ ){0,3}(supplier|vendor|distributor|manufacturer|reseller)\\b
  # a firm asking to be taken on as a supplier of labour or goods: "put us forward to your site manager or your agency list"
  (put|send|pass|refer|recommend) us (forward |on |along )?to (your|the) ([\\w'’-]+ ){0,4}(agency|agencies|supplier|suppliers|vendor|vendors|contractor|contractors|subcontractor|labou?r|approved|preferred)( [\\w-]+)? (list|panel|framework|roster|pool|register)\\b
  (happy|glad|love) to (send|share|give|run) (you )?(a |an )?(short |quick )?demo
  (asked|asks|asking) (me )?for (\\w+ ){0,2}references\\b
  # a reference for a job elsewhere, asked as a place on the list: "they want three professional references. Could I list you?"
  (they|the [\\w-]+( [\\w-]+)?)( also| still)? (want|wants|need|needs|require|requires|requested|ask for|asks for|asked for) (\\w+ ){0,2}(professional |work |job |employment )?references\\b
  (can|could|may|might|mind if|ok if|okay if|alright if) I (list you|put you down|put your name down)\\b
  (love|get|want|need) (some )?(press |media |news )?coverage
  (good )?word with the (admissions?|loan|claims?|scholarship|selection) (committee|office|team|department)
  my (claim|order|account|refund|case|policy|application|loan|mortgage|appointment|scan|surgery) (has been|is|was|got) (stuck|delayed|pending|denied|on hold|cancelled|canceled)
  # research that asks for answers, not work: "complete a 12-minute survey", "take part in my study"
  (complete|fill out|fill in|take|answer) (a|an|our|my|this|the|a short|a quick) ([\\w-]+,? ){0,3}(survey|questionnaire|poll)\\b
  (participate|take part) in (a|an|my|our|this) ([\\w-]+ ){0,2}(study|survey|research project|focus group)\\b
  # a survey told of as the writer's own project: "we are running a 10-minute survey on staff retention"
  (we('re| are)|i('m| am)) (running|conducting|carrying out|doing) (a|an|our|my|this) (short |quick |brief |\\d+[- ]minute |anonymous |online )*(survey|questionnaire|poll) (on|of|about|among|into|for)\\b
  # a paid survey told of, not asked outright: "the questionnaire takes about 8 minutes", "respondents receive a voucher"
  (the|our|this) (survey|questionnaire|poll) takes (only |just |about |around |roughly )?\\d+\\b
  (participants|respondents) (will )?(receive|get|are paid|earn)\\b
  # a seller's time to show what they sell: "20 minutes to show you what we've been doing for leasing teams"
  (minutes|a call|a quick call|some time) to (show|walk) you (through )?(what|how) (we|our)\\b
  # a seller's demo asked for outright: "would you be open to a 15-minute demo next week?"
  (open to|up for|available for|interested in|time for) (a|an) (quick |short |brief |\\d+[- ]minute )?(product |live )?demo\\b
  # an expert network's paid call: advice sold to a client, asked of the referrer, no work for anyone
  \\bpaid (\\d+[- ]minute )?(phone |video |expert )?(consultation|consult|call|interview)s?\\b
  # an invitation to appear, not to be hired: "would you join us as a guest on the podcast?", "have you on our show"
  (have you|invite you to|would you|could you|will you|care to) (join|be|come on|appear on) ([\\w-]+ ){0,3}(as )?(a|our|my) (guest|speaker|panell?ist)\\b
  (have you|having you|invite you|would you|could you|will you|care to) (be |come |appear )?on (my|our|the) ([\\w-]+ ){0,2}(podcast|show|panel|webinar|livestream)\\b
  # an invitation to attend, known by what it asks: a seat, a pass, a registration ("you are invited to join our track")
  (invite you|inviting you|you('re| are) (\\w+ )?invited) to (join|attend|register for|be (our|a) guest at|take part in)? ?(us (at|for|on) )?(our|the|a|an|this( year's)?) ([\\w&-]+ ){0,5}(summit|conference|webinar|event|expo|forum|gala|meetup|roundtable|masterclass|session|track|reception|launch|showcase|festival)s?\\b
  join us (for|at|on) (our|a|an|the|this) ([\\w&-]+ ){0,5}(summit|conference|webinar|expo|forum|gala|roundtable|masterclass|live session|showcase)\\b
  (claim|reserve|save|secure|book|grab) (my|your) (free |complimentary |vip |guest |spot and )*(pass|ticket|seat|spot|place|invitation)\\b
  (a|your|one) (free |complimentary )(vip |guest |full[- ]access |all[- ]access |delegate )?(pass|ticket|registration|seat)\\b
  register (now|today|here|for free|your (seat|spot|place|interest))\\b
  # a seat on a panel, not a job: "we'd love for you to join a panel at", "would you sit on our roundtable"
  (invite you|inviting you|for you|would you|could you|will you|care) to (join|sit on|serve on|be on|moderate) (a|our|the|this( year's)?) ([\\w&'-]+ ){0,3}(panel|roundtable|fireside chat)s?\\b
  # an invitation to speak, not to be hired: "we'd love for you to speak at", "would you consider presenting at"
  (invite you|inviting you|have you|for you|would you (like|be willing|be interested in|consider)|interested in) (to )?(speak|speaking|present|presenting|give a talk|giving a talk|keynote|keynoting) (at|on) (our|the|this|a|an|next) ([\\w&'-]+ ){0,5}(summit|conference|webinar|event|expo|forum|panel|meetup|roundtable|podcast|session|track|symposium|congress|stage)s?\\b
  # a table or a stand sold at a showcase or a fair: "exhibitor tables are €350", "book your stand", "sponsorship packages start at"
  (exhibitor|exhibition|sponsor|sponsorship|vendor|recruiter|employer) (tables?|booths?|stands?|stalls?|packages?|spaces?|slots?|tiers?) (are|is|costs?|starts?|start at|include|includes)\\b
  (book|reserve|secure|buy|purchase|grab|claim) (a|an|your|one) (exhibitor|exhibition|sponsor|vendor|employer|recruiter) (table|booth|stand|stall|space|slot)\\b
  (addition|exhibitor|sponsor|partner) (to|at|for) (our|this( year's)?) ([\\w&'-]+ ){0,5}(showcase|job fair|jobs fair|careers? fair|recruitment fair|graduate fair|hiring fair|expo|exhibition)s?\\b
  (sponsor|sponsoring|exhibit at|exhibiting at|take a (table|stand|booth) at) (our|this( year's)?) ([\\w&'-]+ ){0,5}(showcase|job fair|jobs fair|careers? fair|recruitment fair|graduate fair|hiring fair|expo|exhibition)s?\\b
  # a seller's price and a seller's call: "we're offering 25% off crew bundles", "a quick call to see if we could help"
  (offering|offer|get|save|enjoy|take) (\\d{1,2}%|\\d{1,2} percent) off\\b
  (call|chat|meeting|conversation) to (see|explore|discuss|find out|learn) (if|whether|how) (we|our)\\b
  # a firm selling its services to the referrer's organisation: a place on its buying list, its brochure and its fees
  (added|add me|add us|put|be) (to|on|onto) (your|the) (approved|preferred|framework|nominated|select) ([\\w-]+ ){0,2}(suppliers?|consultants?|contractors?|vendors?|providers?|practices?|firms?)( list| panel| register| roster)?\\b
  who(ever)? (commissions|procures|tenders|outsources|appoints consultants for|buys in) (\\w+ ){0,3}(surveys?|inspections?|audits?|services|works|consultants?|contractors?|suppliers?|training|cleaning|maintenance|repairs?)\\b
  (attach|attached|attaching|enclose|enclosed|enclosing|here are|here is|sending) (is |are )?(my|our) ([\\w-]+ ){0,2}(brochure|fee scales?|rate cards?|price lists?|fee schedules?|schedules? of (rates|fees)|capability statement)s?\\b
  \\b(my|our) (practice|firm|company|studio|agency)('s)? (brochure|fee scales?|rate cards?|price lists?|fee schedules?|capability statement)\\b
  # giving money, not asking for work
  (make|making|give|giving) (a|our|my) (\\w+ )?(gift|donation)\\b
  (would like|want|wants|plan|planning|hoping) to (donate|give a gift)
`;

/**
 * Asks to be sent to someone who does a thing for them: a buyer, a decision maker, a person who can
 * fix, schedule or translate something. Read only in sentences with no talk of a job (see
 * JOB_TALK): "refer me to whoever handles hiring for the PM role" is a job ask.
 */
export const SERVICE_ASK = `
  (refer|introduce|connect) me to (whoever|(the|the right) person (who|that)|someone (who|that)) (owns|handles|buys|runs|manages|decides)
  # "refer me to the person responsible for data procurement": whoever buys, not a job
  (refer|introduce|connect) (me|us) to (whoever is|the (right )?(person|people|team|contact)|someone|anyone) (responsible for|in charge of)\\b
  # whoever does something: "whoever greenlights new series", "refer our agency to whoever manages contracts"
  (refer|introduce|connect) (me|us|our (\\w+ )?(agency|company|firm|business|winery|product|team)) to whoever\\b
  # a referral asked as a thing, to whoever buys: "I'd love a referral to the right person, or 15 minutes with you"
  (a|an) (referral|introduction|intro) to (the (right|relevant|best)|whoever|whichever)\\b
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
  # a service for someone in the writer's care, asked of the referrer's office: "is your office able to be her guardian"
  (is|are|can|could|would|will) (your|you and your|the) (office|agency|firm|practice|clinic|service|department|team|program|organi[sz]ation) (be )?(able to |willing to |allowed to )?(be|become|act as|serve as|take over as|step in as) (her|his|their|my|our) ((\\w+ ){0,2})(guardian|conservator|advocate|representative|payee|trustee|executor|caregiver|case worker|caseworker)s?\\b
`;

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK = `
  hiring
  hires?
  interviews?
  interviewing
  r[ée]sum[ée]s?
  cvs?
  roles?
  positions?
  # an opening night or an opening on weekends is no job
  openings?(?! (night|day|weekend|ceremony|on (mon|tue|wed|thu|fri|sat|sun)\\w*|on weekends|in the (morning|evening|afternoon)s?))
  (?<!\\bside )jobs?
  recruit\\w*
`;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST = `
  (^|\\s)@(here|channel|everyone)\\b
  # a greeting to a whole group: "hi all", "morning everyone"
  \\b(hey|hi|hello|(good )?(morning|afternoon|evening)) (everyone|all|folks|y'all)\\b
  # a question put to a whole channel or group: "anyone here work at a city forestry dept?", "does anybody in this group know"
  \\b(anyone|anybody) (here|in here|on here|in this (channel|group|server|chat|community|thread|sub))\\b
  \\b(everyone|everybody) (in|on) (here|this (channel|group|server|chat|community|thread|sub))\\b
  # a message to one person and a whole channel besides: "hey @sam + everyone in #eng-chat"
  (^|\\s)(\\+|&) (everyone|everybody|all|folks) (in|on) #[\\w-]+
  # the same ask put in other channels too: "posted the same in #jobs too", "cross-posted to a few groups"
  \\b(posted|shared|sent|put|dropped|asked) the same( (message|note|ask|question|request|post|thing))? (in|on|to|over in) (#[\\w-]+|(a few|several|some|other|multiple|a couple of) (other )?(channels|groups|servers|communities|boards))
  \\bcross-?post(ed|ing)? (this |it )?(in|on|to)\\b
  \\b(reaching out|writing|sending this|sent this|reached out) to (a few|several|many|a lot of|lots of|a bunch of|a handful of|dozens of|everyone|as many)\\b
  \\b(messaging|emailing|contacting|dm'?ing|pinging|texting|writing to|asking) (everyone|everybody|anyone|anybody|every person) (I can|I could|I know|I've found|at|in|who|on|here)\\b
  # one letter to every employer of a kind: "I'm writing to all the veterinary practices in the county", "contacting every hotel in town"
  \\b(writing|sending this|reaching out|sent this|wrote|emailing|contacting|writing to|reaching out to) (to )?(all|every|each)( of)? (the )?((?!(you|your|us)\\b)[\\w&'’-]+ ){0,4}(departments?|companies|company|labs?|laboratories|firms?|hospitals?|schools?|clinics?|practices?|studios?|employers?|shops?|universities|university|restaurants?|hotels?|offices?|agencies|agency|plants?|workshops?|businesses|business|organi[sz]ations?)\\b
  # the same note sent round a company: "I am sending this message to some people at Hikari"
  \\b(sending|sent|sending out|writing|messaging|emailing) (this|the same) (message|note|request|email|dm) to (some|a few|several|many|multiple|various|other|a number of|a couple of|all the) (people|folks|employees|colleagues|contacts|engineers|recruiters|managers|staff|members|of you)\\b
  \\b(sending|sent|messaging|emailing|writing to|reaching out to|contacting) (some|a few|several|many|multiple|various) (other )?(people|folks|employees|contacts|staff|members) (at|in|from) (your|the) (company|team|firm|org)\\b
`;

/**
 * A form letter's greeting: to a desk or a post, never a person ("Dear Hiring Team", "To whom it may concern").
 * Beside an ask for any opening at all, it is one letter sent to many employers (signals/form-letter.ts).
 */
export const DESK_GREETING = String.raw`^(?:dear|hello|hi|to|attn:?|attention:?) (?:the )?(?:(?:hiring|recruitment|recruiting|talent(?: acquisition)?|hr|human resources|careers?|personnel|employment) (?:team|manager|department|dept|committee|panel|officer|desk)s?|(?:sir|madam|sir or madam|sir\/madam)|whom it may concern)\b`;

/** An ask for any opening at all: "any available positions", "any open role, lab or office", "any suitable vacancies". */
export const ANY_OPENING = String.raw`\bany (?:available |open |suitable |relevant |current |vacant |possible |appropriate |entry[- ]level )?(?:[\w&/-]+,? (?:or |and )?){0,4}(?:positions?|posts?|roles?|openings?|vacanc(?:y|ies)|jobs?|opportunit(?:y|ies))\b`;

/** A form's field left blank: "Requested role: (none selected)", "Position: N/A", "Role: any". */
export const BLANK_FIELD = String.raw`^\s*:\s*[([]?(?:none(?: selected| chosen| given| specified)?|not (?:selected|chosen|given|specified)|n\/?a|unspecified|any|-+|—)[)\]]?\s*\.?\s*$`;

/**
 * A mail header that hides its recipients: "to undisclosed-recipients", "Bcc: Undisclosed recipients:;". The intake
 * drops header lines, so the reader looks for it in the raw paste: one letter sent to many, whatever its words.
 */
export const MASS_MAILING_HEADER = String.raw`^[ \t]*(?:to|bcc|cc):?[ \t]+(?:me,[ \t]*)?(?:"?undisclosed[- _]recipients"?:?;?|recipients not shown)[ \t]*$`;

/** Who sells: "we", a company's capitalised name (never "I"), or "our" product or service. */
const SELLER = String.raw`(?:\b[Ww]e|(?!I\b)\b[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}|\b[Oo]ur (?:[\w-]+ ){0,2}(?:platform|product|software|tool|app|solution|service|program|course|curriculum|workshop|training|team|agency|firm|bench)s?)`;
const SELLS = `(?:help|work with|partner with|serve|support|train|supply|place|equip|staff|run|provide|offer|deliver|save|cut|let)s?`;
const YOUR_TEAM = String.raw`(?:like yours|your (?:team|staff|crew|department|unit|group|office|planners|engineers|nurses|managers|techs?|technicians|people|city|district|school|hospital|clinic|store|plant|kitchen|company|firm))\b`;

/**
 * A seller offering what they sell to the referrer's team ("Slotwise helps receiving teams like
 * yours…", "our platform could save your crew…"). Case-sensitive, so a company's capital names the
 * seller; "I" is never one (a candidate offering themselves is a job ask). Read with MEETING_ASK.
 */
export const SALES_OFFER = `${SELLER}(?: (?:also|can|could|would|currently))? ${SELLS}\\b(?:,? [\\w&'-]+){0,12} ${YOUR_TEAM}`;

/** Customers named as proof of a sale: "teams like Finmo and Quartzbank cut time-to-hire by 40%", "teams like yours usually get", "contractors your size are saving". */
const CUSTOMERS = String.raw`(?:[Tt]eams|[Cc]rews|[Gg]roups|[Cc]ompanies|[Bb]usinesses|[Cc]ustomers|[Cc]lients|[Bb]rands|[Ff]irms|[Cc]ontractors|[Oo]perators|[Ll]abs|[Hh]ospitals|[Cc]linics|[Ss]chools|[Nn]etworks|[Ss]tudios|[Aa]gencies|[Pp]ractices|[Rr]estaurants|[Ss]tores|[Ss]hops|[Cc]ities|[Tt]owns|[Cc]ounties|[Cc]ouncils|[Mm]unicipalities|[Dd]istricts|[Dd]epartments) (?:like (?:yours\b|[A-Z][\w&'-]+(?:,? (?:and |& )?[A-Z][\w&'-]+)*)|(?:of )?your size\b)`;
// The customers may carry a clause of their own: "teams like yours that run X on Android usually see …".
/** What a seller's customers gained: "cut", "save", "go live". */
const GAIN = String.raw`(?:cut|cuts|cutting|save|saved|saves|saving|reduced?|reduces|reducing|grew|grow|increased?|increases|get|got|getting|see|saw|seeing|trust|use|using|doubled|halved|boosted|go live|went live)`;
const CUSTOMER_GAIN = String.raw`(?: (?:who|that|which) [\w-]+(?: [\w-]+){0,3})?(?: [\w-]+){0,3} ${GAIN}\b`;

/**
 * The other shapes of a pitch: customers named as proof ("teams like Finmo cut time-to-hire by 40%"), or
 * a business looking for someone to sell its goods ("We are looking for a distributor in Washington
 * State"), never a role ("a sales agent role"). Read with MEETING_ASK.
 */
export const PITCH_SHAPES = [
  String.raw`\b${CUSTOMERS}${CUSTOMER_GAIN}`,
  // A price cut offered to buyers: "We give 30% discount for site managers", "15% off your first order".
  String.raw`\b(?:[Ww]e|I) (?:give|offer|are offering|have)s? (?:an? |our )?(?:special |exclusive )?\d{1,2} ?% (?:discount|off)\b|\b\d{1,2} ?% off (?:your|the|all|every) (?:first )?(?:order|purchase|subscription)s?\b`,
  // Customers counted as proof: "We've helped three bean-to-bar makers in France cut bloom rejects by 40%".
  String.raw`\b[Ww]e(?:['’]ve| have)? (?:helped|enabled|equipped|supplied) (?:over |more than )?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of)(?: [\w&'’-]+){1,5} ${GAIN}\b`,
  // Goods priced for a buyer: "Glad to send across price lists and spec sheets"; a writer's own samples are no sale.
  String.raw`\b(?:[Hh]appy|[Gg]lad) to (?:send|share|drop) (?:over |you |across )?(?:our |the |some )?(?:spec(?:ification)? sheets?|price lists?|pricing|quotes?)\b`,
  String.raw`\b(?:[Ww]e(?:'re| are)|[Oo]ur (?:company|estate|winery|brand|firm) is) (?:currently |now )?(?:looking|searching|seeking)(?: for)? (?:a|an|new) (?:distributor|importer|reseller|stockist|wholesaler|retail partner|sales partner|channel partner|distribution partner|trade partner|sales agent)s?\b(?! (?:role|position|job|opening))`,
];

/** A meeting a seller asks for: a call, a demo, time on the calendar. */
export const MEETING_ASK = String.raw`
  \b(?:open to|up for|free for|time for|available for|interested in) (?:a |an )?(?:quick |short |brief |free )?(?:\d+[- ]?min(?:ute)?s? )?(?:call|chat|meeting|demo|conversation|walkthrough|intro call)\b
  \b(?:book|grab|schedule|set up|find) (?:a |some )?(?:time|call|meeting|demo|slot)\b
  \b(?:quick|short|free|live|\d+[- ]?min(?:ute)?) demo\b
  \b(?:show|walk) you (?:how|what|a demo|through)\b
  \b\d+ minutes(?: with you)? (?:next|this) week\b
  # a seller's visit with the goods: "swing by with a few samples"
  \b(?:pop|come|drop|swing) (?:up|by|round|over|in) with (?:some |a few )?samples\b
  # "Worth a 15-min look next week?", "here's my calendar", a booking link
  \bworth an? (?:quick |short |brief )?(?:\d+[- ]?min(?:ute)?s? )?(?:look|chat|call|demo|conversation|peek|intro)\b
  \b(?:here['’]s|here is|grab (?:a |some )?(?:slot|time) on|book (?:a |some )?(?:slot|time) on) my calendar\b
  \bcalendly\b
  # a catalog or a demo to be asked for: "DM me for catalog and demo", "message us for a price list"
  \b(?:dm|message|pm|email|text|contact|call) (?:me|us) (?:for|to get|to see) (?:a |an |our |the |the full )?(?:free )?(?:catalog(?:ue)?|demo|price list|pricing|brochure|quote|samples?)\b
  # samples and trials offered: "Would you be open to tasting samples?", "happy to bring samples"
  \b(?:open|interested) to (?:tasting|trying|sampling|testing|piloting|a (?:free )?(?:trial|pilot|tasting|sample))\b
  \b(?:bring|send|ship|drop off) (?:you )?(?:some |a few |free )?samples\b
  # a catalog or a sample kit sent, for which a seller needs an address: "Can I send you our catalog + a free sample kit?"
  \b(?:bring|send|ship|mail|drop off) (?:you )?(?:our|a|an|the|some) (?:[\w-]+ ){0,3}(?:catalog(?:ue)?|brochure|price list|sample kit|samples?|swatch(?:es)?)\b
  \b(?:need|send|share|get) (?:me )?(?:a|your) (?:shipping|mailing|delivery) address\b
`;
