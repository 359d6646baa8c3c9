import type { Kysely } from 'kysely';
import { guardUnavailable, InvalidInputError } from './errors.js';
import { assertOwner, type Clock, parse } from './owner.js';
import { changeWithHistory } from './records.js';
import {
  type BlurbPost,
  BlurbPostSchema,
  type BlurbState,
  type Database,
  type Owner,
  type TriageRecord,
} from './schema.js';
import type { TriageStore } from './triages.js';

/** A claim to post a blurb older than this is taken to be a crashed attempt, and may be claimed again. */
export const STALE_POST_CLAIM_MS = 5 * 60_000;

/**
 * A yes's blurb from draft to posted: edited, re-pointed or discarded until it is posted, and posted
 * exactly once. Every change is owner-checked and applied only from the states it may come from.
 * Each change returns the triage as it now stands.
 */
export class BlurbStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly triages: Pick<TriageStore, 'get'>,
  ) {}

  private async update(
    owner: Owner,
    id: string,
    set: { blurb_text?: string; blurb_state?: BlurbState; blurb_channel?: string },
    from: BlurbState[],
  ): Promise<void> {
    await assertOwner(this.db, owner, id);
    await guardUnavailable(() =>
      this.db
        .updateTable('triages')
        .set({ ...set, updated_at: this.clock.now().toISOString() })
        .where('id', '=', id)
        .where('blurb_state', 'in', from)
        .execute(),
    );
  }

  async edit(owner: Owner, id: string, text: string): Promise<TriageRecord> {
    const blurb = text.trim();
    if (!blurb || blurb.length > 3000) throw new InvalidInputError('Invalid blurb: it must be 1 to 3,000 characters');
    await this.update(owner, id, { blurb_text: blurb, blurb_state: 'draft' }, ['draft', 'discarded']);
    return this.triages.get(owner, id);
  }

  /** Where the blurb will go; changeable until it is posted. */
  async setChannel(owner: Owner, id: string, channel: string): Promise<TriageRecord> {
    if (!/^[CG][A-Z0-9]{2,40}$/.test(channel))
      throw new InvalidInputError('Invalid channel: pick a public or private channel');
    await this.update(owner, id, { blurb_channel: channel }, ['draft', 'discarded']);
    return this.triages.get(owner, id);
  }

  async discard(owner: Owner, id: string): Promise<TriageRecord> {
    await this.update(owner, id, { blurb_state: 'discarded' }, ['draft']);
    return this.triages.get(owner, id);
  }

  /**
   * The one place that decides who posts a blurb: a conditional update from draft to posting. Of any
   * number of concurrent callers (double clicks, several replicas) exactly one gets true.
   */
  async claimPost(owner: Owner, id: string): Promise<boolean> {
    await assertOwner(this.db, owner, id);
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - STALE_POST_CLAIM_MS).toISOString();
    const result = await guardUnavailable(() =>
      this.db
        .updateTable('triages')
        .set({ blurb_state: 'posting', updated_at: now.toISOString() })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([
            eb('blurb_state', '=', 'draft'),
            eb.and([eb('blurb_state', '=', 'posting'), eb('updated_at', '<', staleBefore)]),
          ]),
        )
        .executeTakeFirst(),
    );
    return result.numUpdatedRows === 1n;
  }

  async completePost(owner: Owner, id: string, post: BlurbPost): Promise<TriageRecord> {
    const { channel, ts, permalink } = parse(BlurbPostSchema, post, 'blurb post');
    await changeWithHistory(
      this.db,
      this.clock,
      owner,
      id,
      { status: 'blurb_posted', detail: channel },
      async (trx, now) => {
        await trx
          .updateTable('triages')
          .set({
            blurb_state: 'posted',
            blurb_channel: channel,
            blurb_ts: ts,
            blurb_permalink: permalink,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('blurb_state', '=', 'posting')
          .execute();
      },
    );
    return this.triages.get(owner, id);
  }

  /** Gives a failed post back to the referrer as a draft, so the Post button works again. */
  async releasePost(owner: Owner, id: string): Promise<void> {
    await this.update(owner, id, { blurb_state: 'draft' }, ['posting']);
  }
}
