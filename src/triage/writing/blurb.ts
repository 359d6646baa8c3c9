import type { Candidate } from '../decision/candidate.js';
import type { Fit } from '../fit/fit.js';
import type { RoleMention } from '../reading/roles.js';
import type { Profile } from '../shared/profile.js';
import { clauseAround, listOf, lowerFirst, namesWork, withoutEndPunctuation } from '../shared/text.js';
import * as P from '../signals/patterns.js';
import type { Signals } from '../signals/registry.js';
import { clauseText } from './fact-clauses.js';
import { atAGlance } from './first-sentence.js';
import { namedOwner } from './named-owner.js';
import { oneSentence, withinLength } from './one-sentence.js';
import { startsWithPastVerb, toThirdPersonForChannel } from './person.js';
import * as Result from './result-clause.js';
import { inItsSentence } from './told-result.js';
import { defangMentions, firstName, pick } from './wording.js';

export interface BlurbContext {
  candidate: Candidate;
  /** The body's sentences, where the strongest result is looked for. */
  sentences?: readonly string[];
  /**
   * The ask is someone else's for the candidate: the note's "I" is the writer, and the candidate is
   * "she" or "he". A forwarded note of the candidate's own is told as theirs.
   */
  askedByAnother?: boolean;
  signals: Signals;
  fit: Fit;
  role: RoleMention | null;
  profile: Profile | null;
  seed: number;
}

const MAX_SENTENCE = 320;

/**
 * The background without the ask it shared a sentence with ("I'm applying for the X role and I've
 * spent…" → "They have spent…"): the role sentence names the role, once. Null when nothing else is left.
 */
