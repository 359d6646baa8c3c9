import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { ACTIONS, blurbActionsBlock, INPUTS } from '../src/ids.js';
import { previewFor } from '../src/presenters/messages.js';
import { postBlurb } from '../src/services/blurb-poster.js';
import { modalForStored } from '../src/services/triage-modal.js';
import { replyPrivately } from '../src/slack/dm.js';
import { noticeForError, openModal, openWithProgress } from '../src/slack/modal-flow.js';
import { ActionBodySchema, ownerOf } from '../src/slack/payloads.js';
import type { Owner, TriageRecord } from '../src/store/schema.js';
import { RecommendationSchema } from '../src/triage/index.js';
import { TriggerExpiredError, userMessage } from '../src/user-messages.js';
import { buildEditBlurbModal } from '../src/views/edit-blurb-modal.js';
import type { PreviewState } from '../src/views/messages.js';
import { noticeModal } from '../src/views/notice.js';
import { buildSettingsModal } from '../src/views/settings-modal.js';
import { readTriageMetadata } from '../src/views/triage-modal.js';
import { publishHome } from './events.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

interface Parsed {
  owner: Owner;
  body: ReturnType<typeof ActionBodySchema.parse>;
  value: string | null;
  selected: string | null;
  blockId: string | null;
}

function parse(args: Args): Parsed | null {
  const body = ActionBodySchema.safeParse(args.body);
  if (!body.success) return null;
  const action = args.action as {
    value?: string;
    block_id?: string;
    selected_option?: { value: string };
    selected_conversation?: string;
  };
  return {
    owner: ownerOf(body.data),
    body: body.data,
    value: action.value ?? null,
    selected: action.selected_option?.value ?? action.selected_conversation ?? null,
    blockId: action.block_id ?? null,
  };
}

const isTriageId = (v: string | null): v is string => v !== null && /^[0-9a-f-]{36}$/.test(v);

/** A foreseen failure (someone else's triage, an outage, a closed trigger) is told to the user privately; nothing changes. */
async function tellPrivately(args: Args, parsed: Parsed, error: unknown): Promise<boolean> {
  const message = userMessage(error);
  if (!message.expected) return false;
  if (parsed.body.response_url) await replyPrivately(args.respond, `${message.icon} ${message.text}`);
  // A closed trigger cannot open a notice either; without a response_url (the Home tab) there is no private channel left.
  else if (parsed.body.trigger_id && !(error instanceof TriggerExpiredError)) {
    // Without a response_url (the Home tab) a closed trigger leaves no private way to say it.
    await openModal(args.client, parsed.body.trigger_id, noticeForError(error)).catch((e: unknown) => {
      if (!(e instanceof TriggerExpiredError)) throw e;
    });
  }
  return true;
}

/** Updates the DM preview message the button sits on. */
async function updatePreview(client: webApi.WebClient, parsed: Parsed, record: TriageRecord, state: PreviewState) {
  const channel = parsed.body.container?.channel_id;
  const ts = parsed.body.container?.message_ts;
  if (!channel || !ts) return;
  const preview = previewFor(record, state);
  await client.chat.update({ channel, ts, text: preview.text, blocks: preview.blocks });
}

/** Wraps an action: ack first, parse, then run; a refusal or outage becomes a private message. */
const action =
  (work: (args: Args, parsed: Parsed, deps: AppDeps) => Promise<void>) => (deps: AppDeps) => async (args: Args) => {
    await args.ack();
    const parsed = parse(args);
    if (!parsed) return;
    try {
      await work(args, parsed, deps);
    } catch (error) {
      if (!(await tellPrivately(args, parsed, error))) throw error;
    }
  };

export const makePostBlurb = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value)) return;
  const current = await deps.store.triages.get(parsed.owner, parsed.value);
  await updatePreview(client, parsed, current, { kind: 'posting' });
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
  await updatePreview(client, parsed, outcome.record, state);
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
  );
});

export const makeChooseChannel = action(async ({ client }, parsed, deps) => {
  // The channel select carries no value; its block id names the triage ("blurb_actions:<id>").
  const triageId = blurbActionsBlock.triageOf(parsed.blockId);
  if (!isTriageId(triageId) || !parsed.selected) return;
  const record = await deps.store.blurbs.setChannel(parsed.owner, triageId, parsed.selected);
  await updatePreview(client, parsed, record, record.blurbState === 'posted' ? { kind: 'posted' } : { kind: 'draft' });
});

export const makeOpenTriage = action(async ({ client }, parsed, deps) => {
  if (!isTriageId(parsed.value) || !parsed.body.trigger_id) return;
  const triageId = parsed.value;
  await openWithProgress(client, parsed.body.trigger_id, () => modalForStored(deps.store, parsed.owner, triageId));
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
    async () => buildSettingsModal(await deps.store.profiles.get(parsed.owner)),
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
  app.action(INPUTS.answer.action, makeAnswerChoice(deps));
  app.action(ACTIONS.editProfile, makeEditProfile(deps));
  app.action(ACTIONS.forgetMe, makeForgetMe(deps));
}
