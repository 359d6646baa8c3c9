import { movesFrom } from '../lifecycle.js';
import type { TriageRecord } from '../store/schema.js';
import {
  type BlurbCardModel,
  blurbPreview,
  type HiringPostModel,
  hiringPost,
  type PreviewState,
  type ReplyModel,
  replyMessage,
  type SlackMessage,
} from '../views/messages.js';
import { candidateNameOf } from './triage.js';

function replyModel(t: TriageRecord): ReplyModel {
  return {
    candidateName: candidateNameOf(t),
    answer: t.decision === 'pending' ? 'no' : t.decision,
    replyText: t.replyText ?? '',
    permalink: t.permalink,
    triageId: t.id,
    moves: movesFrom(t.stage),
  };
}

function blurbCardModel(t: TriageRecord): BlurbCardModel {
  return {
    triageId: t.id,
    candidateName: candidateNameOf(t),
    blurbText: t.blurbText ?? '',
    postedChannel: t.blurbChannel,
    postedPermalink: t.blurbPermalink,
  };
}

function hiringPostModel(t: TriageRecord, votes: HiringPostModel['votes']): HiringPostModel {
  const c = t.result.candidate;
  return {
    triageId: t.id,
    votes,
    candidateName: c.name ?? t.requesterName,
    targetRole: c.targetRole,
    roleUrl: c.roleUrl,
    permalink: t.permalink,
    referrerId: t.referrerId,
    blurbText: t.blurbText ?? '',
  };
}

/** The DM reply for a saved decision. */
export const replyFor = (t: TriageRecord): SlackMessage => replyMessage(replyModel(t));

/** The blurb preview for a triage, aimed at its chosen channel. */
export const previewFor = (t: TriageRecord, state: PreviewState): SlackMessage =>
  blurbPreview(blurbCardModel(t), t.blurbChannel, state);

/** The post for the hiring channel, with the channel's word on it so far. */
export const hiringPostFor = (t: TriageRecord, votes: HiringPostModel['votes'] = NO_VOTES): SlackMessage =>
  hiringPost(hiringPostModel(t, votes));

const NO_VOTES: HiringPostModel['votes'] = { interested: [], notAFit: [] };
