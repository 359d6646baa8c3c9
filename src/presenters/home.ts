import type { Decision } from '../lifecycle.js';
import type { StoredProfile, TriageRecord } from '../store/schema.js';
import type { HomeTriageRow, WaitingRow } from '../views/home.js';
import type { ProfileModel } from '../views/settings-modal.js';

export function profileModel(profile: StoredProfile | null): ProfileModel | null {
  return profile ? { ...profile, openRoles: [...profile.openRoles] } : null;
}

export function homeRow(t: TriageRecord): HomeTriageRow {
  return {
    id: t.id,
    who: t.requesterName ?? t.result.candidate.name ?? 'Someone',
    targetRole: t.result.candidate.targetRole,
    createdAt: t.createdAt,
    recommendation: t.result.recommendation,
    decision: t.decision as Decision,
    status: t.status,
    permalink: t.permalink,
  };
}

export function waitingRow(t: TriageRecord): WaitingRow {
  return { who: t.requesterName ?? 'Someone', askedAt: t.updatedAt };
}
