import type { types } from '@slack/bolt';
import { ACTIONS } from '../ids.js';
import type { ReminderKind, Stage } from '../lifecycle.js';
import { MOVE_LABEL, STAGE_LABEL } from './labels.js';
import type { SlackMessage } from './slack-message.js';
import { clip, context, escapeMrkdwn, mrkdwn, plain, section, slackDate } from './text.js';

/** A referral's next moves as buttons, one action id per target stage, so each stays unique in its block. */
export function stageButtons(
  triageId: string,
  moves: readonly Stage[],
  extra: types.Button[] = [],
): types.ActionsBlock | null {
  const buttons: types.Button[] = moves.map((to) => ({
    type: 'button',
    action_id: `${ACTIONS.moveStage}:${to}`,
    text: plain(MOVE_LABEL[to], 75),
    value: triageId,
    ...(to === 'referred' || to === 'hired' ? { style: 'primary' as const } : {}),
  }));
  const elements = [...buttons, ...extra].slice(0, 25);
  return elements.length ? { type: 'actions', elements } : null;
}

export const openButton = (triageId: string): types.Button => ({
  type: 'button',
  action_id: ACTIONS.openTriage,
  text: plain('Open', 75),
  value: triageId,
});

/** A draft for the candidate, in a code block so it copies cleanly. */
export const draftBlock = (draft: string): types.SectionBlock =>
  section(`\`\`\`${escapeMrkdwn(clip(draft, 2900)).replace(/```/g, "'''")}\`\`\``);

/** After a move: where the referral stands now, the note for the candidate if the moment has one, and what comes next. */
export interface StageUpdateModel {
  triageId: string;
  candidateName: string;
  stage: Stage;
  draft: string | null;
  moves: readonly Stage[];
}

export function stageUpdate(m: StageUpdateModel): SlackMessage {
  const name = escapeMrkdwn(clip(m.candidateName, 80));
  const blocks: types.KnownBlock[] = [section(`*${name}*: ${STAGE_LABEL[m.stage]}.`)];
  if (!m.draft) blocks.push(context('Your reply and the full triage are a click away: Open.'));
  if (m.draft)
    blocks.push(
      context('A note for them, ready to copy. The app never messages a candidate itself.'),
      draftBlock(m.draft),
    );
  const next = stageButtons(m.triageId, m.moves, [openButton(m.triageId)]);
  if (next) blocks.push(next);
  return { text: `${clip(m.candidateName, 80)}: ${STAGE_LABEL[m.stage]}`, blocks };
}

/** One referral in a reminder DM. */
export interface ReminderItem {
  triageId: string;
  kind: ReminderKind;
  candidateName: string;
  role: string | null;
  since: string;
  /** How many notes this person sent about this role (one line for them all). */
  count: number;
  moves: readonly Stage[];
}

/** Most items one reminder DM lists; more due at once wait for the next day's DM. */
export const DIGEST_ITEMS = 10;

function reminderLine(item: ReminderItem): string {
  // The role and the count tell apart two lines about one person, or two people with one name.
  const role = item.role ? ` (${escapeMrkdwn(clip(item.role, 60))})` : '';
  const count = item.count > 1 ? ` They sent ${item.count} notes about it.` : '';
  return `${reminderText(item, `*${escapeMrkdwn(clip(item.candidateName, 80))}*${role}`)}${count}`;
}

function reminderText(item: ReminderItem, name: string): string {
  const since = slackDate(item.since);
  switch (item.kind) {
    case 'one_pager_overdue':
      return `:hourglass: ${name} has not sent the one-pager you asked for on ${since}. Close it out with a kind note, or keep waiting.`;
    case 'referral_overdue':
      return `:outbox_tray: You said yes to ${name} on ${since}. Once you have submitted the referral, mark it so the candidate gets a note.`;
    case 'undecided':
      return `:inbox_tray: ${name} has been waiting for your answer since ${since}.`;
  }
}

function reminderButtons(item: ReminderItem): types.ActionsBlock | null {
  const keepWaiting: types.Button[] =
    item.kind === 'one_pager_overdue'
      ? [{ type: 'button', action_id: ACTIONS.keepWaiting, text: plain('Keep waiting', 75), value: item.triageId }]
      : [];
  const moves =
    item.kind === 'one_pager_overdue'
      ? item.moves.filter((s) => s === 'closed')
      : item.kind === 'referral_overdue'
        ? item.moves.filter((s) => s === 'referred')
        : [];
  return stageButtons(item.triageId, moves, keepWaiting);
}

/** The one reminder DM of a day: a single nudge, or a digest of everything due. */
export function reminderMessage(items: readonly ReminderItem[]): SlackMessage {
  const shown = items.slice(0, DIGEST_ITEMS);
  const title = shown.length === 1 ? 'A referral is waiting' : `${shown.length} referrals are waiting`;
  const blocks: types.KnownBlock[] = [section(`*${title}*`)];
  for (const item of shown) {
    // Open sits on the line it opens, so each line's buttons are plainly its own.
    blocks.push({ type: 'section', text: mrkdwn(reminderLine(item)), accessory: openButton(item.triageId) });
    const buttons = reminderButtons(item);
    if (buttons) blocks.push(buttons);
  }
  blocks.push(
    context('Each reminder comes once, in your daytime, at most one DM a day. Turn them off in your profile settings.'),
  );
  return { text: title, blocks };
}

/** Word back from the hiring channel, for the referrer. */
export interface VoteNewsModel {
  triageId: string;
  candidateName: string;
  voterId: string;
  channel: string;
  vote: 'interested' | 'not_a_fit';
  draft: string;
}

export function voteNews(m: VoteNewsModel): SlackMessage {
  const name = escapeMrkdwn(clip(m.candidateName, 80));
  const what = m.vote === 'interested' ? `is interested in *${name}*` : `does not see a fit for *${name}*`;
  return {
    text: `News from the hiring channel about ${clip(m.candidateName, 80)}`,
    blocks: [
      section(`:speech_balloon: <@${m.voterId}> in <#${m.channel}> ${what}.`),
      context('A note for the candidate, ready to copy:'),
      draftBlock(m.draft),
      { type: 'actions', elements: [openButton(m.triageId)] },
    ],
  };
}

/** After "Keep waiting": when the next reminder comes, in the referrer's own time format. */
export function keptWaiting(nextDueAt: string | null): SlackMessage {
  const when = nextDueAt ? ` I'll check in again around ${slackDate(nextDueAt)}.` : '';
  return {
    text: 'Still waiting on the one-pager',
    blocks: [section(`:hourglass: Still waiting on the one-pager.${when}`)],
  };
}

/** What an earlier reply DM becomes when the referrer changes their answer: a pointer, with no buttons left. */
export function answerChanged(candidateName: string): SlackMessage {
  const name = clip(candidateName, 80);
  return {
    text: `You changed your answer for ${escapeMrkdwn(name)}`,
    blocks: [
      context(
        `:leftwards_arrow_with_hook: You changed your answer for *${escapeMrkdwn(name)}*; the new reply is below.`,
      ),
    ],
  };
}

/** What a moved referral's buttons become on another message (a digest): where it went, and where to look. */
export function movedLine(candidateName: string, stage: Stage): types.ContextBlock {
  return context(
    `:white_check_mark: *${escapeMrkdwn(clip(candidateName, 80))}*: ${STAGE_LABEL[stage]} now. Its DM shows what comes next.`,
  );
}
