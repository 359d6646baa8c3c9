import { answersAnAsk } from '../triage/index.js';
import { stems } from '../triage/shared/words.js';
import type { Decision, Stage } from './schema.js';

/** How alike two requests' wording must be (Jaccard over word stems) to count as the same ask sent again. */
export const SIMILAR_WORDING = 0.35;

export function wordingSimilarity(a: string, b: string): number {
  const left = new Set(stems(a).filter((s) => s.length > 2));
  const right = new Set(stems(b).filter((s) => s.length > 2));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const s of left) if (right.has(s)) shared++;
  return shared / (left.size + right.size - shared);
}

export interface EarlierRequest {
  id: string;
  requesterId: string | null;
  requesterName: string | null;
  requestText: string;
  decision: Decision;
  stage: Stage;
  /** Its one-pager, if one already came. */
  onePagerText: string | null;
  createdAt: string;
}

/**
 * The same sender: the same Slack user, or (for pasted notes) the same sign-off name with close
 * wording. A common first name alone is not enough, except for the one-pager the referrer is waiting
 * on: an answer is worded differently from the ask, so it counts when it says it is one ("as you
 * suggested, here's my one-pager").
 */
export function isSameSender(
  earlier: EarlierRequest,
  requesterId: string | null,
  requesterName: string | null,
  text: string,
): boolean {
  if (requesterId && earlier.requesterId) return requesterId === earlier.requesterId;
  if (!requesterName || !earlier.requesterName) return false;
  if (requesterName.trim().toLowerCase() !== earlier.requesterName.trim().toLowerCase()) return false;
  if (wordingSimilarity(text, earlier.requestText) >= SIMILAR_WORDING) return true;
  const awaited = earlier.stage === 'one_pager_requested' || earlier.stage === 'one_pager_received';
  return awaited && answersAnAsk(text);
}
