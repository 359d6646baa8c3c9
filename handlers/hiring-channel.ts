import type { App } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { ACTIONS } from '../src/ids.js';
import { hiringPostFor } from '../src/presenters/messages.js';
import { voteNewsFor } from '../src/presenters/referrals.js';
import { action } from '../src/slack/block-actions.js';
import { sendDm } from '../src/slack/dm.js';
import type { Vote } from '../src/store/votes.js';
import { voteNews } from '../src/views/referral-messages.js';

/**
 * Word back from the hiring channel: Interested or Not a fit on a posted blurb. A click counts on
 * the post the app made (found by its channel and message), once per person, and a changed mind
 * counts again; the post shows who said what, and the referrer hears it with a note for the candidate.
 */
const makeVote = (vote: Vote) =>
  action(async ({ client }, parsed, deps) => {
    const channel = parsed.body.container?.channel_id;
    const ts = parsed.body.container?.message_ts;
    if (!channel || !ts) return;
    const outcome = await deps.store.votes.cast({
      teamId: parsed.owner.teamId,
      channel,
      ts,
      voterId: parsed.owner.userId,
      vote,
    });
    if (!outcome.changed) return;
    // Read as the referrer: the store checks ownership on every read, and the post is theirs.
    const record = await deps.store.triages.get(outcome.owner, outcome.triageId);
    const post = hiringPostFor(record, outcome.tally);
    // The vote is recorded whether or not the post can be redrawn (it may have been deleted); the referrer still hears.
    await client.chat.update({ channel, ts, text: post.text, blocks: post.blocks }).catch((err: unknown) => {
      deps.logger.warn({ code: (err as { data?: { error?: string } }).data?.error }, 'hiring post not updated');
    });
    const profile = await deps.store.profiles.get(outcome.owner);
    const news = voteNewsFor(record, { voterId: parsed.owner.userId, channel, vote }, profile?.name ?? null);
    await sendDm(client, outcome.owner.userId, voteNews(news));
  });

export const makeVoteInterested = makeVote('interested');
export const makeVoteNotAFit = makeVote('not_a_fit');

export function register(app: App, deps: AppDeps): void {
  app.action(ACTIONS.voteInterested, makeVoteInterested(deps));
  app.action(ACTIONS.voteNotAFit, makeVoteNotAFit(deps));
}
