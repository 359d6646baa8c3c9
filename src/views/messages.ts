import type { types } from '@slack/bolt';
import { ACTIONS, COMMAND } from '../ids.js';
import type { TriageRecord } from '../store/schema.js';
import { ANSWER_LABEL, RECOMMENDATION_TITLE } from './labels.js';
import { clip, context, escapeMrkdwn, link, mrkdwn, plain, quoted, section } from './text.js';

/** The notification text Slack shows and parses: user words in it are escaped like any other. */
function fallback(text: string): string {
  return escapeMrkdwn(clip(text, 300));
}

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

function candidateName(t: Pick<TriageRecord, 'requesterName' | 'result'>): string {
  return t.result.candidate.name ?? t.requesterName ?? 'the candidate';
}

/** The reply, in the referrer's DM, in a code block so it copies cleanly. */
export function replyMessage(t: TriageRecord): SlackMessage {
  const name = candidateName(t);
  const decision = t.decision === 'pending' ? 'no' : t.decision;
  const source = t.permalink ? ` · ${link(t.permalink, 'their message')}` : '';
  return {
    text: fallback(`Your reply to ${name}, ready to copy`),
    blocks: [
      section(
        `*Your reply to ${escapeMrkdwn(clip(name, 80))}* (${ANSWER_LABEL[decision].toLowerCase()}), ready to copy:`,
      ),
      section(`\`\`\`${escapeMrkdwn(clip(t.replyText ?? '', 2900)).replace(/```/g, "'''")}\`\`\``),
      context(`Saved to your triage history${source}.`),
    ],
  };
}

export type PreviewState =
  | { kind: 'draft'; note?: string }
  | { kind: 'posting' }
  | { kind: 'posted' }
  | { kind: 'discarded' };

/** The blurb preview with Post / Edit / Discard; after posting it shows where, with a link. */
export function blurbPreview(t: TriageRecord, channel: string | null, state: PreviewState): SlackMessage {
  const blocks: types.KnownBlock[] = [
    section(`*Blurb for ${channel ? `<#${channel}>` : 'your hiring channel'}*`),
    section(quoted(t.blurbText ?? '', 2900)),
  ];
  if (state.kind === 'posted') {
    const where = t.blurbChannel ? `<#${t.blurbChannel}>` : 'the hiring channel';
    blocks.push(
      context(
        `:white_check_mark: Posted to ${where}${t.blurbPermalink ? ` · ${link(t.blurbPermalink, 'view it')}` : ''}.`,
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
      block_id: `blurb_actions:${t.id}`,
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.postBlurb,
          style: 'primary',
          text: plain('Post to hiring channel', 75),
          value: t.id,
        },
        { type: 'button', action_id: ACTIONS.editBlurb, text: plain('Edit', 75), value: t.id },
        { type: 'button', action_id: ACTIONS.discardBlurb, text: plain('Discard', 75), value: t.id },
        {
          type: 'conversations_select',
          action_id: ACTIONS.blurbChannel,
          placeholder: plain('Change channel', 150),
          ...(channel ? { initial_conversation: channel } : {}),
          filter: { include: ['public', 'private'], exclude_bot_users: true },
        },
      ],
    });
    if (!channel) blocks.push(context('Pick a channel above, then click Post.'));
  }
  return { text: fallback(`Blurb for ${candidateName(t)}: ${state.kind}`), blocks };
}

/** What the hiring channel sees: the blurb, the role link, the original request, and who referred them. */
export function hiringPost(t: TriageRecord): SlackMessage {
  const c = t.result.candidate;
  const details = [`Referred by <@${t.referrerId}>`];
  if (c.roleUrl) details.push(link(c.roleUrl, c.targetRole ? clip(c.targetRole, 80) : 'role posting'));
  if (t.permalink) details.push(link(t.permalink, 'original request'));
  const name = c.name ?? t.requesterName;
  return {
    text: fallback(`Referral${name ? `: ${name}` : ''}${c.targetRole ? ` for ${c.targetRole}` : ''}`),
    blocks: [
      section(`:raising_hand: *Referral${name ? `: ${escapeMrkdwn(clip(name, 80))}` : ''}*`),
      section(escapeMrkdwn(t.blurbText ?? ''), 3000),
      context(details.join(' · ')),
    ],
  };
}

/** A few lines in the DM thread for a forwarded request, with the button that opens the full triage. */
export function threadSummary(t: TriageRecord, earlier: { decision: string; createdAt: string } | null): SlackMessage {
  const r = t.result;
  const missing = [
    !r.signals.roleNamed.present && 'a specific role',
    !r.signals.proofPoint.present && 'a proof point',
    !r.signals.whyMe.present && 'why they picked you',
    !r.signals.gracefulExit.present && 'an easy out',
  ].filter(Boolean) as string[];
  const lines = [
    `*${RECOMMENDATION_TITLE[r.recommendation]}*. ${escapeMrkdwn(clip(r.reasons[0] ?? '', 300))}`,
    `Fit: *${r.fit.level}*${r.fit.matched.length ? ` (${escapeMrkdwn(r.fit.matched.slice(0, 4).join(', '))})` : ''}`,
    missing.length ? `Missing: ${missing.join(', ')}` : 'Nothing important is missing.',
  ];
  if (earlier)
    lines.push(`:repeat: They asked before (${earlier.createdAt.slice(0, 10)}); you answered ${earlier.decision}.`);
  return {
    text: `${RECOMMENDATION_TITLE[r.recommendation]} for this request`,
    blocks: [
      { type: 'section', text: mrkdwn(lines.join('\n')) },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.openTriage,
            style: 'primary',
            text: plain('Open full triage', 75),
            value: t.id,
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
