import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { INPUTS, VIEWS } from '../src/ids.js';
import { previewFor } from '../src/presenters/messages.js';
import { sendDecision } from '../src/services/referral-dm.js';
import { modalForRun } from '../src/services/triage-modal.js';
import { runTriage } from '../src/services/triage-service.js';
import { readWorkspaceSettings, saveWorkspaceSettings } from '../src/services/workspace-settings.js';
import { SUBMISSION_BUDGET_MS, withinDeadline } from '../src/slack/deadline.js';
import { noticeForError } from '../src/slack/modal-flow.js';
import { ownerOf, ViewSubmissionSchema } from '../src/slack/payloads.js';
import { readSettings } from '../src/slack/settings-form.js';
import { blockIdOf, parseViewState, selectedConversation, selectedValue, textValue } from '../src/slack/view-state.js';
import { RecommendationSchema } from '../src/triage/index.js';
import { userMessage } from '../src/user-messages.js';
import { readEditMetadata } from '../src/views/edit-blurb-modal.js';
import { loadingModal } from '../src/views/notice.js';
import { savedSettingsModal } from '../src/views/settings-modal.js';
import { readTriageMetadata } from '../src/views/triage-modal.js';
import { publishHome } from './events.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** Why a save failed, in words for the field under the user's cursor. Nothing they typed is lost: the modal stays open. */
function saveProblem(error: unknown): string | null {
  const message = userMessage(error);
  return message.expected ? message.text : null;
}

/** Submitting the triage modal records the decision, then DMs the reply (and for a yes, the blurb preview). */
export const makeTriageSubmit =
  (deps: AppDeps) =>
  async ({ body, ack, client }: Args) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    const triageId = parsed.success ? readTriageMetadata(parsed.data.view.private_metadata) : null;
    const state = parseViewState(parsed.success ? parsed.data.view.state.values : {});
    const replyBlock = blockIdOf(state, INPUTS.reply);
    if (!parsed.success || !triageId) {
      await ack({
        response_action: 'errors',
        errors: { [replyBlock]: 'This triage could not be read. Close it and run it again.' },
      });
      return;
    }
    const owner = ownerOf(parsed.data);
    const decision = RecommendationSchema.safeParse(selectedValue(state, INPUTS.answer));
    const replyText = (textValue(state, INPUTS.reply) ?? '').trim();
    if (!decision.success || !replyText) {
      const errors: Record<string, string> = {};
      if (!decision.success) errors[INPUTS.answer.block] = 'Choose an answer.';
      if (!replyText) errors[replyBlock] = 'Write the reply you will send (or keep the draft).';
      await ack({ response_action: 'errors', errors });
      return;
    }
    const blurbText = textValue(state, INPUTS.blurb)?.trim() || null;
    const chosenChannel = selectedConversation(state, INPUTS.channel);
    let record: Awaited<ReturnType<typeof deps.store.triages.recordDecision>>;
    try {
      const profile = await withinDeadline(deps.store.profiles.get(owner), SUBMISSION_BUDGET_MS / 2);
      record = await withinDeadline(
        deps.store.triages.recordDecision(owner, triageId, {
          decision: decision.data,
          replyText,
          blurbText,
          blurbChannel: chosenChannel ?? profile?.hiringChannel ?? null,
        }),
        SUBMISSION_BUDGET_MS / 2,
      );
    } catch (error) {
      const problem = saveProblem(error);
      if (!problem) throw error;
      await ack({ response_action: 'errors', errors: { [replyBlock]: problem } });
      return;
    }
    await ack();
    await sendDecision(client, deps.store, deps.logger, owner, record);
  };

