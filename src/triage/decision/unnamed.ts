/**
 * A name withheld (issue 22): a referral goes in under a name. A candidate's own note that gives none
 * (no Slack author, no header, signature or "I'm …") and is signed with initials alone ("— R.K.T.",
 * "J.", "-MK") cannot be referred as it stands, however complete: a yes becomes a one-pager that asks
 * for their full name with it. Never a no for this alone. A note with no sign-off at all is left as
 * it is: typed in Slack, its author is on screen.
 */

import { endsWithListItem, isClosingLine, type Reading } from '../reading/reading.js';
import { isClosing } from './names.js';
import type { Verdict } from './recommend.js';
import type { WhoIsWho } from './who.js';

/** Initials with their dots ("R.K.T.", "J. D."), or up to three capitals ("MK"). */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,4}|\p{Lu}{1,3}`;
const DASH = String.raw`[-–—~]`;
/** The line is the initials, after a dash ("— R.K.T.", "-MK"), or alone. */
const ALONE = new RegExp(String.raw`^(${DASH}\s*)?(${INITIALS})$`, 'u');
/** A closing before them, on their line or after the last sentence: "Thanks, J.D.", "… if not. Best — MK". */
const AFTER_CLOSING = new RegExp(String.raw`(?:^|[.!?]\s+)([^.!?]{1,30}?)(?:,|\s+${DASH})\s*(${INITIALS})$`, 'u');
/** Signed at the end of the note's last sentence: "… no worries if not. — J." or "… if not - MK". */
const AT_THE_END = new RegExp(String.raw`\s${DASH}\s*(${INITIALS})$`, 'u');
const DOTTED = /\p{Lu}\./u;
const LIST_ITEM = /^[-–—~•]\s/;
const SIGNATURE = new RegExp(`^(?:${INITIALS})$`, 'u');

const closes = (line: string, code: string) => isClosing(line) || isClosingLine(line, code);

/** The initials a note is signed with, when that is all its sign-off gives; else null. */
export function signedWithInitials(reading: Reading): string | null {
  const lines = reading.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const [above, last] = [lines.at(-2) ?? '', lines.at(-1) ?? ''];
  const { code } = reading.language;
  const alone = ALONE.exec(last);
  // Bare capitals alone on a line ("TIA", "MK") sign only under a closing; a dash or dots say so on their own.
  if (alone?.[2] && (alone[1] || DOTTED.test(alone[2]) || closes(above, code)) && !endsWithListItem(lines))
    return alone[2].trim();
  const closing = AFTER_CLOSING.exec(last);
  if (closing?.[2] && closes(closing[1] ?? '', code)) return closing[2].trim();
  const tail = AT_THE_END.exec(last);
  if (tail?.[1] && /[.!?]\s*$/.test(last.slice(0, tail.index))) return tail[1].trim();
  // A pasted screen goes on under its writer's last message ("- J." over the app's reactions and profile card).
  const dashed = lines
    .slice(-5, -1)
    .findLast((line, i, near) => ALONE.exec(line)?.[1] && !LIST_ITEM.test(near[i - 1] ?? ''));
  if (dashed) return ALONE.exec(dashed)?.[2]?.trim() ?? null;
  const signature = reading.intake.clues.signature[0]?.trim() ?? '';
  return SIGNATURE.test(signature) ? signature : null;
}

/**
 * The candidate's own note with no name found anywhere, signed with initials alone: the initials, else
 * null. A Slack author passed in is a name the referrer sees.
 */
export function withheldName(reading: Reading, who: WhoIsWho, authorName: string | null): string | null {
  if (who.askedBy !== 'self' || who.candidate || who.writer || authorName?.trim()) return null;
  return signedWithInitials(reading);
}

/** A yes becomes a one-pager, and every reply that asks for more asks for the full name too; a no stays a no. */
export function capForNoName(verdict: Verdict, initials: string | null): Verdict {
  if (!initials) return verdict;
  const missing = verdict.missing.includes('name') ? verdict.missing : [...verdict.missing, 'name' as const];
  const recommendation = verdict.recommendation === 'yes' ? 'one_pager' : verdict.recommendation;
  return { ...verdict, recommendation, missing };
}
