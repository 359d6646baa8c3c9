import type { types } from '@slack/bolt';
import { ACTIONS, COMMAND } from '../ids.js';
import { DEFAULT_RETENTION_DAYS, type Decision, type PipelineColumn, type Stage } from '../lifecycle.js';
import type { Recommendation } from '../triage/index.js';
import { DECISION_LABEL, STAGE_LABEL } from './labels.js';
import { stageButtons } from './referral-messages.js';
import type { ProfileModel } from './settings-modal.js';
import { clip, context, divider, escapeMrkdwn, header, link, mrkdwn, plain, section, slackDate } from './text.js';

/** A triage as a line of the Home tab. */
export interface HomeTriageRow {
  id: string;
  who: string;
  targetRole: string | null;
  createdAt: string;
  recommendation: Recommendation | null;
  /** The note's language, when it is not English ("in Spanish"). */
  language: string | null;
  decision: Decision;
  stage: Stage;
  permalink: string | null;
}

/** A referral in the pipeline: who, where it stands, since when. */
export interface PipelineItem {
  id: string;
  who: string;
  stage: Stage;
  since: string;
  /** The moves the referrer can make from here, as buttons under the item. */
  moves: readonly Stage[];
}

export type PipelineModel = Record<PipelineColumn, { items: PipelineItem[]; more: boolean }>;

export interface HomeInput {
  profile: ProfileModel | null;
  recent: HomeTriageRow[];
  counts: Record<Decision, number>;
  pipeline: PipelineModel;
  /** Shown instead of the lists when the database could not be read. */
  problem?: string;
}

function profileBlocks(profile: ProfileModel): types.KnownBlock[] {
  const roles = profile.openRoles.length
    ? profile.openRoles.map((r) => `• ${link(r.url, r.title)}`).join('\n')
    : '_none listed_';
  return [
    {
      type: 'section',
      text: mrkdwn(`*Your team area*\n${escapeMrkdwn(profile.teamArea)}`),
      accessory: { type: 'button', action_id: ACTIONS.editProfile, text: plain('Edit profile', 75), value: 'edit' },
    },
    {
      type: 'section',
      fields: [
        mrkdwn(`*Hiring channel*\n${profile.hiringChannel ? `<#${profile.hiringChannel}>` : '_not set_'}`),
        mrkdwn(`*Signs replies as*\n${profile.name ? escapeMrkdwn(profile.name) : '_no name_'}`),
        mrkdwn(`*Keeps triages for*\n${profile.retentionDays ?? DEFAULT_RETENTION_DAYS} days`),
        mrkdwn(`*Reminders*\n${profile.remindersOn ? 'on, daytime only' : 'off'}`),
      ],
    },
    section(`*Open roles*\n${roles}`),
  ];
}

function welcomeBlocks(): types.KnownBlock[] {
  return [
    {
      type: 'section',
      text: mrkdwn(
        '*Welcome!* refer-triage reads cold referral requests against your own team area and suggests yes, ' +
          '"send me a one-pager", or a clean no, with a reply drafted for each.\n\n' +
          '*Set up first:* your team area (so fit can be checked), the open roles you refer for, and a hiring channel for approved blurbs.',
      ),
      accessory: {
        type: 'button',
        action_id: ACTIONS.editProfile,
        style: 'primary',
        text: plain('Set up your profile', 75),
        value: 'edit',
      },
    },
  ];
}

function triageLine(t: HomeTriageRow): types.KnownBlock {
  const who = escapeMrkdwn(clip(t.who, 60));
  const role = t.targetRole ? ` · ${escapeMrkdwn(clip(t.targetRole, 60))}` : '';
  const source = t.permalink ? ` · ${link(t.permalink, 'original message')}` : '';
  return {
    type: 'section',
    text: mrkdwn(
      `*${who}*${role}\n${slackDate(t.createdAt)} · ${t.recommendation ? `suggested *${t.recommendation.replace('_', '-')}*` : '*no verdict*'}${t.language ? ` · ${escapeMrkdwn(t.language)}` : ''} · you: *${DECISION_LABEL[t.decision]}* · ${STAGE_LABEL[t.stage]}${source}`,
    ),
    accessory: { type: 'button', action_id: ACTIONS.openTriage, text: plain('Open', 75), value: t.id },
  };
}

const COLUMN_TITLE: Record<PipelineColumn, string> = {
  you: ':inbox_tray: *Waiting on you*',
  them: ':hourglass: *Waiting on them*',
  closed: ':white_check_mark: *Closed in the last 30 days*',
};

/** The pipeline: three short columns, each item with a button that opens its triage. */
function pipelineBlocks(pipeline: PipelineModel): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [section('*Your referrals*')];
  for (const column of ['you', 'them', 'closed'] as const) {
    const { items, more } = pipeline[column];
    blocks.push(context(`${COLUMN_TITLE[column]}${items.length ? '' : ' · nothing here'}`));
    for (const item of items) {
      blocks.push({
        type: 'section',
        text: mrkdwn(`${escapeMrkdwn(clip(item.who, 60))} · ${STAGE_LABEL[item.stage]} since ${slackDate(item.since)}`),
        accessory: { type: 'button', action_id: ACTIONS.openTriage, text: plain('Open', 75), value: item.id },
      });
      const moves = stageButtons(item.id, item.moves);
      if (moves) blocks.push(moves);
    }
    if (more) blocks.push(context('…and more; the oldest are shown first.'));
  }
  return blocks;
}

/** The App Home: profile (or a first-run welcome), the last 30 days, waiting one-pagers, recent triages. */
export function buildHome(input: HomeInput): types.HomeView {
  const blocks: types.KnownBlock[] = [header('refer-triage')];
  blocks.push(...(input.profile ? profileBlocks(input.profile) : welcomeBlocks()), divider);
  if (input.problem) {
    blocks.push(section(`:warning: ${escapeMrkdwn(input.problem)}`));
  } else {
    const c = input.counts;
    blocks.push(
      context(`*Last 30 days:* ${c.yes} yes · ${c.one_pager} one-pager · ${c.no} no · ${c.pending} not answered`),
    );
    blocks.push(...pipelineBlocks(input.pipeline));
    blocks.push(section('*Recent requests*'));
    if (input.recent.length === 0) {
      blocks.push(
        context(
          `None yet. Use \`${COMMAND}\` with a pasted note, or the "Triage referral request" shortcut on a message.`,
        ),
      );
    }
    for (const t of input.recent.slice(0, 10)) blocks.push(triageLine(t));
  }
  blocks.push(divider, context(`\`${COMMAND} help\` for how to use it.`));
  blocks.push({
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: ACTIONS.forgetMe,
        style: 'danger',
        text: plain('Forget me', 75),
        value: 'forget',
        confirm: {
          title: plain('Forget everything?', 100),
          text: plain('This deletes your profile and every triage you ran, now and for good.', 300),
          confirm: plain('Delete it all', 30),
          deny: plain('Keep it', 30),
          style: 'danger',
        },
      },
    ],
  });
  return { type: 'home', blocks };
}