/** The paste box: turn into the loading view at once, then into the full triage. */
export const makePasteSubmit =
  (deps: AppDeps) =>
  async ({ body, ack, client }: Args) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    const text = parsed.success
      ? (textValue(parseViewState(parsed.data.view.state.values), INPUTS.paste) ?? '').trim()
      : '';
    if (!parsed.success || !text) {
      await ack({ response_action: 'errors', errors: { [INPUTS.paste.block]: 'Paste the request you received.' } });
      return;
    }
    await ack({ response_action: 'update', view: loadingModal() });
    const viewId = parsed.data.view.id;
    try {
      const run = await runTriage(
        deps.store,
        ownerOf(parsed.data),
        { source: 'modal', requestText: text },
        deps.sprays,
      );
      await client.views.update({ view_id: viewId, view: modalForRun(run) });
    } catch (error) {
      await client.views.update({ view_id: viewId, view: noticeForError(error, text) });
      if (!userMessage(error).expected) throw error;
    }
  };

/** The profile modal: every field checked, errors shown on the field, saved before the modal closes. */
export const makeSettingsSubmit =
  (deps: AppDeps) =>
  async ({ body, ack, client }: Args) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    if (!parsed.success) {
      await ack({
        response_action: 'errors',
        errors: { [INPUTS.teamArea.block]: 'This form could not be read. Please try again.' },
      });
      return;
    }
    const state = parseViewState(parsed.data.view.state.values);
    const settings = readSettings(state);
    if (!settings.ok) {
      await ack({ response_action: 'errors', errors: settings.errors });
      return;
    }
    const owner = ownerOf(parsed.data);
    const workspace = readWorkspaceSettings(state);
    try {
      const saved = workspace
        ? await withinDeadline(saveWorkspaceSettings(deps.store, client, owner, workspace), SUBMISSION_BUDGET_MS)
        : 'saved';
      if (saved === 'refused') {
        const errors = { [INPUTS.sprayChecks.block]: 'Only a workspace admin or owner can change this.' };
        await ack({ response_action: 'errors', errors });
        return;
      }
      await withinDeadline(deps.store.profiles.save(owner, settings.profile), SUBMISSION_BUDGET_MS);
    } catch (error) {
      const problem = saveProblem(error);
      if (!problem) throw error;
      await ack({ response_action: 'errors', errors: { [INPUTS.teamArea.block]: problem } });
      return;
    }
    // A role line with a link after its title was split: the modal says how it was read instead of closing.
    if (settings.split.length) {
      await ack({ response_action: 'update', view: savedSettingsModal(settings.profile.openRoles, settings.split) });
    } else await ack();
    await publishHome(deps, client, owner);
  };

/** Editing a blurb from its DM preview; the preview is updated in place. */
export const makeEditBlurbSubmit =
  (deps: AppDeps) =>
  async ({ body, ack, client }: Args) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    const meta = parsed.success ? readEditMetadata(parsed.data.view.private_metadata) : null;
    const text = parsed.success
      ? (textValue(parseViewState(parsed.data.view.state.values), INPUTS.blurb) ?? '').trim()
      : '';
    if (!parsed.success || !meta || !text) {
      await ack({
        response_action: 'errors',
        errors: { [INPUTS.blurb.block]: text ? 'This blurb could not be read.' : 'The blurb cannot be empty.' },
      });
      return;
    }
    const owner = ownerOf(parsed.data);
    let record: Awaited<ReturnType<typeof deps.store.blurbs.edit>>;
    try {
      record = await withinDeadline(deps.store.blurbs.edit(owner, meta.t, text), SUBMISSION_BUDGET_MS);
    } catch (error) {
      const problem = saveProblem(error);
      if (!problem) throw error;
      await ack({ response_action: 'errors', errors: { [INPUTS.blurb.block]: problem } });
      return;
    }
    await ack();
    const preview = previewFor(record, { kind: 'draft' });
    await client.chat.update({ channel: meta.c, ts: meta.ts, text: preview.text, blocks: preview.blocks });
  };

export function register(app: App, deps: AppDeps): void {
  app.view(VIEWS.triage, makeTriageSubmit(deps));
  app.view(VIEWS.paste, makePasteSubmit(deps));
  app.view(VIEWS.settings, makeSettingsSubmit(deps));
  app.view(VIEWS.editBlurb, makeEditBlurbSubmit(deps));
}
