import { type Candidate, candidateName, extractCandidate } from './decision/candidate.js';
import { finalLineName } from './decision/final-line-name.js';
import { recommend } from './decision/recommend.js';
import { capForNoName, withheldName } from './decision/unnamed.js';
import { whoIsWho } from './decision/who.js';
import { capForWriter, namelessVouch, signalsToWeigh } from './decision/whose-ask.js';
import { type Fit, rateFit } from './fit/fit.js';
import { type Answering, joinReadings } from './reading/join.js';
import { type Reading, readRequest } from './reading/reading.js';
import type { TriageResult } from './result.js';
import { boundedCache } from './shared/bounded-cache.js';
import type { Profile } from './shared/profile.js';
import { clauseAround, lowerFirst, metricIn, withoutEndPunctuation } from './shared/text.js';
import { type AlsoSentTo, noteContext } from './signals/detectors.js';
import { ANSWERS_AN_ASK } from './signals/patterns.js';
import type { Signals } from './signals/registry.js';
import { readRelationship } from './signals/relationship.js';
import { detectSignals } from './signals/signal-reading.js';
import { blurbFor, writeDrafts } from './writing/compose.js';
import { writerReason } from './writing/for-someone.js';
import { whatChanged } from './writing/one-pager-change.js';
import { toThirdPerson } from './writing/person.js';
import { explain } from './writing/reasons.js';
import { unreadLanguageReasons } from './writing/unread-language.js';
import { defangMentions, seedOf } from './writing/wording.js';

export { detectLanguage, languageName, type NoteLanguage } from './intake/language.js';
export { fromSlackMarkup, normalizeRequest } from './intake/normalize.js';
export * from './result.js';
export type { AlsoSentTo } from './signals/detectors.js';
export { type LoopDraftContext, type LoopMoment, loopDraft } from './writing/loop-drafts.js';
export { describeChange, type OnePagerChange } from './writing/one-pager-change.js';
export { fitReasonLines } from './writing/reasons.js';
export { type QuestionRow, questionRows, type RiskRow, riskRows, unansweredQuestions } from './writing/rows.js';

/** The longest request the triage reads; beyond it, text is cut so timing and views stay bounded. */
export const MAX_REQUEST_CHARS = 40_000;

export interface TriageOptions {
  /** The author's display name from Slack, used when the note has no sign-off. */
  authorName?: string | null;
  /** Earlier requests on record from the same person; a follow-up count can come from the records. */
  priorRequests?: number;
  /** The earlier note this one answers (a one-pager the referrer asked for): judged together, never a bump. */
  previous?: string | null;
  /** Near-identical notes from the same sender reached this many other referrers here (the app's spray check). */
  alsoSentTo?: AlsoSentTo | null;
}

/** A note read once: everything the judgement needs that does not depend on the sender's history. */
export interface ReadNote {
  reading: Reading;
  profile: Profile | null;
  /** Set when the note is a one-pager the referrer asked for: `reading` is then both notes joined. */
  answering?: Answering;
}

/**
 * An opening's title as notes write it: whole, and with its leading job name as initials
 * ("Registered Nurse, Medical ICU (Nights)" is also "RN, Medical ICU (Nights)").
 */
function titlesAsWritten(profile: Profile | null): string[] {
  return (profile?.openRoles ?? []).flatMap(({ title }) => rememberedTitles(title, () => writtenForms(title)));
}

/** An opening's title comes back with every note to its referrer: its forms are found once. */
const rememberedTitles = boundedCache<readonly string[]>(1000);

function writtenForms(title: string): readonly string[] {
  const lead = /^((?:\p{Lu}\p{Ll}+ ){1,3}\p{Lu}\p{Ll}+)(, .+)$/u.exec(title);
  const initials = lead?.[1]
    ?.split(' ')
    .map((w) => w[0])
    .join('');
  return initials ? [title, `${initials}${lead?.[2]}`] : [title];
}

function readAlone(rawText: string, profile: Profile | null): Reading {
  return readRequest(rawText.slice(0, MAX_REQUEST_CHARS), titlesAsWritten(profile));
}

