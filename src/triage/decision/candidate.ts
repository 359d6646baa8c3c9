import { isClosingLine, type Reading } from '../reading/reading.js';
import { isJobUrl } from '../reading/role-words.js';
import type { RoleMention } from '../reading/roles.js';
import type { OpenRole } from '../shared/profile.js';
import { wordSet } from '../shared/words.js';
import * as P from '../signals/patterns.js';
import { patternsFor } from '../signals/patterns.js';
import type { Signals } from '../signals/registry.js';

const NOT_NAMES = wordSet(
  'thanks thank best cheers regards sincerely hi hello hey dear warmly sent from pm linkedin email ' +
    'phone mobile regards ps p.s the a',
);

/** A plausible personal name: one to four capitalized words, no placeholder, no closing word. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = raw
    .replace(/^[-–—~\s]+/, '')
    .replace(/[,.!]+$/, '')
    .trim();
  if (!name || name.length > 60) return null;
  if (P.PLACEHOLDER_PATTERNS.some(([, p]) => p.test(name)) || /[[\]{}<>@#%]/.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 4) return null;
  if (!words.every((w) => /^[\p{Lu}][\p{L}'.-]*$/u.test(w))) return null;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  return name;
}

function nameFromSignOff(reading: Reading): string | null {
  const { code } = reading.language;
  for (const line of reading.signOffLines) {
    // Another language's closing words are not in NOT_NAMES: its own sign-off lines are passed over.
    if (code !== 'en' && isClosingLine(line, code)) continue;
    const afterClosing = line.match(/^[^,]*,\s*(.+)$/)?.[1];
    const candidate = cleanName(afterClosing ?? line);
    if (candidate) return candidate;
  }
  return null;
}

/** Who wrote the note: the sign-off, else "my name is…", else the Slack author's name. */
export function candidateName(reading: Reading, authorName: string | null): string | null {
  const selfNamed = patternsFor(reading.language.code).SELF_NAME.exec(reading.body.map((s) => s.text).join(' '))?.[1];
  return nameFromSignOff(reading) ?? cleanName(selfNamed) ?? cleanName(authorName);
}

export interface Candidate {
  name: string | null;
  targetRole: string | null;
  roleUrl: string | null;
  background: string | null;
  proofPoint: string | null;
  links: string[];
}

/** The first sentence where the candidate describes their own work, not the ask and not the referrer. */
function findBackground(reading: Reading, role: RoleMention | null): string | null {
  const P = patternsFor(reading.language.code);
  const own = reading.body
    .map((s) => s.text.replace(P.GREETING_PREFIX, ''))
    .filter((text) => !P.SECOND_PERSON.test(text) && !P.SELF_NAME.test(text) && P.BACKGROUND.test(text));
  return own.find((text) => !role || !text.includes(role.evidence)) ?? own[0] ?? null;
}

export function extractCandidate(
  reading: Reading,
  signals: Signals,
  role: RoleMention | null,
  openRole: OpenRole | null,
  authorName: string | null,
): Candidate {
  const name = candidateName(reading, authorName);
  const jobUrl = reading.urls.find(isJobUrl) ?? null;
  return {
    name,
    targetRole: role?.title ?? openRole?.title ?? null,
    roleUrl: jobUrl ?? openRole?.url ?? null,
    background: findBackground(reading, role),
    proofPoint: signals.proofPoint.evidence,
    links: reading.urls,
  };
}
