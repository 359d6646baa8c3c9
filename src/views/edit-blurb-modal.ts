import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import { clip, plain } from './text.js';

/** The edit modal remembers which preview message to update; ownership is still checked on save. */
export function buildEditBlurbModal(
  triageId: string,
  blurb: string,
  preview: { channel: string; ts: string },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.editBlurb,
    private_metadata: JSON.stringify({ t: triageId, c: preview.channel, ts: preview.ts }),
    title: plain('Edit blurb', 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: [
      {
        type: 'input',
        block_id: INPUTS.blurb.block,
        label: plain('Blurb for the hiring channel'),
        hint: plain('Three sentences: who and the proof point, the role with its link, why the fit is credible.'),
        element: {
          type: 'plain_text_input',
          action_id: INPUTS.blurb.action,
          multiline: true,
          max_length: 3000,
          initial_value: clip(blurb, 3000),
        },
      },
    ],
  };
}

export function readEditMetadata(raw: string | undefined): { t: string; c: string; ts: string } | null {
  try {
    const m = JSON.parse(raw ?? '') as { t?: unknown; c?: unknown; ts?: unknown };
    if (typeof m.t !== 'string' || !/^[0-9a-f-]{36}$/.test(m.t)) return null;
    if (typeof m.c !== 'string' || !/^[A-Z0-9]{2,40}$/.test(m.c)) return null;
    if (typeof m.ts !== 'string' || !/^\d+\.\d+$/.test(m.ts)) return null;
    return { t: m.t, c: m.c, ts: m.ts };
  } catch {
    return null;
  }
}
