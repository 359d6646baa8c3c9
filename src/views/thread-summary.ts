import { ACTIONS } from '../ids.js';
import type { FitLevel, Recommendation } from '../triage/index.js';
import { RECOMMENDATION_TITLE } from './labels.js';
import type { SlackMessage } from './slack-message.js';
import { clip, context, escapeMrkdwn, mrkdwn, plain, slackDate, withMentionsAsNames } from './text.js';

/** The short triage in the DM thread of a forwarded request. */
export interface ThreadSummaryModel {
  triageId: string;
  /** Null when the app recommends nothing (a note in a language it does not read). */
  recommendation: Recommendation | null;
  firstReason: string;
  /** The top risk the full triage flags ("Pressure: “I need this by Friday”"), if any. */
  topRisk: string | null;
  fit: { level: FitLevel; matched: string[] };
  /** What the note leaves open: "a specific role". */
  missing: string[];
  earlier: { answeredAs: string; createdAt: string } | null;
  /** How the message was read: files noted, the referrer's own comment left out. */
  notes: string[];
}

/**
 * A few lines in the DM thread for a forwarded request. A mention quoted from the note is drawn as the
 * person (<@U…>): the thread is the referrer's DM with the app, where no one else is notified.
 * With the button that opens the full triage.
 */
export function threadSummary(m: ThreadSummaryModel): SlackMessage {
  const lines = [
    `*${m.recommendation ? RECOMMENDATION_TITLE[m.recommendation] : 'Read this one yourself'}*. ${withMentionsAsNames(escapeMrkdwn(clip(m.firstReason, 300)))}`,
    `Fit: *${m.fit.level}*${m.fit.matched.length ? ` (${escapeMrkdwn(m.fit.matched.slice(0, 4).join(', '))})` : ''}`,
    m.missing.length ? `Missing: ${m.missing.join(', ')}` : m.topRisk ? '' : 'Nothing important is missing.',
    m.topRisk ? `:warning: Top risk: ${withMentionsAsNames(escapeMrkdwn(clip(m.topRisk, 200)))}` : '',
  ].filter(Boolean);
  if (m.earlier)
    lines.push(`:repeat: They asked before (${slackDate(m.earlier.createdAt)}); you answered ${m.earlier.answeredAs}.`);
  return {
    text: m.recommendation ? `${RECOMMENDATION_TITLE[m.recommendation]} for this request` : 'A note to read yourself',
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
