/**
 * English phrase data: What the writer asks for: a referral, advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  # not one who would take part in a study: "refer me to a few colleagues who might take part"
  refer(ring)? (me|him|her|them)\\b(?! to ([\\w-]+ ){0,4}(who|that) (might|could|would|will|may|can) (like to |want to |be willing to )?(take part|participate|respond|answer|fill|complete|join (the|my|our|this) (study|survey|panel)))
  # asked of someone by name: "Would you be willing to refer A.J.?"
  refer(ring)? (?!to\\b|you\\b|back\\b)[a-z][a-z.'’-]*( [a-z][a-z.'’-]*)?\\?
  # "referral program" or "referral bonus" is not an ask, nor are "referral requests" spoken of as a kind of mail
  # ("how recruiters answer referral and networking requests"); "a referral request" is still one
  # nor are "employee referrals" studied as a practice ("how agencies hire, including the role of employee referrals")
  (referral(?!s)|(?<!\\b(employee|staff|internal|peer) )referrals)(?! (program|bonus|link|code|loop|traffic|(and [\\w-]+ )?(requests|asks|messages|emails|DMs)\\b))
  put (in )?a (good )?word
  put (my|his|her|their) name (forward|in)
  # "referring my candidate", "refer any of them": the one asked for, named by what they are to the writer
  refer(ring)? (my|our|this|the) (candidate|client|student|graduate|friend|son|daughter|nephew|niece|colleague|cousin|brother|sister|mentee)s?\\b
  refer(ring)? (any|some|one|all|each|either) (of )?(them|us|our)\\b
  # a name handed on: "could you give my name to the hiring team", "pass his name along"
  (giv(e|ing)|pass(ing)?|send(ing)?|get(ting)?) (along |on )?(my|his|her|their) name (to|along|on|forward|in front)\\b
  (can|could|would) you put (me|him|her|them) (in|forward|up)\\b
  # "mention my name to your head of department", "drop his name to the hiring team"
  (mention|mentioning|drop|dropping) (my|his|her|their) name (to|with)\\b
  # "Would you consider her?", "could you consider me for the post"
  (can|could|would|will) you (please )?consider (me|him|her|them)\\b
  pass (along |on )?my (resume|résumé|cv|profile|application)
  forward my (resume|résumé|cv|profile|application)
  submit (me|my (resume|résumé|cv|profile|application))
  # the ask in the passive: "I'd love to be referred", "hoping to get put forward for it"
  (be|get|being|getting) (referred|put forward|put up for|recommended|nominated|vouched for)\\b
  recommend(ing)? me\\b
  put(ting)? me (forward|up for)
  (speak|speaking) up for me
  vouching for me
  (endorse|nominate) me\\b
  vouch for me
  flag my (application|profile|resume)
  introduce me to (the )?hiring
  intro to (the )?hiring manager
  # "can you get him in??": a way in through the referrer
  (can|could|would) you get (me|him|her|them) (in|hired|an interview)\\b
  help (me|him|her|them) get (in|hired|an interview)\\b
`;

export const ADVICE_ASK = `
  pick your brain
  coffee chat
  (grab|get|buy you) (a )?(virtual )?coffee
  quick (call|chat)
  (short|brief) (call|chat|video call|phone call)
  time for a (quick |short )?coffee
  what your (day-to-day|typical day|working day|day) (looks|is|feels) like
  (which|what) (further )?(training|courses|certifications?) you('d| would)? recommend
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
  # what a job pays: a question, not a referral ("what's the salary range for that level?")
  (comp|compensation|salary|pay|base) (band|range|bracket)s?
  how much (\\w+ ){0,3}(pays?|paid|earns?|makes?)\\b
`;

/**
 * Time asked for, and nothing said of what for ("10 minutes of your time?"): advice asked, unless the note asks
 * for something else that takes the time (a survey's "takes about 10 minutes").
 */
export const TIME_ASKED = String.raw`\b(?:\d+|a few|a couple of|some)[- ]?min(?:ute)?s? of your time\b`;

/** "Let me know which roles fit": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\blet me know (which|what|if any) (roles?|positions?|teams?|openings?)\\b
  \\bwhatever (you think|fits|role)\\b
  \\b(any|whichever) (role|position|team) (you think|that fits)\\b
  \\brefer me (to|for) (the|a|any|whichever) (suitable|right|appropriate|relevant|matching|best) (post|position|role|opening|vacancy|job)\\b
`).join('|');
