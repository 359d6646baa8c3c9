import { webApi } from '@slack/bolt';
import type { SqlInstallationStore } from '../store/installation-store.js';

/**
 * Clients for work no request started (the reminder sweeps): the workspace's bot token from the
 * installation store under OAuth, or the one bot token of a single-workspace install. Null once the
 * workspace's installation is gone, so its reminders are dropped rather than retried for ever.
 */
export function botClients(options: {
  botToken: string | null;
  installationStore: SqlInstallationStore | null;
  clientOptions: webApi.WebClientOptions;
}): (teamId: string) => Promise<webApi.WebClient | null> {
  return async (teamId) => {
    const token = options.installationStore
      ? (
          await options.installationStore
            .fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
            .catch(() => null)
        )?.bot?.token
      : options.botToken;
    return token ? new webApi.WebClient(token, options.clientOptions) : null;
  };
}
