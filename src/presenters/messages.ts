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

function hiringPostModel(t: TriageRecord): HiringPostModel {
  const c = t.result.candidate;
  return {
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

/** The post for the hiring channel. */
export const hiringPostFor = (t: TriageRecord): SlackMessage => hiringPost(hiringPostModel(t));
