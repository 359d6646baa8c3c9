import type { EarlierRequest } from '../store/follow-ups.js';
import type { NewTriage, Owner, StoredProfile, TriageRecord } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { judge, MAX_REQUEST_CHARS, type Profile, readNote, senderOf, type TriageResult } from '../triage/index.js';
import type { SprayCheck } from './spray-check.js';

/** The triage's Profile from the stored one: every surface that triages builds it here. */
export function coreProfile(profile: StoredProfile | null): Profile | null {
  if (!profile) return null;
  return {
    teamArea: profile.teamArea,
    openRoles: profile.openRoles,
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.hiringChannel ? { hiringChannel: profile.hiringChannel } : {}),
    // The blurb goes to the hiring channel in this language; replies still follow the note's.
    workingLanguage: profile.workingLanguage,
  };
}

export interface TriageRun {
  record: TriageRecord;
  profile: StoredProfile | null;
  earlier: EarlierRequest | null;
  /** The note was the one-pager the referrer asked for: it joined its first note's triage instead of starting one. */
  onePager: boolean;
}

/** A one-pager answers the sender's latest request only while the referrer is waiting on one. */
const awaitsOnePager = (e: Pick<EarlierRequest, 'stage'>): boolean =>
  e.stage === 'one_pager_requested' || e.stage === 'one_pager_received';

/**
 * One triage from any surface: the referrer's profile, the sender's earlier requests (so a follow-up
 * is counted from the records, not just the wording), the spray check (the same note to other
 * referrers here; its fingerprint is kept with the triage), the pure triage, and the saved record.
 * A one-pager the referrer asked for joins its first note and is never checked as a spray.
 */
export async function runTriage(
  store: Store,
  owner: Owner,
  request: NewTriage,
  sprays: SprayCheck | null = null,
): Promise<TriageRun> {
  const text = request.requestText.slice(0, MAX_REQUEST_CHARS);
  const profile = await store.profiles.get(owner);
  const note = readNote(text, coreProfile(profile));
  const authorName = request.requesterName ?? null;
  // A pasted note has no Slack author; its sign-off (read by the triage) identifies the sender instead.
  const requesterName = authorName ?? senderOf(note);
  const earlierRequests = await store.triages.findEarlier(owner, {
    requesterId: request.requesterId ?? null,
    requesterName,
    text,
  });
  const earlier = earlierRequests[0] ?? null;
  if (earlier && awaitsOnePager(earlier)) {
    const answer = { first: earlier, text, otherRequests: earlierRequests.length - 1, authorName, profile };
    const linked = await receiveOnePager(store, owner, answer);
    if (linked) return linked;
  }
  const options = { authorName, priorRequests: earlierRequests.length };
  let result = judge(note, options);
  const spray = await sprays?.look(owner, {
    text,
    referrerNames: [profile?.name],
    requesterId: request.requesterId ?? null,
    signedName: requesterName,
    role: result.candidate.targetRole,
  });
  if (spray?.alsoSentTo) result = judge(note, { ...options, alsoSentTo: spray.alsoSentTo });
  const record = await store.triages.create(
    owner,
    { ...request, requestText: text, requesterName: authorName ?? result.candidate.name },
    result,
    earlier?.id ?? null,
  );
  if (spray) await sprays?.record(spray, record.id);
  return { record, profile, earlier, onePager: false };
}

/** A message that only chases the first note (bump words, nothing new) is a bump, not the one-pager. */
const onlyChases = (result: TriageResult): boolean =>
  result.signals.followUp.present && (result.onePager?.nowHas.length ?? 0) === 0;

/**
 * The one-pager the referrer asked for: judged together with the note it answers (never as a bump;
 * other earlier requests still count) and recorded on that note's triage. A second one-pager part
 * is added to the first. Null when the message only chases: it is then a request of its own.
 */
async function receiveOnePager(
  store: Store,
  owner: Owner,
  answer: {
    first: EarlierRequest;
    text: string;
    /** The sender's other earlier requests: they still count as bumps. */
    otherRequests: number;
    authorName: string | null;
    profile: StoredProfile | null;
  },
): Promise<TriageRun | null> {
  const { first, text, otherRequests, authorName, profile } = answer;
  const onePager = (first.onePagerText ? `${first.onePagerText}\n\n${text}` : text).slice(0, MAX_REQUEST_CHARS);
  const result = judge(readNote(onePager, coreProfile(profile), first.requestText), {
    authorName,
    priorRequests: Math.max(0, otherRequests),
  });
  if (onlyChases(result)) return null;
  const record = await store.referrals.receiveOnePager(owner, first.id, onePager, result);
  return { record, profile, earlier: null, onePager: true };
}

/**
 * More of the same note (a reply in its DM thread): the triage is read again on the whole note and
 * updated in place. Earlier requests of the sender still count; the triage itself does not.
 */
export async function addToNote(
  store: Store,
  owner: Owner,
  record: TriageRecord,
  addition: string,
): Promise<TriageRun> {
  const profile = await store.profiles.get(owner);
  const answer = { first: record, text: addition, otherRequests: 0, authorName: record.requesterName, profile };
  const linked = awaitsOnePager(record) ? await receiveOnePager(store, owner, answer) : null;
  if (linked) return linked;
  const text = `${record.requestText}\n\n${addition}`.slice(0, MAX_REQUEST_CHARS);
  const note = readNote(text, coreProfile(profile));
  const earlierRequests = (
    await store.triages.findEarlier(owner, {
      requesterId: record.requesterId,
      requesterName: record.requesterName,
      text,
    })
  ).filter((r) => r.id !== record.id);
  const result = judge(note, { authorName: record.requesterName, priorRequests: earlierRequests.length });
  const amended = await store.triages.amend(owner, record.id, text, result);
  return { record: amended, profile, earlier: earlierRequests[0] ?? null, onePager: false };
}

/** The earlier request a stored triage follows, for showing its decision and date. */
export async function earlierOf(store: Store, owner: Owner, record: TriageRecord): Promise<TriageRecord | null> {
  if (!record.earlierTriageId) return null;
  return store.triages.get(owner, record.earlierTriageId).catch(() => null);
}
