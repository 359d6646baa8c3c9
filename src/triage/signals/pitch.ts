import { MEETING_ASK, OWN_WORK_FORWARD, PITCH_SHAPES, SALES_OFFER } from '../lang/en/risks.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import { alternation } from '../shared/phrases.js';
import type { Patterns } from './patterns.js';
import { ABSENT, firstMatch, type Signal } from './signal.js';

// Case matters to the offer: a company's capital names the seller.
const OFFERS = [SALES_OFFER, ...PITCH_SHAPES].map((source) => new RegExp(source, 'u'));
const MEETING = new RegExp(alternation(MEETING_ASK), 'i');
const SUBJECT_LINE = /^subject\s?:/i;

/** A reference asked for oneself ("can I list you?" is one): its sender is still the one the referrer would speak for. */
export const REFERENCE_ASKED = /\breferences?\b|\b(?:list you|put (?:you|your name) down)\b/i;

/** Their own work put before whoever picks people: like a reference, an ask its writer makes for themselves. */
const OWN_WORK = new RegExp(OWN_WORK_FORWARD, 'i');

/** A firm asks to be passed to whoever buys, or listed as a supplier: "us" is no person to refer. */
const FIRM_ASKS = /\b(?:refer|introduce|connect|put|add) us (?:to|on|onto|in touch)\b/i;

/** A note that asks for something other than a referral or a reference, and for no one to be referred. */
export function asksForNoOne(notAReferral: Signal, noAsk: Signal): boolean {
  const evidence = notAReferral.evidence ?? '';
  const forNoOne = noAsk.present || FIRM_ASKS.test(evidence);
  return notAReferral.present && forNoOne && !REFERENCE_ASKED.test(evidence) && !OWN_WORK.test(evidence);
}

/** An ask for something other than a job: a reference, a buyer, a person who fixes a thing. */
export function asksForService(text: string, P: Patterns): RegExpExecArray | null {
  return P.NOT_A_REFERRAL.exec(text) ?? (P.JOB_TALK.test(text) ? null : P.SERVICE_ASK.exec(text));
}

/** The referrer's company hiring, told as news: "Noticed Kontor is hiring a …", "your Senior Designer search". */
const HIRING_NEWS =
  /\b(?:is|are|you're|you are|been) (?:hiring|recruiting)\b|\byour (?:[\w,&–-]+ ){0,6}(?:search|hire|hiring)\b/i;

/** A role the note names only as the referrer's hiring, the seller's hook, and never as one its writer wants. */
function hiringNews(reading: Reading, role: RoleMention): boolean {
  const said = reading.body.filter((s) => s.text.includes(role.evidence));
  return said.length > 0 && said.every((s) => HIRING_NEWS.test(s.text));
}

/**
 * A sales pitch: the sender offers what they sell to the referrer's team (or names customers as proof, or
 * looks for someone to sell its goods) and asks for a meeting, a demo or a tasting, and names no role but
 * the referrer's own hiring, and asks no one to be referred for one. The meeting is a sale's, not advice, and a
 * "referral to whoever buys" is no job ask. The evidence is the offer.
 */
export function readPitch(
  reading: Reading,
  P: Patterns,
  role: RoleMention | null,
  serviceAsk: (text: string) => RegExpExecArray | null = (text) => asksForService(text, P),
): Signal {
  if (role && !hiringNews(reading, role)) return ABSENT;
  const offer = OFFERS.map((pattern) => firstMatch(reading.body, pattern)).find((s) => s.present);
  if (!offer) return ABSENT;
  const meeting = reading.body.some((s) => MEETING.test(s.text) || P.ADVICE_ASK.test(s.text));
  // A subject line ("Quick referral question") titles the ask; the sentences under it say whom it is for.
  const asked = reading.body.filter((s) => !SUBJECT_LINE.test(s.text));
  const jobAsk = asked.some((s) => P.REFERRAL_ASK.test(s.text) && !serviceAsk(s.text));
  return meeting && !jobAsk ? offer : ABSENT;
}
