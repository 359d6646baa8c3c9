import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
type AnyDb = Kysely<any>;
type Dialect = 'sqlite' | 'postgres';

/**
 * A note in a language the triage does not read has no recommendation: triages.recommendation becomes
 * nullable. PostgreSQL drops the constraint in place. SQLite has no statement for it, so the table is
 * rebuilt the way SQLite documents: foreign keys off (Kysely runs SQLite migrations outside a
 * transaction, so the pragma takes), a copy made from the table's own definition without the NOT NULL,
 * every row copied, the old table dropped and the copy renamed, its indexes made again, the keys
 * checked and turned back on. The tables that reference triages keep their rows.
 */
export async function unreadLanguage(db: AnyDb, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table triages alter column recommendation drop not null`.execute(db);
    return;
  }
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'triages'`.execute(db);
  const create = table.rows[0]?.sql ?? '';
  const nullable = create
    .replace(/("?recommendation"?\s+text)\s+not null/i, '$1')
    .replace(/^create table "?triages"?/i, 'create table "triages_0006"');
  if (!/recommendation"?\s+text\s+not null/i.test(create)) return;
  const indexes = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'index' and tbl_name = 'triages' and sql is not null`.execute(db);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(nullable).execute(trx);
      await sql`insert into triages_0006 select * from triages`.execute(trx);
      await sql`drop table triages`.execute(trx);
      await sql`alter table triages_0006 rename to triages`.execute(trx);
      for (const index of indexes.rows) await sql.raw(index.sql).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('0006: the rebuilt triages table breaks a foreign key');
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
