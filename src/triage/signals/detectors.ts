import { TIME_ASKED } from '../lang/en/asks.js';
import { PUT_FORWARD_FOR_POST } from '../lang/en/candidate.js';
import { NO_ENDORSEMENT, REFERENCE_OFFERED } from '../lang/en/risks.js';
import type { Reading } from '../reading/reading.js';
import { isJobUrl } from '../reading/role-words.js';
import type { RoleMention } from '../reading/roles.js';
import { bumpSources, countBumps, findBump } from './bumps.js';
import { leftBlank, onlyTheNotice } from './form-letter.js';
import { type Patterns, patternsFor } from './patterns.js';
import { asksForNoOne, asksForService, REFERENCE_ASKED, readPitch } from './pitch.js';
import { ABSENT, evidenceFor, firstMatch, present, type Signal } from './signal.js';

const TOO_LONG_WORDS = 220;
const TOO_SHORT_WORDS = 20;

/** What every detector reads: the note, the role it asks for, and the asks several signals share. */
export { findProof } from './proof.js';

export interface NoteContext {
  reading: Reading;
  role: RoleMention | null;
  jobUrl: string | null;
  referralAsk: Signal;
  adviceAsk: Signal;
  bump: Signal;
  /** A seller's pitch: it asks for a meeting and a buyer, no referral, whatever its words. */
  pitch: Signal;
  /** Earlier requests on record from the same sender. */
  priorRequests: number;
  /** The matchers of the note's language, with English beside them. */
  patterns: Patterns;
  /** Near-identical notes from the same sender to other referrers here (the app's spray check). */
  alsoSentTo?: AlsoSentTo | null;
  /** asksForService, answered once per sentence: the no-ask check and the not-a-referral one ask about the same sentence. */
  serviceAsk: (text: string) => RegExpExecArray | null;
}

/** How many other referrers in the workspace got the same note, over how many days. */
export interface AlsoSentTo {
  others: number;
  days: number;
}

export function noteContext(reading: Reading, priorRequests: number): NoteContext {
  const patterns = patternsFor(reading.language.code);
  const role = chooseRole(reading.roles.filter((r) => !leftBlank(r, reading) && !onlyTheNotice(r, reading)));
  const asked = new Map<string, RegExpExecArray | null>();
  const serviceAsk = (text: string) => {
    if (!asked.has(text)) asked.set(text, asksForService(text, patterns));
    return asked.get(text) ?? null;
  };
  const pitch = readPitch(reading, patterns, role, serviceAsk);
  const context: NoteContext = {
    serviceAsk,
    patterns,
    reading,
    role,
    jobUrl: reading.urls.find(isJobUrl) ?? null,
    referralAsk: pitch.present ? ABSENT : referralAskIn(reading, patterns),
    // "A quick call to see how we could help": a call that is itself an ask for something else is no advice asked.
    adviceAsk: pitch.present
      ? ABSENT
      : firstMatch(
          reading.body.filter((s) => !serviceAsk(s.text) && !timeForElse(s.text, reading, serviceAsk, patterns)),
          patterns.ADVICE_ASK,
        ),
    bump: findBump(reading.body, patterns),
    pitch,
    priorRequests,
  };
  // A note that asks for something else (a sale, a survey, a pass) and for no one to be referred wants no role.
  return asksForNoOne(findNotAReferral(context), findNoAsk(context)) ? { ...context, role: null } : context;
}

const TIME = new RegExp(TIME_ASKED, 'i');

/** "10 minutes of your time?" in a note that asks for something else (a survey): that ask's time, no advice asked. */
function timeForElse(text: string, reading: Reading, serviceAsk: NoteContext['serviceAsk'], P: Patterns): boolean {
  if (!TIME.test(text) || P.ADVICE_ASK.test(text.replace(TIME, ''))) return false;
  return reading.body.some((s) => s.text !== text && serviceAsk(s.text));
}

