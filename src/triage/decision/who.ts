/**
 * Who is who (issue 22): the candidate, and the writer when someone writes for them. The writer's own
 * name is read by the trust order of writer-name.ts; a note written for someone else names its
 * candidate in the writer's words ("my daughter Ines", "Femi Adebayo on my team"), as the sender of the
 * note it forwards, or as the one who signs a message written to the writer; an introduction
 * ("meet Luis", "looping in Priti") brings a candidate in. Each must look like a name and appear in the
 * note; when unsure, there is no name.
 *
 * Whether a note is written for someone else is weighed here (forSomeoneElse): passed on by its shape, or
 * asked for someone more than for the writer. Who asks then (an agency, a relative, a vouch, a wish passed
 * on) and where the candidate's name comes from is the first row that applies in the ordered table of
 * readings-for-someone-else.ts; another language's note is read by its own phrases (who-other.ts).
 */

import { labelRow } from '../intake/screen-line.js';
import { platformNotice } from '../intake/screens.js';
import {
  ABOUT_KIN,
  PASSED_ON_FROM,
  POINTS_BELOW,
  REFER_NAMED,
  SELF_ASK,
  THIRD_PERSON_ASK,
} from '../lang/en/candidate.js';
import type { Reading } from '../reading/reading.js';
import { asksForNoOne } from '../signals/pitch.js';
import type { Signals } from '../signals/registry.js';
import { copiedOn, greetedIn, personSpokenOf, signedToWriter, speaksOfSomeone } from './about-whom.js';
import { carriedInChat, carriedUnvouched, coverTells, introducedInChat, namedInForwarded } from './forwarded-for.js';
import { namedInFull } from './fullest-form.js';
import { introduced, introducesSomeone } from './introductions.js';
import { type NamedSubject, namedSubject } from './named-subject.js';
import { asName, startReadingNames, withSurnameSpelled } from './names.js';
import { withoutRanks } from './ranked-names.js';
import { readForSomeoneElse, workBeside, workSeen } from './readings-for-someone-else.js';
import { headedResumeName } from './resume-name.js';
import { askedByOnceNamed, otherLanguage } from './who-other.js';
import { noteSource, writerName } from './writer-name.js';

/** Whose ask it is: the candidate's own, or a writer's for them, by who the writer is to them. */
export type AskedBy = 'self' | 'agency' | 'relative' | 'vouch' | 'passedOn';
/** `orElse`: the name the note's other words give, when `named` (a phrase's capture) is no name ("She"); read only then. */
type Whose = { askedBy: AskedBy; named: string | null; said?: string; orElse?: () => string | null };
export interface WhoIsWho {
  candidate: string | null;
  /** Who wrote, when it is not the candidate. */
  writer: string | null;
  askedBy: AskedBy;
  /** The sentence that shows the note is written for someone else, when it is. */
  evidence: string | null;
  firstHand?: boolean; // the writer says they saw the candidate's work ("I've supervised her for five years")
  /** The candidate's own message, carried by covers that disown it (forwarded-for.ts carriedUnvouched). */
  unvouched?: boolean;
  /** The candidate is named in a forwarded message written for them, whose words are read with the cover's. */
  carried?: boolean;
}

const ABOUT_SOMEONE = new RegExp(THIRD_PERSON_ASK, 'i');
const PASSED_ON = new RegExp(PASSED_ON_FROM, 'u');
const REFER_THEM = new RegExp(REFER_NAMED, 'u');
const TELLS_OF_KIN = new RegExp(ABOUT_KIN, 'u');
const BELOW = new RegExp(POINTS_BELOW, 'u');
const count = (source: string, flags: string, text: string) => text.match(new RegExp(source, flags))?.length ?? 0;

/**
 * The writer asks for themselves ("could you refer me", "I attach my CV") more often than for anyone else
 * ("refer her", "her CV is attached", a relative's news in the onBehalf signal): a partner, a parent or a
 * former boss the note mentions in passing is not whom it is for.
 */
function asksForThemselves(body: string, signals: Signals): boolean {
  const own = count(SELF_ASK, 'giu', body);
  const theirs =
    count(THIRD_PERSON_ASK, 'giu', body) + count(REFER_NAMED, 'gu', body) + (signals.onBehalf.present ? 1 : 0);
  return own > theirs;
}

