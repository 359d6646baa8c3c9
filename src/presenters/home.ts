import { type Decision, movesFrom } from '../lifecycle.js';
import type { Pipeline } from '../store/home-queries.js';
import type { StoredProfile, TriageRecord } from '../store/schema.js';
import type { HomeTriageRow, PipelineItem, PipelineModel } from '../views/home.js';
import type { ProfileModel } from '../views/settings-modal.js';
import { languageTag } from './language.js';

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
    language: languageTag(t.result),
    decision: t.decision as Decision,
    stage: t.stage,
    permalink: t.permalink,
  };
}

function pipelineItem(t: TriageRecord): PipelineItem {
  return {
    id: t.id,
    who: t.requesterName ?? t.result.candidate.name ?? 'Someone',
    stage: t.stage,
    since: t.stageAt,
    moves: movesFrom(t.stage),
  };
}

export function pipelineModel(p: Pipeline): PipelineModel {
  const column = ({ items, more }: Pipeline['you']) => ({ items: items.map(pipelineItem), more });
  return { you: column(p.you), them: column(p.them), closed: column(p.closed) };
}

export const EMPTY_PIPELINE: PipelineModel = {
  you: { items: [], more: false },
  them: { items: [], more: false },
  closed: { items: [], more: false },
};
