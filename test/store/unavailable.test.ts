import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { createStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

const OWNER = { teamId: 'T1', userId: 'U1' };

describe('a PostgreSQL server that goes away and comes back', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let open: OpenDatabase;
  let store: Store;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const port = await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(port);
    open = openDatabase(viaProxy.toString(), { onPoolError: (e) => poolErrors.push(e) });
    await migrate(open);
    store = createStore(open.db);
  });
  afterAll(async () => {
    await open.close();
    await proxy.stop();
    await database.dispose();
  });

  it('gives a clear error while it is down, keeps what was saved, and works again when it is back', async () => {
    await store.profiles.save(OWNER, { teamArea: 'Platform' });
    await proxy.stop();

    const failure = await store.profiles.save(OWNER, { teamArea: 'Growth' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toMatch(/not reachable right now.*try again/);
    await expect(store.profiles.get(OWNER)).rejects.toThrow(StoreUnavailableError);

    await proxy.start();
    expect((await store.profiles.get(OWNER))?.teamArea).toBe('Platform');
    await store.profiles.save(OWNER, { teamArea: 'Growth' });
    expect((await store.profiles.get(OWNER))?.teamArea).toBe('Growth');
  });

  it('a server that was never there is unavailable, not a crash', async () => {
    const nowhere = openDatabase('postgres://postgres@127.0.0.1:1/none');
    await expect(createStore(nowhere.db).profiles.get(OWNER)).rejects.toThrow(StoreUnavailableError);
    await nowhere.close();
  });
});
