import { movesFrom, type PipelineColumn, type Stage } from '../lifecycle.js';
import type { Pipeline } from '../store/home-queries.js';
import type { StoredProfile, TriageRecord } from '../store/schema.js';
import type { PipelineItem, PipelineModel } from '../views/home.js';
import type { ProfileModel } from '../views/settings-modal.js';
import { languageTag } from './language.js';

export function profileModel(profile: StoredProfile | null): ProfileModel | null {
  return profile ? { ...profile, openRoles: [...profile.openRoles] } : null;
}

/** What the referrer does next, for the referrals that wait on them; the others wait on someone else. */
const NEXT_ACTION: Partial<Record<Stage, string>> = {
  undecided: 'answer them',
  one_pager_received: 'read the one-pager and answer',
  yes: 'submit the referral, then mark it',
};

const whoOf = (t: TriageRecord): string => t.requesterName ?? t.result.candidate.name ?? 'Someone';

/**
 * One row per person and role: a sender's repeated notes about the same role are one referral to
 * the referrer. The person is their Slack id when there is one, else their name as written.
 */
function groupKey(t: TriageRecord): string {
  const person = t.requesterId ?? whoOf(t).trim().toLowerCase();
  const role = (t.result.candidate.targetRole ?? '').trim().toLowerCase();
  return `${person}\u0000${role}`;
}

/** Rows in the order the column lists them; each row acts on the newest note of its group. */
function grouped(items: TriageRecord[]): Array<{ newest: TriageRecord; oldest: TriageRecord; count: number }> {
  const groups = new Map<string, TriageRecord[]>();
  for (const t of items) {
    const key = groupKey(t);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((members) => {
    const byCreated = [...members].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const newest = byCreated.at(-1) as TriageRecord;
    return { newest, oldest: byCreated[0] as TriageRecord, count: members.length };
  });
}

function pipelineItems(column: PipelineColumn, items: TriageRecord[]): PipelineItem[] {
  return grouped(items).map(({ newest, oldest, count }) => ({
    id: newest.id,
    who: whoOf(newest),
    role: newest.result.candidate.targetRole,
    stage: newest.stage,
    since: newest.stageAt,
    count,
    firstAt: oldest.createdAt,
    moves: movesFrom(newest.stage),
    next: column === 'you' ? (NEXT_ACTION[newest.stage] ?? null) : null,
    language: languageTag(newest.result),
  }));
}

export function pipelineModel(p: Pipeline): PipelineModel {
  const column = (name: PipelineColumn) => ({ items: pipelineItems(name, p[name].items), more: p[name].more });
  return { you: column('you'), them: column('them'), closed: column('closed') };
}

export const EMPTY_PIPELINE: PipelineModel = {
  you: { items: [], more: false },
  them: { items: [], more: false },
  closed: { items: [], more: false },
};
