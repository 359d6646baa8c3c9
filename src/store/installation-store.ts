import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Kysely } from 'kysely';
import { guardUnavailable } from './errors.js';
import type { Database } from './schema.js';
import type { TokenCipher } from './token-crypto.js';

/** Org-wide installs are keyed by enterprise, the rest by workspace, as Bolt looks them up. */
function keyOf(query: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `E:${query.enterpriseId}`;
  if (query.teamId) return `T:${query.teamId}`;
  throw new Error('an installation needs a team id or an enterprise id');
}

/**
 * Bolt's installation store for multi-workspace OAuth. Whole installations (bot and user tokens
 * included) are encrypted with AES-256-GCM before they reach the database.
 */
export class SqlInstallationStore implements InstallationStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: TokenCipher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const id = keyOf({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    const now = this.clock().toISOString();
    const data = this.cipher.encrypt(JSON.stringify(installation));
    await guardUnavailable(() =>
      this.db
        .insertInto('installations')
        .values({
          id,
          team_id: installation.team?.id ?? null,
          enterprise_id: installation.enterprise?.id ?? null,
          data,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('id').doUpdateSet({ data, updated_at: now }))
        .execute(),
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const row = await guardUnavailable(() =>
      this.db.selectFrom('installations').select('data').where('id', '=', keyOf(query)).executeTakeFirst(),
    );
    if (!row) throw new Error('No installation found for this workspace; install the app again.');
    return JSON.parse(this.cipher.decrypt(row.data)) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await guardUnavailable(() => this.db.deleteFrom('installations').where('id', '=', keyOf(query)).execute());
  }
}
