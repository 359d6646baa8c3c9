import { describe, expect, it } from 'vitest';
import { pipelineModel } from '../../src/presenters/home.js';
import { threadSummaryModel, triageModalModel } from '../../src/presenters/triage.js';
import type { TriageRecord } from '../../src/store/schema.js';
import { triage } from '../../src/triage/index.js';
import { buildHome } from '../../src/views/home.js';
import { threadSummary } from '../../src/views/messages.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { checkMessage, checkView } from '../helpers/block-kit.js';

const JAPANESE =
  '森 春香 様\n\n突然のご連絡、失礼いたします。山本 直樹と申します。\n\n現在、御社で募集中の「Localization Producer (Japanese)」のポジションに応募いたしました。\nhttps://careers.example.com/jobs/loc-45\n\n山本 直樹';
const SPANISH =
  'Hola Lucía:\n\nTe escribo porque estuve en tu charla sobre rendimiento web. Me he presentado a la vacante de Senior Frontend Developer (https://jobs.example.com/fe-1). El año pasado el tiempo de carga bajó a la mitad.\n\n¿Me recomendarías? Si no puedes, lo entiendo perfectamente.\n\nUn saludo,\nAna Gómez';
const PROFILE = { name: 'Lucía', teamArea: 'Frontend web', openRoles: [{ title: 'Senior Frontend Developer' }] };

function record(text: string): TriageRecord {
  const result = triage(text, PROFILE);
  return {
    id: '0b6c1a52-7a31-4f1e-9d61-2f0f3c3f9a11',
    teamId: 'T1',
    referrerId: 'U0REFERRER',
    requesterId: null,
    requesterName: 'Naoki',
    source: 'message',
    channelId: null,
    messageTs: null,
    permalink: null,
    requestText: text,
    result,
    recommendation: result.recommendation,
    decision: 'pending',
    stage: 'undecided',
    stageAt: '2026-11-01T12:00:00.000Z',
    onePagerText: null,
    replyText: null,
    blurbText: null,
    blurbState: 'none',
    blurbChannel: null,
    blurbTs: null,
    blurbPermalink: null,
    earlierTriageId: null,
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-01T12:00:00.000Z',
    history: [],
    dmMessage: null,
  };
}

describe('a note in a language the triage does not read, on every surface', () => {
  const unread = record(JAPANESE);

  it('the modal: no verdict, the language named, manual answers with none recommended, the note kept', () => {
    const view = buildTriageModal(
      triageModalModel(unread, { answer: null, hiringChannel: null, earlier: null, hasProfile: true }),
    );
    expect(checkView(view as never)).toEqual([]);
    const json = JSON.stringify(view);
    expect(json).toContain('Read this one yourself');
    expect(json).toContain('Japanese');
    expect(json).not.toContain('(recommended)');
    expect(json).not.toContain('initial_option');
    expect(json).toContain('山本 直樹と申します');
    for (const label of ['Yes, refer them', 'Ask for a one-pager', 'A clean no']) expect(json).toContain(label);
  });

  it('the DM summary and Home: no verdict, and the language', () => {
    const summary = threadSummary(threadSummaryModel(unread, null));
    expect(checkMessage(summary as never)).toEqual([]);
    expect(JSON.stringify(summary)).toContain('Japanese');
    const pipeline = pipelineModel({
      you: { items: [unread], more: false },
      them: { items: [], more: false },
      closed: { items: [], more: false },
    });
    expect(pipeline.you.items[0]?.language).toBe('in Japanese (not read)');
    const home = JSON.stringify(
      buildHome({ profile: null, counts: { pending: 1, yes: 0, one_pager: 0, no: 0 }, pipeline }),
    );
    expect(home).toContain('in Japanese (not read)');
  });
});

describe('a note in a language the triage reads', () => {
  it('shows its language in the modal beside the drafts in that language', () => {
    const spanish = record(SPANISH);
    const model = triageModalModel(spanish, {
      answer: spanish.result.recommendation,
      hiringChannel: null,
      earlier: null,
      hasProfile: true,
    });
    expect(model.language).toBe('Written in Spanish; the drafts answer in Spanish.');
    const json = JSON.stringify(buildTriageModal(model));
    expect(json).toContain('Te recomiendo con gusto');
    const pipeline = pipelineModel({
      you: { items: [spanish], more: false },
      them: { items: [], more: false },
      closed: { items: [], more: false },
    });
    expect(pipeline.you.items[0]?.language).toBe('in Spanish');
  });
});
