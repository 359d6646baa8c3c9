import { STAGES, type Stage } from '../../src/lifecycle.js';
import { pipelineModel, profileModel } from '../../src/presenters/home.js';
import { hiringPostFor, previewFor, replyFor } from '../../src/presenters/messages.js';
import { reminderItems, stageUpdateFor, voteNewsFor } from '../../src/presenters/referrals.js';
import { evidenceModel, threadSummaryModel, triageModalModel } from '../../src/presenters/triage.js';
import type { StoredProfile, TriageRecord } from '../../src/store/schema.js';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';
import { buildEditBlurbModal } from '../../src/views/edit-blurb-modal.js';
import { buildHome } from '../../src/views/home.js';
import { helpMessage, threadSummary } from '../../src/views/messages.js';
import { loadingModal, noticeModal, pasteModal } from '../../src/views/notice.js';
import {
  answerChanged,
  keptWaiting,
  movedLine,
  reminderMessage,
  stageUpdate,
  voteNews,
} from '../../src/views/referral-messages.js';
import { buildSettingsModal, savedSettingsModal } from '../../src/views/settings-modal.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { buildEvidenceView } from '../../src/views/triage-sections.js';

export const REFERRER_PROFILE: Profile = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, internal tooling, CI/CD, APIs',
  openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
  hiringChannel: 'C0123456789',
});

const STORED_PROFILE: StoredProfile = {
  name: 'Priya',
  teamArea: REFERRER_PROFILE.teamArea,
  openRoles: REFERRER_PROFILE.openRoles,
  hiringChannel: 'C0123456789',
  retentionDays: 90,
  remindersOn: true,
  onePagerWaitDays: null,
  workingLanguage: 'en',
};

let n = 0;
/** A stored triage of a note, as the store reads it back, at the stage given. */
export function recordOf(text: string, over: Partial<TriageRecord> = {}): TriageRecord {
  const result = triage(text, REFERRER_PROFILE);
  const decided = over.stage && over.stage !== 'undecided' && over.stage !== 'one_pager_received';
  n += 1;
  return {
    id: `0b6c1a52-7a31-4f1e-9d61-${String(n).padStart(12, '0')}`,
    teamId: 'T0TEAM',
    referrerId: 'U0PRIYA01',
    requesterId: null,
    requesterName: result.candidate.name,
    source: 'slash_command',
    channelId: null,
    messageTs: null,
    permalink: null,
    requestText: text,
    result,
    recommendation: result.recommendation,
    decision: decided && result.recommendation ? result.recommendation : 'pending',
    stage: 'undecided',
    stageAt: '2026-11-25T15:00:00.000Z',
    onePagerText: null,
    replyText: decided && result.recommendation ? (result.drafts?.[result.recommendation] ?? null) : null,
    blurbText: result.blurb ?? (decided ? 'They are a strong candidate; the referrer wrote this blurb.' : null),
    blurbState: result.blurb && decided ? 'draft' : 'none',
    blurbChannel: 'C0123456789',
    blurbTs: null,
    blurbPermalink: null,
    earlierTriageId: null,
    dmMessage: null,
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-25T15:00:00.000Z',
    history: [],
    ...over,
  };
}

export type Surface = { name: string; kind: 'modal' | 'home' | 'message'; payload: Record<string, unknown> };

const modal = (name: string, payload: object): Surface => ({ name, kind: 'modal', payload: payload as never });
const message = (name: string, payload: object): Surface => ({ name, kind: 'message', payload: payload as never });

/** Every view and message the app builds for a triage, at its stages: what the surface tests read. */
export function surfacesOf(text: string): Surface[] {
  const fresh = recordOf(text);
  const out: Surface[] = [];
  for (const answer of ['yes', 'one_pager', 'no'] as const) {
    const model = triageModalModel(fresh, { answer, hiringChannel: 'C0123456789', earlier: null, hasProfile: true });
    out.push(modal(`triage modal (${answer})`, buildTriageModal(model)));
  }
  out.push(modal('evidence', buildEvidenceView(evidenceModel(fresh))));
  out.push(message('thread summary', threadSummary(threadSummaryModel(fresh, null))));
  for (const stage of STAGES) {
    const at = recordOf(text, { stage: stage as Stage });
    const model = triageModalModel(at, { answer: 'yes', hiringChannel: null, earlier: null, hasProfile: true });
    out.push(modal(`reopened at ${stage}`, buildTriageModal(model)));
    out.push(message(`stage update ${stage}`, stageUpdate(stageUpdateFor(at, 'Priya'))));
  }
  const decided = recordOf(text, { stage: 'yes' });
  out.push(message('reply', replyFor(decided)));
  for (const kind of ['draft', 'posting', 'posted', 'discarded'] as const) {
    out.push(message(`preview ${kind}`, previewFor(decided, { kind })));
  }
  out.push(message('hiring post', hiringPostFor(decided)));
  out.push(modal('edit blurb', buildEditBlurbModal(decided.id, decided.blurbText ?? '', { channel: 'D1', ts: '1.2' })));
  out.push(
    message('moved line', { text: 'moved', blocks: [movedLine(decided.result.candidate.name ?? 'them', 'referred')] }),
  );
  out.push(message('answer changed', answerChanged(fresh.result.candidate.name ?? 'the candidate')));
  out.push(message('kept waiting', keptWaiting('2026-12-02T17:00:00.000Z')));
  const news = { voterId: 'U0HIRINGMGR', channel: 'C0123456789', vote: 'interested' as const };
  out.push(message('vote news', voteNews(voteNewsFor(decided, news, 'Priya'))));
  const due = [
    { record: fresh, kind: 'undecided' as const },
    { record: decided, kind: 'referral_overdue' as const },
    { record: recordOf(text, { stage: 'one_pager_requested' }), kind: 'one_pager_overdue' as const },
  ];
  out.push(message('reminder digest', reminderMessage(reminderItems(due))));
  out.push({ name: 'home', kind: 'home', payload: homeOf([fresh, decided]) as never });
  return out;
}

/** The App Home over these triages, each in the column its stage belongs to. */
export function homeOf(records: TriageRecord[]) {
  const column = (stages: Stage[]) => ({ items: records.filter((r) => stages.includes(r.stage)), more: false });
  return buildHome({
    profile: profileModel(STORED_PROFILE),
    counts: { pending: 1, yes: 1, one_pager: 0, no: 0 },
    pipeline: pipelineModel({
      you: column(['undecided', 'one_pager_received', 'yes']),
      them: column(['one_pager_requested', 'resume_requested', 'referred', 'interviewing']),
      closed: column(['hired', 'not_moving_forward', 'withdrawn', 'closed']),
    }),
  });
}

/** The views that hold no triage: settings (and how a split role line is reported), notices, help. */
export function settingsSurfaces(): Surface[] {
  return [
    modal('settings', buildSettingsModal(profileModel(STORED_PROFILE))),
    modal('settings saved', savedSettingsModal(STORED_PROFILE.openRoles, ['Senior PM, Developer Platform'])),
    modal('paste', pasteModal()),
    modal('loading', loadingModal()),
    modal('notice', noticeModal('Could not read it', 'Something went wrong; nothing was saved.', 'the pasted note')),
    message('help', helpMessage()),
  ];
}

/** Text a person reads on a surface: every text object's text and the notification text, nothing else. */
export function visibleTexts(payload: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') {
      if (key === 'text') found.push(node);
      return;
    }
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'action_id' || k === 'block_id' || k === 'value' || k === 'private_metadata') continue;
        walk(v, k);
      }
    }
  };
  walk(payload, '');
  return found;
}
