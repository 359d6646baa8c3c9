/**
 * Whose ask a note written for someone else is, by its English words (issue 22): an ordered table of readings,
 * the first that applies wins. Each row says what it looks for, who asks, where the candidate's name comes
 * from, and, when that name may be a phrase's capture that is no name ("She's worked for me": "She"), where
 * the name comes from then (`orElse`, read only when needed). A new reading is one row, placed above the
 * readings it outranks; its phrases go in lang/en/candidate.ts.
 */

import {
  FIRST_HAND,
  FOR_AGENCY,
  FOR_KIN,
  FOR_WORK,
  NAMED_THIRD,
  NOT_FIRST_HAND,
  PRESENTED_BY_NAME,
} from '../lang/en/candidate.js';
import type { Searchable } from '../shared/guarded.js';
import { needled } from '../shared/needle.js';
import { once } from '../shared/once.js';
import type { NamedSubject } from './named-subject.js';
import { asName } from './names.js';
import type { Writer } from './who-other.js';

// Compiled once; each behind its needle, since they are searched through the whole note.
const KIN = needled(FOR_KIN);
const WORK = needled(FOR_WORK);
const AGENCY = needled(FOR_AGENCY);
const FIRST_HAND_WORK = needled(FIRST_HAND);
const SECOND_HAND = needled(NOT_FIRST_HAND);
const NAMED = needled(NAMED_THIRD, 'mu');
const PRESENTED = new RegExp(PRESENTED_BY_NAME, 'u');

/** The first pattern's match, in the list's order; the later patterns are not searched. */
function firstCapture(patterns: readonly Searchable[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** A capture that reads as a name, when the first pattern's is none ("She's worked for me", then "Ruth Ali on my team"). */
const namedCapture = (patterns: readonly Searchable[], text: string) =>
  patterns.map((pattern) => pattern.exec(text)?.[1]).find((capture) => asName(capture, text)) ?? null;

/** The writer's work beside someone ("Femi Adebayo on my team", "I supervised Mira Olsen's thesis"). */
export const workBeside = (body: string) => firstCapture(WORK, body);

/** What the note says of someone, each phrase searched only when a reading asks for it. */
function saidIn(body: string, subject: NamedSubject | null) {
  return {
    body,
    subject,
    work: once(() => workBeside(body)),
    /** "I've worked nights alongside her": first-hand work, said without a name. */
    seen: once(() => firstCapture(FIRST_HAND_WORK, body)),
    agency: once(() => firstCapture(AGENCY, body)),
    kin: once(() => firstCapture(KIN, body)),
    /** The one the note names as whom it is for ("Writing about someone I managed: Grace"), or the sentences are about. */
    named: once(() => firstCapture(NAMED, body)?.[1] ?? subject?.name ?? null),
  };
}
type Said = ReturnType<typeof saidIn>;

/**
 * Presenting someone by name is a manager's word too: "I'd like to put forward Ana Lima, who's been my lead
 * fitter", the writer's own work beside them ("my", not a firm's "with us"), and no firm's term anywhere.
 */
function presentedByManager(said: Said): boolean {
  const agency = said.agency();
  const mine = [said.work()?.[0], said.seen()?.[0]].some((words) => words && /\b(?:I|me|my)\b/.test(words));
  return (
    agency !== undefined &&
    PRESENTED.exec(said.body)?.[0] === agency[0] &&
    mine &&
    !firstCapture(AGENCY, said.body.replace(agency[0], ''))
  );
}

interface ReadingForSomeoneElse {
  /** What it looks for: a phrase of the note's, or a predicate over what the note says. */
  readonly when: (said: Said) => unknown;
  readonly askedBy: Writer;
  /** Where the candidate's name comes from. */
  readonly name: (said: Said) => string | null;
  /** The name when `name` gives a capture that is no name; read only then (fullest-form.ts namedInFull). */
  readonly orElse?: (said: Said) => string | null;
}

/** The readings, in order: the first that applies is the note's. Keys name them, as signals/registry.ts does. */
const READINGS_FOR_SOMEONE_ELSE = {
  // "I haven't worked with her directly": a mentor or teacher passes on a wish, whatever else they did for her.
  notFirstHand: {
    when: (said) => firstCapture(SECOND_HAND, said.body),
    askedBy: 'relative',
    name: (said) => said.work()?.[1] ?? said.named(),
    orElse: (said) => said.named(),
  },
  // A staffing firm's own terms outweigh its "on contract with us": it sells a placement, it does not vouch.
  // Its terms name no one (an empty capture), so the name is then the work phrase's. A manager presenting
  // someone by name is no firm: the vouch rows below read that note.
  agency: {
    when: (said) => said.agency() && !presentedByManager(said),
    askedBy: 'agency',
    name: (said) => said.agency()?.[1] || said.work()?.[1] || null,
  },
  // The candidate's place beside the writer: "Femi Adebayo on my team", "our night shift nurse, Ana Ruiz".
  besideTheWriter: {
    when: (said) => said.work(),
    askedBy: 'vouch',
    name: (said) => said.work()?.[1] ?? null,
    orElse: (said) => said.agency()?.[1] ?? said.named() ?? namedCapture(WORK, said.body),
  },
  // The writer saw the work first-hand, saying so without a name ("I've worked nights alongside her").
  firstHand: {
    when: (said) => said.seen(),
    askedBy: 'vouch',
    name: (said) => said.agency()?.[1] ?? said.named(),
  },
  // "My daughter Ines", or sentences about a relative.
  kin: {
    when: (said) => said.kin() || said.subject?.kin,
    askedBy: 'relative',
    name: (said) => said.kin()?.[1] || said.named(),
  },
  // Passed on, the writer unsaid: settled once the candidate is known (who-other.ts askedByOnceNamed).
  passedOn: { when: () => true, askedBy: 'passedOn', name: (said) => said.named() },
} satisfies Record<string, ReadingForSomeoneElse>;

/** Whose ask it is, by the first reading that applies; `orElse` is the fallback name, read when asked for. */
export function readForSomeoneElse(body: string, subject: NamedSubject | null) {
  const said = saidIn(body, subject);
  const readings: readonly ReadingForSomeoneElse[] = Object.values(READINGS_FOR_SOMEONE_ELSE);
  // The last reading applies to any note: the fallback only tells the compiler so.
  const reading: ReadingForSomeoneElse = readings.find((r) => r.when(said)) ?? READINGS_FOR_SOMEONE_ELSE.passedOn;
  const { askedBy, name, orElse } = reading;
  return { askedBy, named: name(said), ...(orElse ? { orElse: () => orElse(said) } : {}) };
}
