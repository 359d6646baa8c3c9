import { describe, expect, it } from 'vitest';
import { pipelineModel, profileModel } from '../../src/presenters/home.js';
import { hiringPostFor, previewFor, replyFor } from '../../src/presenters/messages.js';
import { threadSummaryModel, triageModalModel } from '../../src/presenters/triage.js';
import { PIPELINE_ITEMS } from '../../src/store/home-queries.js';
import type { StoredProfile, TriageRecord } from '../../src/store/schema.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { buildEditBlurbModal } from '../../src/views/edit-blurb-modal.js';
import { buildHome } from '../../src/views/home.js';
import { helpMessage, threadSummary } from '../../src/views/messages.js';
import { loadingModal, noticeModal, pasteModal } from '../../src/views/notice.js';
import { buildSettingsModal } from '../../src/views/settings-modal.js';
import { escapeMrkdwn } from '../../src/views/text.js';
import { buildTriageModal, readTriageMetadata } from '../../src/views/triage-modal.js';
import { checkMessage, checkView } from '../helpers/block-kit.js';
import { loadOwnCorpus } from '../helpers/corpus.js';

const HOSTILE =
  '<!channel> <!here> @everyone <@U123> <#C1|general> <https://evil.example|click> &amp; [Name] '.repeat(40) +
  "I'm applying for the platform PM role and cut CI time 35%. Would you refer me? No worries if not.\n".repeat(80);

function record(text: string, over: Partial<TriageRecord> = {}): TriageRecord {
  const result = triage(text, ProfileSchema.parse({ name: 'Priya', teamArea: 'Platform & internal tools' }));
  return {
    id: '0b6c1a52-7a31-4f1e-9d61-2f0f3c3f9a10',
    teamId: 'T1',
    referrerId: 'U0REFERRER',
    requesterId: null,
    requesterName: 'Amara <!channel>',
    source: 'slash_command',
    channelId: null,
    messageTs: null,
    permalink: 'https://acme.slack.com/archives/D1/p1',
    requestText: text,
    result,
    recommendation: result.recommendation,
    decision: 'yes',
    stage: 'yes',
    stageAt: '2026-11-01T12:00:00.000Z',
    onePagerText: null,
    replyText: result.drafts?.yes ?? null,
    blurbText: result.blurb ?? 'A. B. C.',
    blurbState: 'draft',
    blurbChannel: 'C0HIRING',
    blurbTs: null,
    blurbPermalink: null,
    earlierTriageId: null,
    dmMessage: null,
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-01T12:00:00.000Z',
    history: [],
    ...over,
  };
}

/** No user text may reach Slack as live markup: no special mentions, user or channel links from the note. */
function expectNoLiveMarkupFromUser(json: string): void {
  expect(json).not.toMatch(/<!(?:channel|here|everyone)/);
  expect(json).not.toMatch(/<@U123>|<#C1\|/);
  expect(json).not.toMatch(/<https:\/\/evil\.example/);
  expect(json).not.toMatch(/(?<!\u200B)@(?:everyone|here|channel)\b/);
}

const corpus = loadOwnCorpus();

describe('views stay inside Block Kit limits', () => {
  it.each(corpus.cases.map((c) => [c.id, c.text] as const))('triage modal, every answer: %s', (_id, text) => {
    for (const answer of ['yes', 'one_pager', 'no'] as const) {
      const view = buildTriageModal(
        triageModalModel(record(text), { answer, hiringChannel: 'C0HIRING', earlier: null, hasProfile: true }),
      );
      expect(checkView(view as never)).toEqual([]);
    }
  });

  it('a 40,000-character hostile note fits every view and message, and pings no one', () => {
    const r = record(HOSTILE.slice(0, 40_000));
    const views = [
      buildTriageModal(
        triageModalModel(r, {
          answer: 'yes',
          hiringChannel: null,
          earlier: { decision: 'no', createdAt: r.createdAt },
          hasProfile: false,
        }),
      ),
      buildEditBlurbModal(r.id, 'x'.repeat(5000), { channel: 'D1', ts: '1.2' }),
    ];
    for (const view of views) {
      expect(checkView(view as never)).toEqual([]);
      expectNoLiveMarkupFromUser(JSON.stringify(view));
    }
    const messages = [
      replyFor({ ...r, replyText: HOSTILE }),
      previewFor({ ...r, blurbText: HOSTILE }, { kind: 'draft', note: HOSTILE }),
      hiringPostFor({ ...r, blurbText: HOSTILE }),
      threadSummary(threadSummaryModel(r, { decision: 'no', createdAt: r.createdAt })),
    ];
    for (const message of messages) {
      expect(checkMessage(message as never)).toEqual([]);
      expectNoLiveMarkupFromUser(JSON.stringify(message));
    }
  });

  it('home with a full profile and many triages, settings, notices and help fit', () => {
    const profile: StoredProfile = {
      name: 'P'.repeat(80),
      teamArea: 'T'.repeat(500),
      openRoles: Array.from({ length: 20 }, (_, i) => ({
        title: `Role ${i} ${'x'.repeat(180)}`,
        url: `https://careers.example.com/jobs/${i}`,
      })),
      hiringChannel: 'C0HIRING',
      retentionDays: 3650,
      remindersOn: true,
      onePagerWaitDays: 14,
      workingLanguage: 'hi-en',
    };
    const many = Array.from({ length: 50 }, () => record(HOSTILE.slice(0, 2000)));
    const home = buildHome({
      profile: profileModel(profile),
      counts: { pending: 1, yes: 2, one_pager: 3, no: 4 },
      pipeline: pipelineModel({
        you: { items: many.slice(0, PIPELINE_ITEMS.you), more: true },
        them: { items: many.slice(0, PIPELINE_ITEMS.you), more: true },
        closed: { items: many.slice(0, PIPELINE_ITEMS.you), more: true },
      }),
    });
    expect(checkView(home as never)).toEqual([]);
    expectNoLiveMarkupFromUser(JSON.stringify(home));
    for (const view of [
      buildSettingsModal(profile),
      buildSettingsModal(null),
      pasteModal(),
      loadingModal(),
      noticeModal('A'.repeat(40), 'B', HOSTILE),
    ]) {
      expect(checkView(view as never)).toEqual([]);
    }
    expect(checkMessage(helpMessage() as never)).toEqual([]);
  });
});

describe('escaping', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    ['@here and @everyone', '@\u200Bhere and @\u200Beveryone'],
  ])('%s', (input, output) => {
    expect(escapeMrkdwn(input)).toBe(output);
  });
});