export function findPlaceholder(text: string, P: Patterns = patternsFor('en')): Signal {
  for (const [needs, pattern] of P.PLACEHOLDER_PATTERNS) {
    const match = text.includes(needs) ? pattern.exec(text) : null;
    if (match) return present(match[0]);
  }
  return ABSENT;
}

export function findResumeDump(reading: Reading, P: Patterns = patternsFor(reading.language.code)): Signal {
  const lines = reading.text.split('\n').map((l) => l.trim());
  const headers = lines.filter((l) => P.RESUME_HEADER.test(l));
  if (headers.length >= 2) return present(headers[0] as string);
  const bullets = lines.filter((l) => /^(?:[-•*▪◦]|\d{1,2}[.)])\s+\S/.test(l));
  if (bullets.length >= 6) return present(bullets[0] as string);
  const attached = firstMatch(reading.sentences, P.ATTACHED);
  if (!attached.present) return ABSENT;
  const kinds = P.ATTACHMENT_KINDS.filter(([, pattern]) => pattern.test(reading.text)).length;
  if (kinds === 0) return ABSENT;
  // A pile of attachments, or one with "tell me which roles fit": either way the referrer does the matching.
  if (kinds >= 3) return attached;
  return firstMatch(reading.body, P.FIT_OUTSOURCED);
}

function bodySpan(reading: Reading): string | null {
  const first = reading.body[0];
  const last = reading.body[reading.body.length - 1];
  return first && last ? reading.text.slice(first.start, last.end) : null;
}

/**
 * The role the triage treats as the ask: the referrer's own opening, named, beats any other posting
 * ("Marcus, who was architect on your Jefferson Middle School job" names a project, not the ask); a
 * posting beats a track; earlier beats later.
 */
function chooseRole(roles: readonly RoleMention[]): RoleMention | null {
  return roles.find((r) => r.opening) ?? roles.find((r) => r.posting) ?? roles[0] ?? null;
}

export function findRole({ role, jobUrl }: NoteContext): Signal {
  return role ? present(role.evidence) : jobUrl ? present(jobUrl) : ABSENT;
}

export type Counted<K extends string> = Signal & { [key in K]: number };

/**
 * Bumps in the wording, or earlier requests on record, whichever is more. A subject ("Following up:
 * Data Analyst") names the bump its message makes, no second one: the sentences and the titles each
 * count, and the larger count stands ("3rd follow up" in the subject of a note that says "again").
 */
export function findFollowUp({ bump, reading, priorRequests, patterns }: NoteContext): Counted<'count'> {
  const [prose, titles] = bumpSources(reading.body);
  const told = bump.present ? Math.max(countBumps(prose, patterns), countBumps(titles, patterns)) : 0;
  const count = Math.max(told, priorRequests);
  // A bump known only from the records has no words in this note to quote.
  return { ...(bump.present ? bump : { present: count > 0, evidence: null }), count };
}

/** A letter's own words put someone forward for a post by name ("to recommend Idris Vane for your … position"): the name is known by its capitals, so apart from the phrase lists, which ignore case. */
const PUT_FORWARD = new RegExp(PUT_FORWARD_FOR_POST, 'u');

/** The note asks for a referral: in its language's phrases, or by putting someone forward for a post. */
function referralAskIn(reading: Reading, patterns: Patterns): Signal {
  const asked = firstMatch(reading.body, patterns.REFERRAL_ASK);
  return asked.present ? asked : firstMatch(reading.body, PUT_FORWARD);
}

/** The app's spray check, not the note's words: how many other referrers here got it, counts only. */
export function findAlsoSentTo({ alsoSentTo: a }: NoteContext): Counted<'count'> {
  if (!a || a.others <= 0) return { ...ABSENT, count: 0 };
  const people = a.others === 1 ? '1 other person' : `${a.others} other people`;
  const days = a.days === 1 ? 'day' : `${a.days} days`;
  return { present: true, evidence: `Also sent to ${people} here in the last ${days}`, count: a.others };
}

