/**
 * Replies to a note written for someone else (issue 22): they greet the writer and speak of the
 * candidate by name. A relative's or friend's note gets at best a one-pager, asked of the candidate
 * directly; a manager's vouch gets the same yes as the candidate's own note, with the next step
 * through the writer.
 */
import type { WhoIsWho } from '../decision/who.js';
import { type DraftContext, greeting, proofQuote, roleName, signature } from './reply-kit.js';
import { defangMentions, firstName, pick } from './wording.js';

const who = (ctx: DraftContext) => firstName(ctx.candidate.name) ?? 'the candidate';

export function draftYesFor(ctx: DraftContext): string {
  const name = who(ctx);
  const proof = proofQuote(ctx);
  const yes = pick(
    [`I'm happy to refer ${name} for ${roleName(ctx)}.`, `Happy to put ${name}'s name forward for ${roleName(ctx)}.`],
    ctx.seed,
    2,
  );
  const why = proof ? ` What you describe ("${proof}") is the kind of result I can point to.` : '';
  const need = ctx.candidate.roleUrl ? 'their résumé' : 'the exact role link and their résumé';
  const next = ` Could ${name} send me ${need} directly? Once I have it I'll submit the referral and let ${name} know when it's in.`;
  return defangMentions(`${greeting(ctx)} thanks for the note about ${name}. ${yes}${why}${next}${signature(ctx)}`);
}

export function draftOnePagerFor(ctx: DraftContext): string {
  const name = who(ctx);
  const link = ctx.candidate.roleUrl ? '' : ' and the exact role link';
  const what = ctx.signals.proofPoint.present
    ? `in their own words, with ${roleName(ctx)} and the result you mention`
    : `with their background, ${roleName(ctx)}, and one result they are proud of`;
  return defangMentions(
    `${greeting(ctx)} thanks for thinking of me for ${name}. I'd like to hear from ${name} directly: could ${name} send me a one-page summary${link}, ${what}? Then I can give a real answer.${signature(ctx)}`,
  );
}

/** The reason a referrer reads first when the note is someone else's ask for a named candidate. */
export function writerReason(who: WhoIsWho): string | null {
  if (!who.candidate || who.askedBy === 'self' || who.askedBy === 'agency') return null;
  const by = who.writer ? ` by ${who.writer}` : '';
  const directly = `at most a one-pager, asked of ${who.candidate} directly`;
  if (who.askedBy === 'relative') return `Written${by} for ${who.candidate}, as a relative or friend: ${directly}.`;
  if (who.askedBy === 'passedOn') return `Written${by} for ${who.candidate}, passing on their wish: ${directly}.`;
  return `Written${by} for ${who.candidate}, vouching from first-hand work: judged on the note's merits.`;
}
