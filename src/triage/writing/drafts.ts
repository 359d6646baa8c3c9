import type { Blocker } from '../decision/recommend.js';
import { areaLabel } from '../reading/areas.js';
import { draftNoFor, draftOnePagerFor, draftStillMissingFor, draftYesFor } from './for-someone.js';
import {
  type DraftContext,
  greeting,
  opener,
  proofQuote,
  resultAsk,
  roleName,
  signature,
  speaksOfCandidate,
  teamName,
  tip,
  warmClose,
} from './reply-kit.js';
import { wordingOf } from './signal-wording.js';
import { defangMentions, pick } from './wording.js';

export type { DraftContext } from './reply-kit.js';

/** "our Social work" already says work; "our Payments" needs the word. */
const workOf = (team: string) => (/\bwork$/i.test(team) ? team : `${team} work`);

export function draftYes(ctx: DraftContext): string {
  if (speaksOfCandidate(ctx)) return draftYesFor(ctx);
  const proof = proofQuote(ctx);
  const hasLink = Boolean(ctx.candidate.roleUrl);
  const open = ctx.answering
    ? 'thanks for sending the one-pager, it makes this easy.'
    : opener(
        ctx,
        ['thanks for the clear note.', 'thanks for making this easy to read.', 'thanks for reaching out.'],
        1,
      );
  const role = roleName(ctx, 'the right opening');
  const yes = pick(
    [
      `I'm happy to refer you for ${role}.`,
      `Happy to put your name forward for ${role}.`,
      `Yes, I can refer you for ${role}.`,
    ],
    ctx.seed,
    2,
  );
  const why = proof
    ? ` What you describe ("${proof}") is the kind of result I can point to${ctx.fit.matched.length ? `, and it lines up with our ${workOf(teamName(ctx))}` : ''}.`
    : '';
  const need = hasLink ? 'your résumé' : 'the exact role link and your résumé';
  const next = ` Could you send me ${need}? Once I have ${hasLink ? 'it' : 'them'} I'll submit the referral and let you know when it's in; from there it's with the recruiting team.`;
  return defangMentions(`${greeting(ctx)} ${open} ${yes}${why}${next}${signature(ctx)}`);
}

export function draftOnePager(ctx: DraftContext): string {
  const toWriter = speaksOfCandidate(ctx);
  if (ctx.answering) return toWriter ? draftStillMissingFor(ctx) : draftStillMissing(ctx);
  if (toWriter) return draftOnePagerFor(ctx);
  const open = opener(ctx, ['thanks for reaching out.', 'thanks for the note.', 'appreciate you thinking of me.'], 3);
  const role = roleName(ctx, 'your background');
  const fitLine =
    ctx.fit.level === 'strong' || ctx.fit.level === 'partial'
      ? ` ${role.charAt(0).toUpperCase()}${role.slice(1)} is close to my team's work, so I'd like to take a proper look.`
      : ` I'd like to take a proper look at ${role}.`;
  const piece = onePagerPiece(ctx);
  const link = ctx.candidate.roleUrl ? '' : ' and the exact role link';
  const ask = ` Could you send me a one-page summary${link}${nameWith(ctx)}?${whyName(ctx)} ${piece}`;
  const close = pick(
    [' If it looks like a match, I can take it from there.', ' Then I can give you a real answer.'],
    ctx.seed,
    4,
  );
  return defangMentions(`${greeting(ctx)} ${open}${fitLine}${ask}${close}${signature(ctx)}`);
}

/** The referrer already asked for a one-pager and it came back short: say what is still missing, without starting over. */
function draftStillMissing(ctx: DraftContext): string {
  const piece = onePagerPiece(ctx, 'still ');
  const name = ctx.missing.includes('name')
    ? ' And could you tell me your full name? I need it to put a referral in.'
    : '';
  const next = ` If you can send me that, I will take another look.${name}`;
  return defangMentions(
    `${greeting(ctx)} thanks for sending more, I read it together with your first note. ${piece}${next}${signature(ctx)}`,
  );
}

