import { readFileSync } from 'node:fs';
import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS } from '../../src/ids.js';
import { evidenceModel, threadSummaryModel, triageModalModel } from '../../src/presenters/triage.js';
import type { TriageResult } from '../../src/triage/index.js';
import { threadSummary } from '../../src/views/messages.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { checkView } from '../helpers/block-kit.js';
import { recordOf, visibleTexts } from '../helpers/surfaces.js';

const EXAMPLE = readFileSync(new URL('../../examples/request.txt', import.meta.url), 'utf8');
const options = { hiringChannel: 'C0123456789', earlier: null, hasProfile: true } as const;

const indexOf = (blocks: types.KnownBlock[], test: (b: types.KnownBlock) => boolean) => blocks.findIndex(test);
const isInput = (id: string) => (b: types.KnownBlock) => b.type === 'input' && (b.block_id ?? '').startsWith(id);
const radioOf = (view: types.ModalView) =>
  (view.blocks as types.KnownBlock[]).flatMap((b) =>
    b.type === 'input' && b.element.type === 'radio_buttons' ? [b.element] : [],
  )[0];

describe('the triage modal, in the order of the decision', () => {
  it('recommendation and why, then the answer and reply, the blurb, the five questions, the note', () => {
    const view = buildTriageModal(triageModalModel(recordOf(EXAMPLE), { ...options, answer: 'yes' }));
    const b = view.blocks as types.KnownBlock[];
    const order = [
      indexOf(b, (x) => x.type === 'header'),
      indexOf(b, isInput(INPUTS.answer.block)),
      indexOf(b, isInput(INPUTS.reply.block)),
      indexOf(b, isInput(INPUTS.blurb.block)),
      indexOf(b, (x) => x.type === 'section' && JSON.stringify(x).includes(ACTIONS.showEvidence)),
      indexOf(b, (x) => JSON.stringify(x).includes('*Why me?*')),
      indexOf(b, (x) => JSON.stringify(x).includes('The note from')),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The reply is the fourth block or sooner: header, why, fit, answer.
    expect(order[2]).toBeLessThanOrEqual(4);
    expect(checkView(view as never)).toEqual([]);
  });

  it('the five questions are one line each, the evidence a click away', () => {
    const view = buildTriageModal(triageModalModel(recordOf(EXAMPLE), { ...options, answer: 'yes' }));
    expect(JSON.stringify(view)).toContain(ACTIONS.showEvidence);
    const questions = view.blocks.find((x) => JSON.stringify(x).includes('*Why me?*'));
    const text = visibleTexts(questions)[0] ?? '';
    expect(text.split('\n')).toHaveLength(6); // five questions and the risk line
    // One line in a 520-pixel modal: about 64 characters, an emoji counting as one.
    for (const line of text.split('\n'))
      expect(line.replace(/:[a-z_]+:/g, 'X').replace(/\*/g, '').length).toBeLessThanOrEqual(64);
    const evidence = evidenceModel(recordOf(EXAMPLE));
    expect(evidence.questions.every((q) => q.evidence)).toBe(true);
  });

  it('the why and the fit line are not the same sentence, and a gap is said once', () => {
    const outside = triageModalModel(
      recordOf("Hi, I'd love a referral for the Account Executive role in sales. I closed $2M last year."),
      { ...options, answer: 'no' },
    );
    const view = visibleTexts(buildTriageModal(outside)).join('\n');
    expect(outside.fit.explanation).toContain('so it is outside your area');
    expect(view.split('so it is outside your area').length - 1).toBe(1);
    const thin = evidenceModel(recordOf("Hi, I'm applying for the Senior PM, Developer Platform role. Refer me?"));
    const both = thin.reasons.filter((r) => /no proof point|no concrete result/i.test(r));
    expect(both).toHaveLength(1);
  });

  it('a note in a language the app does not read leads with that line, and no answer is recommended', () => {
    const record = recordOf('Hei Priya, voisitko suositella minua? Kiitos!');
    const result = { ...record.result, language: { code: 'fi', supported: false } } as TriageResult;
    const model = triageModalModel({ ...record, result }, { ...options, answer: record.result.recommendation });
    expect(model.unreadLanguage).toMatch(/Finnish, which the app does not read/);
    expect(model.recommendation).toBeNull();
    expect(model.answer).toBeNull();
    const view = buildTriageModal(model);
    expect(visibleTexts(view.blocks.slice(0, 2)).join(' ')).toContain('Finnish');
    const radio = radioOf(view);
    expect(radio?.initial_option).toBeUndefined();
    expect(JSON.stringify(radio)).not.toContain('recommended)');
    expect(JSON.stringify(view)).not.toContain(ACTIONS.showEvidence);
    expect(checkView(view as never)).toEqual([]);
    const thread = threadSummaryModel({ ...record, result }, null);
    expect(thread.recommendation).toBeNull();
    expect(thread.firstReason).toMatch(/Finnish/);
    expect(JSON.stringify(threadSummary(thread))).toContain('Read this one yourself');
  });

  it('a reopened triage shows its stage and what was decided, with the actions that fit that stage', () => {
    const referred = recordOf(EXAMPLE, { stage: 'referred', decision: 'yes', replyText: 'Yes, happy to.' });
    const view = buildTriageModal(triageModalModel(referred, { ...options, answer: 'yes' }));
    const text = visibleTexts(view).join('\n');
    expect(text).toMatch(
      /Now: referred\* since <!date\^\d+\^\{date_short\}\|Nov 25, 2026>\. You answered \*yes, refer them\*/,
    );
    expect(text).toContain('Yes, happy to.');
    expect(JSON.stringify(view)).toContain(`${ACTIONS.moveStage}:hired`);
    expect(view.submit).toBeUndefined();
    expect(radioOf(view)).toBeUndefined();
    expect(checkView(view as never)).toEqual([]);

    const yes = recordOf(EXAMPLE, { stage: 'yes', decision: 'yes', replyText: 'Yes!' });
    const open = buildTriageModal(triageModalModel(yes, { ...options, answer: 'yes' }));
    expect(visibleTexts(open).join('\n')).toMatch(/Now: yes, not submitted yet/);
    expect(JSON.stringify(open)).toContain(`${ACTIONS.moveStage}:referred`);
    expect(open.submit?.text).toBe('Save and DM me again');
    expect(JSON.stringify(open)).toContain('"initial_value":"Yes!"');
  });
});
