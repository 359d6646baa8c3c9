import type { EarlierRequest } from '../store/follow-ups.js';
import type { NewTriage, Owner, StoredProfile, TriageRecord } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { judge, MAX_REQUEST_CHARS, type Profile, readNote, senderOf } from '../triage/index.js';

export function coreProfile(profile: StoredProfile | null): Profile | null {
  if (!profile) return null;
  return {
    teamArea: profile.teamArea,
    openRoles: profile.openRoles,
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.hiringChannel ? { hiringChannel: profile.hiringChannel } : {}),
  };
}

export interface TriageRun {
  record: TriageRecord;
  profile: StoredProfile | null;
  earlier: EarlierRequest | null;
}

/**
 * One triage from any surface: the referrer's profile, the sender's earlier requests (so a follow-up
 * is counted from the records, not just the wording), the pure triage, and the saved record.
 */
export async function runTriage(store: Store, owner: Owner, request: NewTriage): Promise<TriageRun> {
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
  const result = judge(note, { authorName, priorRequests: earlierRequests.length });
  const earlier = earlierRequests[0] ?? null;
  const record = await store.triages.create(
    owner,
    { ...request, requestText: text, requesterName: authorName ?? result.candidate.name },
    result,
    earlier?.id ?? null,
  );
  return { record, profile, earlier };
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
  const text = `${record.requestText}\n\n${addition}`.slice(0, MAX_REQUEST_CHARS);
  const profile = await store.profiles.get(owner);
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
  return { record: amended, profile, earlier: earlierRequests[0] ?? null };
}

/** The earlier request a stored triage follows, for showing its decision and date. */
export async function earlierOf(store: Store, owner: Owner, record: TriageRecord): Promise<TriageRecord | null> {
  if (!record.earlierTriageId) return null;
  return store.triages.get(owner, record.earlierTriageId).catch(() => null);
}
