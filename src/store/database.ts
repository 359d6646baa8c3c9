import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type Dialect, migrationsFor, StaticMigrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export const DEFAULT_SQLITE_PATH = './data/refer-triage.sqlite';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without credentials, for logs. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called for errors on idle PostgreSQL connections (a server restart), which would otherwise crash the process. */
  onPoolError?: (error: Error) => void;
  poolSize?: number;
}

/** DATABASE_URL: unset → ./data/refer-triage.sqlite; file:PATH → SQLite at PATH; postgres://… → PostgreSQL. */
export function openDatabase(url: string | undefined, options: DatabaseOptions = {}): OpenDatabase {
  if (url && /^postgres(?:ql)?:\/\//i.test(url)) return openPostgres(url, options);
  const path = url ? url.replace(/^file:/i, '') : DEFAULT_SQLITE_PATH;
  return openSqlite(path);
}

function openSqlite(path: string): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets the Home tab read while a triage is written; a busy timeout rides out short write contention.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  // With WAL, NORMAL is crash-safe for the app and skips an fsync per commit (a power cut may lose the last commit).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: `sqlite:${path}`, close: () => db.destroy() };
}

function openPostgres(url: string, options: DatabaseOptions): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  const onError = (error: Error) => options.onPoolError?.(error);
  pool.on('error', onError);
  // A client whose server goes away between queries emits 'error'; without a listener that would crash the process.
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const parsed = new URL(url);
  return {
    db,
    dialect: 'postgres',
    location: `postgres://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}

/** Brings the schema up to date; several replicas starting together are serialized by Kysely's migration lock. */
export async function migrate(open: OpenDatabase): Promise<string[]> {
  const migrator = new Migrator({ db: open.db, provider: new StaticMigrationProvider(migrationsFor(open.dialect)) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
