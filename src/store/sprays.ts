import type { Kysely } from 'kysely';
import { guardUnavailable } from './errors.js';
import { type Clock, DAY_MS } from './owner.js';
import type { Database } from './schema.js';

/** A note's fingerprint as stored: keyed hashes and a MinHash signature, never text or names. */
export interface SprayNote {
  triageId: string;
  teamId: string;
  recipientId: string;
  senderHash: string;
  roleHash: string;
  signature: string;
  bands: readonly number[];
}

export interface SprayQuery {
  teamId: string;
  senderHash: string;
  roleHash: string;
  bands: readonly number[];
  windowDays: number;
}

/** An earlier note that shares a band with the query, from the same sender for the same role. */
export interface SprayCandidate {
  recipientId: string;
  signature: string;
  createdAt: string;
}

/**
 * One index search per band, joined with UNION ALL: each is an equality on (team_id, band,
 * band_hash). (An OR of the bands would make SQLite search on team_id alone and scan the workspace.)
 */
function bandLookups(db: Kysely<Database>, q: Pick<SprayQuery, 'teamId' | 'bands'>) {
  const one = (band: number, hash: number) =>
    db
      .selectFrom('spray_bands')
      .select('note_id')
      .where('team_id', '=', q.teamId)
      .where('band', '=', band)
      .where('band_hash', '=', hash);
  const [first = 0, ...rest] = q.bands;
  return rest.reduce((query, hash, i) => query.unionAll(one(i + 1, hash)), one(0, first));
}

/** At most this many candidates are compared; a sender past it is spraying anyway. */
const MAX_CANDIDATES = 500;

/** The spray check's fingerprints and the workspace setting that turns the check off. */
export class SprayStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly clock: Clock,
  ) {}

  /** Stores one note's fingerprint and its band hashes, in one transaction. */
  async record(note: SprayNote): Promise<void> {
    const now = this.clock.now().toISOString();
    await guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('spray_notes')
          .values({
            triage_id: note.triageId,
            team_id: note.teamId,
            recipient_id: note.recipientId,
            sender_hash: note.senderHash,
            role_hash: note.roleHash,
            signature: note.signature,
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const rows = note.bands.map((h, band) => ({ note_id: Number(id), team_id: note.teamId, band, band_hash: h }));
        if (rows.length) await trx.insertInto('spray_bands').values(rows).execute();
      }),
    );
  }

  /** Earlier notes in the window sharing any band: an index lookup on (team_id, band, band_hash). */
  async candidates(q: SprayQuery): Promise<SprayCandidate[]> {
    if (q.bands.length === 0) return [];
    const rows = await guardUnavailable(() => this.candidatesQuery(q).execute());
    return rows.map((r) => ({ recipientId: r.recipient_id, signature: r.signature, createdAt: r.created_at }));
  }

  /** The lookup itself, for candidates() and for tests that check its plan. */
  candidatesQuery(q: SprayQuery) {
    const since = new Date(this.clock.now().getTime() - q.windowDays * DAY_MS).toISOString();
    return this.db
      .selectFrom('spray_notes')
      .select(['recipient_id', 'signature', 'created_at'])
      .where('id', 'in', () => bandLookups(this.db, q))
      .where('team_id', '=', q.teamId)
      .where('sender_hash', '=', q.senderHash)
      .where('role_hash', '=', q.roleHash)
      .where('created_at', '>=', since)
      .limit(MAX_CANDIDATES);
  }

  /** Fingerprints older than the window are no use to anyone: they go. Returns how many. */
  async purgeOlderThan(windowDays: number): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - windowDays * DAY_MS).toISOString();
    return guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const old = trx.selectFrom('spray_notes').select('id').where('created_at', '<', cutoff);
        await trx.deleteFrom('spray_bands').where('note_id', 'in', old).execute();
        const r = await trx.deleteFrom('spray_notes').where('created_at', '<', cutoff).executeTakeFirst();
        return Number(r.numDeletedRows);
      }),
    );
  }

  /** How many fingerprints a workspace holds (for tests and the data section's promises). */
  async countFor(teamId: string): Promise<number> {
    const row = await guardUnavailable(() =>
      this.db
        .selectFrom('spray_notes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('team_id', '=', teamId)
        .executeTakeFirstOrThrow(),
    );
    return Number(row.n);
  }

  /** Whether the workspace checks for sprays (on unless an admin turned it off). */
  async enabled(teamId: string): Promise<boolean> {
    const row = await guardUnavailable(() =>
      this.db.selectFrom('workspace_settings').select('spray_checks').where('team_id', '=', teamId).executeTakeFirst(),
    );
    return (row?.spray_checks ?? 1) === 1;
  }

  /** Turns the check on or off for a workspace; off also deletes its fingerprints. Callers check the user is an admin. */
  async setEnabled(teamId: string, on: boolean): Promise<void> {
    const now = this.clock.now().toISOString();
    await guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('workspace_settings')
          .values({ team_id: teamId, spray_checks: on ? 1 : 0, updated_at: now })
          .onConflict((oc) => oc.column('team_id').doUpdateSet({ spray_checks: on ? 1 : 0, updated_at: now }))
          .execute();
        if (!on) {
          await trx.deleteFrom('spray_bands').where('team_id', '=', teamId).execute();
          await trx.deleteFrom('spray_notes').where('team_id', '=', teamId).execute();
        }
      }),
    );
  }
}
