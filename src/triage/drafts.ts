import { areaLabel } from './areas.js';
import type { Candidate } from './candidate.js';
import type { Fit } from './fit.js';
import type { Blocker } from './recommend.js';
import type { MissingPiece, Signals } from './registry.js';
import type { Profile } from './schema.js';
import { clauseAround, defangMentions, firstName, metricIn, pick } from './wording.js';

export interface DraftContext {
  candidate: Candidate;
  signals: Signals;
  fit: Fit;
  profile: Profile | null;
  missing: MissingPiece[];
  blocker: Blocker | null;
  seed: number;
}

function greeting(ctx: DraftContext): string {
  const name = firstName(ctx.candidate.name);
  return `${pick(['Hi', 'Hey', 'Hi'], ctx.seed)} ${name ?? 'there'},`;
}

function signature(ctx: DraftContext): string {
  return ctx.profile?.name ? `\n\n${ctx.profile.name}` : '';
}

function roleName(ctx: DraftContext): string {
  const { targetRole } = ctx.candidate;
  if (ctx.fit.openRole) return `the ${ctx.fit.openRole.title} role`;
  if (!targetRole) return 'this role';
  return /\b(?:roles?|positions?|track)\b/i.test(targetRole) ? targetRole : `the ${targetRole} role`;
}

function teamName(ctx: DraftContext): string {
  return ctx.profile ? (ctx.profile.teamArea.split(':')[0] ?? ctx.profile.teamArea).trim() : 'my team';
}

function proofQuote(ctx: DraftContext): string | null {
  const proof = ctx.signals.proofPoint.evidence;
  if (!proof) return null;
  const metric = metricIn(proof);
  return clauseAround(proof, metric);
}

/** One concrete thing that would make a future ask stronger. */
function tip(ctx: DraftContext): string {
  const first = ctx.missing.find((m) => m === 'role' || m === 'proof' || m === 'whyMe' || m === 'ask');
  switch (first) {
    case 'role':
      return 'If you find a specific posting that matches your background, a short note with the role link and one result you are proud of would make a future ask much stronger.';
    case 'proof':
      return 'For a future ask, one concrete result with a number (what you shipped and what it changed) would make it much easier to vouch for you.';
    case 'whyMe':
      return 'For a future ask, a line on why you are asking that person in particular goes a long way.';
    case 'ask':
      return 'For a future ask, say plainly what you would like the person to do: it makes a yes much easier.';
    default:
      return 'A short note with the exact role link and one concrete result is what makes these easy to say yes to.';
  }
}

export function draftYes(ctx: DraftContext): string {
  const proof = proofQuote(ctx);
  const hasLink = Boolean(ctx.candidate.roleUrl);
  const opener = pick(
    ['thanks for the clear note.', 'thanks for making this easy to read.', 'thanks for reaching out.'],
    ctx.seed,
    1,
  );
  const role = roleName(ctx);
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
    ? ` What you describe ("${proof}") is the kind of result I can point to${ctx.fit.matched.length ? `, and it lines up with our ${teamName(ctx)} work` : ''}.`
    : '';
  const need = hasLink ? 'your résumé' : 'the exact role link and your résumé';
  const next = ` Could you send me ${need}? Once I have ${hasLink ? 'it' : 'them'} I'll submit the referral and let you know when it's in; from there it's with the recruiting team.`;
  return defangMentions(`${greeting(ctx)} ${opener} ${yes}${why}${next}${signature(ctx)}`);
}

