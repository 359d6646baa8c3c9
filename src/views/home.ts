import type { types } from '@slack/bolt';
import { ACTIONS, COMMAND } from '../ids.js';
import { DEFAULT_RETENTION_DAYS, type Decision, type PipelineColumn, type Stage } from '../lifecycle.js';
import { STAGE_LABEL } from './labels.js';
import { stageButtons } from './referral-messages.js';
import { type ProfileModel, WORKING_LANGUAGE_NAMES } from './settings-modal.js';
import { clip, context, divider, escapeMrkdwn, header, link, mrkdwn, plain, section, slackDate } from './text.js';

/** A row of the pipeline: one person and role (their repeated notes counted), where it stands, what is next. */
export interface PipelineItem {
  /** The triage the row acts on: the newest note of the person about the role. */
  id: string;
  who: string;
  role: string | null;
  stage: Stage;
  since: string;
  /** How many notes this person sent about this role, and when the first came. */
  count: number;
  firstAt: string;
  /** The moves the referrer can make from here, as buttons under the item. */
  moves: readonly Stage[];
  /** The referrer's next step in words, for what waits on them. */
  next: string | null;
  /** The note's language when it is not English ("in Spanish", "in Japanese (not read)"). */
  language: string | null;
}

export type PipelineModel = Record<PipelineColumn, { items: PipelineItem[]; more: boolean }>;

export interface HomeInput {
  profile: ProfileModel | null;
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
        mrkdwn(`*Writes blurbs in*\n${WORKING_LANGUAGE_NAMES[profile.workingLanguage]}`),
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

const COLUMN_TITLE: Record<PipelineColumn, string> = {
  you: ':inbox_tray: *Waiting on you*',
  them: ':hourglass: *Waiting on them*',
  closed: ':white_check_mark: *Closed in the last 30 days*',
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function itemBlocks(item: PipelineItem): types.KnownBlock[] {
  const role = item.role ? ` · ${escapeMrkdwn(clip(item.role, 60))}` : '';
  const count = item.count > 1 ? ` · ${item.count} notes, the first on ${slackDate(item.firstAt)}` : '';
  const language = item.language ? ` · ${escapeMrkdwn(item.language)}` : '';
  const next = item.next ? ` · *Next:* ${item.next}` : '';
  const answer = item.next && item.moves.length === 0;
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*${escapeMrkdwn(clip(item.who, 60))}*${role}${count}${language}\n${capitalized(STAGE_LABEL[item.stage])} since ${slackDate(item.since)}${next}`,
      ),
      accessory: {
        type: 'button',
        action_id: ACTIONS.openTriage,
        text: plain(answer ? 'Answer' : 'Open', 75),
        value: item.id,
        ...(answer ? { style: 'primary' as const } : {}),
      },
    },
  ];
  const moves = stageButtons(item.id, item.moves);
  if (moves) blocks.push(moves);
  return blocks;
}

/**
 * The pipeline as a working list: what waits on the referrer first, all of it, each row with its
 * next step; then what waits on others, then what closed lately, as far as the Home tab's room allows.
 */
function pipelineBlocks(pipeline: PipelineModel, room: number): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [section('*Your referrals*')];
  let left = room - 1;
  for (const column of ['you', 'them', 'closed'] as const) {
    const { items, more } = pipeline[column];
    blocks.push(context(`${COLUMN_TITLE[column]}${items.length ? '' : ' · nothing here'}`));
    left -= 2; // the title, and a line for what does not fit
    let shown = 0;
    for (const item of items) {
      const rows = itemBlocks(item);
      if (rows.length > left) break;
      blocks.push(...rows);
      left -= rows.length;
      shown += 1;
    }
    const hidden = items.length - shown;
    if (hidden > 0 || more) blocks.push(context(hidden > 0 ? `…and ${hidden}${more ? '+' : ''} more.` : '…and more.'));
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
    const empty = (['you', 'them', 'closed'] as const).every((c) => input.pipeline[c].items.length === 0);
    if (empty) {
      blocks.push(
        context(
          `Nothing yet. Use \`${COMMAND}\` with a pasted note, or the "Triage referral request" shortcut on a message.`,
        ),
      );
    }
    // The Home tab holds 100 blocks: the lists get what the header and footer leave.
    blocks.push(...pipelineBlocks(input.pipeline, 100 - blocks.length - 4));
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
