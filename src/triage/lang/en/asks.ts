/**
 * English phrase data: What the writer asks for: a referral, advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  refer(ring)? (me|him|her|them)\\b
  # asked of someone by name: "Would you be willing to refer A.J.?"
  refer(ring)? (?!to\\b|you\\b|back\\b)[a-z][a-z.'’-]*( [a-z][a-z.'’-]*)?\\?
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
  # "can you get him in??": a way in through the referrer
  (can|could|would) you get (me|him|her|them) (in|hired|an interview)\\b
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
`;

/** "Let me know which roles fit": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\blet me know (which|what|if any) (roles?|positions?|teams?|openings?)\\b
  \\bwhatever (you think|fits|role)\\b
  \\b(any|whichever) (role|position|team) (you think|that fits)\\b
`).join('|');
