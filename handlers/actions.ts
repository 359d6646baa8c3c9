import type { App, webApi } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { ACTIONS, blurbActionsBlock, INPUTS } from '../src/ids.js';
import { previewFor } from '../src/presenters/messages.js';
import { postBlurb } from '../src/services/blurb-poster.js';
import { evidenceForStored, modalForStored } from '../src/services/triage-modal.js';
import { workspaceModel } from '../src/services/workspace-settings.js';
import { action, isTriageId, type Parsed } from '../src/slack/block-actions.js';
import { openModal, openWithProgress } from '../src/slack/modal-flow.js';
import type { TriageRecord } from '../src/store/schema.js';
import { RecommendationSchema } from '../src/triage/index.js';
import { buildEditBlurbModal } from '../src/views/edit-blurb-modal.js';
import type { PreviewState } from '../src/views/messages.js';
import { noticeModal } from '../src/views/notice.js';
import { buildSettingsModal } from '../src/views/settings-modal.js';
import { readTriageMetadata } from '../src/views/triage-modal.js';
import { publishHome } from './events.js';

/** Updates the DM preview message the button sits on. */
async function updatePreview(
  client: webApi.WebClient,
  parsed: Parsed,
  record: TriageRecord,
  state: PreviewState,
  logger: AppDeps['logger'],
) {
  const channel = parsed.body.container?.channel_id;
  const ts = parsed.body.container?.message_ts;
  if (!channel || !ts) return;
  const preview = previewFor(record, state);
  // The preview only reflects what happened: failing to redraw it (the message was deleted, Slack is
  // slow) must not stop the post itself or the decision behind it.
  await client.chat.update({ channel, ts, text: preview.text, blocks: preview.blocks }).catch((err: unknown) => {
    logger.warn(
      { code: (err as { code?: string; data?: { error?: string } }).data?.error },
      'blurb preview not updated',
    );
  });
}

export const makePostBlurb = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value)) return;
  const current = await deps.store.triages.get(parsed.owner, parsed.value);
  await updatePreview(client, parsed, current, { kind: 'posting' }, deps.logger);
  const outcome = await postBlurb(deps.store, client, parsed.owner, parsed.value, {
    ...(deps.slackTimeoutMs ? { timeoutMs: deps.slackTimeoutMs } : {}),
    ...(deps.slackLogger ? { logger: deps.slackLogger } : {}),
  });
  const state: PreviewState =
    outcome.kind === 'posted' || outcome.kind === 'already'
      ? outcome.record.blurbState === 'posted'
        ? { kind: 'posted' }
        : { kind: 'posting' }
      : outcome.kind === 'needsChannel'
        ? { kind: 'draft', note: 'Pick a hiring channel first.' }
        : { kind: 'draft', note: outcome.message };
  await updatePreview(client, parsed, outcome.record, state, deps.logger);
});

export const makeEditBlurb = action(async ({ client }, parsed, deps) => {
  const channel = parsed.body.container?.channel_id;
  const ts = parsed.body.container?.message_ts;
  if (!isTriageId(parsed.value) || !parsed.body.trigger_id || !channel || !ts) return;
  const record = await deps.store.triages.get(parsed.owner, parsed.value);
  const view =
    record.blurbState === 'posted'
      ? noticeModal('Already posted', 'This blurb is already posted, so it can no longer be edited.')
      : buildEditBlurbModal(record.id, record.blurbText ?? '', { channel, ts });
  await openModal(client, parsed.body.trigger_id, view);
});

export const makeDiscardBlurb = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value)) return;
  const record = await deps.store.blurbs.discard(parsed.owner, parsed.value);
  await updatePreview(
    client,
    parsed,
    record,
    record.blurbState === 'posted' ? { kind: 'posted' } : { kind: 'discarded' },
    deps.logger,
  );
});

export const makeChooseChannel = action(async ({ client }, parsed, deps) => {
  // The channel select carries no value; its block id names the triage ("blurb_actions:<id>").
  const triageId = blurbActionsBlock.triageOf(parsed.blockId);
  if (!isTriageId(triageId) || !parsed.selected) return;
  const record = await deps.store.blurbs.setChannel(parsed.owner, triageId, parsed.selected);
  const state: PreviewState = record.blurbState === 'posted' ? { kind: 'posted' } : { kind: 'draft' };
  await updatePreview(client, parsed, record, state, deps.logger);
});

export const makeOpenTriage = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value) || !parsed.body.trigger_id) return;
  const triageId = parsed.value;
  await openWithProgress(client, parsed.body.trigger_id, () => modalForStored(deps.store, parsed.owner, triageId));
});

/** The evidence behind the compact five questions, pushed over the triage modal (Back returns to it). */
export const makeShowEvidence = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value) || !parsed.body.trigger_id) return;
  const view = await evidenceForStored(deps.store, parsed.owner, parsed.value);
  await client.views.push({ trigger_id: parsed.body.trigger_id, view });
});

/** Switching the answer swaps in that draft (and shows or hides the blurb), keeping the rest of the view. */
export const makeAnswerChoice = action(async ({ client }, parsed, deps) => {
  const triageId = readTriageMetadata(parsed.body.view?.private_metadata);
  const answer = RecommendationSchema.safeParse(parsed.selected);
  if (!triageId || !answer.success || !parsed.body.view) return;
  await client.views.update({
    view_id: parsed.body.view.id,
    ...(parsed.body.view.hash ? { hash: parsed.body.view.hash } : {}),
    view: await modalForStored(deps.store, parsed.owner, triageId, answer.data),
  });
});

export const makeEditProfile = action(async ({ client }, parsed, deps) => {
  if (!parsed.body.trigger_id) return;
  await openWithProgress(
    client,
    parsed.body.trigger_id,
    async () =>
      buildSettingsModal(
        await deps.store.profiles.get(parsed.owner),
        await workspaceModel(deps.store, client, parsed.owner),
      ),
    undefined,
    'Loading your profile…',
  );
});

export const makeForgetMe = action(async ({ client }, parsed, deps) => {
  await deps.store.erasure.forget(parsed.owner);
  await publishHome(deps, client, parsed.owner);
});

export function register(app: App, deps: AppDeps): void {
  app.action(ACTIONS.postBlurb, makePostBlurb(deps));
  app.action(ACTIONS.editBlurb, makeEditBlurb(deps));
  app.action(ACTIONS.discardBlurb, makeDiscardBlurb(deps));
  app.action(ACTIONS.blurbChannel, makeChooseChannel(deps));
  app.action(ACTIONS.openTriage, makeOpenTriage(deps));
  app.action(ACTIONS.showEvidence, makeShowEvidence(deps));
  app.action(INPUTS.answer.action, makeAnswerChoice(deps));
  app.action(ACTIONS.editProfile, makeEditProfile(deps));
  app.action(ACTIONS.forgetMe, makeForgetMe(deps));
}
