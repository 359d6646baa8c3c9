import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import { context, plain, quoted, section } from './text.js';

/** Shown at once, inside the trigger's three seconds, while the triage and the database do their work. */
export function loadingModal(message = 'Reading the request against your team area…'): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.loading,
    title: plain('Referral triage', 24),
    close: plain('Close', 24),
    blocks: [section(`:hourglass_flowing_sand: ${message}`)],
  };
}

/** A kind, specific message in place of the modal; `keep` is the user's own text, shown so nothing is lost. */
export function noticeModal(title: string, message: string, keep?: string): types.ModalView {
  const blocks: types.KnownBlock[] = [section(message)];
  if (keep?.trim()) blocks.push(context('Your text, so nothing is lost:'), section(quoted(keep, 2900)));
  return { type: 'modal', callback_id: VIEWS.notice, title: plain(title, 24), close: plain('Close', 24), blocks };
}

export function pasteModal(): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.paste,
    title: plain('Triage a request', 24),
    submit: plain('Triage', 24),
    close: plain('Cancel', 24),
    blocks: [
      {
        type: 'input',
        block_id: INPUTS.paste.block,
        label: plain('Paste the referral request'),
        hint: plain('A DM, a LinkedIn message or an email, up to 3,000 characters. Nothing is sent to anyone.'),
        element: {
          type: 'plain_text_input',
          action_id: INPUTS.paste.action,
          multiline: true,
          min_length: 1,
          max_length: 3000,
          focus_on_load: true,
          placeholder: plain('Hi! Could you refer me for…', 150),
        },
      },
    ],
  };
}
