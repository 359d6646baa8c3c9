import { LABELLED_TIME } from '../lang/en/candidate.js';
import type { Reading } from '../reading/reading.js';
import { isJobUrl } from '../reading/role-words.js';
import type { RoleMention } from '../reading/roles.js';
import type { OpenRole } from '../shared/profile.js';
import { withoutQuoteLabel } from '../shared/text.js';
import { patternsFor } from '../signals/patterns.js';
import type { Signals } from '../signals/registry.js';
import type { WhoIsWho } from './who.js';
import { senderName } from './writer-name.js';

/** Who wrote the note: the writer's own name by the trust order (who.ts). */
export function candidateName(reading: Reading, authorName: string | null): string | null {
  return senderName(reading, authorName);
}

export interface Candidate {
  name: string | null;
  targetRole: string | null;
  roleUrl: string | null;
  background: string | null;
  proofPoint: string | null;
  links: string[];
}

/** "I'm a nurse at X and would love a referral for …": who they are, then the ask joined on; the first half is theirs. */
const ASK_AFTER =
  /,?\s+and\s+(?:I\s+)?(?:would|'d)\s+(?:love|like|appreciate|be (?:grateful|glad|thankful))\b[^.!?]*[.!?]?$/i;
/** A labelled line that counts their time at the work, told in their own person ("I have spent 4 seasons as …"). */
const LABELLED = new RegExp(LABELLED_TIME, 'i');
const THANKS = /^(?:many |big |huge )?(?:thanks|thank you|cheers)\b/i;

/** The first sentence where the candidate describes their own work, not the ask and not the referrer. */
function findBackground(reading: Reading, role: RoleMention | null): string | null {
  const P = patternsFor(reading.language.code);
  // A third person's introduction kept from quoted mail speaks in its writer's "I", not the candidate's.
  const intro = reading.intake.introductions;
  const own = reading.body
    .filter((s) => !intro.some((line) => line.includes(s.text)))
    .map((s) =>
      withoutQuoteLabel(s.text)
        .replace(P.GREETING_PREFIX, '')
        .replace(ASK_AFTER, '.')
        .replace(LABELLED, 'I have spent '),
    )
    .filter((text) => !P.SECOND_PERSON.test(text) && !P.SELF_NAME.test(text) && P.BACKGROUND.test(text))
    // An easy out, a thanks or the ask itself says what they want of the referrer, not who they are.
    .filter((text) => !P.GRACEFUL_EXIT.test(text) && !P.REFERRAL_ASK.test(text) && !THANKS.test(text));
  return own.find((text) => !role || !text.includes(role.evidence)) ?? own[0] ?? null;
}

export function extractCandidate(
  reading: Reading,
  signals: Signals,
  role: RoleMention | null,
  openRole: OpenRole | null,
  who: WhoIsWho,
): Candidate {
  const name = who.candidate;
  const jobUrl = reading.urls.find(isJobUrl) ?? null;
  return {
    name,
    targetRole: role?.title ?? openRole?.title ?? null,
    roleUrl: jobUrl ?? openRole?.url ?? null,
    // Written for someone else, the note's "I" is its writer: the candidate's story is in its results.
    background: who.askedBy === 'self' ? findBackground(reading, role) : null,
    proofPoint: signals.proofPoint.evidence,
    links: reading.urls,
  };
}
