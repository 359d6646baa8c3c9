import type { Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SprayCheck } from './services/spray-check.js';
import type { Store } from './store/store.js';

/** What the handlers need from the outside world; passed in, never imported as singletons. */
export interface AppDeps {
  store: Store;
  logger: Logger;
  /** The same logger in the shape Slack's clients take, for clients the handlers build themselves. */
  slackLogger?: SlackLogger;
  /** How long a Web API call may take; tests shorten it. */
  slackTimeoutMs?: number;
  /** The spray check; absent in tests that do not need it. */
  sprays?: SprayCheck;
}
