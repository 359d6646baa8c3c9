import type { types } from '@slack/bolt';
import { ACTIONS } from '../ids.js';
import type { Stage } from '../lifecycle.js';
import type { FitLevel, QuestionRow, Recommendation, RiskRow } from '../triage/index.js';
import { ANSWER_LABEL, STAGE_LABEL } from './labels.js';
import { stageButtons } from './referral-messages.js';
import {
  clip,
  context,
  divider,
  escapeMrkdwn,
  plain,
  quoted,
  section,
  slackDate,
  withMentionsAsNames,
} from './text.js';

/** A referral the referrer has answered: what they decided, where it stands, and what fits from here. */
export interface StageModel {
  stage: Stage;
  since: string;
  decidedAs: Recommendation;
  /** The reply they saved, shown when the answer can no longer change. */
  replyText: string | null;
  /** The blurb's fate in words ("posted to the hiring channel"), when there is one. */
  blurbLine: string | null;
  moves: readonly Stage[];
  /** The answer can still change (nothing has moved on since it was given). */
  editable: boolean;
}

interface ContextSource {
  why: string;
  fit: { level: FitLevel; explanation: string; matched: string[] };
  hasProfile: boolean;
  onePager: { change: string } | null;
  earlier: { answeredAs: string; createdAt: string } | null;
}

/** The small print under the why: the fit (unless the why already says it), profile, one-pager, earlier asks. */
export function contextLines(m: ContextSource): string[] {
  const lines: string[] = [];
  if (!m.why.includes(m.fit.explanation))
    lines.push(`*Fit: ${m.fit.level}.* ${escapeMrkdwn(clip(m.fit.explanation, 300))}`);
  else lines.push(`*Fit: ${m.fit.level}.*`);
  if (!m.hasProfile) lines.push(':gear: Set your team area in the Home tab so fit can be checked.');
  if (m.onePager) lines.push(`:page_facing_up: *One-pager received.* ${escapeMrkdwn(clip(m.onePager.change, 300))}`);
  if (m.earlier) {
    lines.push(
      `:repeat: They asked you before on ${slackDate(m.earlier.createdAt)}; you answered *${m.earlier.answeredAs}*.`,
    );
  }
  return lines;
}

/** Characters a question's line holds in a 520-pixel modal, so it stays one line: mark, label, evidence. */
const LINE_CHARS = 62;

/** One line per question: the mark, the question, and the start of the evidence (cut at a word). */
function questionLine(q: QuestionRow): string {
  const mark = q.answered ? ':white_check_mark:' : ':x:';
  const room = Math.max(20, LINE_CHARS - q.label.length - 3);
  const quote = q.evidence ? clip(`“${q.evidence}”`, room) : '';
  const evidence = quote ? ` ${withMentionsAsNames(escapeMrkdwn(quote))}` : '';
  return `${mark} *${q.label}*${evidence}`;
}

/** A risk's name on the modal; the spray check's flag is the app's own words ("Also sent to 2 other people here…"). */
function riskName(r: RiskRow): string {
  if (r.name === 'alsoSentTo' && r.evidence) return escapeMrkdwn(r.evidence);
  return `${r.label}${r.count ? ` (${r.count})` : ''}`;
}

function riskLine(risks: RiskRow[]): string {
  if (risks.length === 0) return ':large_green_circle: No risk flags.';
  const labels = risks.map((r) => `*${riskName(r)}*`);
  return `:warning: Risk: ${labels.join(' · ')}`;
}

/**
 * The five questions, compact: a title with the button that pushes their evidence, then one line per
 * question at the full width of the modal (an accessory beside them would wrap every line).
 */
export function questionsBlocks(triageId: string, questions: QuestionRow[], risks: RiskRow[]): types.KnownBlock[] {
  return [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: '*The five questions*', verbatim: true },
      accessory: {
        type: 'button',
        action_id: ACTIONS.showEvidence,
        text: plain('See the evidence', 75),
        value: triageId,
      },
    },
    section([...questions.map(questionLine), riskLine(risks)].join('\n')),
  ];
}

/** Where a reopened referral stands: what was answered, its stage since when, and the moves that fit. */
export function stageBlocks(triageId: string, s: StageModel): types.KnownBlock[] {
  const answered = `You answered *${ANSWER_LABEL[s.decidedAs].toLowerCase()}*`;
  const lines = [`:pushpin: *Now: ${STAGE_LABEL[s.stage]}* since ${slackDate(s.since)}. ${answered}.`];
  if (s.blurbLine) lines.push(`Blurb: ${s.blurbLine}.`);
  if (s.editable) lines.push('You can still change your answer below; saving DMs you the new reply.');
  const blocks: types.KnownBlock[] = [section(lines.join('\n'))];
  const moves = stageButtons(triageId, s.moves);
  if (moves) blocks.push(moves);
  if (!s.editable && s.replyText) blocks.push(section(`*The reply you saved*\n${quoted(s.replyText, 2800)}`));
  return blocks;
}

/** The evidence behind the five questions, the reasons and the risks: pushed over the triage modal. */
export interface EvidenceModel {
  reasons: string[];
  fit: { level: FitLevel; explanation: string; matched: string[] };
  questions: QuestionRow[];
  risks: RiskRow[];
}

export function buildEvidenceView(m: EvidenceModel): types.ModalView {
  const text = (s: string, max: number) => withMentionsAsNames(escapeMrkdwn(clip(s, max)));
  const reasons = m.reasons.slice(0, 8).map((r) => `• ${text(r, 300)}`);
  const matched = m.fit.matched.length ? ` Matched: ${escapeMrkdwn(m.fit.matched.slice(0, 6).join(', '))}.` : '';
  const blocks: types.KnownBlock[] = [
    section(`*Why*\n${reasons.join('\n') || '_No more to say than the line above._'}`),
    // The fit's sentence once: when it is the why above, the fit line keeps only its level and matches.
    context(
      `*Fit: ${m.fit.level}.*${m.reasons.includes(m.fit.explanation) ? '' : ` ${text(m.fit.explanation, 400)}`}${matched}`,
    ),
    divider,
    ...m.questions.map((q) =>
      section(
        `${q.answered ? ':white_check_mark:' : ':x:'} *${q.question}*\n${q.evidence ? withMentionsAsNames(quoted(q.evidence, 1500)) : '_Nothing in the note answers this._'}`,
      ),
    ),
    divider,
    section(
      m.risks.length
        ? `*Risk flags*\n${m.risks.map((r) => `• *${riskName(r)}*${r.evidence && r.name !== 'alsoSentTo' ? `: “${text(r.evidence, 200)}”` : ''}`).join('\n')}`
        : '*Risk flags:* none',
    ),
  ];
  return { type: 'modal', title: plain('The evidence', 24), close: plain('Back', 24), blocks };
}