/**
 * Reads a note against a profile. The costly part of a triage; judge() can then run more than once.
 * With `previousText`, the note answers that earlier note of the same person (the one-pager the
 * referrer asked for) and is judged together with it.
 */
export function readNote(rawText: string, profile: Profile | null = null, previousText?: string | null): ReadNote {
  const reading = readAlone(rawText, profile);
  // The writer's own earlier message quoted under this one (the note a bump chases) is read with it.
  const earlier = previousText?.trim() ? null : reading.intake.earlier;
  if (earlier) return { reading: joinReadings(readAlone(earlier, profile), reading), profile };
  if (!previousText?.trim()) return { reading, profile };
  const first = readAlone(previousText, profile);
  return { reading: joinReadings(first, reading), profile, answering: { first, answer: reading } };
}

/** The note says it answers an ask of the referrer's ("as you suggested, here's my one-pager"). */
export function answersAnAsk(rawText: string): boolean {
  return ANSWERS_AN_ASK.test(rawText.slice(0, MAX_REQUEST_CHARS));
}

/** Who sent the note, as the triage reads it: for matching a pasted note to its sender's earlier ones. */
export function senderOf(note: ReadNote, authorName: string | null = null): string | null {
  return candidateName(note.reading, authorName);
}

/** Signals and who is who; a forwarded message written for the candidate it names is read with its cover (who.ts). */
function readSignals(note: ReadNote, options: TriageOptions) {
  const prior = options.priorRequests ?? 0;
  const contextOf = (reading: Reading) => ({ ...noteContext(reading, prior), alsoSentTo: options.alsoSentTo ?? null });
  const answer = note.answering && noteContext(note.answering.answer, prior);
  const [context, carriedText] = [contextOf(note.reading), note.reading.intake.quoted.join('\n')];
  const detected = detectSignals(context, answer);
  const who = whoIsWho(note.reading, detected, options.authorName ?? null, note.profile?.name ?? null);
  if (!who.carried || note.answering || !carriedText.trim()) return { reading: note.reading, context, detected, who };
  const reading = joinReadings(readAlone(carriedText, note.profile), note.reading);
  const [joined, cover] = [contextOf(reading), detected.whyMe];
  // The cover is written to the referrer: its reason for picking them beats one the carried message gave its first reader.
  const both = detectSignals(joined, answer);
  return { reading, context: joined, detected: { ...both, whyMe: cover.present ? cover : both.whyMe }, who };
}

/** Judges a read note: signals, fit, the recommendation and why, the drafts and the blurb. */
export function judge(note: ReadNote, options: TriageOptions = {}): TriageResult {
  const { profile } = note;
  if (!note.reading.language.supported) return unread(note, options);
  const { reading, context, detected, who } = readSignals(note, options);
  const role = context.role;
  const fit = rateFit(reading, profile, role);
  const candidate = extractCandidate(reading, detected, role, fit.openRole, who);
  // "Any opening on the backend side" leaves the posting to the referrer, even where one of theirs would fit.
  const exactRole = !role?.anyOf && !(role?.ownTeam && !fit.openRole);
  const [hasProfile, hasRoleLink] = [profile !== null, candidate.roleUrl !== null];
  const weighedSignals = signalsToWeigh(detected, who);
  // An offer the note makes for someone unnamed is its onBehalf; a writer's own note reports none (whose-ask.ts).
  const signals = weighedSignals.onBehalf.present || who.askedBy === 'self' ? weighedSignals : detected;
  const weighed = recommend({ signals: weighedSignals, fit, hasProfile, hasRoleLink, exactRole });
  const initials = withheldName(reading, who, options.authorName ?? null);
  const verdict = capForNoName(capForWriter(weighed, who, weighedSignals, fit.level), initials);
  const seed = seedOf(reading.text);
  // A message that only chases the first note is a bump, not the one-pager, and is not thanked as one.
  const answering = Boolean(note.answering) && !signals.followUp.present;
  const draftContext = {
    candidate,
    signals,
    fit,
    profile,
    missing: verdict.missing,
    blocker: verdict.blocker,
    seed,
    answering,
    relationship: readRelationship(reading, signals.whyMe.evidence),
    writer: who.writer,
    askedByAnother: who.askedBy !== 'self',
    namelessVouch: namelessVouch(who),
  };
  const drafts = writeDrafts(draftContext, verdict.blocker, reading);
  const sentences = reading.body.map((s) => s.text);
  const blurb = verdict.recommendation === 'no' ? null : blurbFor({ ...draftContext, role, sentences }, reading);
  return {
    recommendation: verdict.recommendation,
    reasons: [writerReason(who), ...explain(verdict, signals, fit)].filter((r) => r !== null).map(defangMentions),
    fit: { level: fit.level, matched: fit.matched, explanation: defangMentions(fit.explanation) },
    signals,
    summary: summarize(candidate, role?.evidence ?? null, fit, profile, reading.language.code),
    candidate,
    language: reading.language,
    writer: who.writer,
    drafts,
    blurb,
    ...(note.answering && {
      onePager: whatChanged(firstNoteAlone(note.answering), { signals, roleUrl: context.jobUrl }, verdict.missing),
    }),
  };
}