export function draftOnePager(ctx: DraftContext): string {
  const opener = pick(
    ['thanks for reaching out.', 'thanks for the note.', 'appreciate you thinking of me.'],
    ctx.seed,
    3,
  );
  const role = roleName(ctx);
  const fitLine =
    ctx.fit.level === 'strong' || ctx.fit.level === 'partial'
      ? ` ${role.charAt(0).toUpperCase()}${role.slice(1)} is close to my team's work, so I'd like to take a proper look.`
      : ` I'd like to take a proper look at ${role}.`;
  const piece = onePagerPiece(ctx);
  const link = ctx.candidate.roleUrl ? '' : ' and the exact role link';
  const ask = ` Could you send me a one-page summary${link}? ${piece}`;
  const close = pick(
    [' If it looks like a match, I can take it from there.', ' Then I can give you a real answer.'],
    ctx.seed,
    4,
  );
  return defangMentions(`${greeting(ctx)} ${opener}${fitLine}${ask}${close}${signature(ctx)}`);
}

function onePagerPiece(ctx: DraftContext): string {
  if (ctx.missing.includes('proof'))
    return 'The piece I am missing is a concrete result: one thing you shipped and what it changed, ideally with a number.';
  if (ctx.missing.includes('fitOverlap')) {
    const from = ctx.fit.backgroundAreas.map(areaLabel)[0];
    return `The piece I am missing is how your ${from ?? 'current'} work carries over to ${teamName(ctx)}.`;
  }
  if (ctx.missing.includes('ask')) return 'It would also help to know exactly what you would like me to do.';
  if (ctx.missing.includes('whyMe')) return 'A line on why you think my team is the right fit would help too.';
  return 'A page with your background, the role, and why the fit is credible makes it easy for me to forward.';
}

const CLEAR_NO =
  "I'm not able to help with this one, and I'd rather say so clearly than leave you waiting. I hope the search turns up the right role soon.";

/** The body of a no for each blocker; a blocking signal without its wording here does not compile. */
const NO_REPLY: Record<Blocker, (ctx: DraftContext) => string> = {
  outsideArea: (ctx) => {
    const role = roleName(ctx);
    const area = ctx.fit.targetAreas.map(areaLabel)[0];
    return `${role.charAt(0).toUpperCase()}${role.slice(1)} sits outside my area (${teamName(ctx)}), so I couldn't speak to the fit and I'm not the right person to refer you.${area ? ` Someone who works in ${area} would be a much better ask.` : ''} Good luck with it.`;
  },
  adviceOnly: (ctx) =>
    `I'm not able to take on advice calls right now, so I'll pass on this one. ${tip({ ...ctx, missing: ['role'] })}`,
  pressure: () => CLEAR_NO,
  followUp: () => CLEAR_NO,
  placeholder: () =>
    "I'll pass on this one. One tip for future notes: part of the template was still in it, and a note written for the person you're asking lands much better.",
  resumeDump: () =>
    "I'll pass for now. A referral works best when the fit is spelled out for the reader: the exact role, and one line on why your background matches it.",
  flattery: (ctx) =>
    `I appreciate the kind words, but I only refer people for a specific role where I can speak to the fit, so I'll pass for now. ${tip(ctx)}`,
  roleNamed: (ctx) => `I only refer people for a specific role I can vouch for, so I'll pass for now. ${tip(ctx)}`,
  onBehalf: () =>
    "I only refer people I hear from directly, so I'll pass on this one. If the candidate would like to write to me themselves with the role and one result they're proud of, I'm glad to take a look.",
  tooMuchMissing: (ctx) => `I don't have enough to vouch for you yet, so I'll pass for now. ${tip(ctx)}`,
};

/** With no blocker the referrer chose no for reasons of their own, so the reply gives none it cannot stand behind. */
const NO_WITHOUT_REASON =
  "I'm not able to refer you for this one, and I'd rather say so clearly than leave you waiting. I hope the search goes well.";

export function draftNo(ctx: DraftContext): string {
  const opener = pick(['thanks for thinking of me.', 'thanks for reaching out.', 'thanks for the note.'], ctx.seed, 5);
  const body = ctx.blocker ? NO_REPLY[ctx.blocker](ctx) : NO_WITHOUT_REASON;
  return defangMentions(`${greeting(ctx)} ${opener} ${body}${signature(ctx)}`);
}