/** Signed with initials alone: the name is asked for with the one-pager, and why, in a line. */
const nameWith = (ctx: DraftContext) => (ctx.missing.includes('name') ? ', with your full name' : '');
const whyName = (ctx: DraftContext) =>
  ctx.missing.includes('name')
    ? " Your note only has your initials, and I'll need your name to put a referral in."
    : '';

/** Words of an outcome the rules could not read as a result ("declines became rare"): the gap is not clear. */
const OUTCOME_WORDS =
  /\b(?:stopped|became|fewer|less|rare(?:ly)?|faster|quicker|better|improved|reduced|dropped|fell|rose|grew|lifted|saved|cut)\b/i;

function onePagerPiece(ctx: DraftContext, still = ''): string {
  if (ctx.missing.includes('proof')) {
    // Humble where the triage is unsure: a note that tells of an outcome gets asked for its number, not told it has none.
    if (OUTCOME_WORDS.test(ctx.candidate.background ?? ''))
      return 'If you can, put a number on the result you mention, so I can point to it.';
    return `The piece I am ${still}missing is a concrete result: ${resultAsk(ctx)}, ideally with a number.`;
  }
  if (ctx.missing.includes('fitOverlap')) {
    const from = ctx.fit.backgroundAreas.map(areaLabel)[0];
    return `The piece I am ${still}missing is how your ${from ?? 'current'} work carries over to ${teamName(ctx)}.`;
  }
  if (still && ctx.missing.includes('roleLink')) return 'The piece I am still missing is the exact role link.';
  if (ctx.missing.includes('ask')) return 'It would also help to know exactly what you would like me to do.';
  if (ctx.missing.includes('whyMe')) return 'A line on why you think my team is the right fit would help too.';
  if (still) return 'What I still need is one line on why your background fits this role in particular.';
  return 'A page with your background, the role, and why the fit is credible makes it easy for me to forward.';
}

/** The body of a no that no signal words: a role outside the area, or too much missing at once. */
const NO_REPLY: Record<Exclude<Blocker, SignalBlocker>, (ctx: DraftContext) => string> = {
  outsideArea: (ctx) => {
    const role = roleName(ctx);
    const area = ctx.fit.targetAreas.map(areaLabel)[0];
    return `${role.charAt(0).toUpperCase()}${role.slice(1)} sits outside my area (${teamName(ctx)}), so I couldn't speak to the fit and I'm not the right person to refer you.${area ? ` Someone who works in ${area} would be a much better ask.` : ''} Good luck with it.`;
  },
  tooMuchMissing: (ctx) => `I don't have enough to vouch for you yet, so I'll pass for now. ${tip(ctx)}`,
};

type SignalBlocker = Exclude<Blocker, 'outsideArea' | 'tooMuchMissing'>;

function noBody(blocker: Blocker, ctx: DraftContext): string {
  if (blocker === 'outsideArea' || blocker === 'tooMuchMissing') return NO_REPLY[blocker](ctx);
  // Each blocking signal words its own no, beside its other wording in the registry.
  return wordingOf(blocker).blockReply?.(ctx) ?? NO_WITHOUT_REASON;
}

/** With no blocker the referrer chose no for reasons of their own, so the reply gives none it cannot stand behind. */
const NO_WITHOUT_REASON =
  "I'm not able to refer you for this one, and I'd rather say so clearly than leave you waiting. I hope the search goes well.";

export function draftNo(ctx: DraftContext): string {
  // The one no already worded to the writer (an offer made on someone's behalf) keeps its own words.
  if (speaksOfCandidate(ctx) && ctx.blocker !== 'onBehalf') return draftNoFor(ctx);
  const open = opener(ctx, ['thanks for thinking of me.', 'thanks for reaching out.', 'thanks for the note.'], 5);
  const body = ctx.blocker ? noBody(ctx.blocker, ctx) : NO_WITHOUT_REASON;
  return defangMentions(`${greeting(ctx)} ${open} ${body}${warmClose(ctx)}${signature(ctx)}`);
}
