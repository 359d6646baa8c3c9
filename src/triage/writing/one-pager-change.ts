import type { MissingPiece } from '../decision/policy.js';
import { listOf } from '../shared/text.js';
import { SIGNAL_NAMES, type Signals } from '../signals/registry.js';
import { wordingOf } from './signal-wording.js';

/** What a one-pager added to its note, and what is still missing, in the words the DM summary uses. */
export interface OnePagerChange {
  nowHas: string[];
  stillMissing: string[];
}

const ROLE_LINK = 'the role link';

/** What the joined notes answer that the first note left open, and what neither answers. */
export function whatChanged(
  before: { signals: Signals; roleUrl: string | null },
  after: { signals: Signals; roleUrl: string | null },
  missing: readonly MissingPiece[],
): OnePagerChange {
  const nowHas: string[] = [];
  const stillMissing: string[] = [];
  for (const name of SIGNAL_NAMES) {
    const { unanswered } = wordingOf(name);
    if (!unanswered) continue;
    if (!after.signals[name].present) stillMissing.push(unanswered);
    else if (!before.signals[name].present) nowHas.push(unanswered);
  }
  if (after.roleUrl && !before.roleUrl) nowHas.push(ROLE_LINK);
  if (missing.includes('roleLink') && !stillMissing.includes('a specific role')) stillMissing.push(ROLE_LINK);
  if (missing.includes('name')) stillMissing.push('their full name');
  return { nowHas, stillMissing };
}

/** One line for every surface: "Read with their first note. Now has: a proof point and the role link." */
export function describeChange({ nowHas, stillMissing }: OnePagerChange): string {
  const added = nowHas.length ? `Now has: ${listOf(nowHas)}.` : 'Adds nothing the first note did not have.';
  const open = stillMissing.length ? ` Still missing: ${listOf(stillMissing)}.` : '';
  return `Read with their first note. ${added}${open}`;
}
