/** A note written for someone else: who writes, by another language's own words, and once the candidate is known. */
import { FIRST_HAND } from '../lang/en/candidate.js';
import { FOR_SOMEONE_ELSE } from '../lang/for-someone-else.js';

/** Whose ask it is when another language's note says so (who.ts AskedBy). */
type AskedBy = 'relative' | 'vouch' | 'agency';

/** Another language's relatives, first-hand work and recruiters, read before its English fallbacks. */
const OTHER = new Map(
  Object.entries(FOR_SOMEONE_ELSE).map(([code, { kin, work, agency = [] }]) => [
    code,
    [
      ...kin.map((s) => ({ by: 'relative' as const, re: new RegExp(s, 'u') })),
      ...work.map((s) => ({ by: 'vouch' as const, re: new RegExp(s, 'u') })),
      ...agency.map((s) => ({ by: 'agency' as const, re: new RegExp(s, 'u') })),
    ],
  ]),
);

/** A relative who told the writer of the referrer is the mutual contact, not the candidate. */
const TOLD = new Map(Object.entries(FOR_SOMEONE_ELSE).map(([code, { toldMe }]) => [code, new RegExp(toldMe, 'u')]));

/** The earliest of another language's phrases for a note written for someone else, with the name it gives. */
export function otherLanguage(
  body: string,
  code: string,
): { askedBy: AskedBy; named: string | null; said: string } | null {
  const told = TOLD.get(code);
  const hits = (OTHER.get(code) ?? [])
    .map(({ by, re }) => ({ by, m: re.exec(body) }))
    .filter((h) => h.m !== null && !(h.by === 'relative' && told?.test(body.slice(h.m.index + h.m[0].length))))
    .sort((a, b) => (a.m?.index ?? 0) - (b.m?.index ?? 0));
  const first = hits[0];
  return first?.m ? { askedBy: first.by, named: first.m[1] ?? null, said: first.m[0] } : null;
}

/** Whose ask a note written for someone else is (who.ts AskedBy, less the candidate's own). */
export type Writer = 'agency' | 'relative' | 'vouch' | 'passedOn';

/**
 * Who the writer is to the candidate, once it is known whether the note names them: offering someone unnamed
 * is an offer, unless the writer says they saw their work; a named candidate of a writer who does not say who they are to them is vouched for when the
 * note shows their work, else a wish passed on. Only an agency's phrase offers a named candidate.
 */
export function askedByOnceNamed(askedBy: Writer, named: boolean, shownWork: boolean, body: string) {
  const firstHand = SAW_THE_WORK.some((re) => re.test(body));
  // A writer who says they saw the work ("I was her lead") speaks of one person they know, named or not.
  if (askedBy === 'vouch' && !named && firstHand) return { askedBy, firstHand };
  if ((askedBy === 'vouch' || askedBy === 'passedOn') && !named) return { askedBy: 'agency' as const, firstHand };
  return { askedBy: askedBy === 'passedOn' && shownWork ? 'vouch' : askedBy, firstHand };
}

/** The writer says they saw the candidate's work themselves ("I've supervised her for five years"). */
const SAW_THE_WORK = FIRST_HAND.map((s) => new RegExp(s, 'u'));
