import { lowerFirst } from '../shared/text.js';
import { defangMentions, firstName } from './wording.js';

/**
 * The notes a referrer sends a candidate after the first answer: closing out a one-pager that never
 * came, the referral submitted, an outcome, word from the hiring channel. Short and kind, and never
 * a promise the referrer cannot keep. The app only drafts them; the referrer sends them.
 */

export interface LoopDraftContext {
  candidateName: string | null;
  /** "the Senior PM, Activation role", or null when no role was named. */
  role: string | null;
  referrerName: string | null;
}

export type LoopMoment =
  | 'closed'
  | 'referred'
  | 'interviewing'
  | 'hired'
  | 'not_moving_forward'
  | 'withdrawn'
  | 'interested'
  | 'not_a_fit';

const BODY: Record<LoopMoment, (role: string) => string> = {
  closed: (role) =>
    `I'm closing this out on my side since the one-pager didn't come through, and that's completely fine. If you'd still like me to look at ${role} later, send it over with the role link and one result you're proud of.`,
  referred: (role) =>
    `I've submitted your referral for ${role}. From here it's with the recruiting team, who will reach out directly if it moves forward. I can't promise an outcome, but it's in.`,
  interviewing: (role) =>
    `Glad to hear you're interviewing for ${role}. Good luck, and feel free to let me know how it goes.`,
  hired: (role) => `Congratulations on ${role}! Really glad it worked out, and welcome aboard.`,
  not_moving_forward: (role) =>
    `I heard the team isn't moving forward for ${role}. I'm sorry it didn't work out this time, and thank you for letting me put your name in. I hope the search turns up the right fit soon.`,
  withdrawn: (role) =>
    `Thanks for letting me know you've withdrawn from ${role}. No problem at all, and best of luck with what's next.`,
  interested: (role) =>
    `A quick update on ${role}: someone on the hiring team has read about you and is interested. Recruiting should be in touch about next steps; I can't say how it goes from here, but it's a good sign.`,
  not_a_fit: (role) =>
    `A quick update on ${role}: the hiring team took a look and doesn't see a fit for this one right now. I'm sorry it isn't better news, and thank you for reaching out.`,
};

export function loopDraft(moment: LoopMoment, ctx: LoopDraftContext): string {
  const name = firstName(ctx.candidateName);
  const signature = ctx.referrerName ? `\n\n${ctx.referrerName}` : '';
  return defangMentions(`Hi ${name ?? 'there'}, ${lowerFirst(BODY[moment](ctx.role ?? 'the role'))}${signature}`);
}
