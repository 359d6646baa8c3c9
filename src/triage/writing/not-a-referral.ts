import { REFERENCE_ASKED } from '../signals/pitch.js';
import type { DraftContext } from './reply-kit.js';

/**
 * What a note that is not a referral request asks for instead, so the no can say what it is: a
 * reference, a sale, a press pitch, a customer problem, a word on an admission, a business deal.
 * Read from the sentence the signal quotes; the first kind that fits names it.
 */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    REFERENCE_ASKED,
    "You're asking for a reference rather than a referral, and I only give references for people whose work I've seen firsthand, so I'll pass on this one. Good luck with the process.",
  ],
  [
    /\b(?:admissions?|scholarship|selection) (?:committee|office|decision)/i,
    "Putting in a word on an admission decision isn't something I can do, so I'll pass. I hope the application goes well.",
  ],
  [
    /\b(?:invit\w*|webinar|summit|conference|(?:vip|guest|delegate|complimentary|free) (?:pass|ticket)|save your seat|register (?:now|today|here)|speak(?:ing)? at)\b/i,
    "Thanks for the invitation, but it isn't a job referral, which is the only thing I handle here, so I'll pass this time.",
  ],
  [
    /\b(?:claim|order|account|refund|policy|dishwasher|repair|fix|speed (?:it )?up)\b/i,
    "This sounds like a customer issue rather than a job referral, and I can't help with accounts or claims from here; the customer support team is the right place for it.",
  ],
  [
    /\b(?:coverage|reporter|story|press)\b/i,
    "This is a press pitch rather than a job referral, so I'm not the right person for it, and I'll pass.",
  ],
  [
    /\b(?:partnership|investment|business (?:intro|introduction|opportunity))\b/i,
    "This is a business introduction rather than a job referral, so I'll pass on it.",
  ],
  [
    /\b(?:supplier|vendor|demo|buy|buys|purchasing|procurement|pricing|sell|software|tools|like yours|discount)\b|\d% off\b/i,
    "This reads as a sales introduction rather than a job referral, and I don't route vendor conversations, so I'll pass on it.",
  ],
];

const OTHER =
  "What you're asking for isn't a job referral, which is the only thing I can help with here, so I'll pass on this one. I hope you find the right person.";

/** The no for a note that is not a referral request, saying what it is when the note shows it. */
export function notAReferralReply(ctx: DraftContext): string {
  const evidence = ctx.signals.notAReferral.evidence;
  return KINDS.find(([kind]) => evidence !== null && kind.test(evidence))?.[1] ?? OTHER;
}
