import type { App } from '@slack/bolt';
import * as z from 'zod';
import type { AppDeps } from '../src/deps.js';
import { ACTIONS } from '../src/ids.js';
import { STAGES } from '../src/lifecycle.js';
import { stageUpdateFor } from '../src/presenters/referrals.js';
import { candidateNameOf } from '../src/presenters/triage.js';
import { answerInPlace, showInDm } from '../src/services/referral-dm.js';
import { modalForStored } from '../src/services/triage-modal.js';
import { action, isTriageId, type Parsed } from '../src/slack/block-actions.js';
import { sendDm } from '../src/slack/dm.js';
import type { TriageRecord } from '../src/store/schema.js';
import { keptWaiting, movedLine, stageUpdate } from '../src/views/referral-messages.js';
import { publishHome } from './events.js';

/** The referral moves the referrer makes from their DMs and the Home tab, each checked against who owns it. */

const StageSchema = z.enum(STAGES);
const MOVE_ACTION = new RegExp(`^${ACTIONS.moveStage}:(${STAGES.join('|')})$`);

/**
 * Shows where the referral stands now, with the note for the candidate and the next moves, in the
 * referral's own DM, updated in place wherever the click came from; the surface clicked is redrawn too.
 */
async function confirm(
  args: Parameters<Parameters<typeof action>[0]>[0],
  parsed: Parsed,
  deps: AppDeps,
  record: TriageRecord,
) {
  const profile = await deps.store.profiles.get(parsed.owner);
  const message = stageUpdate(stageUpdateFor(record, profile?.name ?? null));
  await showInDm(args.client, deps.store, deps.logger, parsed.owner, record, message);
  const clicked = parsed.body.message;
  const channel = parsed.body.container?.channel_id;
  if (clicked?.blocks && channel && clicked.ts !== record.dmMessage?.ts) {
    const done = movedLine(candidateNameOf(record), record.stage);
    await answerInPlace(
      args.client,
      deps.logger,
      { channel, ts: clicked.ts, text: clicked.text ?? message.text, blocks: clicked.blocks },
      record.id,
      done,
    );
  }
  const view = parsed.body.view as { id: string; type?: string } | undefined;
  if (!view || parsed.body.container?.message_ts) return;
  if (view.type === 'modal') {
    // A reopened triage shows its new stage and the moves that fit it.
    await args.client.views.update({
      view_id: view.id,
      view: await modalForStored(deps.store, parsed.owner, record.id),
    });
  } else await publishHome(deps, args.client, parsed.owner);
}

export const makeMoveStage = action(async (args, parsed, deps) => {
  const to = StageSchema.safeParse(MOVE_ACTION.exec(parsed.actionId)?.[1]);
  if (!isTriageId(parsed.value) || !to.success) return;
  const record = await deps.store.referrals.move(parsed.owner, parsed.value, to.data);
  await confirm(args, parsed, deps, record);
});

export const makeKeepWaiting = action(async (args, parsed, deps) => {
  if (!isTriageId(parsed.value)) return;
  const record = await deps.store.referrals.keepWaiting(parsed.owner, parsed.value);
  const next = (await deps.store.reminders.pendingFor(parsed.owner)).find((r) => r.triageId === record.id);
  await sendDm(args.client, parsed.owner.userId, keptWaiting(next?.dueAt ?? null));
});

export function register(app: App, deps: AppDeps): void {
  app.action(MOVE_ACTION, makeMoveStage(deps));
  app.action(ACTIONS.keepWaiting, makeKeepWaiting(deps));
}
