import type { App } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import * as actions from './actions.js';
import * as commands from './commands.js';
import * as events from './events.js';
import * as hiringChannel from './hiring-channel.js';
import * as messages from './messages.js';
import * as pipeline from './pipeline.js';
import * as shortcuts from './shortcuts.js';
import * as views from './views.js';

/** Every Slack surface, listed explicitly so a test can check them against the manifest. */
export const SURFACES = { commands, shortcuts, views, actions, pipeline, hiringChannel, events, messages } as const;

export function registerHandlers(app: App, deps: AppDeps): void {
  for (const surface of Object.values(SURFACES)) surface.register(app, deps);
}
