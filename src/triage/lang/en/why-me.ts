/**
 * English phrase data: Why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';
import { PRAISE_ADJECTIVES } from './praise.js';

const PRAISE = `(?:${PRAISE_ADJECTIVES.split(' ').join('|')})`;

/** What the referrer made or did that a candidate can point to: "your talk on…", "your team's work on…". */
export const REFERRER_WORK = wordAlternation(`
  work | background | experience | team | role | talk | post | article | writing | write-?up | rfc
  blog | doc | design doc | video | book | launch | project | research | panel | podcast | newsletter
  thread | session | keynote | paper | move | transition | time | jump | path | webinar | workshop
  lecture | class | course | training | presentation | seminar | issue | episode | guide | playbook | report
  interview | column | workshop
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  work | talk | post | article | launch | project | team | panel | podcast | paper | keynote | session
  background | series | show | column | book
`);

export const REFERRER_DID = wordAlternation(`
  led | lead | own | owned | run | ran | built | build | launched | shipped | manage | managed
  work on | worked on | wrote | published | spoke | presented | gave | made | moved | started
  founded | created | designed | maintain | maintained | scaled | grew | hired | mentor | mentored
  judged | refereed | officiated | emceed | moderated | juried
  walked | showed | toured
  switched | transitioned | posted | shared | hosted | organi[sz]ed | reviewed | taught | interviewed
  helped | answered | replied | invited | introduced | commented | recommended
`);

