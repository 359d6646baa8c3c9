import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * Versioned migrations, run at start. Append new ones; never edit or drop an applied one, so an
 * upgrade never loses data. Column types are the ones both SQLite and PostgreSQL accept.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
type AnyDb = Kysely<any>;

export type Dialect = 'sqlite' | 'postgres';

async function createProfiles(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('team_area', 'text', (c) => c.notNull())
    .addColumn('open_roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('hiring_channel', 'text')
    .addColumn('retention_days', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('profiles_pk', ['team_id', 'user_id'])
    .execute();
}

async function createTriages(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('triages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('referrer_id', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text')
    .addColumn('requester_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('message_ts', 'text')
    .addColumn('permalink', 'text')
    .addColumn('request_text', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('triaged'))
    .addColumn('reply_text', 'text')
    .addColumn('blurb_text', 'text')
    .addColumn('blurb_state', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('blurb_channel', 'text')
    .addColumn('blurb_ts', 'text')
    .addColumn('blurb_permalink', 'text')
    .addColumn('earlier_triage_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('triages_referrer_created')
    .on('triages')
    .columns(['team_id', 'referrer_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('triages_referrer_requester')
    .on('triages')
    .columns(['team_id', 'referrer_id', 'requester_id'])
    .execute();
  await db.schema.createIndex('triages_created').on('triages').column('created_at').execute();
}

/** SQLite and PostgreSQL spell an identity column differently; everything else is shared. */
async function createTriageEvents(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('triage_events')
    .addColumn('id', 'integer', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
    )
    .addColumn('triage_id', 'text', (c) => c.notNull().references('triages.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('triage_events_triage').on('triage_events').column('triage_id').execute();
}

async function createInstallations(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Slack events already taken on, by event_id, so a retried delivery is handled once. */
async function createSlackEvents(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('slack_events')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('slack_events_received').on('slack_events').column('received_at').execute();
}

export const migrationsFor = (dialect: Dialect): Record<string, Migration> => ({
  '0001_initial': {
    async up(db: AnyDb) {
      await createProfiles(db);
      await createTriages(db);
      await createTriageEvents(db, dialect);
      await createInstallations(db);
    },
  },
  '0002_slack_events': { up: createSlackEvents },
});

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}
