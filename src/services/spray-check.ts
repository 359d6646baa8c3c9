import { emailIn, fingerprint, roleHash, type SenderIdentity, senderHash } from '../sprays/fingerprint.js';
import { decodeSignature, MINHASH, similarity } from '../sprays/minhash.js';
import { DAY_MS } from '../store/owner.js';
import type { Owner } from '../store/schema.js';
import type { SprayCandidate, SprayNote } from '../store/sprays.js';
import type { Store } from '../store/store.js';
import type { AlsoSentTo } from '../triage/index.js';

export interface SprayCheckOptions {
  /** The HMAC key for senders and roles (config.sprays.key). */
  key: Buffer;
  windowDays: number;
}

/** A note's fingerprint, ready to store once its triage exists, and what it matched. */
export interface SprayLook {
  note: Omit<SprayNote, 'triageId'>;
  alsoSentTo: AlsoSentTo | null;
}

export interface SprayInput {
  text: string;
  /** The referrer's own names, which a sender swaps between copies. */
  referrerNames: ReadonlyArray<string | null | undefined>;
  /** The Slack author, when the note came from Slack. */
  requesterId: string | null;
  /** The name the note is signed with, for a paste. */
  signedName: string | null;
  role: string | null;
}

/** Who sent it: the Slack user, else the signed name and the first email in the note. */
export function identityOf(input: Pick<SprayInput, 'requesterId' | 'signedName' | 'text'>): SenderIdentity {
  if (input.requesterId) return { slackUserId: input.requesterId };
  return { name: input.signedName, email: emailIn(input.text) };
}

/** Other referrers who got the same note: counts only, and the days since the first of them. */
export function countOthers(
  signature: string,
  candidates: readonly SprayCandidate[],
  recipientId: string,
  now: Date,
): AlsoSentTo | null {
  const mine = decodeSignature(signature);
  const others = new Set<string>();
  let earliest = now.getTime();
  for (const c of candidates) {
    // The same note twice to the same referrer is a follow-up, not a spray.
    if (c.recipientId === recipientId || similarity(mine, decodeSignature(c.signature)) < MINHASH.threshold) continue;
    others.add(c.recipientId);
    earliest = Math.min(earliest, Date.parse(c.createdAt));
  }
  if (others.size === 0) return null;
  return { others: others.size, days: Math.max(1, Math.ceil((now.getTime() - earliest) / DAY_MS)) };
}

/**
 * The spray check: the same note, from the same sender, for the same role, reaching other referrers
 * in this workspace within the window. Keeps a fingerprint, never the text.
 */
export class SprayCheck {
  constructor(
    private readonly store: Store,
    private readonly options: SprayCheckOptions,
  ) {}

  /** Null when the workspace turned the check off, or the note gives no sender or no words. */
  async look(owner: Owner, input: SprayInput): Promise<SprayLook | null> {
    if (!(await this.store.sprays.enabled(owner.teamId))) return null;
    const sender = senderHash(this.options.key, identityOf(input));
    const print = sender ? fingerprint(input.text, input.referrerNames) : null;
    if (!sender || !print) return null;
    const note = {
      teamId: owner.teamId,
      recipientId: owner.userId,
      senderHash: sender,
      roleHash: roleHash(this.options.key, input.role),
      signature: print.signature,
      bands: print.bands,
    };
    const candidates = await this.store.sprays.candidates({ ...note, windowDays: this.options.windowDays });
    return { note, alsoSentTo: countOthers(print.signature, candidates, owner.userId, this.store.sprays.clock.now()) };
  }

  async record(look: SprayLook, triageId: string): Promise<void> {
    await this.store.sprays.record({ ...look.note, triageId });
  }
}
