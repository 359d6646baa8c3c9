import { MEETING_ASK, SALES_OFFER } from '../lang/en/risks.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import { alternation } from '../shared/phrases.js';
import type { Patterns } from './patterns.js';
import { ABSENT, firstMatch, type Signal } from './signal.js';

// Case matters to the offer: a company's capital names the seller.
const OFFER = new RegExp(SALES_OFFER, 'u');
const MEETING = new RegExp(alternation(MEETING_ASK), 'i');

/** A reference asked for oneself: its sender is still the one the referrer would speak for. */
export const REFERENCE_ASKED = /\breferences?\b/i;

/** A note that asks for something other than a referral or a reference, and for no one to be referred. */
export function asksForNoOne(notAReferral: Signal, noAsk: Signal): boolean {
  return notAReferral.present && noAsk.present && !REFERENCE_ASKED.test(notAReferral.evidence ?? '');
}

/** An ask for something other than a job: a reference, a buyer, a person who fixes a thing. */
export function asksForService(text: string, P: Patterns): RegExpExecArray | null {
  return P.NOT_A_REFERRAL.exec(text) ?? (P.JOB_TALK.test(text) ? null : P.SERVICE_ASK.exec(text));
}

/**
 * A sales pitch: the sender offers what they sell to the referrer's team and asks for a meeting, and
 * names no role and asks no one to be referred for one. The meeting is a sale's, not advice, and a
 * "referral to whoever buys" is no job ask. The evidence is the offer.
 */
export function readPitch(reading: Reading, P: Patterns, role: RoleMention | null): Signal {
  if (role) return ABSENT;
  const offer = firstMatch(reading.body, OFFER);
  if (!offer.present) return ABSENT;
  const meeting = reading.body.some((s) => MEETING.test(s.text) || P.ADVICE_ASK.test(s.text));
  const jobAsk = reading.body.some((s) => P.REFERRAL_ASK.test(s.text) && !asksForService(s.text, P));
  return meeting && !jobAsk ? offer : ABSENT;
}
