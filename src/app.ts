import { App, type AppOptions, HTTPReceiver, type Receiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { registerHandlers } from '../handlers/index.js';
import type { Config } from './config.js';
import { BOT_SCOPES } from './ids.js';
import { boltLogger } from './logger.js';
import { DEFAULT_SLACK_TIMEOUT_MS } from './services/blurb-poster.js';
import { SprayCheck } from './services/spray-check.js';
import { singleWorkspaceAuthorize } from './slack/authorize.js';
import { botClients } from './slack/bot-clients.js';
import { requestLogging } from './slack/request-logging.js';
import { refuseFutureTimestamps, timestampExtractor } from './slack/timestamp-window.js';
import { slackFetch } from './slack/web-api-transport.js';
import { SqlInstallationStore } from './store/installation-store.js';
import type { Store } from './store/store.js';
import { TokenCipher } from './store/token-crypto.js';

export interface Health {
  /** False while starting and once shutdown begins, so a load balancer stops sending traffic. */
  ready: boolean;
  /** A quick check that the database answers. */
  database(): Promise<boolean>;
}

export interface CreateAppOptions {
  config: Config;
  logger: Logger;
  store: Store;
  /** Needed for multi-workspace OAuth: the installations table. */
  installations?: ConstructorParameters<typeof SqlInstallationStore>[0];
  health: Health;
  /** Counts requests in flight, so shutdown can wait for them. */
  inFlight: { count: number };
  /** How long a Web API call may take (default 10 s). */
  slackTimeoutMs?: number;
}

/** Largest request body accepted; Slack's own payloads are far smaller. */
export const BODY_LIMIT = '1mb';

/** Web API retries: a bounded few (429s honour Retry-After), then the handler shows the user a message. */
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000, randomize: true };

function healthRoute(health: Health) {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: unknown, res: import('node:http').ServerResponse) => {
      const answer = (ok: boolean, body: object) => {
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      };
      if (!health.ready) {
        answer(false, { status: 'not ready' });
        return;
      }
      health.database().then(
        (db) => answer(db, { status: db ? 'ok' : 'database unreachable' }),
        () => answer(false, { status: 'database unreachable' }),
      );
    },
  };
}

/** OAuth settings for Bolt when multi-workspace install is configured; none otherwise. */
function oauthOptions(
  options: CreateAppOptions,
  clientOptions: () => { slackApiUrl: string; fetch: typeof slackFetch },
  installationStore: SqlInstallationStore | null,
) {
  const { config } = options;
  return config.oauth && installationStore
    ? {
        clientId: config.oauth.clientId,
        clientSecret: config.oauth.clientSecret,
        stateSecret: config.oauth.stateSecret,
        scopes: Object.keys(BOT_SCOPES),
        installationStore,
        installerOptions: { directInstall: true, clientOptions: clientOptions() },
      }
    : {};
}

/** HTTP, or Socket Mode when SLACK_APP_TOKEN is set; both serve /healthz and, with OAuth, the install pages. */
function buildReceiver(
  options: CreateAppOptions,
  slackLogger: ReturnType<typeof boltLogger>,
  oauth: ReturnType<typeof oauthOptions>,
  setupClientOptions: () => { slackApiUrl: string; fetch: typeof slackFetch },
): Receiver {
  const { config } = options;
  const customRoutes = [healthRoute(options.health)];
  return config.socketMode
    ? new SocketModeReceiver({
        appToken: config.appToken as string,
        logger: slackLogger,
        customRoutes,
        ...oauth,
        installerOptions: { ...(oauth.installerOptions ?? {}), clientOptions: setupClientOptions(), port: config.port },
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret as string,
        logger: slackLogger,
        customRoutes,
        bodyLimit: BODY_LIMIT,
        customPropertiesExtractor: timestampExtractor,
        ...oauth,
      });
}

/**
 * Builds the Bolt app and its receiver (HTTP, or Socket Mode when SLACK_APP_TOKEN is set), with
 * OAuth when its settings are present. Registers handlers and the error path; does not start.
 */
export function createApp(options: CreateAppOptions): {
  app: App;
  receiver: Receiver;
  clientFor: (teamId: string) => Promise<webApi.WebClient | null>;
} {
  const { config, logger } = options;
  const slackTimeoutMs = options.slackTimeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS;
  const slackLogger = boltLogger(logger);
  // For the calls Bolt makes itself: the OAuth exchange, and apps.connections.open in Socket Mode.
  // A fresh object each time: the Socket Mode client writes its own retry policy into the one it gets.
  const setupClientOptions = () => ({ slackApiUrl: config.slackApiUrl, fetch: slackFetch });
  const installationStore =
    config.oauth && options.installations
      ? new SqlInstallationStore(options.installations, new TokenCipher(config.oauth.encryptionKey))
      : null;
  const oauth = oauthOptions(options, setupClientOptions, installationStore);
  const receiver = buildReceiver(options, slackLogger, oauth, setupClientOptions);
  // Every Web API client the app makes, in a request or outside one, calls Slack the same way.
  const apiOptions = {
    slackApiUrl: config.slackApiUrl,
    retryConfig: RETRY_CONFIG,
    timeout: slackTimeoutMs,
    fetch: slackFetch,
  };

  const appOptions: AppOptions = {
    receiver,
    logger: slackLogger,
    // State lives in the database; Bolt's in-memory conversation store would differ between replicas.
    convoStore: false,
    clientOptions: apiOptions,
    // The bot token is checked with auth.test on first use rather than at start, so a Slack outage does not stop the app starting.
    ...(config.oauth
      ? {}
      : { authorize: singleWorkspaceAuthorize(config.botToken as string, config.slackApiUrl, slackLogger) }),
  };
  const app = new App(appOptions);
  app.use(refuseFutureTimestamps(logger));
  app.use(requestLogging(logger, options.inFlight));
  const sprays = new SprayCheck(options.store, config.sprays);
  registerHandlers(app, { store: options.store, logger, slackLogger, slackTimeoutMs, sprays });
  app.error(async (error) => {
    logger.error({ err: error, code: (error as { code?: string }).code }, 'unhandled error in a listener');
  });
  const clientOptions = { ...apiOptions, logger: slackLogger };
  const clientFor = botClients({ botToken: config.botToken ?? null, installationStore, clientOptions });
  return { app, receiver, clientFor };
}
