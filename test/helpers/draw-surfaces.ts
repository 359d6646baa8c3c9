/**
 * Writes the surfaces a referrer sees, for the README's example and a realistic pipeline, as bare
 * Block Kit payloads that ../shared/tools/blockkit-preview draws into PNGs (docs/surfaces.md):
 *
 *   npx tsx test/helpers/draw-surfaces.ts OUT && node render.mjs --calls OUT --out PNGS ...
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stage } from '../../src/lifecycle.js';
import { replyFor } from '../../src/presenters/messages.js';
import { reminderItems, stageUpdateFor } from '../../src/presenters/referrals.js';
import { evidenceModel, threadSummaryModel, triageModalModel } from '../../src/presenters/triage.js';
import type { TriageResult } from '../../src/triage/index.js';
import { threadSummary } from '../../src/views/messages.js';
import { reminderMessage, stageUpdate } from '../../src/views/referral-messages.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { buildEvidenceView } from '../../src/views/triage-sections.js';
import { homeOf, recordOf, settingsSurfaces } from './surfaces.js';

const out = process.argv[2] ?? 'surfaces-out';
mkdirSync(out, { recursive: true });
const EXAMPLE = readFileSync(new URL('../../examples/request.txt', import.meta.url), 'utf8');
const options = { hiringChannel: 'C0123456789', earlier: null, hasProfile: true } as const;
let seq = 0;
const write = (name: string, payload: object) =>
  writeFileSync(join(out, `${String(++seq).padStart(3, '0')}-${name}.json`), JSON.stringify(payload, null, 2));
const message = (m: { text: string; blocks: unknown[] }) => ({ channel: 'D0PRIYA01', ...m });

const example = recordOf(EXAMPLE);
write('triage-modal', buildTriageModal(triageModalModel(example, { ...options, answer: 'yes' })));
write('evidence', buildEvidenceView(evidenceModel(example)));
const referred = recordOf(EXAMPLE, {
  stage: 'referred',
  decision: 'yes',
  replyText: example.result.drafts?.yes ?? null,
});
write('reopened-referred', buildTriageModal(triageModalModel(referred, { ...options, answer: 'yes' })));
const finnish = { ...example.result, language: { code: 'fi', supported: false } } as TriageResult;
const unread = { ...recordOf('Hei Priya, voisitko suositella minua Senior PM -rooliin? Kiitos!'), result: finnish };
write('unread-language', buildTriageModal(triageModalModel(unread, { ...options, answer: finnish.recommendation })));

const at = (name: string, stage: Stage, day: number, text = EXAMPLE.replace(/Amara Okafor/g, name)) =>
  recordOf(text, {
    requesterName: name,
    requesterId: `U0${name.replace(/\W/g, '').toUpperCase().slice(0, 7)}`,
    stage,
    decision: stage === 'undecided' || stage === 'one_pager_received' ? 'pending' : 'yes',
    stageAt: `2026-11-${String(day).padStart(2, '0')}T15:00:00.000Z`,
    createdAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  });
const omar = [20, 22, 24].map((d) => at('Omar Haddad', 'undecided', d));
const pipeline = [
  ...omar,
  at('Noor Haddad', 'one_pager_received', 24),
  at('Amara Okafor', 'yes', 25),
  at('Elif Demir', 'one_pager_requested', 18),
  at('Pete Lang', 'referred', 12),
  at('Jordan Reyes', 'hired', 20),
];
write('home', homeOf(pipeline));

const no = recordOf(
  "Hey! You're such an inspiration. Any PM role at your company? Please refer me today, I messaged you twice already.",
);
write('thread-reply', message(threadSummary(threadSummaryModel(no, null))));
write('reply-dm', message(replyFor(at('Amara Okafor', 'yes', 25))));
write('moved-in-place', message(stageUpdate(stageUpdateFor(at('Amara Okafor', 'referred', 27), 'Priya'))));
const due = [
  ...omar.map((record) => ({ record, kind: 'undecided' as const })),
  { record: at('Amara Okafor', 'yes', 23), kind: 'referral_overdue' as const },
  { record: at('Elif Demir', 'one_pager_requested', 18), kind: 'one_pager_overdue' as const },
];
write('reminder-digest', message(reminderMessage(reminderItems(due))));
for (const s of settingsSurfaces()) write(s.name.replace(/\W+/g, '-'), s.payload);
