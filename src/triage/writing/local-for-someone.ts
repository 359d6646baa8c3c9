/**
 * The drafts in another language to someone who wrote for a named candidate or passed on their note
 * (`aboutCandidate`, as in English: for-someone.ts): they greet the writer, in the writer's register,
 * and speak of the candidate by name. The yes asks for the candidate's résumé to come directly, the
 * one-pager asks the candidate for a page directly, and the no tells the writer about the candidate.
 */

import { capitalized, type LocalContext, letter, roleOf, say } from './local-kit.js';
import { teamName } from './reply-kit.js';
import { firstName } from './wording.js';

const nameOf = (ctx: LocalContext) => firstName(ctx.candidate.name) ?? '';

export function localYesFor(ctx: LocalContext, quote: string | null): string {
  const { about } = ctx.wording;
  const name = nameOf(ctx);
  return letter(ctx, [
    say(ctx, about.thanks, { name }),
    say(ctx, about.yes, { name, role: roleOf(ctx) }),
    quote ? say(ctx, about.why, { quote }) : '',
    say(ctx, ctx.candidate.roleUrl ? about.needResume : about.needLinkAndResume, { name }),
  ]);
}

/** What the candidate's page should bring: the first piece the note lacks, never one it has. */
function pieceFor(ctx: LocalContext, name: string): string {
  const { pieces } = ctx.wording.about;
  if (ctx.missing.includes('proof')) return say(ctx, pieces.proof, { name });
  if (ctx.missing.includes('fitOverlap')) return say(ctx, pieces.fitOverlap, { name, team: teamName(ctx) });
  if (ctx.missing.includes('ask')) return say(ctx, pieces.ask, { name });
  if (ctx.missing.includes('whyMe')) return say(ctx, pieces.whyMe, { name });
  return say(ctx, pieces.other, { name });
}

export function localOnePagerFor(ctx: LocalContext): string {
  const { about, onePager } = ctx.wording;
  const name = nameOf(ctx);
  const close = ctx.fit.level === 'strong' || ctx.fit.level === 'partial';
  return letter(ctx, [
    say(ctx, about.thinking, { name }),
    close ? say(ctx, onePager.fitClose) : '',
    say(ctx, ctx.candidate.roleUrl ? about.ask : about.askWithLink, { name }),
    pieceFor(ctx, name),
    say(ctx, onePager.close),
  ]);
}

export function localNoFor(ctx: LocalContext): string {
  const { about } = ctx.wording;
  const name = nameOf(ctx);
  const blocker = ctx.blocker ?? (ctx.fit.level === 'none' ? 'outsideArea' : null);
  const reason =
    blocker === 'outsideArea'
      ? say(ctx, about.outsideArea, { role: capitalized(roleOf(ctx)), team: teamName(ctx) })
      : blocker === 'roleNamed' || blocker === 'tooMuchMissing'
        ? say(ctx, about.noRole, { name })
        : '';
  return letter(ctx, [
    say(ctx, about.thinking, { name }),
    say(ctx, about.decline, { name }),
    reason,
    say(ctx, about.close, { name }),
  ]);
}