export function findTooLong({ reading }: NoteContext): Counted<'words'> {
  const words = reading.bodyWords;
  const long = words > TOO_LONG_WORDS || (reading.paragraphs >= 4 && words > 180);
  return { ...(long ? present(reading.body[0]?.text ?? '') : ABSENT), words };
}

export function findTooShort({ reading }: NoteContext): Counted<'words'> {
  const words = reading.bodyWords;
  return { ...(words < TOO_SHORT_WORDS ? { present: true, evidence: bodySpan(reading) } : ABSENT), words };
}

export function findNoAsk(context: NoteContext): Signal {
  const { reading, referralAsk, adviceAsk, bump, patterns, pitch, serviceAsk } = context;
  if (pitch.present) return { present: true, evidence: null };
  // "Could you refer me to whoever owns feed quality?": a referral to someone who buys or fixes a thing is no job ask.
  const forWork =
    referralAsk.present && !(referralAsk.evidence && serviceAsk(referralAsk.evidence)) && !referredOnToBuy(context);
  if (forWork || adviceAsk.present || bump.present) return ABSENT;
  // An easy out implies an ask, but the note's own: after "would you take a survey?", "if you'd rather not" lets
  // the referrer off the survey and asks for no one to be referred.
  const asksElse = reading.body.some((s) => asksForService(s.text, patterns));
  const implied = reading.body.some(
    (s) => patterns.IMPLIED_ASK.test(s.text) && !(asksElse && patterns.GRACEFUL_EXIT.test(s.text)),
  );
  return implied ? ABSENT : { present: true, evidence: null };
}

/**
 * "Would you refer me on?" in a note that names no job and asks to reach whoever buys ("to be added to your
 * approved suppliers list"): the referral it asks for is the buyer's, not a job's.
 */
function referredOnToBuy({ reading, role, jobUrl, patterns }: NoteContext): boolean {
  return (
    !role && !jobUrl && reading.body.some((s) => patterns.NOT_A_REFERRAL.test(s.text) && !REFERENCE_ASKED.test(s.text))
  );
}

export function findAdviceOnly({ referralAsk, adviceAsk }: NoteContext): Signal {
  return adviceAsk.present && !referralAsk.present ? adviceAsk : ABSENT;
}

/** An ask that is not for work, the first in the note: said outright, or an ask to be sent to someone who does a thing in a sentence that talks of no job. */
export function findNotAReferral({ reading, pitch, serviceAsk }: NoteContext): Signal {
  for (const sentence of reading.body) {
    const match = serviceAsk(sentence.text);
    if (match && !offeredReference(sentence.text, match.index)) return present(evidenceFor(sentence, match));
  }
  return pitch;
}

/** Someone else's offer to be the candidate's reference is no ask of the referrer's. */
const OFFERED = new RegExp(REFERENCE_OFFERED, 'i');
function offeredReference(text: string, at: number): boolean {
  const offer = OFFERED.exec(text);
  return offer !== null && offer.index <= at && at < offer.index + offer[0].length;
}

const DISOWNED = new RegExp(NO_ENDORSEMENT, 'i');
/** A forwarded subject line kept above the cover ("Fwd: Line cook job?"): no words of the go-between's. */
const SUBJECT_LINE = /^(?:fwd?|fw|re|subject)\s?:/i;

/**
 * The why-me of a note passed on by someone who writes to the referrer in their own words (a forward's
 * cover: "he reported to me for two years; his note is below"): the candidate comes through a contact
 * of the referrer's, which is the reason to ask them; unless the contact says they do not back it
 * ("no endorsement from me either way"). The cover's first sentence is the evidence.
 */
export function whyMeThroughContact(reading: Reading): Signal {
  const { coverBy } = reading.intake.clues;
  const cover = reading.intake.introductions;
  if (!coverBy || cover.length === 0 || cover.some((line) => DISOWNED.test(line))) return ABSENT;
  const sentence = reading.body.find((s) => !SUBJECT_LINE.test(s.text) && cover.some((line) => line.includes(s.text)));
  return sentence ? present(sentence.text) : ABSENT;
}
