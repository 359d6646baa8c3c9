import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/store/database.js';
import { SqlInstallationStore } from '../../src/store/installation-store.js';
import { parseEncryptionKey, TokenCipher } from '../../src/store/token-crypto.js';
import { BACKENDS, createTestDatabase, openMigrated, type TestDatabase } from '../helpers/databases.js';

const KEY = parseEncryptionKey('a'.repeat(64)) as Buffer;
const install = (team: string, token: string): Installation<'v2', false> => ({
  team: { id: team, name: 'Acme' },
  enterprise: undefined,
  user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
  bot: { id: 'B01', userId: 'U0BOT', token, scopes: ['commands', 'chat:write'] },
  tokenType: 'bot',
  isEnterpriseInstall: false,
  appId: 'A0APP',
  authVersion: 'v2',
});

describe('TokenCipher', () => {
  it('round-trips, uses a fresh IV each time, and rejects tampering', () => {
    const cipher = new TokenCipher(KEY);
    const a = cipher.encrypt('xoxb-secret');
    expect(a).not.toContain('xoxb');
    expect(cipher.encrypt('xoxb-secret')).not.toBe(a);
    expect(cipher.decrypt(a)).toBe('xoxb-secret');
    const parts = a.split(':');
    const body = Buffer.from(parts[3] as string, 'base64');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() => cipher.decrypt([...parts.slice(0, 3), body.toString('base64')].join(':'))).toThrow();
    expect(() => new TokenCipher(parseEncryptionKey('b'.repeat(64)) as Buffer).decrypt(a)).toThrow();
  });

  it.each([
    ['64 hex characters', 'f'.repeat(64), true],
    ['base64 of 32 bytes', Buffer.alloc(32, 7).toString('base64'), true],
    ['too short', 'abc', false],
    ['31 bytes', Buffer.alloc(31, 7).toString('base64'), false],
  ])('parses a key given as %s', (_name, value, ok) => {
    expect(parseEncryptionKey(value) !== null).toBe(ok);
  });
});

describe.each(BACKENDS)('SqlInstallationStore on %s', (backend) => {
  let database: TestDatabase;
  let open: OpenDatabase;
  let store: SqlInstallationStore;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    open = await openMigrated(database);
    store = new SqlInstallationStore(open.db, new TokenCipher(KEY));
  });
  afterAll(async () => {
    await open.db.destroy();
    await database.dispose();
  });

  it('stores installations encrypted at rest and fetches them back', async () => {
    await store.storeInstallation(install('T0ACME', 'xoxb-111-secret'));
    await store.storeInstallation(install('T0ACME', 'xoxb-222-rotated'));
    const rows = await open.db.selectFrom('installations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('xoxb');
    const fetched = await store.fetchInstallation({
      teamId: 'T0ACME',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched.bot?.token).toBe('xoxb-222-rotated');
  });

  it('says clearly when a workspace has no installation, and deletes on request', async () => {
    await expect(
      store.fetchInstallation({ teamId: 'T0NONE', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/install the app again/);
    await store.storeInstallation(install('T0GONE', 'xoxb-333'));
    await store.deleteInstallation({ teamId: 'T0GONE', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(
      store.fetchInstallation({ teamId: 'T0GONE', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow();
  });
});
