/**
 * The shapes a form leaves in a note: a letter addressed to a desk that asks for any opening (one letter
 * sent to every employer, a broadcast), and a role field left blank ("Requested role: (none selected)"),
 * which names no role however its label reads, and a job board's notice of a message about a posting
 * when the writer's own words ask for any opening.
 */
import { ANY_OPENING, BLANK_FIELD, DESK_GREETING, NOTICE_OF_MESSAGE } from '../lang/en/risks.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import { ABSENT, present, type Signal } from './signal.js';

const TO_A_DESK = new RegExp(DESK_GREETING, 'i');
const ANY_OPENING_ASKED = new RegExp(ANY_OPENING, 'i');
const BLANK = new RegExp(BLANK_FIELD, 'i');
const NOTICE = new RegExp(NOTICE_OF_MESSAGE, 'u');

/** "Dear Hiring Team, … any available positions at your organisation": the letter of a spray, not an ask of this referrer. */
export function formLetter(reading: Reading): Signal {
  if (reading.language.code !== 'en') return ABSENT;
  const greeting = reading.sentences.find((s) => s.line === reading.sentences[0]?.line && TO_A_DESK.test(s.text));
  if (!greeting) return ABSENT;
  const ask = reading.body.find((s) => ANY_OPENING_ASKED.test(s.text));
  return ask ? present(ask.text) : ABSENT;
}

/** The role is only a form's label whose value was left blank: "Requested role: (none selected)". */
export function leftBlank(role: RoleMention, reading: Reading): boolean {
  const text = reading.body[role.sentenceIndex]?.text ?? '';
  const at = text.indexOf(role.evidence);
  return at >= 0 && BLANK.test(text.slice(at + role.evidence.length));
}

/**
 * The role is only the job board's notice of the message ("Ana L. sent you a message about: Line Cook"), and
 * the writer's own words ask for any opening ("put me forward for any job in the kitchen"): the board names
 * the posting the message was sent from; the writer asks for no role.
 */
export function onlyTheNotice(role: RoleMention, reading: Reading): boolean {
  if (!NOTICE.test((reading.body[role.sentenceIndex]?.text ?? '').trim())) return false;
  return reading.body.some((s, i) => i !== role.sentenceIndex && ANY_OPENING_ASKED.test(s.text));
}