export const SEEN_WORK = wordAlternation(`
  talk | post | article | panel | podcast | work | paper | thread | comment | writing | session | webinar
  workshop | lecture | presentation | seminar | episode | masterclass | class | tasting | clinic | poster
  study club | club | meetup | forum | summit | retreat | camp | training | bootcamp
  keynote | demo | launch | newsletter | interview | write-?up | blog | essay | book | video | course
  repo | library | project | review | tweet | q&a | screening
`);

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  {
    source: String.raw`\b[Yy]our (?:(?!(?:on|at|in|from|of|to|for|with|about) )[\w-]+ ){1,3}[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?,? (?:who|told|said|says|suggested|mentioned|recommended|thinks|thought|and I|supervised|precepted|trained|mentored|managed|taught|coached|hired|(?:is|was) my|worked with me|works with me)\b`,
    flags: 'u',
  },
  {
    source: String.raw`\b[A-Z][\p{L}'-]+, who [\w-]+ (?:your|for you|with you)\b[^,.!?]{0,40}, (?:was|is|and I|told|said|suggested)\b`,
    flags: 'u',
  },
  {
    source: String.raw`\b[A-Z][\p{L}'-]+, your (?:[\w'’-]+ ){0,3}[\w'’-]+, (?:and I|was|is|told|said|suggested|recommended|gave|used to|has been|had been)\b`,
    flags: 'u',
  },
  {
    source: String.raw`\b[A-Z][\p{L}'-]+, (?:one of your|a [\w-]+ (?:on|in) your) (?:[\w-]+ ){0,2}?[\w-]+, (?:was|is|told|said|suggested|recommended|gave|and I|and (?:she|he|they)|used to|has been|had been)\b`,
    flags: 'u',
  },
  {
    source: String.raw`\b(?:next to|alongside|beside|under) your (?:(?!(?:on|at|in|from|of|to|for|with|about) )[\w-]+ ){1,2}[A-Z][\p{L}'-]+\b`,
    flags: 'u',
  },
  {
    // Not what the writer hopes to join: "honored to join your team in any capacity", "joining your crew at the depot".
    source: `(?<!\\b(?:join|joining|be part of|be a part of) )\\byour (?:[\\w&/'’-]+ ){0,3}?${REFERRER_WORK}s? (?:on|in|at|with|about|around|from|building|leading)\\b`,
    flags: 'i',
  },
  {
    // Praise in the work's place ("your visionary work", "your truly amazing team") names nothing the writer saw.
    source: `\\byour (?!own\\b)(?:(?!${PRAISE}\\b)[\\w&/"“”'’-]+ ){1,3}${REFERRER_WORK_NAMED}\\b`,
    flags: 'i',
  },
  { source: `\\byou(?:'ve| have| had)? (?:recently |also |once )?${REFERRER_DID}\\b`, flags: 'i' },
  // The referrer named by their post at a place, or as a fellow, then spoken to: "As Head of Mathematics at
  // Lakeshore, your view would…"; praise in the post's place ("As a visionary leader in retail, you…") is none.
  {
    source: String.raw`^As (?:the |a |an |my )?(?:fellow [^,.;!?]{2,60}|(?!(?:[\w-]+ )?(?:visionary|recogni[sz]ed|renowned|respected|leading|top|true|thought|distinguished|celebrated|acclaimed|legendary|inspiring)\b)[^,.;!?]{2,60}? at [^,.;!?]{2,80}), (?:you|your)\b`,
    flags: 'u',
  },
  {
    source: String.raw`\byou(?:'re| are) (?:(?:on|in)(?! (?:here|this (?:channel|group|server|chat|thread|community))\b)|leading|running|building|hiring|the (?:\w+ ){0,2}(?:lead|pm|manager|owner|designer|engineer))\b`,
    flags: 'i',
  },
  {
    source: String.raw`\bwe(?:'ve| have)? (?:last |once |previously |briefly )?(?:met|spoke|talked|chatted|worked|overlapped|connected|were both|both)\b`,
    flags: 'i',
  },
  { source: String.raw`\bwe (?:always|often|usually|sometimes) (?:chat|talk|catch up)\b`, flags: 'i' },
  { source: String.raw`\bour (?:time|years|days) together\b`, flags: 'i' },
  {
    source: `\\b(?:found|saw|see|seen|read|heard|watched|came across|listened to|attended|took|completed|joined|sat in on) (?:you|your)\\b(?: [\\w&/'’"“”-]+){0,6} ${SEEN_WORK}s?\\b`,
    flags: 'i',
  },
  {
    source: String.raw`\b(?:(?<!\b(?:on|at|in|from|via|through) )[A-Z][a-z]+ (?:suggested|recommended|mentioned|said)|introduced (?:me|us)|mutual (?:friend|connection|contact)s?|(?:friend|colleague|teammate|manager|classmate) of yours|referred me to you|suggested (?:i|that i) (?:reach out|talk to you|contact you|ask you))\b`,
    flags: '',
  },
  {
    phrases: `
    # thanks for an introduction made before this note: "thanks to Patrícia for the introduction"
    (thanks|thank you|grateful) (to )?[^\\s,.!?]+ for (the|this|your) (kind )?(introduction|intro)\\b
    (suggested|recommended|advised) (I|that I) (write|reach out|contact|talk|ask|get in touch|message|email|speak|apply)
    said you('d| would)? be the (right|best) (person|one)
    is (the reason|why) I('m| am) (asking|writing|reaching out|contacting|messaging)
    (heard|saw|watched) you (speak|present|talk|teach|give|preach|perform|play|sing|lecture)
    we were (on|in|at) the same
    # a past shared with the referrer, recalled: "long time since the Denver days", "since our days at Arcadia"
    (long time|a while|ages|years) since (the|our) ([\\w-]+ ){0,2}days\\b
    since our (days|time) (at|in|on)\\b
    # shared work or play: "we judged the same flight", "we sat on the same panel", "we played in the same league"
    (we|you and I) (judged|sat|served|played|competed|presented|spoke|volunteered|coached|ran|worked|trained|studied|raced|performed|taught|took|attended|rode|sang|marched) ((on|in|at|for|with) )?the same\\b
    # an event of the referrer's the writer worked at: "I crewed your spring fashion show", "I staffed your launch party"
    I (worked|staffed|served|catered|crewed|ran sound for|shot|photographed) (at |on )?your ([\\w'’-]+ ){0,5}(gala|event|wedding|banquet|conference|show|party|festival|launch|tour|dinner|reception|fundraiser|summit|opening)s?\\b
    # the referrer told the writer something, once: "you told me I should think about selling cars"
    you (once |even |personally )?(told|advised|encouraged|urged|invited) me\\b
    told me (you('re| are)|to (ask|reach out|write|contact|talk))
    (pointed|sent|directed) me (to you|your way|toward you)
    looping you in
    # the work itself, which the referrer met: "both of which you heard", "the two kitchens you ate in last spring"
    (both |all |each |either |one )?(of )?(which|that) you( yourself)?('ve| have| had)? (heard|saw|seen|played|inspected|toured|visited|tasted|ate in|rode in|sailed on|drove)\\b
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
    # a stint helping out in the referrer's own unit: "I pitched in at your lambing shed over Easter", "I volunteered on your ward"
    I (helped( out)?|volunteered|interned|temped|assisted|pitched in|did a placement|did a stint) ([\\w-]+ ){0,2}(on|in|with|at|for) your ([\\w-]+ )?(team|unit|ward|floor|crew|clinic|department|shift|yard|barn|stud|farm|kitchen|shop|lab|site|practice|shed|office)\\b
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
    (alum|alumni|alumnae) ([\\w-]+ )?(network|directory|database|group|association|list)\\b
    # the referrer addressed as a graduate of the writer's school: "As a Westbrook alumna working in industry"
    as an? ([\\w'’-]+ ){0,2}alumn(a|us)\\b
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
    we('ve| have)? (been|did|took|ran|built|studied|shared|went through|survived|worked|sat|trained|served|dealt|flew|played)\\b[^.!?]{0,40}\\btogether\\b
    we('re| are) both (in|on|part of|members of|from)\\b
    we (played|competed|raced|coached|worked) (against|with|alongside) each other\\b
    # opposite sides of one matter: "we were across the table on Meridian v. Coastal", "we were opposing counsel"
    we (were|sat|faced off) (across the table|on (opposite|other|different) sides|opposing counsel)\\b
  `,
  },
  {
    source: String.raw`\b[A-Z][a-z]+'s (?:old |former )?(?:[\w-]+ )?(?:partner|colleague|coworker|co-worker|teammate|classmate|roommate|friend|mentee|apprentice|preceptee|student|intern)\b`,
    flags: '',
  },
  {
    source: String.raw`\b[A-Z]+'S (?:OLD |FORMER )?(?:[A-Z-]+ )?(?:PARTNER|COLLEAGUE|COWORKER|CO-WORKER|TEAMMATE|CLASSMATE|ROOMMATE|FRIEND|MENTEE|APPRENTICE|PRECEPTEE|STUDENT|INTERN)\b`,
    flags: '',
  },
  { source: String.raw`\b[A-Z][a-z]+, meet [A-Z][a-z]+\b`, flags: '' },
  // A parent named by a place both know, then whose parent: "its Lorraine from St Brendan's, Chidinma's mum".
  {
    source: String.raw`\bfrom (?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*(?:['’]s)?, \p{Lu}[\p{L}'’-]*['’]s (?:mum|mom|mother|dad|father|mam|mama|papa)\b`,
    flags: 'u',
  },
  // A past the writer names as a place and time both know: "Pauline here from the Westfield High days".
  {
    source: String.raw`\bfrom (?:the|our) (?:good )?(?:old )?\p{Lu}[\p{L}'’&.-]* (?:[\p{L}'’&.-]+ ){0,2}days\b`,
    flags: 'u',
  },
  {
    phrases: `
    # the writer says what made them think of the referrer: "I thought of you because of the audit work"
    (thought|think|thinking) of you (because|since|given)\\b
    you (came|come|sprang|sprung) to mind (because|since|given)\\b
    # an acquaintance picked up again: "Long time!", "long time no see", "it's been ages"
    (?<!\\b(a|the|such a|so) )long time(?! ?[a-z])
    long time,? no (see|speak|talk|chat)\\b
    # the referrer's life known to the writer: "hope you and the family are well", "hope the new job is treating you well"
    hope you and (the|your) (family|kids|wife|husband|partner|little ones|boys|girls)\\b
    hope the ([\\w'’-]+ )?(knee|hip|back|shoulder|ankle|wrist|surgery|recovery|op|operation|leg|arm|foot) (is|are|'s) (better|healing|mending|on the mend|improving)\\b
    hope the new ([\\w'’-]+ )?(flat|house|home|place|baby|job|role|puppy|office) is (coming together|going well|treating you|settling|great|lovely)\\b
    (treating|treated) you (well|ok|okay|kindly|right)\\b
    since (the|our) ([\\w'’-]+ ){0,3}(reunion|wedding|party|conference|retreat|trip|summit|course|meetup|dinner|offsite)\\b
    # the writer was known to the referrer's family: "I was your father's colleague", "I hope you remember me"
    I (was|am|'m) your (father|mother|dad|mum|mom|brother|sister|uncle|aunt|parents)('s|’s) (old |former )?(colleague|friend|classmate|neighbou?r|teammate|partner|student)\\b
    I hope you remember me\\b
    # a past meeting the writer reminds them of: "You might remember me from the methods workshop"
    you (may|might|will|'ll|probably) (remember|recall) (me|meeting me|us meeting) (from|at|through)\\b
    # someone gave them the referrer's contact: "I got your number from Tito Ramon"
    (got|have|found) your (number|email|contact|details|name) (from|through|via) (?!(the|a|an|your|their|linkedin|google|online)\\b)
    # a community both are in, here: "I'm in the Finance Leaders community here"
    (in|part of|a member of) the ([\\w&'’-]+ ){1,4}(community|group|network|channel|guild|circle) (here|too|as well|with you)\\b
    # the writer introduced as a relative and a member of the referrer's own circle: "Chiamaka's mum from the church choir"
    ('s|’s) (mum|mom|mother|dad|father|sister|brother|aunt|uncle|wife|husband|cousin|niece|nephew|friend) from (the|our) ([\\w'’-]+ ){0,2}(choir|church|parish|mosque|temple|club|team|league|school|street|building|gym|group|ceremony|wedding|funeral|party|reunion|christening|baptism)\\b
    it('s| has) been (too long|ages|forever|a minute)\\b
    # the writer names themselves by a past both share: "Sid from the old pricing team", "jordan from the tasting at Bar Luz"
    \\bfrom the old ([\\w&'’-]+ ){0,3}(team|crew|shift|office|store|unit|lab|desk|department|site|firm|place|gang|days)\\b
    (it'?s|this is|I'?m|I am|[\\w'’-]+ here) ([\\w'’-]+ ){1,2}(here )?from (the|that|our) ([\\w&'’-]+ ){0,3}(tasting|meetup|conference|party|workshop|mixer|dinner|wedding|retreat|summit|open house|tournament|league|choir|fundraiser|reunion|barbecue|bbq|panel|course|cohort|group|club|chapter|guild|society|association|community)\\b
    # a meeting recalled with warmth: "it was good to see you at the summit", "great catching up with you in Lyon"
    (good|great|nice|lovely|fun|a pleasure) (to see you|seeing you|to catch up|catching up|to run into you|running into you|to bump into you|bumping into you|meeting you|to meet you)( with you)? (at|in|on|last|again|the other)\\b
    # an old acquaintance said outright: "you and I go back to the Jefferson days"
    (you and I|you and me|we) go (way )?back\\b
    # something the writer promised the referrer earlier: "As promised, I'm writing about…"
    as promised\\b
    # a third person's introduction: "connecting you two as promised", "introducing you both"
    (connecting|introducing|linking|putting) you (two|both)\\b
    # the writer pairs or writes with the referrer: "we paired on the demo", "I think we emailed about the sync issue"
    we (paired|partnered|collaborated|teamed up|co-wrote|co-led|co-taught|co-hosted|co-presented|co-authored|co-chaired|co-organi[sz]ed|emailed|corresponded|messaged)\\b
    # the referrer's own message about the opening: "saw your message in #jobs about the Audio Editor role"
    (saw|seen|read|noticed|spotted|caught) your (message|note|announcement|shout-?out|call-?out)\\b[^.!?]{0,60}\\b(about|for|re) (the|a|an|your|this|that)\\b
    # a moment the writer shared with the referrer's work: "when you did the audit at our store", "when y'all had us on the rebuild"
    when (you|y'all|your ([\\w-]+ )?(team|crew|robots|people|folks|group|company)) (did|ran|led|visited|came|went in|installed|gave|taught|audited|inspected|toured|presented|spoke|had (us|me))\\b
    # a Slack or group both are in: "in this workspace from the residents group"
    (in|on) this (workspace|slack|server|group|channel|community) (from|through|via)\\b
    # someone of the referrer's told the writer about them: "she said you work for BrightArc"
    (she|he|they) (said|mentioned|told me) you('re| are| work| were)\\b
    # found through a group both belong to: "found you through the CT special interest group's mailing list"
    found (you|your (name|profile|details|email|contact)) (through|via|in|on) (the|our|a) ([\\w&'’-]+ ){0,6}(group|list|network|association|society|community|forum|chapter|alumni|guild|union)\\b
    # the referrer a guest of the writer's family: "you were at our house every summer"
    you (were|came|used to (come|be)|'ve been|have been|stayed) (over )?(at|to|in) (our|my) (house|home|place|wedding|table|parties|cabin|farm)\\b
    # a course or work done beside the referrer: "she did her Master's at LCF with you"
    (studied|trained|apprenticed|did (his|her|their|my) [\\w'’-]+( [\\w'’-]+)?) (at [\\w'’&.-]+( [\\w'’&.-]+)? )?with you\\b
    # the referrer oversaw the writer's training: "as you supervised my placement"
    you (supervised|oversaw|ran|marked|examined|assessed) my (placement|internship|practicum|rotation|residency|thesis|dissertation|apprenticeship|project|clinicals)\\b
    # the writer's own time on the referrer's team: "my summer internship with your team"
    my ([\\w-]+ )?(internship|placement|co-?op|rotation|secondment|residency|apprenticeship|externship) (with|on|in|at|under) your\\b
    # what the referrer's work did for the writer: "your thread last month on CUPED saved me a week"
    # something the referrer said that the writer heard and kept: "your point about pacing stuck with me"
    your (point|remark|comment|answer|advice|take|tip|line|story|thoughts?|words|note) (about|on|re|that)\\b[^.!?]{0,60}\\b(stuck with me|stayed with me|resonated|struck me|has stuck|really landed|changed how I|made me (think|rethink|realize|realise))
    (loved|enjoyed|appreciated|really liked) your ([\\w'’-]+ ){0,3}(talk|panel|q&a|screening|keynote|session|workshop|lecture|presentation|webinar|demo|reading|class)\\b
    # someone from the referrer's past who sent the writer: "A friend from your old agency, Dana Wu, said you might…"
    (friend|colleague|coworker|co-worker|teammate|classmate) (of yours )?from your ([\\w'’&-]+ ){0,3}[\\w'’&-]+, [\\w'’-]+( [\\w'’-]+)?, (said|suggested|recommended|mentioned|told me|thought)\\b
    your ([\\w#'’-]+ ){0,3}(thread|post|talk|poster|article|video|guide|paper|answer|comment|newsletter|webinar|course|book)\\b[^.!?]{0,60}\\b(saved|helped|taught|changed|got) me\\b
  `,
  },
  {
    // A gathering both belong to, named beside the writer's name: "Sione here from church", "It's Jess (Beau's wife)
    // from the crawfish boil"; in lower case, so a company ("here from Pacific Mechanical") is not one.
    // Or a name alone opening the sentence: "Denise from the county CoC meetings."
    source: String.raw`(?:\b(?:[Hh]ere|[Ii]t'?s \p{Lu}[\p{L}'’-]+(?: \([^()]{1,40}\))?)|(?:^|[.!?,]\s+)(?!(?:Greetings|Hello|Hi|Hey|Love|Regards|Cheers|Best|Thanks|News|Word|Notes?|Messages?|Updates?)\b)\p{Lu}\p{Ll}+) from (?:the |our |your )?\p{Ll}[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}(?=\s*[.!,;:)]|\s*$|\s+\p{Extended_Pictographic}|\s+(?:and|but|so)\b)`,
    flags: 'u',
  },
];
