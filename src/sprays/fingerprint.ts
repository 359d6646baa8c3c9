import { createHmac } from 'node:crypto';
import { bandHashes, encodeSignature, MINHASH, type MinHashParams, signature } from './minhash.js';
import { noteWords, roleKey } from './note-words.js';

/**
 * What the spray check keeps of a note: its MinHash fingerprint and keyed hashes of who sent it
 * and for which role. Never the text, never a name.
 */
export interface Fingerprint {
  /** The MinHash signature, base64. */
  signature: string;
  /** One hash per LSH band. */
  bands: number[];
}

/** Who sent the note: their Slack user, or for a paste their signed name and email. */
export type SenderIdentity = { slackUserId: string } | { name: string | null; email: string | null };

/** The HMAC key for senders and roles, derived from an app secret so no second secret is needed. */
export function sprayKey(secret: string | Buffer): Buffer {
  return createHmac('sha256', secret).update('refer-triage/spray-fingerprint/v1').digest();
}

const keyed = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text).digest('base64url').slice(0, 22);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** The first email address in a note, for a pasted note's sender. */
export function emailIn(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}

/** The sender's keyed hash, or null when the note says nothing about who sent it. */
export function senderHash(key: Buffer, sender: SenderIdentity): string | null {
  if ('slackUserId' in sender) return keyed(key, `slack:${sender.slackUserId}`);
  const name = (sender.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  const email = (sender.email ?? '').trim().toLowerCase();
  if (!name && !email) return null;
  return keyed(key, `paste:${name}|${email}`);
}

/** The role's keyed hash: the same template for two roles is two notes. */
export function roleHash(key: Buffer, role: string | null | undefined): string {
  return keyed(key, `role:${roleKey(role)}`);
}

/** The note's fingerprint, or null when no words are left after the greeting and names go. */
export function fingerprint(
  rawText: string,
  referrerNames: readonly (string | null | undefined)[] = [],
  params: MinHashParams = MINHASH,
): Fingerprint | null {
  const sig = signature(noteWords(rawText, referrerNames), params);
  if (sig.length === 0) return null;
  return { signature: encodeSignature(sig), bands: bandHashes(sig, params) };
}
