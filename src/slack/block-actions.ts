import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../deps.js';
import type { Owner } from '../store/schema.js';
import { TriggerExpiredError, userMessage } from '../user-messages.js';
import { replyPrivately } from './dm.js';
import { noticeForError, openModal } from './modal-flow.js';
import { ActionBodySchema, ownerOf } from './payloads.js';

/** What every button and select handler starts from: the parsed payload, who clicked, and what. */
export type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

export interface Parsed {
  owner: Owner;
  body: ReturnType<typeof ActionBodySchema.parse>;
  value: string | null;
  selected: string | null;
  blockId: string | null;
  actionId: string;
}

export function parse(args: Args): Parsed | null {
  const body = ActionBodySchema.safeParse(args.body);
  if (!body.success) return null;
  const action = args.action as {
    value?: string;
    block_id?: string;
    selected_option?: { value: string };
    selected_conversation?: string;
    action_id?: string;
  };
  return {
    owner: ownerOf(body.data),
    body: body.data,
    value: action.value ?? null,
    selected: action.selected_option?.value ?? action.selected_conversation ?? null,
    blockId: action.block_id ?? null,
    actionId: action.action_id ?? '',
  };
}

export const isTriageId = (v: string | null): v is string => v !== null && /^[0-9a-f-]{36}$/.test(v);

/** A foreseen failure (someone else's triage, an outage, a closed trigger) is told to the user privately; nothing changes. */
export async function tellPrivately(args: Args, parsed: Parsed, error: unknown): Promise<boolean> {
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

/** Wraps an action: ack first, parse, then run; a refusal or outage becomes a private message. */
export const action =
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
