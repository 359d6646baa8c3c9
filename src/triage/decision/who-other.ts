/** A note written for someone else in a language besides English: who writes, by the note's own words. */
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