describe('triage view metadata', () => {
  it('carries only a triage id and rejects anything else', () => {
    const view = buildTriageModal(
      triageModalModel(record('hi'), { answer: 'no', hiringChannel: null, earlier: null, hasProfile: true }),
    );
    expect(readTriageMetadata(view.private_metadata)).toBe('0b6c1a52-7a31-4f1e-9d61-2f0f3c3f9a10');
    for (const bad of [undefined, '', '{', '{"t":"../../etc"}', '{"t":1}', 'null'])
      expect(readTriageMetadata(bad)).toBeNull();
  });

  it('switching the answer changes the reply block id so Slack shows the new draft', () => {
    const ids = (['yes', 'one_pager', 'no'] as const).map((answer) =>
      buildTriageModal(triageModalModel(record('hi'), { answer, hiringChannel: null, earlier: null, hasProfile: true }))
        .blocks.map((b) => b.block_id)
        .find((id) => id?.startsWith('reply')),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it.each(['yes', 'one_pager', 'no'] as const)(
    'the answer radio group starts on an option it offers, exactly as offered (%s)',
    (answer) => {
      const view = buildTriageModal(
        triageModalModel(record('hi'), { answer, hiringChannel: null, earlier: null, hasProfile: true }),
      );
      const radio = view.blocks.flatMap((b) =>
        'element' in b && b.element.type === 'radio_buttons' ? [b.element] : [],
      )[0];
      expect(radio?.options).toContainEqual(radio?.initial_option);
      expect(radio?.initial_option?.value).toBe(answer);
    },
  );
});

describe('surfaces name signals from the registry', () => {
  it('the modal lists the five questions in order and labels every raised risk', () => {
    const note =
      "Hi [Name], I'm desperate, please please refer me to any role. You're such an inspiration! I messaged you twice already.";
    const view = buildTriageModal(
      triageModalModel(record(note), { answer: 'no', hiringChannel: null, earlier: null, hasProfile: true }),
    );
    const json = JSON.stringify(view);
    const order = ['Why me?', 'Which role?', 'What makes them relevant?', 'One sentence?', 'Easy to say no?'];
    expect(order.map((q) => json.indexOf(`*${q}*`))).toEqual(
      [...order.map((q) => json.indexOf(`*${q}*`))].sort((a, b) => a - b),
    );
    for (const label of ['Template placeholder', 'Pressure', 'Flattery', 'Follow-up (2)'])
      expect(json).toContain(`*${label}`);
    expect(json).not.toContain('undefined');
  });

  it('the fit line is shown once, on its own line, not again among the reasons', () => {
    const r = record(
      "I'm applying for the Senior PM, Platform role. I cut CI time 35%. Would you refer me? No worries if not.",
    );
    const model = triageModalModel(r, { answer: 'yes', hiringChannel: null, earlier: null, hasProfile: true });
    expect(r.result.reasons.some((line) => line.includes(r.result.fit.explanation))).toBe(true);
    expect(model.reasons.some((line) => line.includes(r.result.fit.explanation))).toBe(false);
  });
});
