import type { types } from '@slack/bolt';
import { ACTIONS, blurbActionsBlock, COMMAND } from '../ids.js';
import type { Stage } from '../lifecycle.js';
import type { FitLevel, Recommendation } from '../triage/index.js';
import { ANSWER_LABEL, verdictTitle } from './labels.js';
import { stageButtons } from './referral-messages.js';
import type { SlackMessage } from './slack-message.js';
import { clip, context, escapeMrkdwn, link, mrkdwn, plain, quoted, section } from './text.js';

/** The notification text Slack shows and parses: user words in it are escaped like any other. */
function fallback(text: string): string {
  return escapeMrkdwn(clip(text, 300));
}

export type { SlackMessage } from './slack-message.js';

/** The reply the referrer chose, to copy from their DM. */
export interface ReplyModel {
  candidateName: string;
  answer: Recommendation;
  replyText: string;
  permalink: string | null;
  triageId: string;
  /** The referral's next moves from here (after a yes: résumé requested, referred). */
  moves: readonly Stage[];
}

/** The reply, in the referrer's DM, in a code block so it copies cleanly. */
export function replyMessage(m: ReplyModel): SlackMessage {
  const source = m.permalink ? ` · ${link(m.permalink, 'their message')}` : '';
  const next = stageButtons(m.triageId, m.moves);
  return {
    text: fallback(`Your reply to ${m.candidateName}, ready to copy`),
    blocks: [
      section(
        `*Your reply to ${escapeMrkdwn(clip(m.candidateName, 80))}* (${ANSWER_LABEL[m.answer].toLowerCase()}), ready to copy:`,
      ),
      section(`\`\`\`${escapeMrkdwn(clip(m.replyText, 2900)).replace(/```/g, "'''")}\`\`\``),
      context(`Saved to your triage history${source}.`),
      ...(next ? [next] : []),
    ],
  };
}

/** A blurb waiting for the referrer's click, or posted. */
export interface BlurbCardModel {
  triageId: string;
  candidateName: string;
  blurbText: string;
  /** Where it was posted, once it is. */
  postedChannel: string | null;
  postedPermalink: string | null;
}

export type PreviewState =
  | { kind: 'draft'; note?: string }
  | { kind: 'posting' }
  | { kind: 'posted' }
  | { kind: 'discarded' };

/** The blurb preview with Post / Edit / Discard; after posting it shows where, with a link. */
export function blurbPreview(t: BlurbCardModel, channel: string | null, state: PreviewState): SlackMessage {
  const blocks: types.KnownBlock[] = [
    section(`*Blurb for ${channel ? `<#${channel}>` : 'your hiring channel'}*`),
    section(quoted(t.blurbText, 2900)),
  ];
  if (state.kind === 'posted') {
    const where = t.postedChannel ? `<#${t.postedChannel}>` : 'the hiring channel';
    blocks.push(
      context(
        `:white_check_mark: Posted to ${where}${t.postedPermalink ? ` · ${link(t.postedPermalink, 'view it')}` : ''}.`,
      ),
    );
  } else if (state.kind === 'discarded') {
    blocks.push(context(':wastebasket: Discarded. Nothing was posted.'));
  } else if (state.kind === 'posting') {
    blocks.push(context(':hourglass_flowing_sand: Posting…'));
  } else {
    if (state.note) blocks.push(context(`:warning: ${escapeMrkdwn(state.note)}`));
    blocks.push({
      type: 'actions',
      block_id: blurbActionsBlock.for(t.triageId),
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.postBlurb,
          style: 'primary',
          text: plain('Post to hiring channel', 75),
          value: t.triageId,
        },
        { type: 'button', action_id: ACTIONS.editBlurb, text: plain('Edit', 75), value: t.triageId },
        { type: 'button', action_id: ACTIONS.discardBlurb, text: plain('Discard', 75), value: t.triageId },
        {
          type: 'conversations_select',
          action_id: ACTIONS.blurbChannel,
          placeholder: plain('Change channel', 150),
          ...(channel ? { initial_conversation: channel } : {}),
          filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
        },
      ],
    });
    if (!channel) blocks.push(context('Pick a channel above, then click Post.'));
  }
  return { text: fallback(`Blurb for ${t.candidateName}: ${state.kind}`), blocks };
}

/** What the hiring channel is shown about a referral. */
export interface HiringPostModel {
  triageId: string;
  /** Who said what so far, as Slack user ids. */
  votes: { interested: readonly string[]; notAFit: readonly string[] };
  candidateName: string | null;
  targetRole: string | null;
  roleUrl: string | null;
  permalink: string | null;
  referrerId: string;
  blurbText: string;
}

