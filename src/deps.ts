import type { Logger } from 'pino';
import type { Store } from './store/store.js';

/** What the handlers need from the outside world; passed in, never imported as singletons. */
export interface AppDeps {
  store: Store;
  logger: Logger;
  /** How long a Web API call may take; tests shorten it. */
  slackTimeoutMs?: number;
}
