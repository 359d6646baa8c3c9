import type { Kysely } from 'kysely';

/** Which database a migration runs on: column types and identity columns differ. */
type Dialect = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
type AnyDb = Kysely<any>;

/**
 * The spray check's fingerprints: a MinHash signature and LSH band hashes per note, with keyed
 * hashes of the sender and role; no text, no names. Each follows its triage (cascade) and the
 * workspace; a lookup is an index lookup on (team_id, band, band_hash).
 */
export async function createSprayFingerprints(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('spray_notes')
    .addColumn('id', 'integer', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
    )
    .addColumn('triage_id', 'text', (c) => c.notNull().references('triages.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('sender_hash', 'text', (c) => c.notNull())
    .addColumn('role_hash', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('spray_notes_triage').on('spray_notes').column('triage_id').execute();
  await db.schema.createIndex('spray_notes_created').on('spray_notes').column('created_at').execute();
  await db.schema
    .createTable('spray_bands')
    .addColumn('note_id', 'integer', (c) => c.notNull().references('spray_notes.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('band_hash', 'integer', (c) => c.notNull())
    .execute();
  // note_id rides along so a lookup reads the index alone (a covering index), never the table.
  await db.schema
    .createIndex('spray_bands_lookup')
    .on('spray_bands')
    .columns(['team_id', 'band', 'band_hash', 'note_id'])
    .execute();
  await db.schema.createIndex('spray_bands_note').on('spray_bands').column('note_id').execute();
  // The first workspace-level setting; a workspace with no row has the defaults.
  await db.schema
    .createTable('workspace_settings')
    .addColumn('team_id', 'text', (c) => c.primaryKey())
    .addColumn('spray_checks', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