/** An app's own line: a portal's notice naming someone ("Ana Lima has asked you to refer them"), a row of its buttons. */
const appsOwn = (text: string) => platformNotice(text) || labelRow(text);

/** The signals as the writer's own words give them: a portal's notice asks on no one's behalf. */
const signalsOfWriter = (signals: Signals): Signals =>
  signals.onBehalf.present && appsOwn(signals.onBehalf.evidence ?? '')
    ? { ...signals, onBehalf: { present: false, evidence: null } }
    : signals;

/** Whether, and for whom, the note is written by someone else (`said`: the words saying so in another language). */
function forSomeoneElse(
  body: string,
  signals: Signals,
  code: string,
  forwardsAnother = false,
  subject: NamedSubject | null = null,
  senderTold = false,
): Whose {
  const other = code === 'en' ? null : otherLanguage(body, code);
  if (other) return other;
  // Passed on by its shape: a note forwarded, or said to be written or passed on for someone.
  // Or a cover that tells whose message it carries ("Dale sent me this"): forwarded-for.ts.
  const passedOn =
    senderTold ||
    (forwardsAnother && BELOW.test(body)) ||
    /\bon behalf of\b/i.test(body) ||
    (/ from |passing|forwarding|attaching/i.test(body) && PASSED_ON.test(body));
  // Asked for someone, or telling of them: weighed against the writer's ask for themselves.
  const aboutSomeone =
    ABOUT_SOMEONE.test(body) ||
    signals.onBehalf.present ||
    REFER_THEM.test(body) ||
    TELLS_OF_KIN.test(body) ||
    // Sentences about a "she" or "he" whose work the writer saw, named or not ("I managed her directly").
    (speaksOfSomeone(body) && (workBeside(body) !== undefined || workSeen(body) !== undefined)) ||
    subject !== null;
  // Under a forward of someone else's message, "I" and "my" may be its sender's: no balance is read.
  const ownAsk = !forwardsAnother && asksForThemselves(body, signals);
  if (!passedOn && (!aboutSomeone || ownAsk)) return { askedBy: 'self', named: null };
  return readForSomeoneElse(body, subject);
}

/**
 * The note's sentences, but a third person's introduction (it speaks of the candidate as "she" or "he") and an
 * app's own lines; a rank or title before a name, and "(ret.)" after it, are off the name (ranked-names.ts).
 */
function writersOwn(reading: Reading): string {
  const intro = reading.intake.introductions;
  const own = reading.body
    .filter((s) => !intro.some((line) => line.includes(s.text)) && !appsOwn(s.text))
    .map((s) => s.text)
    .join('\n');
  return withoutRanks(own);
}

/**
 * The candidate's own note: a colleague's cover over a note the candidate sent them ("this came to me, probably
 * meant for you") is its writer's; carried under covers that disown it, it is unvouched (forwarded-for.ts).
 */
function carriedOwn(reading: Reading, rawNote: string, name: string | null): WhoIsWho {
  const { goBetween, coverBy } = reading.intake.clues;
  const carrier = asName(goBetween ?? coverBy ?? null, rawNote);
  const writer = carrier !== name ? carrier : null;
  const unvouched = carrier !== null && carriedUnvouched(reading, rawNote);
  return { candidate: name, writer, askedBy: 'self', evidence: null, ...(unvouched ? { unvouched } : {}) };
}

const OWN_ASK_ANYWHERE = new RegExp(SELF_ASK, 'iu');

/**
 * A cover that asks nothing ("fyi, ignore if not") over a forwarded message that asks for no one: neither
 * for its sender ("refer me") nor for anyone it names (a firm's offer of its staff). Then no one is the
 * candidate, and the forwarder, who only passes it on, is the writer.
 */
function forwardsForNoOne(reading: Reading, signals: Signals, rawNote: string, referrer: string | null): boolean {
  const { quoted, clues } = reading.intake;
  // The referrer's own message sent back to them is context for the cover's ask, not something passed on.
  const fromReferrer = referrer && clues.forwardedFrom?.split(/\s+/)[0] === referrer.split(/\s+/)[0];
  if (fromReferrer || !signals.noAsk.present || OWN_ASK_ANYWHERE.test(quoted.join('\n'))) return false;
  return !namedInForwarded(quoted, rawNote, [clues.sender, clues.forwardedTo]);
}

