/**
 * Replies that go to the note's writer rather than the candidate (issue 22, `repliesToWriter`): they
 * greet the writer and speak of the candidate by name. The writer may ask for the candidate (a relative,
 * a manager) or pass on the candidate's own note (a colleague's forward). A relative's or friend's
 * note gets at best a one-pager, asked of the candidate directly; a manager's vouch and a forward get
 * the same yes as the candidate's own note, with the next step through the candidate. A manager who never
 * names the one they vouch for is asked for the name in the same breath (`namelessVouch`).
 */
import type { WhoIsWho } from '../decision/who.js';
import { areaLabel } from '../reading/areas.js';
import { type DraftContext, greeting, proofQuote, roleName, signature, teamName } from './reply-kit.js';
import { defangMentions, firstName, pick } from './wording.js';

/**
 * How the replies speak of the candidate: by first name, or, when the writer knows them first-hand but never
 * names them, as "they", with the name asked of the writer beside what the candidate should send.
 */
interface Person {
  they: string;
  them: string;
  their: string;
  /** A verb's ending and "to be" after `they`: "Ana thinks", "they think"; "Ana is", "they are". */
  s: string;
  are: string;
  /** Whom the note is about, ending a sentence. */
  about: string;
  named: boolean;
}

function personOf(ctx: DraftContext): Person {
  const name = firstName(ctx.candidate.name);
  if (!name) {
    const about = 'someone whose work you know.';
    return { they: 'they', them: 'them', their: 'their', s: '', are: 'are', about, named: false };
  }
  return { they: name, them: name, their: `${name}'s`, s: 's', are: 'is', about: ended(name), named: true };
}

/** A name that ends a sentence: "A.J." takes no second period. */
const ended = (name: string) => (name.endsWith('.') ? name : `${name}.`);

/** Who is asked to send what the referrer needs: the candidate, with the name asked of the writer first when unknown. */
const couldSend = (p: Person) => (p.named ? `${p.they} send` : 'you tell me their full name, and could they send');

/** Whose words the result is in: the writer's, when the ask is theirs; otherwise the note's (a forward, an introduction). */
const teller = (ctx: DraftContext) =>
  ctx.askedByAnother
    ? { says: 'What you describe', of: 'the result you mention' }
    : { says: 'The result in the note', of: 'the result in the note' };

export function draftYesFor(ctx: DraftContext): string {
  const p = personOf(ctx);
  const proof = proofQuote(ctx);
  const yes = pick(
    [
      `I'm happy to refer ${p.them} for ${roleName(ctx, 'the right opening')}.`,
      `Happy to put ${p.their} name forward for ${roleName(ctx, 'the right opening')}.`,
    ],
    ctx.seed,
    2,
  );
  const why = proof ? ` ${teller(ctx).says} ("${proof}") is the kind of result I can point to.` : '';
  const need = ctx.candidate.roleUrl ? 'their résumé' : 'the exact role link and their résumé';
  const next = ` Could ${couldSend(p)} me ${need} directly? Once I have it I'll submit the referral and let ${p.them} know when it's in.`;
  return defangMentions(`${greeting(ctx)} thanks for the note about ${p.about} ${yes}${why}${next}${signature(ctx)}`);
}

export function draftOnePagerFor(ctx: DraftContext): string {
  const p = personOf(ctx);
  const link = ctx.candidate.roleUrl ? '' : ' and the exact role link';
  const what = ctx.signals.proofPoint.present
    ? `in their own words, with ${roleName(ctx, 'the role they are after')} and ${teller(ctx).of}`
    : `with their background, ${roleName(ctx, 'the role they are after')}, and one result they are proud of`;
  return defangMentions(
    `${greeting(ctx)} thanks for thinking of me for ${p.about} I'd like to hear from ${p.them} directly: could ${couldSend(p)} me a one-page summary${link}, ${what}? Then I can give a real answer.${signature(ctx)}`,
  );
}

/** The one-pager came back short through the writer: what is still missing, asked of the candidate by name. */
export function draftStillMissingFor(ctx: DraftContext): string {
  const p = personOf(ctx);
  const withName = p.named ? ',' : ', with their full name,';
  return defangMentions(
    `${greeting(ctx)} thanks for passing on more from ${p.them}, I read it together with the first note. ${stillMissing(ctx, p)} If ${p.they} can send me that${withName} I will take another look.${signature(ctx)}`,
  );
}

function stillMissing(ctx: DraftContext, p: Person): string {
  const { missing } = ctx;
  if (missing.includes('proof'))
    return `The piece I am still missing is a concrete result from ${p.them}, ideally with a number.`;
  if (missing.includes('fitOverlap')) {
    const from = ctx.fit.backgroundAreas.map(areaLabel)[0] ?? 'current';
    return `The piece I am still missing is how ${p.their} ${from} work carries over to ${teamName(ctx)}.`;
  }
  if (missing.includes('roleLink')) return 'The piece I am still missing is the exact role link.';
  if (missing.includes('ask')) return `It would also help to know exactly what ${p.they} would like me to do.`;
  if (missing.includes('whyMe')) return `A line on why ${p.they} think${p.s} my team is the right fit would help too.`;
  return `What I still need is one line on why ${p.their} background fits this role in particular.`;
}

/** A no to the writer, about the candidate: with the reasons that are the candidate's to hear, told of them. */
export function draftNoFor(ctx: DraftContext): string {
  const p = personOf(ctx);
  return defangMentions(
    `${greeting(ctx)} thanks for thinking of me for ${p.about} I'm not able to refer ${p.them} for this one, and I'd rather say so clearly than leave anyone waiting.${noReason(ctx, p)} I hope ${p.their} search goes well.${signature(ctx)}`,
  );
}

function noReason(ctx: DraftContext, p: Person): string {
  if (ctx.blocker === 'roleNamed')
    return ` I only refer people for a specific role I can vouch for: if ${p.they} find${p.s} a posting that fits, a short note with the role link and one result ${p.they} ${p.are} proud of would make a future ask much stronger.`;
  if (ctx.blocker !== 'outsideArea') return '';
  const role = roleName(ctx);
  const area = ctx.fit.targetAreas.map(areaLabel)[0];
  const elsewhere = area ? ` Someone who works in ${area} would be a much better ask for ${ended(p.them)}` : '';
  return ` ${role.charAt(0).toUpperCase()}${role.slice(1)} sits outside my area (${teamName(ctx)}), so I couldn't speak to the fit.${elsewhere}`;
}

/** The reason a referrer reads first when the note is someone else's ask for a named candidate. */
export function writerReason(who: WhoIsWho): string | null {
  if (who.unvouched && who.candidate) {
    const by = who.writer ? ` by ${who.writer}` : '';
    return `${who.candidate}'s own note to someone else, passed on${by} without knowing their work: at most a one-pager, asked of ${who.candidate} directly.`;
  }
  if (!who.candidate || who.askedBy === 'self' || who.askedBy === 'agency') return null;
  const by = who.writer ? ` by ${who.writer}` : '';
  const directly = `at most a one-pager, asked of ${who.candidate} directly`;
  if (who.askedBy === 'relative') return `Written${by} for ${who.candidate}, as a relative or friend: ${directly}.`;
  if (who.askedBy === 'passedOn') return `Written${by} for ${who.candidate}, passing on their wish: ${directly}.`;
  return `Written${by} for ${who.candidate}, vouching from first-hand work: judged on the note's merits.`;
}
