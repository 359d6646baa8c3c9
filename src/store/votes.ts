import type { Kysely } from 'kysely';
import { guardUnavailable, InvalidInputError, NotFoundError } from './errors.js';
import type { Clock } from './owner.js';
import type { Database, Owner } from './schema.js';

export type Vote = 'interested' | 'not_a_fit';

/** The referrer clicked a button on their own candidate's post. */
export class OwnCandidateError extends InvalidInputError {
  override name = 'OwnCandidateError';
  constructor() {
    super('You referred this candidate, so these buttons are for the others in the channel.');
  }
}

export interface VoteOutcome {
  triageId: string;
  /** The referrer who posted it: the one to tell. */
  owner: Owner;
  /** False when the click repeated the vote this person already cast: nothing to tell anyone. */
  changed: boolean;
  tally: { interested: string[]; notAFit: string[] };
}

/** Word back from the hiring channel: one vote per person per post, which they can change. */
export class VoteStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a click on a posted blurb. The post is found by its channel and message, so a click
   * counts only on the post the app made. The upsert writes only a new or changed vote and returns
   * a row only then, so two replicas handling the same click tell the referrer once.
   */
  async cast(click: {
    teamId: string;
    channel: string;
    ts: string;
    voterId: string;
    vote: Vote;
  }): Promise<VoteOutcome> {
    const at = this.clock.now().toISOString();
    return guardUnavailable(async () => {
      const post = await this.db
        .selectFrom('triages')
        .select(['id', 'team_id', 'referrer_id'])
        .where('team_id', '=', click.teamId)
        .where('blurb_channel', '=', click.channel)
        .where('blurb_ts', '=', click.ts)
        .where('blurb_state', '=', 'posted')
        .executeTakeFirst();
      if (!post) throw new NotFoundError('That referral post');
      if (post.referrer_id === click.voterId) throw new OwnCandidateError();
      const written = await this.db
        .insertInto('blurb_votes')
        .values({ triage_id: post.id, team_id: click.teamId, voter_id: click.voterId, vote: click.vote, at })
        .onConflict((oc) =>
          oc
            .columns(['triage_id', 'voter_id'])
            .doUpdateSet({ vote: click.vote, at })
            .where('blurb_votes.vote', '<>', click.vote),
        )
        .returning('voter_id')
        .executeTakeFirst();
      return {
        triageId: post.id,
        owner: { teamId: post.team_id, userId: post.referrer_id },
        changed: written !== undefined,
        tally: await this.tally(post.id),
      };
    });
  }

  async tally(triageId: string): Promise<VoteOutcome['tally']> {
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('blurb_votes')
        .select(['voter_id', 'vote'])
        .where('triage_id', '=', triageId)
        .orderBy('at')
        .execute(),
    );
    return {
      interested: rows.filter((r) => r.vote === 'interested').map((r) => r.voter_id),
      notAFit: rows.filter((r) => r.vote === 'not_a_fit').map((r) => r.voter_id),
    };
  }
}