/** What the hiring channel sees: the blurb, the role link, the original request, and who referred them. */
export function hiringPost(m: HiringPostModel): SlackMessage {
  const details = [`Referred by <@${m.referrerId}>`];
  if (m.roleUrl) details.push(link(m.roleUrl, m.targetRole ? clip(m.targetRole, 80) : 'role posting'));
  if (m.permalink) details.push(link(m.permalink, 'original request'));
  const name = m.candidateName;
  return {
    text: fallback(`Referral${name ? `: ${name}` : ''}${m.targetRole ? ` for ${m.targetRole}` : ''}`),
    blocks: [
      section(`:raising_hand: *Referral${name ? `: ${escapeMrkdwn(clip(name, 80))}` : ''}*`),
      section(escapeMrkdwn(m.blurbText), 3000),
      context(details.join(' · ')),
      ...voteBlocks(m),
    ],
  };
}

/** Slack ids as mentions; anything else is dropped, so no text can turn into a ping. */
const mentions = (ids: readonly string[]) =>
  ids
    .filter((id) => /^[UW][A-Z0-9]{2,20}$/.test(id))
    .slice(0, 20)
    .map((id) => `<@${id}>`)
    .join(', ');

/** Interested / Not a fit for the people in the channel, with who has said which so far. */
function voteBlocks(m: HiringPostModel): types.KnownBlock[] {
  const said = [
    m.votes.interested.length ? `*Interested:* ${mentions(m.votes.interested)}` : '',
    m.votes.notAFit.length ? `*Not a fit:* ${mentions(m.votes.notAFit)}` : '',
  ].filter(Boolean);
  return [
    ...(said.length ? [context(said.join(' · '))] : []),
    {
      type: 'actions',
      block_id: `votes:${m.triageId}`,
      elements: [
        { type: 'button', action_id: ACTIONS.voteInterested, text: plain('Interested', 75), value: m.triageId },
        { type: 'button', action_id: ACTIONS.voteNotAFit, text: plain('Not a fit', 75), value: m.triageId },
      ],
    },
  ];
}

/** The short triage in the DM thread of a forwarded request. */
export interface ThreadSummaryModel {
  triageId: string;
  recommendation: Recommendation | null;
  /** The note's language, when it is not English. */
  language: string | null;
  firstReason: string;
  fit: { level: FitLevel; matched: string[] };
  /** What the note leaves open: "a specific role". */
  missing: string[];
  earlier: { answeredAs: string; createdAt: string } | null;
  /** How the message was read: files noted, the referrer's own comment left out. */
  notes: string[];
}

/** A few lines in the DM thread for a forwarded request, with the button that opens the full triage. */
export function threadSummary(m: ThreadSummaryModel): SlackMessage {
  const lines = [
    `*${verdictTitle(m.recommendation)}*. ${escapeMrkdwn(clip(m.firstReason, 300))}`,
    ...(m.language ? [escapeMrkdwn(m.language)] : []),
    `Fit: *${m.fit.level}*${m.fit.matched.length ? ` (${escapeMrkdwn(m.fit.matched.slice(0, 4).join(', '))})` : ''}`,
    m.missing.length ? `Missing: ${m.missing.join(', ')}` : 'Nothing important is missing.',
  ];
  if (m.earlier)
    lines.push(
      `:repeat: They asked before (${m.earlier.createdAt.slice(0, 10)}); you answered ${m.earlier.answeredAs}.`,
    );
  return {
    text: `${verdictTitle(m.recommendation)} for this request`,
    blocks: [
      { type: 'section', text: mrkdwn(lines.join('\n')) },
      ...(m.notes.length ? [context(...m.notes.map((n) => escapeMrkdwn(n)))] : []),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.openTriage,
            style: 'primary',
            text: plain('Open full triage', 75),
            value: m.triageId,
          },
        ],
      },
    ],
  };
}

export function helpMessage(): SlackMessage {
  return {
    text: 'How to use refer-triage',
    blocks: [
      section(
        '*refer-triage* reads a cold referral request against your team area and suggests *yes*, *send me a one-pager*, or *a clean no*, with a reply drafted for each.',
      ),
      section(
        [
          `• \`${COMMAND} <pasted request>\`: triage a note you paste.`,
          `• \`${COMMAND}\`: open a box to paste into.`,
          '• On any message: ⋯ → *Triage referral request*.',
          '• Forward or paste a request into my DM: I answer in a thread.',
          `• \`${COMMAND} settings\`: your team area, open roles, hiring channel.`,
          '• The Home tab: your profile and recent requests.',
        ].join('\n'),
      ),
      context('Nothing is posted anywhere until you click *Post* on a blurb.'),
    ],
  };
}
