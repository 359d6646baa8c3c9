import type { Kysely, Selectable, Transaction } from 'kysely';
import { TriageResultSchema } from '../triage/index.js';
import { guardUnavailable } from './errors.js';
import { assertOwner, type Clock } from './owner.js';
import type { BlurbState, Database, Decision, Owner, Stage, TriageRecord, TriageTable } from './schema.js';

/**
 * The one way a triage changes after it is made: its owner checked, then the change and its
 * history entry in one transaction, so a change is never recorded without its history or the reverse.
 */
export async function changeWithHistory(
  db: Kysely<Database>,
  clock: Clock,
  owner: Owner,
  id: string,
  history: { status: string; detail: string | null },
  change: (trx: Transaction<Database>, now: string) => Promise<void>,
): Promise<void> {
  await assertOwner(db, owner, id);
  const now = clock.now().toISOString();
  await guardUnavailable(() =>
    db.transaction().execute(async (trx) => {
      await change(trx, now);
      await addEvent(trx, id, history.status, now, history.detail);
    }),
  );
}

/** A history entry, written in the same transaction as the change it records. */
export async function addEvent(
  trx: Transaction<Database>,
  triageId: string,
  status: string,
  at: string,
  detail: string | null,
): Promise<void> {
  await trx.insertInto('triage_events').values({ triage_id: triageId, status, at, detail }).execute();
}

/** Thrown when a stored result cannot be read even with defaults: the row is damaged, not merely old. */
export class UnreadableTriageError extends Error {
  override name = 'UnreadableTriageError';
  constructor(cause: unknown) {
    super('This triage was saved in a form this version cannot read. Run the request through the triage again.', {
      cause,
    });
  }
}

/**
 * A stored result, parsed through the result schema: a field or signal added since the row was
 * written takes its default, so an older triage still opens.
 */
function readResult(json: string) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UnreadableTriageError(error);
  }
  const parsed = TriageResultSchema.safeParse(value);
  if (!parsed.success) throw new UnreadableTriageError(parsed.error);
  return parsed.data;
}

export function toRecord(row: Selectable<TriageTable>, history: TriageRecord['history']): TriageRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    referrerId: row.referrer_id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    source: row.source,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    permalink: row.permalink,
    requestText: row.request_text,
    result: readResult(row.result),
    recommendation: row.recommendation,
    decision: row.decision as Decision,
    stage: row.status as Stage,
    stageAt: row.stage_at ?? row.updated_at,
    onePagerText: row.one_pager_text,
    replyText: row.reply_text,
    blurbText: row.blurb_text,
    blurbState: row.blurb_state as BlurbState,
    blurbChannel: row.blurb_channel,
    blurbTs: row.blurb_ts,
    blurbPermalink: row.blurb_permalink,
    earlierTriageId: row.earlier_triage_id,
    dmMessage: row.dm_channel && row.dm_ts ? { channel: row.dm_channel, ts: row.dm_ts } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    history,
  };
}

/** Rows for a list: a row that cannot be read is left out rather than taking the whole list down. */
export function readableRecords(rows: Selectable<TriageTable>[]): TriageRecord[] {
  return rows.flatMap((row) => {
    try {
      return [toRecord(row, [])];
    } catch (error) {
      if (error instanceof UnreadableTriageError) return [];
      throw error;
    }
  });
}
