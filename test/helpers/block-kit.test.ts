import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageModalModel } from '../../src/presenters/triage.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { type RuleId, strictErrorsAck, strictMessage, strictView } from './block-kit.js';
import { FakeSlack } from './fake-slack.js';

type Json = Record<string, unknown>;
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const option = (text: string, value: string) => ({ text: plain(text), value });
const modal = (blocks: Json[], over: Json = {}): Json => ({
  type: 'modal',
  title: plain('Title'),
  submit: plain('Save'),
  blocks,
  ...over,
});
const radio = (over: Json = {}): Json => ({
  type: 'input',
  block_id: 'answer',
  label: plain('Answer'),
  element: { type: 'radio_buttons', action_id: 'a', options: [option('Yes', 'yes'), option('No', 'no')], ...over },
});
const rules = (violations: Array<{ rule: RuleId }>) => [...new Set(violations.map((v) => v.rule))];

/** Each row: a rule, a surface that breaks it, and the same surface kept within it. */
const CASES: Array<[RuleId, Json, Json]> = [
  [
    'initial-option',
    modal([radio({ initial_option: option('Yes (recommended)', 'yes') })]),
    modal([radio({ initial_option: option('Yes', 'yes') })]),
  ],
  ['initial-option', modal([radio({ initial_option: { text: mrkdwn('Yes'), value: 'yes' } })]), modal([radio()])],
  [
    'option-count',
    modal([radio({ options: Array.from({ length: 11 }, (_, i) => option(`o${i}`, `v${i}`)) })]),
    modal([radio()]),
  ],
  ['text-length', modal([{ type: 'section', text: mrkdwn('') }]), modal([{ type: 'section', text: mrkdwn('x') }])],
  [
    'text-length',
    modal([{ type: 'header', text: plain('h'.repeat(151)) }]),
    modal([{ type: 'header', text: plain('h'.repeat(150)) }]),
  ],
  ['text-length', modal([], { title: plain('t'.repeat(25)) }), modal([], { title: plain('t'.repeat(24)) })],
  ['plain-text-only', modal([{ type: 'header', text: mrkdwn('*h*') }]), modal([{ type: 'header', text: plain('h') }])],
  ['plain-text-only', modal([{ ...radio(), label: mrkdwn('Answer') }]), modal([radio()])],
  [
    'emoji-on-plain-only',
    modal([{ type: 'section', text: { ...mrkdwn('x'), emoji: true } }]),
    modal([{ type: 'section', text: { ...plain('x'), emoji: true } }]),
  ],
  [
    'verbatim-on-mrkdwn-only',
    modal([{ type: 'section', text: { ...plain('x'), verbatim: true } }]),
    modal([{ type: 'section', text: { ...mrkdwn('x'), verbatim: true } }]),
  ],
  [
    'unique-block-id',
    modal([
      { type: 'divider', block_id: 'd' },
      { type: 'divider', block_id: 'd' },
    ]),
    modal([
      { type: 'divider', block_id: 'd' },
      { type: 'divider', block_id: 'e' },
    ]),
  ],
  [
    'unique-action-id',
    modal([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'b', text: plain('1') },
          { type: 'button', action_id: 'b', text: plain('2') },
        ],
      },
    ]),
    modal([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'b', text: plain('1') },
          { type: 'button', action_id: 'c', text: plain('2') },
        ],
      },
    ]),
  ],
  [
    'element-count',
    modal([{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }]),
    modal([{ type: 'context', elements: [mrkdwn('c')] }]),
  ],
  [
    'element-count',
    modal(Array.from({ length: 101 }, () => ({ type: 'divider' }))),
    modal(Array.from({ length: 100 }, () => ({ type: 'divider' }))),
  ],
  [
    'url-length',
    modal([
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: 'b', text: plain('Go'), url: `https://x.example/${'a'.repeat(3000)}` }],
      },
    ]),
    modal([
      { type: 'actions', elements: [{ type: 'button', action_id: 'b', text: plain('Go'), url: 'https://x.example/' }] },
    ]),
  ],
  [
    'id-length',
    modal([{ type: 'divider', block_id: 'b'.repeat(256) }]),
    modal([{ type: 'divider', block_id: 'b'.repeat(255) }]),
  ],
  ['modal-fields', modal([radio()], { submit: undefined }), modal([radio()])],
  // 90 sections of 3,000 characters: over the 250 kB a view may weigh.
  [
    'size',
    modal(Array.from({ length: 90 }, () => ({ type: 'section', text: mrkdwn('m'.repeat(3000)) }))),
    modal([{ type: 'divider' }]),
  ],
];