/**
 * A note in a language the triage does not read: no verdict, no drafts, no blurb, every signal
 * absent (nothing was read), and a reason that names the language. Links and a sign-off name are kept.
 */
function unread({ reading }: ReadNote, options: TriageOptions): TriageResult {
  const signals = Object.fromEntries(
    Object.entries(detectSignals(noteContext(reading, 0))).map(([name, signal]) => [
      name,
      { ...signal, present: false, evidence: null },
    ]),
  ) as Signals;
  return {
    recommendation: null,
    reasons: unreadLanguageReasons(reading),
    fit: { level: 'unknown', matched: [], explanation: 'The note was not read, so the fit was not checked.' },
    signals,
    summary: null,
    writer: null,
    candidate: {
      name: options.authorName ?? finalLineName(reading.text),
      targetRole: null,
      roleUrl: null,
      background: null,
      proofPoint: null,
      links: reading.urls,
    },
    language: reading.language,
    drafts: null,
    blurb: null,
  };
}

/** The first note as it stood before the one-pager: what the one-pager is measured against. */
function firstNoteAlone({ first }: Answering): { signals: Signals; roleUrl: string | null } {
  const context = noteContext(first, 0);
  return { signals: detectSignals(context), roleUrl: context.jobUrl };
}

/**
 * Triage one referral request against the referrer's profile. Pure: no I/O, no clock, no Slack,
 * so it runs the same from a handler, the command line or a test.
 */
export function triage(rawText: string, profile: Profile | null = null, options: TriageOptions = {}): TriageResult {
  return judge(readNote(rawText, profile, options.previous), options);
}
/** Question four: can the referrer explain this person in one sentence? Only when there is a role and something to say. */
function summarize(
  candidate: Candidate,
  roleWords: string | null,
  fit: Fit,
  profile: Profile | null,
  language = 'en',
): string | null {
  if (!candidate.targetRole) return null;
  const evidence = candidate.proofPoint ?? candidate.background;
  if (!evidence) return null;
  const around = clauseAround(evidence, metricIn(evidence));
  // A clause in another language is quoted as written: English's third person does not apply to it.
  const clause = withoutEndPunctuation(language === 'en' ? toThirdPerson(around, null) : around);
  const who = candidate.name ?? 'The candidate';
  const team = profile ? (profile.teamArea.split(':')[0] ?? '').trim() : null;
  const where =
    fit.level === 'strong' && team
      ? `, squarely in your ${team} area`
      : fit.level === 'partial' && team
        ? `, partly in your ${team} area`
        : '';
  const role =
    roleWords && /\b(?:roles|positions|openings)\b/i.test(roleWords)
      ? roleWords
      : `the ${roleWords ?? `${candidate.targetRole} role`}`;
  return defangMentions(`${who} (${lowerFirst(clause)}) wants ${role}${where}.`);
}