/** The writer's own ask: no candidate when it asks for no one; else the writer, or whom they introduce. */
function ownAsk(
  reading: Reading,
  rawNote: string,
  author: string | null,
  referrer: string | null,
  nobody: boolean,
): WhoIsWho {
  const typed = reading.intake.shape === 'plain';
  if (nobody)
    return { candidate: null, writer: writerName(reading, rawNote, author, typed), askedBy: 'self', evidence: null };
  const name = writerName(reading, rawNote, author, typed) ?? introduced(reading, rawNote, referrer);
  const introducer = introducesSomeone(reading, rawNote, referrer, name);
  if (introducer) return { ...introducer, askedBy: 'self', evidence: null };
  return carriedOwn(reading, rawNote, name);
}

export function whoIsWho(
  reading: Reading,
  signals: Signals,
  author: string | null,
  referrer: string | null = null,
): WhoIsWho {
  startReadingNames();
  const rawNote = noteSource(reading);
  const body = writersOwn(reading);
  const { forwardedFrom, sender } = reading.intake.clues;
  const forwardsAnother = Boolean(forwardedFrom && sender && forwardedFrom !== sender);
  const code = reading.language.code;
  // Whom the note's sentences are about, when it is a third person the writer asks for (named-subject.ts).
  const subject =
    code === 'en' ? namedSubject(body, rawNote, [sender ?? null, referrer, greetedIn(reading.text)]) : null;
  const inChat = carriedInChat(reading, rawNote); // a chat message passed on for whoever signs it
  const told = coverTells(body, rawNote, reading.intake.clues, referrer, code) || !!inChat;
  const whose = forSomeoneElse(body, signalsOfWriter(signals), code, forwardsAnother, subject, told);
  const { askedBy, named, said } = whose;
  if (askedBy === 'self') {
    const notForAnyone = asksForNoOne(signals.notAReferral, signals.noAsk); // no candidate to name
    const noOneCarried = forwardsAnother && forwardsForNoOne(reading, signals, rawNote, referrer);
    return ownAsk(reading, rawNote, author, referrer, notForAnyone || noOneCarried);
  }
  const saysSo = (s: string) => ABOUT_SOMEONE.test(s) || /\bon behalf of\b/i.test(s) || (said && s.includes(said));
  const evidence = reading.body.find((s) => saysSo(s.text))?.text ?? null;
  // Unsigned, a cover over a forwarded mail is written by whom that mail was sent to; a chat's cover, by its sender.
  const penned = writerName(reading, rawNote, author, false, true);
  const carriedFor = inChat ?? introducedInChat(reading, rawNote);
  const writer =
    (carriedFor && penned === carriedFor ? asName(sender ?? null, rawNote) : penned) ??
    asName(reading.intake.clues.forwardedTo ?? null, rawNote);
  // Unnamed in the writer's words, the candidate is who wrote the message they forward.
  const forwarded = withSurnameSpelled(asName(forwardedFrom ?? null, rawNote), rawNote) ?? carriedFor;
  const inFull = namedInFull(named, body, forwarded, rawNote, whose.orElse);
  const candidate =
    copiedOn(body, rawNote, [writer, referrer]) ??
    inFull ??
    (forwarded !== writer ? forwarded : null) ??
    // A form passed on ("Name: Mohammed Shoaib / Qualification: …") names whom it is for.
    headedResumeName(reading.text, rawNote) ??
    personSpokenOf(body, rawNote, [writer, referrer, greetedIn(reading.text)]) ??
    introducesSomeone(reading, rawNote, referrer, writer)?.candidate ??
    signedToWriter(reading.text, writer, rawNote) ??
    null;
  const settled = askedByOnceNamed(askedBy, candidate !== null, signals.proofPoint.present, body);
  // The message carried is written for someone it names: its sender writes for them, the forwarder carries it.
  // The one who sent it on to the referrer ("Fatima Rahman … to me" above the forward) is the writer; with no
  // such sender above it, the carried message's sender is.
  const carried =
    told &&
    namedInForwarded(reading.intake.quoted, rawNote, [forwardedFrom, writer, referrer, greetedIn(reading.text)]);
  const topForwarder = forwardsAnother ? asName(sender ?? null, rawNote) : null;
  if (carried) return { candidate: carried, writer: topForwarder ?? forwarded, ...settled, evidence, carried: true };
  return { candidate, writer: writer && writer !== candidate ? writer : null, ...settled, evidence };
}