describe('the strict Block Kit rules: each fires on what Slack refuses, and only then', () => {
  it.each(CASES.map(([rule, bad, good], i) => [`${rule} #${i}`, rule, bad, good] as const))(
    '%s',
    (_name, rule, bad, good) => {
      expect(rules(strictView(bad))).toContain(rule);
      expect(strictView(good)).toEqual([]);
    },
  );

  it('a message over 50 blocks, or over about 12,000 characters of block text, is refused', () => {
    expect(
      rules(strictMessage({ text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })),
    ).toContain('element-count');
    const long = Array.from({ length: 5 }, () => ({ type: 'section', text: mrkdwn('m'.repeat(2500)) }));
    expect(rules(strictMessage({ text: 't', blocks: JSON.stringify(long) }))).toContain('size');
    expect(strictMessage({ text: 't', blocks: JSON.stringify(long.slice(0, 4)) })).toEqual([]);
  });

  it('an errors ack must name input blocks of the view it answers', () => {
    const view = modal([radio(), { type: 'section', block_id: 'note', text: mrkdwn('x') }]);
    expect(strictErrorsAck(view, { response_action: 'errors', errors: { answer: 'Choose one.' } })).toEqual([]);
    expect(rules(strictErrorsAck(view, { response_action: 'errors', errors: { note: 'x' } }))).toEqual([
      'modal-fields',
    ]);
    expect(rules(strictErrorsAck(view, { response_action: 'errors', errors: { nowhere: 'x' } }))).toEqual([
      'modal-fields',
    ]);
  });
});

describe('the fake Slack refuses what these rules reject, as Slack answers', () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  const open = async (view: Json) => {
    const response = await fetch(`${slack.apiUrl}views.open`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-test' },
      body: new URLSearchParams({ trigger_id: `${Date.now()}.1.abc`, view: JSON.stringify(view) }),
    });
    return (await response.json()) as { ok: boolean; error?: string };
  };

  it('the triage modal as 0.1.1 built it (initial option without "(recommended)") gets invalid_arguments', async () => {
    const note =
      "I'm applying for the Senior PM, Platform role. I cut CI time 35%. Would you refer me? No worries if not.";
    const result = triage(note, ProfileSchema.parse({ teamArea: 'Platform & internal tools' }));
    const model = triageModalModel(
      {
        id: '0b6c1a52-7a31-4f1e-9d61-2f0f3c3f9a10',
        result,
        requestText: note,
        requesterName: null,
        onePagerText: null,
      },
      { answer: result.recommendation, hiringChannel: null, earlier: null, hasProfile: true },
    );
    const today = buildTriageModal(model);
    expect(await open(today as never)).toMatchObject({ ok: true });
    // 0.1.1 wrote the initial option's text without the "(recommended)" its option carries.
    const asBefore = JSON.parse(JSON.stringify(today)) as Json;
    const answer = (asBefore.blocks as Json[]).find((b) => b.block_id === 'answer') as { element: Json };
    answer.element.initial_option = option('Yes, refer them', result.recommendation ?? 'yes');
    expect(await open(asBefore)).toEqual({ ok: false, error: 'invalid_arguments' });
    expect(slack.violations.join('\n')).toMatch(/initial-option/);
  });

  it('other broken blocks get invalid_blocks', async () => {
    expect(await open(modal([{ type: 'header', text: mrkdwn('*h*') }]))).toEqual({
      ok: false,
      error: 'invalid_blocks',
    });
  });
});
