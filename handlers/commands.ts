import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { COMMAND } from '../src/ids.js';
import { modalForRun } from '../src/services/triage-modal.js';
import { runTriage } from '../src/services/triage-service.js';
import { workspaceModel } from '../src/services/workspace-settings.js';
import { openModal, openWithProgress, reportOpenFailure } from '../src/slack/modal-flow.js';
import { CommandSchema } from '../src/slack/payloads.js';
import { helpMessage } from '../src/views/messages.js';
import { pasteModal } from '../src/views/notice.js';
import { buildSettingsModal } from '../src/views/settings-modal.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** `/refer-triage [help | settings | <pasted request>]`. */
export const makeReferTriageCommand =
  (deps: AppDeps) =>
  async ({ command, ack, client, respond }: Args) => {
    const parsed = CommandSchema.safeParse(command);
    const text = parsed.success ? parsed.data.text.trim() : '';
    if (!parsed.success) {
      await ack({ response_type: 'ephemeral', text: 'That command could not be read. Please try again.' });
      return;
    }
    if (/^(?:help|\?)$/i.test(text)) {
      await ack({ response_type: 'ephemeral', ...helpMessage() });
      return;
    }
    await ack();
    const { team_id: teamId, user_id: userId, trigger_id: triggerId, channel_id: channelId } = parsed.data;
    const owner = { teamId, userId };
    try {
      if (!text) {
        await openModal(client, triggerId, pasteModal());
      } else if (/^(?:settings|setup|profile)$/i.test(text)) {
        await openWithProgress(
          client,
          triggerId,
          async () =>
            buildSettingsModal(await deps.store.profiles.get(owner), await workspaceModel(deps.store, client, owner)),
          undefined,
          'Loading your profile…',
        );
      } else {
        await openWithProgress(
          client,
          triggerId,
          async () => {
            const run = await runTriage(
              deps.store,
              owner,
              {
                source: 'slash_command',
                requestText: text,
                channelId: channelId && /^[CDG]/.test(channelId) ? channelId : null,
              },
              deps.sprays,
            );
            return modalForRun(run);
          },
          text,
        );
      }
    } catch (error) {
      await reportOpenFailure(respond, error);
    }
  };

export function register(app: App, deps: AppDeps): void {
  app.command(COMMAND, makeReferTriageCommand(deps));
}