function withoutTheAsk(bg: string, role: RoleMention | null): string | null {
  if (!role || !bg.toLowerCase().includes(role.evidence.toLowerCase())) return bg;
  const after = bg.slice(bg.toLowerCase().indexOf(role.evidence.toLowerCase()) + role.evidence.length);
  const rest = after.replace(/^\s*[,;:]?\s*(?:and|because|since|as|where|after|so)\b\s*/i, '').trim();
  if (rest === after.trim() || (rest.match(/\S+/g) ?? []).length < 4) return null;
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** A clause without its subject ("shipped one-click checkout, conversion up 14%") gets the candidate as one. */
const withSubject = (text: string | null, subject: string) =>
  text && startsWithPastVerb(text) ? `${subject} ${lowerFirst(text)}` : text;

/**
 * A proof that runs on from the background ("I led X in 2023. It ran 900 shows.") is told by what it
 * adds: the blurb says each thing once. Null when it adds nothing worth a clause.
 */
function beyondBackground(proof: string | null, background: string | null): string | null {
  if (!proof || !background) return proof;
  if (background.includes(proof)) return null;
  const bare = withoutEndPunctuation(background);
  const at = proof.indexOf(bare);
  if (at < 0) return proof;
  const rest = `${proof.slice(0, at)} ${proof.slice(at + bare.length).replace(/^[.;,:!?]/, '')}`.trim();
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4 ? rest : null;
}

/** The first sentence told by the result alone, cut to the clause around its figure when it runs long. */
function proofSentence(ctx: BlurbContext, proofPoint: string): string {
  const metric = Result.resultAnchor(proofPoint);
  const text = proofPoint.length <= MAX_SENTENCE ? proofPoint : clauseAround(proofPoint, metric);
  const name = ctx.candidate.name;
  return oneSentence(
    withoutTheAsk(toThirdPersonForChannel(namedOwner(text, name), name), ctx.role) ??
      toThirdPersonForChannel(clauseAround(text, metric), name),
  );
}

function backgroundSentence(ctx: BlurbContext, subject: string): string {
  const background = withSubject(clauseText(ctx.candidate.background), subject);
  const sentences = ctx.sentences ?? [];
  const result = Result.strongestResult(inItsSentence(ctx.candidate.proofPoint, sentences), sentences);
  const told = ctx.askedByAnother ? Result.namedForSomeone(result ?? '', ctx.candidate.name) || null : result;
  const proofPoint = withSubject(clauseText(told), subject);
  const name = ctx.candidate.name;
  const bg = background ? withoutTheAsk(toThirdPersonForChannel(background, name), ctx.role) : null;
  const proofSource = beyondBackground(proofPoint, background);
  if (bg && proofSource) {
    const around = Result.resultAround(proofSource).replace(/^(?:where|when)\s+/i, '');
    const proofClause = /^(?:which|that|who)\b/i.test(around) ? withoutEndPunctuation(proofSource) : around; // keeps what "which" is said of
    // Read at a glance: a background and a result that run long lose what is least needed first.
    const glance = atAGlance(withoutEndPunctuation(bg), lowerFirst(toThirdPersonForChannel(proofClause, null)));
    const lead = withinLength(glance.lead, MAX_SENTENCE - glance.retold.length - 2);
    return oneSentence(lead ? `${lead}; ${glance.retold}` : toThirdPersonForChannel(proofClause, name));
  }
  if (bg && bg.length <= MAX_SENTENCE) return oneSentence(bg);
  if (proofPoint) return proofSentence(ctx, proofPoint);
  // Nothing about them to say. A blurb is three sentences (the contract), and this one at least is true;
  // a yes needs a result, so a blurb like this is never the one posted without the referrer's edit.
  return oneSentence(`${subject} ${subject === 'They' ? 'have' : 'has'} not shared a concrete result yet`);
}

/** One seat named by its head word ("lineworker spot") reads with "the"; a track ("platform PM roles") as it is. */
const withArticle = (words: string) =>
  /\b(?:role|position|opening|job|posting|vacancy|spot)$/i.test(words) && !/^(?:the|a|an|our|your)\b/i.test(words)
    ? `the ${words}`
    : words;

/** The role as the referrer says it to the hiring channel: the candidate's "your team" is "our team" there. */
const roleWords = (role: RoleMention) => (role.ownTeam ? role.evidence.replace(/\byour\b/gi, 'our') : role.evidence);

export function roleSentence(
  ctx: BlurbContext,
  subject: string,
  verb: (singular: string, plural: string) => string,
): string {
  const { role } = ctx;
  const [open, url] = [ctx.fit.openRole, ctx.candidate.roleUrl];
  const link = url ? ` (${url})` : '';
  if (role?.posting || (!open && role)) {
    const mentioned = roleWords(role as RoleMention);
    // A posting they name as the opening is written as the opening is titled, whatever case or initials they typed.
    const named = (role as RoleMention).byInitials ? (role as RoleMention).title : mentioned;
    const title = open && named.toLowerCase() === open.title.toLowerCase() ? open.title : mentioned;
    const phrase = /\b(?:roles|positions|openings|track)\b/i.test(title)
      ? title
      : /\b(?:role|position|opening|job|posting|vacancy|spot)\b|\bteam$/i.test(title)
        ? `the ${title}`
        : `the ${title} role`;
    return oneSentence(
      `${subject} ${verb('is', 'are')} ${role?.posting ? 'applying for' : 'going after'} ${phrase}${link}`,
    );
  }
  // The role they name already holds the opening's title ("the internal X opening"): it is named once.
  if (open && role && roleWords(role).toLowerCase().includes(open.title.toLowerCase()))
    return oneSentence(`${subject} ${verb('is', 'are')} going after ${withArticle(roleWords(role))}${link}`);
  if (open && role) {
    return oneSentence(
      `${subject} ${verb('is', 'are')} going after ${withArticle(roleWords(role))}, and our ${open.title} opening is the match${link}`,
    );
  }
  if (open) return oneSentence(`${subject} ${verb('is', 'are')} applying for our ${open.title} opening${link}`);
  if (url) return oneSentence(`${subject} ${verb('is', 'are')} applying for the role at ${url}`);
  // Neither a role nor a link: only what the note says, that they want to work with us. The area is the
  // next sentence's to name, so it is not said twice.
  return oneSentence(
    `${subject} ${verb('is', 'are')} looking for a role with us and ${verb('has', 'have')} not named an opening yet`,
  );
}

/** The team area's name for the channel: the referrer's own aside ("(I'm a partner)") is not the team's. */
const ASIDE = /\s*\((?=[^()]*\b(?:I|I'm|I am|my|me)\b)[^()]*\)/g;
const blurbTeam = (p: Profile | null) => (p ? (p.teamArea.split(':')[0] ?? '').replace(ASIDE, '').trim() : null);
/** The area in a few words: a long team description is "our area". */
const areaWords = (p: Profile | null) => {
  const team = blurbTeam(p);
  return team && team.split(/\s+/).length <= 6 ? `our ${team} area` : 'our area';
};

export function fitSentence(ctx: BlurbContext, shownResult: boolean): string {
  const team = blurbTeam(ctx.profile);
  // Terms from the role itself say nothing about the person; "for engineers" or "performed" is not work to list.
  const overlap = ctx.fit.matched.filter(
    (m) =>
      !ctx.role?.evidence.toLowerCase().includes(m.toLowerCase()) && !/^(?:for|to|with)\b/i.test(m) && namesWork(m),
  );
  if (team && overlap.length > 0) {
    return oneSentence(
      pick(
        [
          `The fit is credible: their work on ${listOf(overlap.slice(0, 3))} maps directly onto our ${team} area`,
          `Their experience with ${listOf(overlap.slice(0, 3))} is core to what our ${team} team does, which is why the fit holds up`,
        ],
        ctx.seed,
        11,
      ),
    );
  }
  if (team && ctx.fit.level === 'strong') {
    return oneSentence(
      shownResult
        ? `The role sits squarely in our ${team} area, and the result above is the kind of evidence that area looks for`
        : `The role sits squarely in our ${team} area`,
    );
  }
  if (team && ctx.fit.level === 'partial') {
    return oneSentence(
      `The overlap with our ${team} area is partial, so the case rests on how their experience carries over`,
    );
  }
  return oneSentence(
    shownResult
      ? 'Their note makes a specific case for the role and backs it with a concrete result'
      : 'Their note makes a specific case for the role',
  );
}

/** Whether a sentence retells most of the proof point's longer words (the result told in words). */
function retells(sentence: string, proof: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  const have = new Set(words(sentence));
  const want = words(proof);
  return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.6;
}

/** The fit in a few words, for a blurb whose first sentences are long. */
export function shortFit(ctx: BlurbContext): string {
  const short = areaWords(ctx.profile);
  return oneSentence(
    ctx.fit.level === 'partial' ? `The overlap with ${short} is partial` : `The role sits in ${short}`,
  );
}

/** Words as the channel reads them: a link is not words. */
export const wordCount = (text: string) => (text.replace(/\bhttps?:\/\/\S+/g, '').match(/\S+/g) ?? []).length;

/** Three sentences a hiring channel can read at a glance: who and the proof, the role with its link, why the fit holds. */
export function writeBlurb(ctx: BlurbContext): string {
  const name = ctx.candidate.name;
  const verb = (singular: string, plural: string) => (name ? singular : plural);
  const shortName = firstName(name) ?? 'They';
  const first = backgroundSentence(ctx, name ?? 'They');
  // "The result above" only when the sentence above holds one.
  const shownResult =
    ctx.signals.proofPoint.present &&
    (Result.readsAsResult(first) ||
      P.PROOF_FROM_TO.test(first) ||
      retells(first, ctx.signals.proofPoint.evidence ?? ''));
  const sentences = [first, roleSentence(ctx, shortName, verb), fitSentence(ctx, shownResult)];
  // A hiring channel reads it at a glance: over 75 words, the fit is said in its short form.
  if (wordCount(sentences.join(' ')) > 75) sentences[2] = shortFit(ctx);
  return defangMentions(sentences.join(' '));
}
