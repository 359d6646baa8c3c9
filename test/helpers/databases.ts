import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, type OpenDatabase, openDatabase } from '../../src/store/database.js';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** The PostgreSQL server the tests use; each test run makes and drops its own database on it. */
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  open(): OpenDatabase;
  dispose(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty, migrated-on-open database of the given kind, and a way to throw it away. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'refer-triage-db-'));
    const url = `file:${join(dir, 'test.sqlite')}`;
    return { url, open: () => openDatabase(url), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `refer_triage_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openDatabase(url.toString(), { onPoolError: () => {} }),
    dispose: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function openMigrated(database: TestDatabase): Promise<OpenDatabase> {
  const open = database.open();
  await migrate(open);
  return open;
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private current = new Date('2026-11-01T12:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
  advanceMs(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

/** Real time, moved by whole jumps when a test says so: the app's clock in end-to-end tests, so nothing sleeps. */
export class ShiftableClock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  advanceDays(days: number): void {
    this.offset += days * 86_400_000;
  }
  advanceMs(ms: number): void {
    this.offset += ms;
  }
  set(at: Date | string): void {
    this.offset = new Date(at).getTime() - Date.now();
  }
}
