import { movesFrom, type ReminderKind, type Stage } from '../lifecycle.js';
import type { TriageRecord } from '../store/schema.js';
import { type LoopDraftContext, type LoopMoment, loopDraft } from '../triage/index.js';
import type { ReminderItem, StageUpdateModel, VoteNewsModel } from '../views/referral-messages.js';
import { candidateNameOf } from './triage.js';

/** The moments of a referral's life that come with a note for the candidate. */
const MOMENT_FOR_STAGE: Partial<Record<Stage, LoopMoment>> = {
  closed: 'closed',
  referred: 'referred',
  interviewing: 'interviewing',
  hired: 'hired',
  not_moving_forward: 'not_moving_forward',
  withdrawn: 'withdrawn',
};

function draftContext(t: TriageRecord, referrerName: string | null): LoopDraftContext {
  const role = t.result.candidate.targetRole;
  return {
    candidateName: t.result.candidate.name ?? t.requesterName,
    role: role ? (/\b(?:roles?|positions?|track)\b/i.test(role) ? role : `the ${role} role`) : null,
    referrerName,
  };
}

export function stageUpdateFor(t: TriageRecord, referrerName: string | null): StageUpdateModel {
  const moment = MOMENT_FOR_STAGE[t.stage];
  return {
    triageId: t.id,
    candidateName: candidateNameOf(t),
    stage: t.stage,
    draft: moment ? loopDraft(moment, draftContext(t, referrerName)) : null,
    moves: movesFrom(t.stage),
  };
}

export function reminderItem(t: TriageRecord, kind: ReminderKind, count = 1): ReminderItem {
  return {
    triageId: t.id,
    kind,
    candidateName: candidateNameOf(t),
    role: t.result.candidate.targetRole,
    since: t.stageAt,
    count,
    moves: movesFrom(t.stage),
  };
}

/**
 * A day's reminders as digest lines: one per person, role and reminder, so the same sender's notes
 * about one role are one line with a count (acting on the newest), and every line names the role.
 */
export function reminderItems(due: ReadonlyArray<{ record: TriageRecord; kind: ReminderKind }>): ReminderItem[] {
  const groups = new Map<string, TriageRecord[]>();
  const kinds = new Map<string, ReminderKind>();
  for (const { record, kind } of due) {
    const person = record.requesterId ?? candidateNameOf(record).toLowerCase();
    const key = [person, (record.result.candidate.targetRole ?? '').toLowerCase(), kind].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), record]);
    kinds.set(key, kind);
  }
  return [...groups.entries()].map(([key, records]) => {
    const newest = [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1) as TriageRecord;
    return reminderItem(newest, kinds.get(key) as ReminderKind, records.length);
  });
}

export function voteNewsFor(
  t: TriageRecord,
  vote: { voterId: string; channel: string; vote: 'interested' | 'not_a_fit' },
  referrerName: string | null,
): VoteNewsModel {
  return {
    triageId: t.id,
    candidateName: candidateNameOf(t),
    ...vote,
    draft: loopDraft(vote.vote, draftContext(t, referrerName)),
  };
}
